#include "registry/keylist_export.h"

#include <vector>

#include "formats/csv_writer.h"
#include "formats/xlsx_writer.h"

namespace xj::registry {
namespace {

constexpr std::string_view kTitle = "湖南省市场监管重点领域企业清单";
const std::vector<std::string> kHeader = {"序号", "企业名称", "统一社会信用代码", "许可证编号",
                                          "备注"};
constexpr const char* kAreas[] = {kFoodProduction, kSpecialEquipment};

std::vector<std::string> row_of(std::int64_t seq, const KeyListEntry& e) {
  return {std::to_string(seq), e.name, e.uscc, e.licence_no, e.remark.value_or("")};
}

std::vector<std::string> areas_of(const KeylistFilter& filter) {
  if (filter.area) return {*filter.area};
  return {kAreas[0], kAreas[1]};
}

// Calls fn(seq, entry) for the active entries of one area, 序号 from 1.
Status each_numbered(store::Session& session, KeylistFilter filter, const std::string& area,
                     const std::function<Status(std::int64_t, const KeyListEntry&)>& fn) {
  filter.area = area;
  filter.include_removed = false;
  std::int64_t seq = 0;
  Status status;
  XJ_CHECK(each_keylist_entry(session, filter, 0, -1, [&](const KeyListEntry& e) {
    if (status) status = fn(++seq, e);
  }));
  return status;
}

}  // namespace

Result<ExportFormat> parse_export_format(std::string_view text) {
  if (text.empty() || text == "xlsx") return ExportFormat::xlsx;
  if (text == "csv") return ExportFormat::csv;
  return fail(ErrorCode::bad_request, "format 应为 xlsx 或 csv (format must be xlsx or csv)");
}

Result<std::string_view> area_name(std::string_view area) {
  if (area == kFoodProduction) return std::string_view("食品生产企业");
  if (area == kSpecialEquipment) return std::string_view("特种设备获证企业");
  return fail(
      ErrorCode::bad_request,
      "area 应为 food_production 或 special_equipment (unknown area): " + std::string(area));
}

Result<std::string> export_keylist(store::Session& session, KeylistFilter filter,
                                   ExportFormat format) {
  const auto areas = areas_of(filter);
  for (const auto& a : areas) XJ_CHECK(area_name(a));
  if (format == ExportFormat::xlsx) {
    return formats::write_xlsx_bytes([&](formats::XlsxWriter& w) -> Status {
      for (const auto& area : areas) {
        const std::string name(*area_name(area));
        XJ_CHECK(w.add_sheet(
            {name, std::string(kTitle) + "（" + name + "）", kHeader, {8, 40, 24, 22, 30}}));
        XJ_CHECK(each_numbered(session, filter, area, [&](std::int64_t seq, const KeyListEntry& e) {
          return w.write_row(row_of(seq, e));
        }));
      }
      return {};
    });
  }
  std::string out(formats::kUtf8Bom);
  const bool with_area = !filter.area.has_value();
  std::vector<std::string> header = kHeader;
  if (with_area) header.insert(header.begin(), "领域");
  formats::append_csv_line(out, header);
  for (const auto& area : areas) {
    const std::string name(*area_name(area));
    XJ_CHECK(each_numbered(session, filter, area, [&](std::int64_t seq, const KeyListEntry& e) {
      auto cells = row_of(seq, e);
      if (with_area) cells.insert(cells.begin(), name);
      formats::append_csv_line(out, cells);
      return Status{};
    }));
  }
  return out;
}

}  // namespace xj::registry

#include "formats/header_match.h"

#include "core/text.h"

namespace xj::formats {

namespace {

bool same_name(std::string_view header, std::string_view name) {
  return core::to_upper_ascii(header) == core::to_upper_ascii(name);
}

}  // namespace

Result<HeaderMap> match_header(std::span<const Cell> header, std::span<const ColumnSpec> specs) {
  HeaderMap map;
  map.index.resize(specs.size());
  map.names.resize(specs.size());
  for (std::size_t column = 0; column < header.size(); ++column) {
    const std::string_view text = core::trim(header[column].text);
    if (text.empty()) continue;  // spreadsheets often carry empty header cells past the table
    bool known = false;
    for (std::size_t s = 0; s < specs.size(); ++s) {
      if (!same_name(text, specs[s].chinese_name) && !same_name(text, specs[s].key)) continue;
      if (map.index[s]) {
        return fail(ErrorCode::bad_request, "列重复：" + std::string(text) + " (column " +
                                                std::string(specs[s].key) + " appears twice)");
      }
      map.index[s] = column;
      map.names[s] = std::string(text);
      known = true;
      break;
    }
    if (!known) map.unknown.emplace_back(text);
  }
  for (std::size_t s = 0; s < specs.size(); ++s) {
    if (map.index[s]) continue;
    const std::string name(specs[s].chinese_name);
    if (specs[s].required) {
      return fail(
          ErrorCode::missing_column,
          "缺少必需的列：" + name + " (missing required column " + std::string(specs[s].key) + ")",
          {ErrorDetail{name, "missing_column", "缺少必需的列：" + name}});
    }
    map.names[s] = name;
  }
  return map;
}

}  // namespace xj::formats

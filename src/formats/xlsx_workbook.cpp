#include "formats/xlsx_workbook.h"

#include <map>
#include <string_view>

#include "formats/xlsx_xml.h"

namespace xj::formats {

namespace {

constexpr std::size_t kMaxSmallPart = 64 * 1024 * 1024;

struct Relationship {
  std::string type;    // the last segment of the type URI: "worksheet", "styles", ...
  std::string target;  // the package path
};

// A relationship target is relative to xl/ unless it starts with '/'.
std::string package_path(std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  return "xl/" + std::string(target);
}

}  // namespace

Result<WorkbookParts> read_workbook_parts(ZipArchive& zip) {
  XJ_TRY(const std::string rels_xml, zip.read("xl/_rels/workbook.xml.rels", kMaxSmallPart));
  XJ_TRY(const pugi::xml_document rels, parse_part(rels_xml, "xl/_rels/workbook.xml.rels"));
  std::map<std::string, Relationship, std::less<>> by_id;
  WorkbookParts parts;
  for (const pugi::xml_node rel : children(rels.document_element(), "Relationship")) {
    const std::string_view type_uri = attribute(rel, "Type");
    Relationship r{std::string(type_uri.substr(type_uri.rfind('/') + 1)),
                   package_path(attribute(rel, "Target"))};
    if (r.type == "sharedStrings") parts.shared_strings = r.target;
    if (r.type == "styles") parts.styles = r.target;
    by_id.emplace(std::string(attribute(rel, "Id")), std::move(r));
  }

  XJ_TRY(const std::string workbook_xml, zip.read("xl/workbook.xml", kMaxSmallPart));
  XJ_TRY(const pugi::xml_document workbook, parse_part(workbook_xml, "xl/workbook.xml"));
  const pugi::xml_node root = workbook.document_element();
  const std::string_view date1904 = attribute(child(root, "workbookPr"), "date1904");
  parts.date1904 = date1904 == "1" || date1904 == "true";
  for (const pugi::xml_node sheet : children(child(root, "sheets"), "sheet")) {
    const auto rel = by_id.find(attribute(sheet, "id"));
    if (rel != by_id.end() && rel->second.type == "worksheet") {
      parts.first_sheet = rel->second.target;
      break;
    }
  }
  if (parts.first_sheet.empty()) {
    return fail(ErrorCode::bad_request, "xlsx 文件中没有工作表 (the workbook has no worksheet)");
  }
  return parts;
}

}  // namespace xj::formats

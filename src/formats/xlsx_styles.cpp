#include "formats/xlsx_styles.h"

#include <charconv>
#include <map>
#include <pugixml.hpp>
#include <string>

#include "formats/xlsx_xml.h"

namespace xj::formats {

bool is_date_format(int id, std::string_view code) {
  if (code.empty()) {
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) ||
           (id >= 50 && id <= 58);
  }
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const std::size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '[') {  // colour, locale, condition or elapsed time
      const std::size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) return false;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {  // the next character is literal or padding
      ++i;
    } else {
      switch (c) {
        case 'y':
        case 'Y':
        case 'm':
        case 'M':
        case 'd':
        case 'D':
        case 'h':
        case 'H':
        case 's':
        case 'S':
          return true;
        default:
          break;
      }
    }
  }
  return false;
}

Result<std::vector<bool>> parse_date_styles(std::string_view styles_xml) {
  XJ_TRY(const pugi::xml_document doc, parse_part(styles_xml, "xl/styles.xml"));
  const pugi::xml_node sheet = doc.document_element();
  std::map<int, std::string> custom;
  for (const pugi::xml_node fmt : children(child(sheet, "numFmts"), "numFmt")) {
    custom[fmt.attribute("numFmtId").as_int(-1)] = fmt.attribute("formatCode").as_string();
  }
  std::vector<bool> dates;
  for (const pugi::xml_node xf : children(child(sheet, "cellXfs"), "xf")) {
    const int id = xf.attribute("numFmtId").as_int(0);
    const auto it = custom.find(id);
    dates.push_back(is_date_format(id, it == custom.end() ? std::string_view() : it->second));
  }
  return dates;
}

}  // namespace xj::formats

#include "formats/xlsx_xml.h"

#include <string>

namespace xj::formats {

namespace {

std::string_view strip_prefix(std::string_view name) {
  const std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

}  // namespace

Result<pugi::xml_document> parse_part(std::string_view xml, std::string_view part) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size());
  if (!parsed) {
    return fail(ErrorCode::bad_request, "xlsx 文件已损坏 (corrupt xlsx part " + std::string(part) +
                                            ": " + parsed.description() + ")");
  }
  return doc;
}

std::string_view local_name(const pugi::xml_node& node) { return strip_prefix(node.name()); }

pugi::xml_node child(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node c : node.children()) {
    if (local_name(c) == name) return c;
  }
  return {};
}

std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (const pugi::xml_node c : node.children()) {
    if (local_name(c) == name) out.push_back(c);
  }
  return out;
}

std::string_view attribute(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_attribute a : node.attributes()) {
    if (strip_prefix(a.name()) == name) return a.value();
  }
  return {};
}

}  // namespace xj::formats

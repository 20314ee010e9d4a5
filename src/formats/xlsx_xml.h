// Small helpers for reading the small parts of an xlsx package (workbook, relationships, styles)
// with pugixml, matching elements by local name so that a namespace prefix (`x:sheet`) does not
// matter. Internal to formats/. Thread-safe.
#pragma once

#include <pugixml.hpp>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace xj::formats {

// Parses `xml`; bad_request naming `part` if it is not well-formed.
Result<pugi::xml_document> parse_part(std::string_view xml, std::string_view part);

// The name of `node` without its namespace prefix.
std::string_view local_name(const pugi::xml_node& node);

// The first child of `node` with local name `name` (an empty node if none).
pugi::xml_node child(const pugi::xml_node& node, std::string_view name);

// The children of `node` with local name `name`, in document order.
std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view name);

// The value of the attribute of `node` whose local name is `name`, or "".
std::string_view attribute(const pugi::xml_node& node, std::string_view name);

}  // namespace xj::formats

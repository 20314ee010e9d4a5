// Writing CSV (RFC 4180) into a string: a field holding a comma, a quote or a line break is
// quoted with its quotes doubled; lines end in CRLF (what Excel and WPS expect). Pure; no BOM —
// callers that write a whole file for Excel prepend kUtf8Bom themselves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace xj::formats {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

void append_csv_field(std::string& out, std::string_view field);

// The fields separated by commas, then CRLF.
void append_csv_line(std::string& out, const std::vector<std::string>& fields);

}  // namespace xj::formats

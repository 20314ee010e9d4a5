#include "http/etag.h"

namespace xj::http {
namespace {

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view opaque(std::string_view tag) {
  if (tag.starts_with("W/")) tag.remove_prefix(2);
  return tag;
}

}  // namespace

bool if_none_match_matches(std::string_view header, std::string_view etag) {
  header = trim_spaces(header);
  if (header.empty()) return false;
  if (header == "*") return true;
  while (!header.empty()) {
    const auto comma = header.find(',');
    const std::string_view tag = trim_spaces(header.substr(0, comma));
    if (!tag.empty() && opaque(tag) == opaque(etag)) return true;
    if (comma == std::string_view::npos) break;
    header.remove_prefix(comma + 1);
  }
  return false;
}

Response not_modified(const std::string& etag, const std::string& cache_control) {
  Response r;
  r.status = 304;
  r.set_header("ETag", etag);
  r.set_header("Cache-Control", cache_control);
  return r;
}

}  // namespace xj::http

// Conditional GET (RFC 9110 §13.1.2): does an If-None-Match header match the current ETag?
//
//   if (if_none_match_matches(req.header("if-none-match"), etag)) return not_modified(etag);
//
// The header is "*" or a comma-separated list of entity tags; comparison is weak (a W/ prefix
// on either side is ignored), as the RFC prescribes for If-None-Match. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "http/message.h"

namespace xj::http {

bool if_none_match_matches(std::string_view header, std::string_view etag);

// 304 Not Modified with the ETag and the cache policy, and no body.
Response not_modified(const std::string& etag, const std::string& cache_control);

}  // namespace xj::http

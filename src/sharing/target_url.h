// Subscriber URLs: parsing `scheme://host[:port][/path][?query]` and the policy of which
// scheme/host pairs may receive events (docs/sharing.md "Receiver URLs").
//
//   XJ_TRY(TargetUrl url, parse_target_url(text));               // 422 invalid_url
//   XJ_CHECK(require_allowed(url, settings.allowed_targets));    // 422 invalid_url
//
// An allowed-target pattern is "scheme://host" where host "*" matches any host; hosts compare
// case-insensitively, IPv6 literals are written in brackets ("http://[::1]"). The default
// (settings.h): "https://*" plus http to loopback only.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace xj::sharing {

struct TargetUrl {
  std::string scheme;  // "http" | "https", lower case
  std::string host;    // lower case; IPv6 literals keep their brackets
  std::uint16_t port = 0;
  std::string target;  // path and query, at least "/"

  // The host as given to the resolver (IPv6 without brackets).
  std::string resolver_host() const;
  // host[:port] for the Host header (port omitted when it is the scheme's default).
  std::string host_header() const;
};

// validation_failed (field "url", code "invalid_url") for anything but an absolute http or https
// URL of at most 2 048 characters without user info, fragment, spaces or control characters.
Result<TargetUrl> parse_target_url(std::string_view text);

// validation_failed (field "url", code "invalid_url") unless some pattern allows the URL.
Status require_allowed(const TargetUrl& url, const std::vector<std::string>& patterns);

}  // namespace xj::sharing

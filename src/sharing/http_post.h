// A small blocking HTTP/1.1 client for pushing events: one POST per connection
// ("Connection: close"), every step (resolve excepted) bounded by one deadline, no redirects
// followed. Plain http only; an https URL fails with an explanatory error until TLS is linked
// (docs/sharing.md "Receiver URLs").
//
//   PostOutcome r = http_post(url, {{"X-Xinjian-Signature", sig}}, body, 5s);
//   if (r.status && *r.status / 100 == 2) delivered();
//
// Never throws; never raises SIGPIPE. Thread-safe (no shared state).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sharing/target_url.h"

namespace xj::sharing {

struct PostOutcome {
  std::optional<int> status;  // the receiver's status code, when it answered
  std::string error;          // why no status came back ("" when one did)
};

PostOutcome http_post(const TargetUrl& url,
                      const std::vector<std::pair<std::string, std::string>>& headers,
                      std::string_view body, std::chrono::milliseconds timeout);

}  // namespace xj::sharing

// A small blocking HTTP/1.1 client for pushing events over http or https (Boost.Beast; TLS by
// OpenSSL through Boost.Asio, tls_context.h): one POST per connection ("Connection: close"),
// every step (resolve excepted) bounded by one deadline, no redirects followed. https: TLS ≥ 1.2,
// SNI, the receiver's certificate verified against the system CA store plus the optional
// ca_file, and its name against the URL's host — always; there is no switch to turn it off.
//
//   XJ_TRY(HttpPoster poster, HttpPoster::create(settings.ca_file));
//   PostOutcome r = poster.post(url, {{"X-Xinjian-Signature", sig}}, body, 5s);
//   if (r.status && *r.status / 100 == 2) delivered();
//
// Never throws; never raises SIGPIPE. post() is thread-safe (the TLS context is shared, each call
// has its own connection).
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "sharing/target_url.h"

namespace xj::sharing {

struct TlsContext;

struct PostOutcome {
  std::optional<int> status;  // the receiver's status code, when it answered
  std::string error;          // why no status came back ("" when one did), Chinese first
};

class HttpPoster {
 public:
  // The client with its TLS context (make_tls_context's errors).
  static Result<HttpPoster> create(const std::optional<std::filesystem::path>& ca_file);

  PostOutcome post(const TargetUrl& url,
                   const std::vector<std::pair<std::string, std::string>>& headers,
                   std::string_view body, std::chrono::milliseconds timeout) const;

 private:
  explicit HttpPoster(std::shared_ptr<TlsContext> tls) : tls_(std::move(tls)) {}
  std::shared_ptr<TlsContext> tls_;
};

}  // namespace xj::sharing

// The browser UI's files (web/dist, built by Vite): the public portal and the officers' console
// served from one folder fixed at start-up, beside the API.
//
//   XJ_TRY(auto web, StaticFiles::open("web/dist"));
//   Server::start(options, [&](Request& r) {
//     return web.handles(r) ? web.serve(r) : api->handle(r);
//   });
//
// handles(): GET and HEAD requests outside /api/, /healthz and /metrics. serve():
//   - a file under the root → 200 with its content type (html, js, css, svg, png, woff2, json,
//     ico, …); when the client accepts gzip and Vite left "<file>.gz" beside it, that instead,
//     with Content-Encoding: gzip;
//   - a path without a file extension that names no file (a client-side route, "/e/9143…") →
//     index.html, so that the single-page app can be reloaded on any of its routes;
//   - a missing file with an extension → 404 not_found (a stale asset is not index.html);
//   - a segment "." or "..", a backslash, or a path that resolves (symbolic links included)
//     outside the root → 400 bad_request. Nothing outside the root is ever read.
// Headers: assets/ (content-hashed names) are Cache-Control immutable for a year, everything else
// no-cache; every answer carries a Content-Security-Policy ("default-src 'self'", inline styles
// allowed because Element Plus sets them), X-Content-Type-Options: nosniff, Referrer-Policy and
// frame-ancestors 'none'. HEAD answers the headers with an empty body.
//
// Files are read from disk per request (a redeployed dist/ is served at once). Immutable after
// open(); serve() is thread-safe.
#pragma once

#include <filesystem>

#include "core/result.h"
#include "http/message.h"

namespace xj::http {

class StaticFiles {
 public:
  // Fails (bad_request) when `root` is not a folder holding index.html.
  static Result<StaticFiles> open(const std::filesystem::path& root);

  // Whether the request is for the UI rather than the API (see above).
  bool handles(const Request& req) const;

  // Answers a request for which handles() is true.
  Response serve(const Request& req) const;

  const std::filesystem::path& root() const { return root_; }

 private:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  std::filesystem::path root_;  // canonical
};

}  // namespace xj::http

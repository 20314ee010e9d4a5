// Plain HTTP request and response values: what handlers see and return.
//
// The server (server.cpp, the only file that includes Boost.Beast) turns each parsed request into
// a Request, runs the handler on a worker thread, and writes the Response back. Handlers are
// ordinary synchronous functions; they never see Boost.
//
// Plain values: not synchronised; one request belongs to one worker thread at a time.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace xj::http {

struct Request {
  std::string method;                             // "GET", "POST", ...
  std::string target;                             // raw target, "/api/v1/x?y=1"
  std::string path;                               // decoded path without the query
  std::multimap<std::string, std::string> query;  // decoded query parameters
  std::map<std::string, std::string> headers;     // header names lower-cased
  std::string body;
  std::string remote_address;                 // peer IP (before X-Forwarded-For handling)
  std::map<std::string, std::string> params;  // path parameters from the route ({uscc} ...)
  std::string request_id;                     // generated per request, echoed as X-Request-Id
  std::string route;                          // the matched route pattern, for metrics and logs

  // The first value of a query parameter, if present.
  std::optional<std::string> query_param(const std::string& name) const;
  // A header value by lower-case name, or "".
  std::string header(const std::string& lower_name) const;
  // A path parameter, or "".
  std::string param(const std::string& name) const;
};

// Where a streamed body goes (Response::stream): write() hands the server the next piece and
// returns false once the client has gone (stop producing then). Pieces are gathered into chunks of
// about 64 KiB; write() blocks while a chunk is on its way, so a producer never runs ahead of the
// client by more than one chunk.
class BodySink {
 public:
  virtual ~BodySink() = default;
  virtual bool write(std::string_view piece) = 0;
};

// Produces a body piece by piece into the sink on the worker thread that ran the handler, after
// the status line and headers were sent (chunked transfer encoding). An error after the first
// byte cannot change the status any more: the server logs it and closes the connection without
// the final chunk, so that the client sees a truncated transfer rather than a short file.
using BodyProducer = std::function<Status(BodySink&)>;

struct Response {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers
  BodyProducer stream;  // when set, `body` is ignored and the body is streamed (never held whole)

  static Response json(int status, std::string body);
  static Response text(int status, std::string body,
                       std::string content_type = "text/plain; charset=utf-8");
  // Replaces an extra header of the same (case-insensitive) name, or appends it.
  void set_header(std::string name, std::string value);
};

// Decodes %XX escapes; with plus_as_space also '+' → ' ' (query strings).
// Fails with bad_request on a malformed escape or an encoded NUL.
Result<std::string> percent_decode(std::string_view text, bool plus_as_space);
// Encodes every byte outside RFC 3986's unreserved set (A–Z a–z 0–9 - . _ ~) as %XX: a path
// segment, a query value, or an RFC 5987 filename*.
std::string percent_encode(std::string_view text);

// Fills req.path and req.query from req.target ("/a%20b?x=1&y=%E4%B8%AD&flag"): a parameter
// without '=' has the value "", empty pieces ("a=1&&b=2") are skipped.
// Fails with bad_request on a malformed escape or a target that does not start with '/'.
Status decode_target(Request& req);

}  // namespace xj::http

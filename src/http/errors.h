// The one table from xj::ErrorCode to HTTP status (api.md "Conventions"), and the error envelope
//   {"error": {"code": "...", "message": "...", "details": [{"field", "code", "message"}]}}
// that every failed request carries; "details" is always present, possibly empty.
//
//   XJ_TRY-style handlers end with: if (!r) return error_response(r.error(), req.request_id);
//
// An `internal` error never shows its message to the client: the body says 服务器内部错误 with
// the request id, and the real message goes to the log. Stateless; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "http/message.h"

namespace xj::http {

// The HTTP status of an error code: bad_request 400, ..., internal 500.
int http_status(ErrorCode code);

// The envelope for an Error, with the status of http_status(e.code).
Response error_response(const Error& e, const std::string& request_id);

// An envelope with a status and code outside ErrorCode (404 for an unknown route, 405 with the
// Allow header, 503 when the server is saturated). Used by the server and App only.
Response error_envelope(int status, std::string_view code, std::string_view message,
                        const std::vector<ErrorDetail>& details = {});

// 404 not_found for a path no route has.
Response route_not_found();
// 405 method_not_allowed, with "Allow: GET, POST".
Response method_not_allowed(const std::vector<std::string>& allowed);

}  // namespace xj::http

#include "http/errors.h"

#include <spdlog/spdlog.h>

#include "http/json.h"

namespace xj::http {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::bad_request:
      return 400;
    case ErrorCode::missing_column:
      return 400;
    case ErrorCode::unauthenticated:
      return 401;
    case ErrorCode::forbidden:
      return 403;
    case ErrorCode::not_found:
      return 404;
    case ErrorCode::conflict:
      return 409;
    case ErrorCode::payload_too_large:
      return 413;
    case ErrorCode::validation_failed:
      return 422;
    case ErrorCode::not_eligible:
      return 422;
    case ErrorCode::seed_mismatch:
      return 422;
    case ErrorCode::insufficient_inspectors:
      return 422;
    case ErrorCode::rate_limited:
      return 429;
    case ErrorCode::internal:
      return 500;
  }
  return 500;
}

Response error_envelope(int status, std::string_view code, std::string_view message,
                        const std::vector<ErrorDetail>& details) {
  nlohmann::json list = nlohmann::json::array();
  for (const ErrorDetail& d : details) {
    list.push_back({{"field", d.field}, {"code", d.code}, {"message", d.message}});
  }
  nlohmann::json body = {{"error", {{"code", code}, {"message", message}, {"details", list}}}};
  return json_response(status, body);
}

Response error_response(const Error& e, const std::string& request_id) {
  if (e.code == ErrorCode::internal) {
    spdlog::error("request {}: internal error: {}", request_id, e.message);
    return error_envelope(500, "internal",
                          "服务器内部错误，请联系管理员并提供请求编号 " + request_id +
                              " (internal error, request id " + request_id + ")");
  }
  return error_envelope(http_status(e.code), to_string(e.code), e.message, e.details);
}

Response route_not_found() {
  return error_envelope(404, "not_found", "请求的资源不存在 (no such resource)");
}

Response method_not_allowed(const std::vector<std::string>& allowed) {
  Response r = error_envelope(405, "method_not_allowed",
                              "该资源不支持此请求方法 (method not allowed for this resource)");
  std::string list;
  for (const std::string& m : allowed) list += (list.empty() ? "" : ", ") + m;
  r.set_header("Allow", list);
  return r;
}

}  // namespace xj::http

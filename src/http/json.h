// JSON helpers for handlers: request bodies in, responses and list envelopes out, pagination.
// The only header outside formats/ that includes nlohmann/json; include it from http/ handler
// files, never from message.h or router.h. Stateless; thread-safe.
//
//   XJ_TRY(nlohmann::json body, parse_json_object(req.body));   // bad_request on failure
//   XJ_TRY(Page page, parse_page(req));
//   return json_response(200, list_envelope(items, total, page));
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/result.h"
#include "http/message.h"

namespace xj::http {

// Any JSON value; bad_request with the parser's position when the body is not JSON.
Result<nlohmann::json> parse_json(const std::string& body);
// A JSON object; bad_request for malformed JSON and for any other kind of value.
Result<nlohmann::json> parse_json_object(const std::string& body);

// The value serialised as UTF-8 (invalid UTF-8 in strings is replaced, never thrown).
Response json_response(int status, const nlohmann::json& value);

// api.md "Lists": ?page=1&page_size=20, page_size at most 200.
struct Page {
  static constexpr int kDefaultSize = 20;
  static constexpr int kMaxSize = 200;

  int page = 1;
  int page_size = kDefaultSize;

  std::int64_t offset() const { return static_cast<std::int64_t>(page - 1) * page_size; }
};

// Reads `page` (≥ 1, default 1) and `page_size` (1..200, default 20); bad_request otherwise.
Result<Page> parse_page(const Request& req);

// {"items": items, "total": total, "page": page.page, "page_size": page.page_size}.
nlohmann::json list_envelope(nlohmann::json items, std::int64_t total, const Page& page);

// The value, or JSON null when absent.
template <typename T>
nlohmann::json or_null(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// api.md money: yuan as a JSON number with at most 2 decimals, from integer fen, exactly (the
// decimal text of core::Money parsed as a JSON number: an integer when whole, else the double
// nearest the ≤2-decimal value, which dumps back to the same text); null when absent.
nlohmann::json yuan(const std::optional<std::int64_t>& fen);

}  // namespace xj::http

#include "http/json.h"

#include "core/money.h"

#include <charconv>
#include <optional>

namespace xj::http {

namespace {

// A decimal integer in [min, max] from the query, or the default when absent.
Result<int> int_param(const Request& req, const std::string& name, int fallback, int min, int max) {
  std::optional<std::string> text = req.query_param(name);
  if (!text) return fallback;
  int value = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc() || ptr != end || text->empty() || value < min || value > max) {
    return fail(ErrorCode::bad_request, name + " 必须是 " + std::to_string(min) + " 到 " +
                                            std::to_string(max) + " 之间的整数 (" + name +
                                            " must be an integer from " + std::to_string(min) +
                                            " to " + std::to_string(max) + ")");
  }
  return value;
}

}  // namespace

Result<nlohmann::json> parse_json(const std::string& body) {
  try {
    return nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& e) {
    return fail(ErrorCode::bad_request, "请求体不是有效的 JSON (malformed JSON body at byte " +
                                            std::to_string(e.byte) + ")");
  }
}

Result<nlohmann::json> parse_json_object(const std::string& body) {
  XJ_TRY(nlohmann::json value, parse_json(body));
  if (!value.is_object()) {
    return fail(ErrorCode::bad_request, "请求体必须是 JSON 对象 (the body must be a JSON object)");
  }
  return value;
}

Response json_response(int status, const nlohmann::json& value) {
  return Response::json(status,
                        value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Result<Page> parse_page(const Request& req) {
  Page page;
  XJ_TRY(page.page, int_param(req, "page", 1, 1, 1'000'000'000));
  XJ_TRY(page.page_size, int_param(req, "page_size", Page::kDefaultSize, 1, Page::kMaxSize));
  return page;
}

nlohmann::json list_envelope(nlohmann::json items, std::int64_t total, const Page& page) {
  return {{"items", std::move(items)},
          {"total", total},
          {"page", page.page},
          {"page_size", page.page_size}};
}

nlohmann::json yuan(const std::optional<std::int64_t>& fen) {
  if (!fen) return nullptr;
  return nlohmann::json::parse(core::yuan_json_number(core::Money::from_fen(*fen)));
}

}  // namespace xj::http

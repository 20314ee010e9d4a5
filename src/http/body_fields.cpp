#include "http/body_fields.h"

namespace xj::http {

Result<std::optional<std::string>> optional_string(const nlohmann::json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_string()) {
    return invalid(field, "invalid_value", std::string(field) + " 应为字符串 (must be a string)");
  }
  std::string text = it->get<std::string>();
  if (text.find('\0') != std::string::npos) {
    return fail(ErrorCode::bad_request,
                std::string(field) + " 含有控制字符 (contains a NUL character)");
  }
  return std::optional<std::string>(std::move(text));
}

Result<std::string> required_string(const nlohmann::json& body, const char* field) {
  XJ_TRY(auto value, optional_string(body, field));
  if (!value || value->empty()) {
    return invalid(field, "missing_field", std::string("缺少字段 ") + field + " (missing field)");
  }
  return std::move(*value);
}

Result<std::optional<core::Date>> optional_date(const nlohmann::json& body, const char* field) {
  XJ_TRY(auto text, optional_string(body, field));
  if (!text || text->empty()) return std::optional<core::Date>();
  XJ_TRY(core::Date d, core::parse_date(*text, field));
  return std::optional<core::Date>(d);
}

}  // namespace xj::http

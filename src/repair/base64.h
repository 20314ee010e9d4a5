// Base64 (RFC 4648, with padding) for uploaded material bytes, which both databases store as
// text (PostgreSQL TEXT refuses NUL bytes and invalid UTF-8). Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace xj::repair {

std::string base64_encode(std::string_view bytes);
// nullopt for text that is not canonical padded base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace xj::repair

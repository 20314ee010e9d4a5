#include "core/text.h"

namespace xj::core {
namespace {

// UTF-8 of U+3000: E3 80 80.
constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

}  // namespace

std::string_view trim(std::string_view text) {
  for (;;) {
    if (!text.empty() && is_ascii_space(text.front())) {
      text.remove_prefix(1);
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  for (;;) {
    if (!text.empty() && is_ascii_space(text.back())) {
      text.remove_suffix(1);
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
    } else {
      break;
    }
  }
  return text;
}

std::string to_half_width(std::string_view text) {
  // U+FF00–FF3F encode as EF BC 80–BF, U+FF40–FF7F as EF BD 80–BF; the ASCII equivalent of
  // U+FFxx is 0x20 + (xx - 0x00), i.e. U+FF10 '０' → '0'.
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 == 0xEF && i + 2 < text.size()) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0xBC || b1 == 0xBD) && b2 >= 0x80 && b2 <= 0xBF) {
        const unsigned code_point = 0xFF00u + ((b1 - 0xBCu) << 6) + (b2 - 0x80u);
        const bool digit = code_point >= 0xFF10 && code_point <= 0xFF19;
        const bool upper = code_point >= 0xFF21 && code_point <= 0xFF3A;
        const bool lower = code_point >= 0xFF41 && code_point <= 0xFF5A;
        if (digit || upper || lower) {
          out.push_back(static_cast<char>(code_point - 0xFF00u + 0x20u));
          i += 2;
          continue;
        }
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

std::string to_upper_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string normalize_value(std::string_view text) { return to_half_width(trim(text)); }

std::string normalize_code(std::string_view text) { return to_upper_ascii(normalize_value(text)); }

std::string json_string(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 15];
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace xj::core

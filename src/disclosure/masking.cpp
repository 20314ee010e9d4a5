#include "disclosure/masking.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace xj::disclosure {
namespace {

// One character of the text as the masker sees it.
struct Char {
  std::size_t offset;  // byte offset in the text
  std::size_t size;    // UTF-8 length in bytes
  char ascii;          // the ASCII digit, 'X' for X/x/Ｘ/ｘ, 'a' for another letter, 0 otherwise
};

bool is_ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Decodes the character at `at`: ASCII, full-width digits and letters (U+FF10–FF19, U+FF21–FF3A,
// U+FF41–FF5A, encoded EF BC 90–99 / EF BC A1–BA / EF BD 81–9A), anything else by its length.
Char decode(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) {
    char kind = 0;
    if (c >= '0' && c <= '9')
      kind = static_cast<char>(c);
    else if (c == 'X' || c == 'x')
      kind = 'X';
    else if (is_ascii_letter(c))
      kind = 'a';
    return {at, 1, kind};
  }
  const std::size_t size = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (size != 3 || at + 3 > text.size() || c != 0xEF)
    return {at, std::min(size, text.size() - at), 0};
  const auto b1 = static_cast<unsigned char>(text[at + 1]);
  const auto b2 = static_cast<unsigned char>(text[at + 2]);
  char kind = 0;
  if (b1 == 0xBC && b2 >= 0x90 && b2 <= 0x99)
    kind = static_cast<char>('0' + (b2 - 0x90));
  else if ((b1 == 0xBC && b2 == 0xB8) || (b1 == 0xBD && b2 == 0x98))
    kind = 'X';  // Ｘ ｘ
  else if ((b1 == 0xBC && b2 >= 0xA1 && b2 <= 0xBA) || (b1 == 0xBD && b2 >= 0x81 && b2 <= 0x9A))
    kind = 'a';
  return {at, 3, kind};
}

bool is_digit(const Char& c) { return c.ascii >= '0' && c.ascii <= '9'; }
bool is_word(const Char& c) { return c.ascii != 0; }

// The number of characters from `begin` that form a maskable token (0 if none), and how many
// leading and trailing characters stay visible.
struct Token {
  std::size_t length = 0;
  std::size_t keep_head = 0;
  std::size_t keep_tail = 0;
};

Token token_at(const std::vector<Char>& chars, std::size_t begin) {
  std::size_t digits = 0;
  while (begin + digits < chars.size() && is_digit(chars[begin + digits])) ++digits;
  std::size_t length = digits;
  if (digits == 17 && begin + 17 < chars.size() && chars[begin + 17].ascii == 'X') length = 18;
  // A token must stand alone: the next character is not a letter or digit.
  if (begin + length < chars.size() && is_word(chars[begin + length])) return {};
  if (length == 18) return {18, 6, 4};  // identity card: region kept, birth date hidden
  if (length == 11 && chars[begin].ascii == '1' && chars[begin + 1].ascii >= '3') {
    return {11, 3, 4};  // mobile: 1[3-9]\d{9}
  }
  return {};
}

}  // namespace

std::string mask_personal_data(std::string_view text) {
  std::vector<Char> chars;
  for (std::size_t at = 0; at < text.size();) {
    chars.push_back(decode(text, at));
    at += chars.back().size;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < chars.size();) {
    const bool starts_alone = i == 0 || !is_word(chars[i - 1]);
    const Token t = starts_alone && is_digit(chars[i]) ? token_at(chars, i) : Token{};
    if (t.length == 0) {
      out.append(text.substr(chars[i].offset, chars[i].size));
      ++i;
      continue;
    }
    for (std::size_t k = 0; k < t.length; ++k) {
      const Char& c = chars[i + k];
      if (k < t.keep_head || k >= t.length - t.keep_tail) {
        out.append(text.substr(c.offset, c.size));
      } else {
        out += '*';
      }
    }
    i += t.length;
  }
  return out;
}

}  // namespace xj::disclosure

#include "store/placeholders.h"

#include <cctype>

namespace xj::store {
namespace {

bool is_identifier_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// The index just past the quoted run starting at sql[i] (the opening quote). A doubled quote is
// an escaped quote; with backslash escapes (E'…') a backslash escapes the next character.
std::size_t skip_quoted(std::string_view sql, std::size_t i, bool backslash_escapes) {
  const char quote = sql[i];
  for (++i; i < sql.size(); ++i) {
    if (backslash_escapes && sql[i] == '\\') {
      ++i;
    } else if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        ++i;
      } else {
        return i + 1;
      }
    }
  }
  return sql.size();  // unterminated: the server reports it
}

std::size_t skip_line_comment(std::string_view sql, std::size_t i) {
  const std::size_t end = sql.find('\n', i);
  return end == std::string_view::npos ? sql.size() : end + 1;
}

std::size_t skip_block_comment(std::string_view sql, std::size_t i) {
  int depth = 0;
  while (i < sql.size()) {
    if (sql.compare(i, 2, "/*") == 0) {
      ++depth;
      i += 2;
    } else if (sql.compare(i, 2, "*/") == 0) {
      i += 2;
      if (--depth == 0) return i;
    } else {
      ++i;
    }
  }
  return sql.size();
}

}  // namespace

NumberedSql rewrite_placeholders(std::string_view sql) {
  NumberedSql out;
  out.sql.reserve(sql.size() + 8);
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t next = i + 1;
    if (c == '\'') {
      const bool escape_string = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') &&
                                 (i < 2 || !is_identifier_char(sql[i - 2]));
      next = skip_quoted(sql, i, escape_string);
    } else if (c == '"') {
      next = skip_quoted(sql, i, false);
    } else if (sql.compare(i, 2, "--") == 0) {
      next = skip_line_comment(sql, i);
    } else if (sql.compare(i, 2, "/*") == 0) {
      next = skip_block_comment(sql, i);
    } else if (c == '?') {
      out.sql += '$';
      out.sql += std::to_string(++out.placeholders);
      i = next;
      continue;
    }
    out.sql.append(sql.substr(i, next - i));
    i = next;
  }
  return out;
}

}  // namespace xj::store

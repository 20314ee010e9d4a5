// Rewrites `?` placeholders to PostgreSQL's numbered `$1..$n`.
//
//   rewrite_placeholders("SELECT a FROM t WHERE b = ? AND c = '?'")
//     → {"SELECT a FROM t WHERE b = $1 AND c = '?'", 1}
//
// A `?` inside a single-quoted literal (including E'…' with backslash escapes), a double-quoted
// identifier, a `--` line comment or a `/* … */` block comment (nested, as PostgreSQL allows) is
// left alone. Not recognised: dollar-quoted strings and the jsonb `?` operators (use
// jsonb_exists()); neither belongs in a parameterised statement of ours. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace xj::store {

struct NumberedSql {
  std::string sql;       // with $1..$n
  int placeholders = 0;  // n
};

NumberedSql rewrite_placeholders(std::string_view sql);

}  // namespace xj::store

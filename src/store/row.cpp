// Row's conversions: PostgreSQL returns text for types it has no native counterpart for here,
// and callers read a column the same way on either backend.
#include <stdexcept>

#include "store/database.h"
#include "store/number_text.h"

namespace xj::store {
namespace {

// Reading text that is not a number as a number is a bug in the caller's SQL or column index.
[[noreturn]] void not_a_number(const std::string& text) {
  throw std::logic_error("store::Row: column is not a number: '" + text + "'");
}

}  // namespace

Value null_or(const std::optional<std::string>& v) { return v ? Value{*v} : Value{}; }

Value null_or(const std::optional<std::int64_t>& v) { return v ? Value{*v} : Value{}; }

bool Row::is_null(std::size_t i) const {
  return std::holds_alternative<std::monostate>(values_.at(i));
}

std::string Row::text(std::size_t i) const { return opt_text(i).value_or(std::string()); }

std::optional<std::string> Row::opt_text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return std::to_string(*n);
  if (const auto* d = std::get_if<double>(&v)) return format_number(*d);
  return std::nullopt;
}

std::int64_t Row::integer(std::size_t i) const { return opt_integer(i).value_or(0); }

std::optional<std::int64_t> Row::opt_integer(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (auto n = parse_number<std::int64_t>(*s)) return n;
    if (auto d = parse_number<double>(*s)) return static_cast<std::int64_t>(*d);  // NUMERIC "12.0"
    not_a_number(*s);
  }
  return std::nullopt;
}

double Row::real(std::size_t i) const {
  const Value& v = values_.at(i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* n = std::get_if<std::int64_t>(&v)) return static_cast<double>(*n);
  if (const auto* s = std::get_if<std::string>(&v)) {
    if (auto d = parse_number<double>(*s)) return *d;
    not_a_number(*s);
  }
  return 0.0;
}

}  // namespace xj::store

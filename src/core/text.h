// Text normalisation shared by every importer and API handler (formats.md "Values").
//
//   normalize_code("　９１ｑ ") == "91Q"
//
// All functions are pure, UTF-8 aware (multi-byte sequences other than the ones named below pass
// through untouched) and thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace xj::core {

// Removes leading and trailing ASCII white space (space, \t, \n, \v, \f, \r) and ideographic
// spaces (U+3000 全角空格). Returns a view into `text`.
std::string_view trim(std::string_view text);

// Maps full-width digits (U+FF10–FF19) and Latin letters (U+FF21–FF3A, U+FF41–FF5A) to ASCII.
std::string to_half_width(std::string_view text);

// Upper-cases ASCII letters only.
std::string to_upper_ascii(std::string_view text);

// The normal form of an identifier (USCC, licence number, division code): trimmed, half-width,
// upper-cased.
std::string normalize_code(std::string_view text);

// Trimmed and half-width, case kept: the normal form of dates and amounts.
std::string normalize_value(std::string_view text);

// `text` as a JSON string literal, quotes included: '"', '\\' and control characters escaped
// (\n \r \t, others \u00XX); UTF-8 passed through unchanged.
std::string json_string(std::string_view text);

}  // namespace xj::core

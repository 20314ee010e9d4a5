// FieldReader: reads the cells of one RowInput as typed, normalised values (formats.md
// "Values"), remembering the first problem, which rejects the row ("every row is valid or
// rejected as a whole"), and the warnings.
//
//   FieldReader f(input, today, legacy);
//   std::string no = f.required(pe_decision_no);
//   auto fine = f.money(pe_fine_yuan);
//   if (f.error()) report(*f.error());
//
// Each getter returns an empty value after recording the problem, so a validator reads every
// field straight through and checks error() once. Only the first problem is kept: a rejected
// row is reported once, at its first bad column in formats.md order. Not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "collection/row_input.h"
#include "core/date.h"
#include "core/uscc_legacy.h"

namespace xj::collection {

// An accepted spelling of an enumerated value and what is stored for it.
struct Alias {
  std::string_view input;
  std::string_view stored;
};

class FieldReader {
 public:
  // REQUIRES: input, legacy outlive the reader.
  FieldReader(const RowInput& input, core::Date today, const core::LegacyCodes& legacy);

  // Trimmed text, or nullopt when the cell is absent or empty; too_long past kMaxTextBytes.
  std::optional<std::string> text(std::size_t column);
  // As text(), but an empty cell is the problem missing_field.
  std::string required(std::size_t column);
  // A required USCC (domain-rules §1.1), normalised; invalid_uscc, warnings for org-check/legacy.
  std::string uscc(std::size_t column);
  // A required or optional date; `not_after_today` for decision dates (api.md: invalid_date).
  std::optional<std::string> date(std::size_t column, bool required, bool not_after_today);
  // An optional amount in fen (invalid_amount).
  std::optional<std::int64_t> money(std::size_t column);
  // An optional enumerated value (invalid_enum); matching ignores ASCII case.
  std::optional<std::string> choice(std::size_t column, std::span<const Alias> aliases);
  // A list separated by `;`, `；`, `、` or `,`, each item one of `allowed` (invalid_enum);
  // missing_field when required and empty.
  std::vector<std::string> list(std::size_t column, std::span<const Alias> allowed, bool required);
  // 是/否 (also true/false, yes/no, 1/0); nullopt when empty.
  std::optional<bool> yes_no(std::size_t column);

  // Records a problem found by the validator (the first one wins).
  void reject(std::size_t column, std::string code, std::string message);
  void warn(std::size_t column, std::string code, std::string message);

  const std::optional<RowIssue>& error() const { return error_; }
  std::vector<RowIssue>& warnings() { return warnings_; }
  const RowInput& input() const { return input_; }
  core::Date today() const { return today_; }
  const core::LegacyCodes& legacy() const { return legacy_; }

  static constexpr std::size_t kMaxTextBytes = 8000;

 private:
  const formats::Cell* cell(std::size_t column) const;
  std::string column_name(std::size_t column) const;
  // Records the first detail of a core parse error.
  void reject_with(std::size_t column, const Error& e, std::string_view fallback_code);

  const RowInput& input_;
  core::Date today_;
  const core::LegacyCodes& legacy_;
  std::optional<RowIssue> error_;
  std::vector<RowIssue> warnings_;
};

}  // namespace xj::collection

// Credit commitments (信用承诺, domain-rules.md §6): templates and commitments as stored (tables
// commitment_templates, commitments). Plain data; dates 'YYYY-MM-DD'.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace xj::commitment {

// Kinds: approval (告知承诺, replaces proof in licensing), registration, voluntary (published from
// a template), repair (守信承诺书 inside a repair application).
bool is_kind(std::string_view kind);
// Verification results (核查): pending | consistent | inconsistent.
inline constexpr std::string_view kPending = "pending";
inline constexpr std::string_view kConsistent = "consistent";
inline constexpr std::string_view kInconsistent = "inconsistent";
// Actions after an inconsistent finding: terminate | rectify | revoke | penalty.
bool is_action(std::string_view action);

struct Template {
  std::int64_t id = 0;
  std::string kind;
  std::string title;
  std::string text;
  std::optional<std::string> matter;
  std::string region_code;  // the creating officer's region
  std::string created_by;
};

struct Commitment {
  std::int64_t id = 0;
  std::string uscc;
  std::string kind;
  std::optional<std::int64_t> template_id;
  std::string text;
  std::optional<std::string> matter;
  std::string made_on;
  std::optional<std::string> verify_by;
  std::string verification_result{kPending};
  std::optional<std::string> verified_on;
  std::optional<std::string> action;
  std::optional<std::string> note;
  std::optional<std::string> repaired_on;
  bool is_public = false;
  std::string region_code;
  std::string created_by;
};

}  // namespace xj::commitment

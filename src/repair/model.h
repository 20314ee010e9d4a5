// Credit repair model (信用修复, domain-rules.md §5): applications, their materials and the
// officers' decisions, as stored. Plain data; dates 'YYYY-MM-DD'.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace xj::repair {

// What is repaired: a penalty's publicity (id = its decision number), an abnormal-list entry or a
// dishonest-list entry (id = the entry's id as text).
enum class TargetType { penalty, abnormal_list, dishonest_list };

std::string_view to_string(TargetType type);
std::optional<TargetType> parse_target_type(std::string_view text);

// Application states: submitted → approved | rejected, or, for a repeat offender (maker–checker),
// submitted → pending_second_approval → approved | rejected.
inline constexpr std::string_view kSubmitted = "submitted";
inline constexpr std::string_view kPendingSecondApproval = "pending_second_approval";
inline constexpr std::string_view kApproved = "approved";
inline constexpr std::string_view kRejected = "rejected";

// True while an officer still has to decide.
bool is_open(std::string_view status);

// One application (table `repairs`).
struct Repair {
  std::int64_t id = 0;
  std::string uscc;
  TargetType target_type = TargetType::penalty;
  std::string target_id;
  std::string applied_on;
  std::string reason;
  bool obligations_fulfilled = false;
  bool rectified = false;
  std::optional<std::int64_t> commitment_id;  // the 守信承诺书 (commitments, kind repair)
  bool repeat_offender = false;               // §5: doubled waiting, two officers
  std::string status;
  std::string due_on;       // decision due (15 working days after applied_on)
  std::string region_code;  // the enterprise's division: decided by officers holding it
  std::string applied_by;
  std::optional<std::string> first_approved_by;  // maker of a maker–checker approval
  std::optional<std::string> decided_on;
  std::optional<std::string> decided_by;
  std::optional<std::string> decision_reason;
};

// Evidence of an application (table `repair_materials`): a text or an uploaded file, each with
// the SM3 digest of its bytes.
struct Material {
  std::int64_t id = 0;
  std::int64_t repair_id = 0;
  std::string kind;  // text | file
  std::optional<std::string> filename;
  std::optional<std::string> content_type;
  std::int64_t size = 0;
  std::string sm3;
  std::optional<std::string> text;  // kind text only
  std::string added_by;
  std::string added_on;
};

// One officer's step (table `repair_decisions`).
struct Decision {
  std::int64_t id = 0;
  std::int64_t repair_id = 0;
  std::string decision;  // approve | reject
  std::string reason;
  std::string decided_on;
  std::string officer;
};

}  // namespace xj::repair

// Publicity rules (公示): what the public record shows on a given day, domain-rules.md §2–§3.
//
//   PenaltyPublicity p = penalty_publicity(penalty, today, uscc.is_individual_business(), {});
//   if (p.is_public_today) show(penalty, *p.public_until);
//
// Pure functions over plain structs; "today" is always passed in (api.md `--today`).
// Thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "collection/model.h"
#include "core/date.h"

namespace xj::disclosure {

// The provincial thresholds of a lower-amount fine (较低数额罚款), §2 *(config)*; a fine is lower
// when strictly below the threshold.
struct PublicityConfig {
  std::int64_t lower_fine_below_fen = 100'000'00;  // organisations: < 100 000 yuan
  std::int64_t individual_lower_fine_below_fen =
      10'000'00;  // individual businesses 92…: < 10 000 yuan
};

// 公示期 (Order 45 Art. 13).
enum class PublicityPeriod { none, three_months, three_years };

enum class PublicityReason {
  in_period,          // public today
  not_yet_decided,    // today is before the decision date
  period_ended,       // past the publicity period
  repaired,           // credit repair granted (信用修复) on or before today
  revoked,            // decision revoked (撤销) on or before today
  warning_only,       // only 警告: never published
  summary_procedure,  // 简易程序: never published
  marked_non_public,  // 是否公示 = 否
  invalid_date,       // a stored date does not parse: nothing is shown
};

// The reason's code ("in_period", "warning_only", …).
std::string_view to_string(PublicityReason reason);

struct PenaltyPublicity {
  bool is_public_today = false;
  std::optional<core::Date> public_until;  // last day in force (inclusive); empty: never public
  PublicityPeriod period = PublicityPeriod::none;
  PublicityReason reason = PublicityReason::invalid_date;
};

// §3: only 警告 among the types (an empty type list is not warning-only).
bool is_warning_only(const collection::Penalty& penalty);

// §3 "published penalty": ordinary procedure (普通), not warning-only, not marked non-public —
// whether or not its publicity period has lapsed.
bool is_published_penalty(const collection::Penalty& penalty);

// §2: the publicity period of a published penalty — 3 months when every type is 警告, 通报批评 or
// a lower-amount 罚款 and at least one of the latter two is present; otherwise (including a 罚款
// without an amount) 3 years. PublicityPeriod::none for a penalty that is not published.
PublicityPeriod publicity_period(const collection::Penalty& penalty, bool individual_business,
                                 const PublicityConfig& config);

// §2: whether `penalty` is public on `today`, and until when. Public on days
// decided_on ≤ d ≤ public_until, where public_until = decided_on + period − 1 day, cut to the day
// before a repair decision (repaired_on) or revocation (revoked_on) that falls earlier.
PenaltyPublicity penalty_publicity(const collection::Penalty& penalty, core::Date today,
                                   bool individual_business, const PublicityConfig& config);

// §3: heavier penalty (较重行政处罚, Order 44 Art. 2): the import says so, or the types include
// 降低资质等级, 吊销许可证件, 限制开展生产经营活动, 责令停产停业, 责令关闭 or 限制从业.
bool is_heavier(const collection::Penalty& penalty);

// §2 / formats.md `licences`: the status shown — the stored status (有效 注销 撤销 吊销), except
// that a 有效 licence past its valid_until (last day in force) reads 过期.
std::string licence_status(const collection::Licence& licence, core::Date today);

}  // namespace xj::disclosure

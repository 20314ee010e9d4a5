#include "disclosure/publicity.h"

#include <algorithm>
#include <array>

namespace xj::disclosure {
namespace {

using collection::Penalty;

constexpr std::string_view kWarning = "警告";
constexpr std::string_view kCriticism = "通报批评";
constexpr std::string_view kFine = "罚款";

// §3: the types that make a penalty heavier (Order 44 Art. 2).
constexpr std::array<std::string_view, 6> kHeavierTypes = {
    "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业"};

bool has_type(const Penalty& p, std::string_view type) {
  return std::find(p.penalty_types.begin(), p.penalty_types.end(), type) != p.penalty_types.end();
}

std::optional<core::Date> date_of(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto d = core::parse_date(*text);
  if (!d) return std::nullopt;
  return *d;
}

PenaltyPublicity never(PublicityReason reason) {
  return PenaltyPublicity{false, std::nullopt, PublicityPeriod::none, reason};
}

}  // namespace

std::string_view to_string(PublicityReason reason) {
  switch (reason) {
    case PublicityReason::in_period:
      return "in_period";
    case PublicityReason::not_yet_decided:
      return "not_yet_decided";
    case PublicityReason::period_ended:
      return "period_ended";
    case PublicityReason::repaired:
      return "repaired";
    case PublicityReason::revoked:
      return "revoked";
    case PublicityReason::warning_only:
      return "warning_only";
    case PublicityReason::summary_procedure:
      return "summary_procedure";
    case PublicityReason::marked_non_public:
      return "marked_non_public";
    case PublicityReason::invalid_date:
      return "invalid_date";
  }
  return "invalid_date";
}

bool is_warning_only(const Penalty& p) {
  return !p.penalty_types.empty() &&
         std::all_of(p.penalty_types.begin(), p.penalty_types.end(),
                     [](const std::string& t) { return t == kWarning; });
}

bool is_published_penalty(const Penalty& p) {
  // §2 table / §3: ordinary procedure, not warning-only, not marked non-public.
  return p.procedure == "普通" && !is_warning_only(p) && p.is_public;
}

PublicityPeriod publicity_period(const Penalty& p, bool individual_business,
                                 const PublicityConfig& config) {
  if (!is_published_penalty(p)) return PublicityPeriod::none;
  // §2 (Order 45 Art. 13): a 罚款 without an amount cannot be shown to be lower.
  const std::int64_t below =
      individual_business ? config.individual_lower_fine_below_fen : config.lower_fine_below_fen;
  const bool lower_fine = p.fine_fen && *p.fine_fen < below;
  bool light_present = false;  // 通报批评 or a lower-amount fine
  for (const auto& type : p.penalty_types) {
    if (type == kCriticism || (type == kFine && lower_fine)) {
      light_present = true;
    } else if (type != kWarning) {
      return PublicityPeriod::three_years;
    }
  }
  return light_present ? PublicityPeriod::three_months : PublicityPeriod::three_years;
}

PenaltyPublicity penalty_publicity(const Penalty& p, core::Date today, bool individual_business,
                                   const PublicityConfig& config) {
  // §2: never published — non-public flag, summary procedure, warning only.
  if (!p.is_public) return never(PublicityReason::marked_non_public);
  if (p.procedure != "普通") return never(PublicityReason::summary_procedure);
  if (is_warning_only(p)) return never(PublicityReason::warning_only);

  const auto decided = date_of(p.decided_on);
  if (!decided) return never(PublicityReason::invalid_date);
  PenaltyPublicity out;
  out.period = publicity_period(p, individual_business, config);
  // A period P from day s is in force on s ≤ d < s + P (domain-rules.md preamble).
  const core::Date end = out.period == PublicityPeriod::three_months ? core::add_months(*decided, 3)
                                                                     : core::add_years(*decided, 3);
  core::Date until = core::add_days(end, -1);
  PublicityReason after_until = PublicityReason::period_ended;
  // §2: a granted repair ends publicity on the repair decision day; a revoked decision likewise.
  for (const auto& [cut_text, reason] : {std::pair{&p.repaired_on, PublicityReason::repaired},
                                         std::pair{&p.revoked_on, PublicityReason::revoked}}) {
    if (!cut_text->has_value()) continue;
    const auto cut = date_of(*cut_text);
    if (!cut) return never(PublicityReason::invalid_date);
    if (core::add_days(*cut, -1) < until) {
      until = core::add_days(*cut, -1);
      after_until = reason;
    }
  }
  out.public_until = until;
  if (today < *decided) {
    out.reason = PublicityReason::not_yet_decided;
  } else if (today > until) {
    out.reason = after_until;
  } else {
    out.is_public_today = true;
    out.reason = PublicityReason::in_period;
  }
  return out;
}

bool is_heavier(const Penalty& p) {
  if (p.heavier.value_or(false)) return true;
  return std::any_of(kHeavierTypes.begin(), kHeavierTypes.end(),
                     [&](std::string_view t) { return has_type(p, t); });
}

std::string licence_status(const collection::Licence& licence, core::Date today) {
  if (licence.status != "有效") return licence.status;
  const auto until = date_of(licence.valid_until);
  return until && today > *until ? "过期" : licence.status;
}

}  // namespace xj::disclosure

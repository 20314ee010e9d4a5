#include "disclosure/publicity_lapses.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "collection/record_repo.h"
#include "store/outbox.h"

namespace xj::disclosure {
namespace {

constexpr std::string_view kPosition = "publicity_lapses";
constexpr std::int64_t kMaxCatchUpDays = 400;

struct Lapse {
  std::string type;
  std::string uscc;
  nlohmann::json payload;
};

// The penalties public on d − 1 and no longer on d because their period ended. A period is at
// most 3 years from the decision date, so only decisions of the last 3 years and a few days can
// lapse on d.
Status penalty_lapses(store::Session& session, core::Date d, const PublicityConfig& config,
                      std::vector<Lapse>& out) {
  const core::Date yesterday = core::add_days(d, -1);
  const std::string from = core::add_days(core::add_years(d, -3), -7).to_string();
  return collection::each_penalty_decided_between(
      session, from, yesterday.to_string(), [&](const collection::Penalty& p) {
        const bool individual = p.uscc.starts_with("92");
        const PenaltyPublicity before = penalty_publicity(p, yesterday, individual, config);
        // Repairs and revocations write their own events; only the period's end is time-driven.
        if (before.is_public_today && before.public_until == yesterday &&
            penalty_publicity(p, d, individual, config).reason == PublicityReason::period_ended) {
          out.push_back({"penalty.publicity_ended", p.uscc,
                         {{"kind", "penalty"},
                          {"key", p.decision_no},
                          {"public_until", yesterday.to_string()}}});
        }
        return true;
      });
}

Status dishonest_expiries(store::Session& session, core::Date d, std::vector<Lapse>& out) {
  return session.each(
      "SELECT id, uscc FROM dishonest_entries WHERE status = 'active' AND expires_on = ? AND "
      "(removed_on IS NULL OR removed_on > ?)",
      {d.to_string(), d.to_string()}, [&](const store::Row& r) {
        out.push_back({"dishonest_list.expired", r.text(1),
                       {{"id", r.integer(0)}, {"uscc", r.text(1)},
                        {"expires_on", d.to_string()}}});
        return true;
      });
}

// Day d in one transaction with the position.
Status process_day(store::Database& db, core::Date d, const PublicityConfig& config) {
  return db.write([&](store::Session& s) -> Status {
    std::vector<Lapse> lapses;
    XJ_CHECK(penalty_lapses(s, d, config, lapses));
    XJ_CHECK(dishonest_expiries(s, d, lapses));
    for (const Lapse& l : lapses) XJ_CHECK(store::append_outbox(s, l.type, l.uscc, l.payload.dump()));
    return store::set_outbox_cursor(s, kPosition, d.days_since_epoch());
  });
}

}  // namespace

Status run_publicity_lapses(store::Database& db, core::Date today, const PublicityConfig& config) {
  std::optional<std::int64_t> last;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    XJ_TRY(last, store::outbox_cursor(s, kPosition));
    return {};
  }));
  const std::int64_t now = today.days_since_epoch();
  if (!last) {
    return db.write(
        [&](store::Session& s) { return store::set_outbox_cursor(s, kPosition, now); });
  }
  for (std::int64_t day = std::max(*last + 1, now - kMaxCatchUpDays + 1); day <= now; ++day) {
    XJ_CHECK(process_day(db, core::Date::from_days(day), config));
  }
  return {};
}

}  // namespace xj::disclosure

#include "risk/fact_repo.h"

#include <algorithm>
#include <unordered_map>

namespace xj::risk {
namespace {

// Each query's WHERE clause is completed with the scope's condition on uscc.
constexpr std::string_view kEnterprises =
    "SELECT uscc, region_code, status, established_on FROM enterprises WHERE 1 = 1";
// Key-list entries active today (registry/model.h: active while not removed).
constexpr std::string_view kKeylist =
    "SELECT uscc, area, subcategory, licence_no FROM keylist_entries "
    "WHERE listed_on <= ? AND (removed_on IS NULL OR removed_on > ?)";
constexpr std::string_view kLicences =
    "SELECT uscc, licence_no, status, valid_until FROM licences WHERE 1 = 1";
// §3: only published penalties can count; dated within the longest window.
constexpr std::string_view kPenalties =
    "SELECT uscc, penalty_types, fine_fen, decided_on, procedure, heavier, is_public, "
    "repaired_on, revoked_on FROM penalties "
    "WHERE is_public = 1 AND decided_on > ? AND decided_on <= ?";
constexpr std::string_view kInspections =
    "SELECT uscc, checked_on, kind, results FROM inspections "
    "WHERE checked_on > ? AND checked_on <= ?";
constexpr std::string_view kEvents =
    "SELECT uscc, event_type, occurred_on, count FROM events "
    "WHERE occurred_on > ? AND occurred_on <= ?";
constexpr std::string_view kAbnormal =
    "SELECT uscc, listed_on, removed_on FROM abnormal_entries "
    "WHERE (removed_on IS NULL OR removed_on > ?)";
constexpr std::string_view kDishonest =
    "SELECT uscc, status, listed_on, expires_on, removed_on FROM dishonest_entries "
    "WHERE status = 'active' AND expires_on > ?";
constexpr std::string_view kFalseCommitments =
    "SELECT uscc, verification_result, verified_on, repaired_on FROM commitments "
    "WHERE verification_result = 'inconsistent' AND verified_on > ? AND verified_on <= ?";

void widen(int& longest, int months) {
  if (longest < 0) return;  // already unlimited
  if (months == 0) {
    longest = -1;
  } else {
    longest = std::max(longest, months);
  }
}

void widen(FactWindows& w, const Selector& s) {
  switch (s.record) {
    case RecordKind::penalty:
      widen(w.penalty, s.window_months);
      break;
    case RecordKind::inspection:
      widen(w.inspection, s.window_months);
      break;
    case RecordKind::event:
      widen(w.event, s.window_months);
      break;
    case RecordKind::false_commitment:
      widen(w.false_commitment, s.window_months);
      break;
    default:
      break;
  }
}

// The exclusive lower bound of dates read for a longest window (-1 or 0: everything).
std::string after(int months, core::Date today) {
  return months > 0 ? core::add_months(today, -months).to_string() : "";
}

class Collector {
 public:
  explicit Collector(std::vector<EnterpriseFacts>& out) : out_(out) {}

  EnterpriseFacts& add(const std::string& uscc) {
    auto [it, inserted] = index_.emplace(uscc, out_.size());
    if (inserted) {
      out_.emplace_back();
      out_.back().uscc = uscc;
    }
    return out_[it->second];
  }
  EnterpriseFacts* find(const std::string& uscc) {
    auto it = index_.find(uscc);
    return it == index_.end() ? nullptr : &out_[it->second];
  }

 private:
  std::vector<EnterpriseFacts>& out_;
  std::unordered_map<std::string, std::size_t> index_;
};

// Runs `base` + the scope condition and hands each row whose enterprise is known to `fn`.
template <typename Fn>
Status each_of(store::Session& s, std::string_view base, store::Params params,
               const UsccScope& scope, Collector& known, Fn fn) {
  std::string sql(base);
  sql += scope.condition("uscc", params);
  return s.each(sql, params, [&](const store::Row& r) {
    if (EnterpriseFacts* f = known.find(r.text(0))) fn(*f, r);
    return true;
  });
}

}  // namespace

std::string UsccScope::condition(std::string_view column, store::Params& params) const {
  std::string out = " AND ";
  out += column;
  if (exact) {
    params.emplace_back(from);
    return out + " = ?";
  }
  params.emplace_back(from);
  out += " >= ?";
  if (to) {
    params.emplace_back(*to);
    out += " AND ";
    out += column;
    out += " < ?";
  }
  return out;
}

FactWindows windows_of(const ModelSet& models) {
  FactWindows w;
  for (const auto& m : models.models) {
    for (const auto& ind : m.indicators) {
      if (ind.kind != IndicatorKind::records) continue;
      widen(w, ind.selector);
      if (ind.unless) widen(w, *ind.unless);
    }
    for (const auto& o : m.overrides) widen(w, o.when);
  }
  return w;
}

Result<std::vector<EnterpriseFacts>> load_facts(store::Session& s, const UsccScope& scope,
                                                core::Date today, const FactWindows& windows) {
  std::vector<EnterpriseFacts> out;
  Collector known(out);
  const std::string day = today.to_string();
  {
    store::Params params;
    std::string sql(kEnterprises);
    sql += scope.condition("uscc", params);
    XJ_CHECK(s.each(sql, params, [&](const store::Row& r) {
      EnterpriseFacts& f = known.add(r.text(0));
      f.registered = true;
      f.region_code = r.text(1);
      f.status = r.text(2);
      f.established_on = r.opt_text(3);
      return true;
    }));
  }
  {
    // An enterprise on the key-area list without master data is known too.
    store::Params params{day, day};
    std::string sql(kKeylist);
    sql += scope.condition("uscc", params);
    XJ_CHECK(s.each(sql, params, [&](const store::Row& r) {
      EnterpriseFacts& f = known.add(r.text(0));
      f.keylist.push_back({r.text(1), r.text(2), r.text(3)});
      return true;
    }));
  }
  XJ_CHECK(each_of(s, kLicences, {}, scope, known, [](EnterpriseFacts& f, const store::Row& r) {
    f.licences.push_back({r.text(1), r.text(2), r.text(3)});
  }));
  XJ_CHECK(each_of(s, kPenalties, {after(windows.penalty, today), day}, scope, known,
                   [&](EnterpriseFacts& f, const store::Row& r) {
                     collection::Penalty p;
                     p.penalty_types = split_stored_list(r.text(1));
                     p.fine_fen = r.opt_integer(2);
                     p.decided_on = r.text(3);
                     p.procedure = r.text(4);
                     if (auto h = r.opt_integer(5)) p.heavier = *h != 0;
                     p.is_public = r.integer(6) != 0;
                     p.repaired_on = r.opt_text(7);
                     p.revoked_on = r.opt_text(8);
                     if (auto fact = penalty_fact(p, today)) f.penalties.push_back(std::move(*fact));
                   }));
  XJ_CHECK(each_of(s, kInspections, {after(windows.inspection, today), day}, scope, known,
                   [](EnterpriseFacts& f, const store::Row& r) {
                     f.inspections.push_back(
                         inspection_fact(r.text(1), r.text(2), split_stored_list(r.text(3))));
                   }));
  XJ_CHECK(each_of(s, kEvents, {after(windows.event, today), day}, scope, known,
                   [](EnterpriseFacts& f, const store::Row& r) {
                     f.events.push_back({r.text(1), r.text(2), r.integer(3)});
                   }));
  XJ_CHECK(each_of(s, kAbnormal, {day}, scope, known, [&](EnterpriseFacts& f, const store::Row& r) {
    if (abnormal_active_on(r.text(1), r.opt_text(2), today)) ++f.abnormal_active;
  }));
  XJ_CHECK(each_of(s, kDishonest, {day}, scope, known, [&](EnterpriseFacts& f, const store::Row& r) {
    if (dishonest_in_force_on(r.text(1), r.text(2), r.text(3), r.opt_text(4), today)) {
      ++f.dishonest_active;
    }
  }));
  XJ_CHECK(each_of(s, kFalseCommitments, {after(windows.false_commitment, today), day}, scope,
                   known, [&](EnterpriseFacts& f, const store::Row& r) {
                     if (false_commitment_counts(r.text(1), r.opt_text(2), r.opt_text(3), today)) {
                       f.false_commitments.push_back(r.text(2));
                     }
                   }));
  std::sort(out.begin(), out.end(),
            [](const EnterpriseFacts& a, const EnterpriseFacts& b) { return a.uscc < b.uscc; });
  return out;
}

Result<Chunks> chunk_starts(store::Session& s, std::int64_t chunk) {
  Chunks c;
  c.starts.push_back("");
  XJ_CHECK(s.each("SELECT uscc FROM enterprises ORDER BY uscc", {}, [&](const store::Row& r) {
    if (c.enterprises > 0 && c.enterprises % chunk == 0) c.starts.push_back(r.text(0));
    ++c.enterprises;
    return true;
  }));
  return c;
}

}  // namespace xj::risk

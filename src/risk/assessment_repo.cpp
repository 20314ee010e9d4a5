#include "risk/assessment_repo.h"

#include <charconv>
#include <cstdio>

#include "risk/assessment_json.h"
#include "store/outbox.h"

namespace xj::risk {
namespace {

// The assessment in force = the class in risk_current and the latest history row of that model.
constexpr std::string_view kPriors = R"sql(
SELECT c.uscc, c.model, a.model_version, a.score, a.class, a.factors, a.computed_at
FROM risk_current c
JOIN risk_assessments a ON a.id = (SELECT MAX(x.id) FROM risk_assessments x
                                   WHERE x.uscc = c.uscc AND x.model = c.model)
WHERE 1 = 1)sql";

constexpr std::string_view kInsertAssessment = R"sql(
INSERT INTO risk_assessments (uscc, model, model_version, score, class, factors, computed_at,
                              run_id)
VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP, ?)
)sql";

constexpr std::string_view kUpsertCurrent = R"sql(
INSERT INTO risk_current (uscc, model, model_version, score, class, computed_at)
VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
ON CONFLICT (uscc, model) DO UPDATE SET
  model_version = excluded.model_version, score = excluded.score, class = excluded.class,
  computed_at = excluded.computed_at
)sql";

constexpr std::string_view kDeleteCurrent = "DELETE FROM risk_current WHERE uscc = ? AND model = ?";

constexpr std::string_view kEventType = "risk.class_changed";

int digits(std::string_view s, std::size_t at, std::size_t n) {
  int v = 0;
  if (at + n > s.size()) return 0;
  std::from_chars(s.data() + at, s.data() + at + n, v);
  return v;
}

}  // namespace

std::string rfc3339_utc(std::string_view t) {
  if (t.size() < 19) return std::string(t);
  auto date = core::Date::from_ymd(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2));
  if (!date) return std::string(t);
  std::int64_t seconds = date->days_since_epoch() * 86400 + digits(t, 11, 2) * 3600 +
                         digits(t, 14, 2) * 60 + digits(t, 17, 2);
  // PostgreSQL appends the session's offset (±HH or ±HH:MM) after optional fractions.
  std::size_t at = 19;
  while (at < t.size() && (t[at] == '.' || (t[at] >= '0' && t[at] <= '9'))) ++at;
  if (at < t.size() && (t[at] == '+' || t[at] == '-')) {
    const int sign = t[at] == '+' ? 1 : -1;
    int offset = digits(t, at + 1, 2) * 3600;
    if (t.size() >= at + 6 && t[at + 3] == ':') offset += digits(t, at + 4, 2) * 60;
    seconds -= sign * offset;
  }
  const core::Date day = core::Date::from_days(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400);
  const std::int64_t rest = seconds - day.days_since_epoch() * 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", day.to_string().c_str(),
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60));
  return buf;
}

Result<Priors> load_priors(store::Session& s, const UsccScope& scope) {
  Priors out;
  store::Params params;
  std::string sql(kPriors);
  sql += scope.condition("c.uscc", params);
  XJ_CHECK(s.each(sql, params, [&](const store::Row& r) {
    StoredAssessment a;
    a.uscc = r.text(0);
    a.model = r.text(1);
    a.model_version = r.text(2);
    a.score = r.integer(3);
    const std::string cls = r.text(4);
    a.cls = cls.empty() ? 'A' : cls[0];
    a.factors_json = r.text(5);
    a.computed_at = rfc3339_utc(r.text(6));
    out.emplace(std::pair{a.uscc, a.model}, std::move(a));
    return true;
  }));
  return out;
}

Result<std::int64_t> store_assessments(store::Session& s, const std::string& uscc,
                                       const std::vector<Assessment>& fresh,
                                       const std::vector<std::string>& models,
                                       const Priors& priors, std::optional<std::int64_t> run_id) {
  std::int64_t changed = 0;
  for (const auto& model : models) {
    auto prior = priors.find({uscc, model});
    const StoredAssessment* before = prior == priors.end() ? nullptr : &prior->second;
    const Assessment* now = nullptr;
    for (const auto& a : fresh) {
      if (a.model == model) now = &a;
    }
    if (!now) {
      if (!before) continue;
      // §7: no longer applicable (deregistered, left the list): no class in force.
      XJ_CHECK(s.exec(kDeleteCurrent, {uscc, model}));
      XJ_CHECK(store::append_outbox(s, kEventType, uscc,
                                    class_changed_payload(model, before->cls, std::nullopt,
                                                          std::nullopt)));
      ++changed;
      continue;
    }
    const std::string factors = factors_json(now->factors);
    if (before && before->model_version == now->model_version && before->score == now->score &&
        before->cls == now->cls && before->factors_json == factors) {
      continue;  // unchanged: history keeps the assessment in force
    }
    const std::string cls(1, now->cls);
    XJ_CHECK(s.exec(kInsertAssessment, {uscc, model, now->model_version, now->score, cls, factors,
                                        store::null_or(run_id)}));
    XJ_CHECK(s.exec(kUpsertCurrent, {uscc, model, now->model_version, now->score, cls}));
    // A first classification is not a change of class (docs/risk.md): no event.
    if (before && before->cls != now->cls) {
      XJ_CHECK(store::append_outbox(s, kEventType, uscc,
                                    class_changed_payload(model, before->cls, now->cls, now->score)));
    }
    ++changed;
  }
  return changed;
}

Result<std::vector<StoredAssessment>> assessments_of(store::Session& s, const std::string& uscc) {
  XJ_TRY(Priors priors, load_priors(s, UsccScope::one(uscc)));
  std::vector<StoredAssessment> out;
  for (auto& [key, a] : priors) out.push_back(std::move(a));
  return out;
}

Result<std::map<std::string, std::int64_t>> class_counts(store::Session& s,
                                                         const SummaryFilter& f) {
  std::map<std::string, std::int64_t> out{{"A", 0}, {"B", 0}, {"C", 0}, {"D", 0},
                                          {"unclassified", 0}};
  store::Params params{f.model->id, f.region_prefix + "%"};
  std::string sql =
      "SELECT c.class, COUNT(*) FROM enterprises e "
      "LEFT JOIN risk_current c ON c.uscc = e.uscc AND c.model = ? "
      "WHERE e.region_code LIKE ?";
  auto on_list = [&](std::string_view column, const std::string& value) {
    sql += " AND EXISTS (SELECT 1 FROM keylist_entries k WHERE k.uscc = e.uscc AND k.";
    sql += column;
    sql += " = ? AND k.removed_on IS NULL)";
    params.emplace_back(value);
  };
  if (f.area) on_list("area", *f.area);
  if (!f.model->applies.area.empty()) on_list("area", f.model->applies.area);
  if (!f.model->applies.subcategory.empty()) on_list("subcategory", f.model->applies.subcategory);
  sql += " GROUP BY c.class";
  XJ_CHECK(s.each(sql, params, [&](const store::Row& r) {
    out[r.is_null(0) ? "unclassified" : r.text(0)] += r.integer(1);
    return true;
  }));
  return out;
}

}  // namespace xj::risk

#include "risk/scoring.h"

#include <algorithm>

#include "core/text.h"
#include "risk/assessment_json.h"

namespace xj::risk {
namespace {

// §7: a record dated d is inside an N-month window when today − N months < d ≤ today.
struct Window {
  std::string after;  // exclusive; empty: no lower bound
  std::string today;  // inclusive
  bool contains(std::string_view d) const { return d <= today && (after.empty() || d > after); }
};

Window window_of(int months, core::Date today) {
  Window w{"", today.to_string()};
  if (months > 0) w.after = core::add_months(today, -months).to_string();
  return w;
}

bool has_filter(const Selector& s, std::string_view name) {
  return std::find(s.filters.begin(), s.filters.end(), name) != s.filters.end();
}

struct Tally {
  std::int64_t count = 0;
  std::int64_t fen = 0;
  std::vector<std::string> not_on_file;  // keylist_licence: licence numbers without a record
};

bool licence_bad(const LicenceFact& l, core::Date today) {
  // §7.3: expired (valid_until < today) or 吊销/撤销/注销.
  return l.status == "吊销" || l.status == "撤销" || l.status == "注销" ||
         l.valid_until < today.to_string();
}

Tally select(const Selector& s, const EnterpriseFacts& f, core::Date today) {
  Tally t;
  const Window w = window_of(s.window_months, today);
  switch (s.record) {
    case RecordKind::penalty:
      for (const auto& p : f.penalties) {
        if (!w.contains(p.decided_on)) continue;
        if (has_filter(s, "heavier") && !p.heavier) continue;
        if (has_filter(s, "revokes_licence") && !p.revokes_licence) continue;
        ++t.count;
        t.fen += p.fine_fen;
      }
      break;
    case RecordKind::inspection:
      for (const auto& i : f.inspections) {
        if (!w.contains(i.checked_on)) continue;
        if (has_filter(s, "problem") && !i.problem) continue;
        if (has_filter(s, "failed_sampling") && !i.failed_sampling) continue;
        if (has_filter(s, "not_sampling") && i.sampling) continue;
        ++t.count;
      }
      break;
    case RecordKind::event:
      // §7.2–7.4: an event's count counts as that many events.
      for (const auto& e : f.events) {
        if (e.event_type == s.event_type && w.contains(e.occurred_on)) t.count += e.count;
      }
      break;
    case RecordKind::abnormal:
      t.count = f.abnormal_active;
      break;
    case RecordKind::dishonest:
      t.count = f.dishonest_active;
      break;
    case RecordKind::false_commitment:
      for (const auto& d : f.false_commitments) {
        if (w.contains(d)) ++t.count;
      }
      break;
    case RecordKind::keylist_licence:
      for (const auto& k : f.keylist) {
        if (!s.subcategory.empty() && k.subcategory != s.subcategory) continue;
        auto l = std::find_if(f.licences.begin(), f.licences.end(),
                              [&](const LicenceFact& x) { return x.licence_no == k.licence_no; });
        if (l == f.licences.end()) {
          t.not_on_file.push_back(k.licence_no);
        } else if (licence_bad(*l, today)) {
          ++t.count;
        }
      }
      break;
  }
  return t;
}

std::string yuan_text(std::int64_t fen) {
  std::string out = std::to_string(fen / 100);
  if (const std::int64_t cents = fen % 100; cents != 0) {
    out += '.';
    out += static_cast<char>('0' + cents / 10);
    if (cents % 10 != 0) out += static_cast<char>('0' + cents % 10);
  }
  return out;
}

std::string reason_of(std::string_view templ, std::string_view value) {
  std::string out(templ);
  for (std::size_t at; (at = out.find("{value}")) != std::string::npos;) {
    out.replace(at, 7, value);
  }
  return out;
}

std::int64_t best_tier(const std::vector<Tier>& tiers, auto reaches) {
  std::int64_t points = 0;
  bool any = false;
  for (const auto& t : tiers) {
    if (!reaches(t.threshold)) continue;
    points = any ? std::max(points, t.points) : t.points;
    any = true;
  }
  return points;
}

struct Scored {
  std::int64_t points = 0;
  std::string value_json;
  std::string value_text;
};

Scored score_records(const Indicator& ind, const EnterpriseFacts& f, core::Date today) {
  const Tally t = select(ind.selector, f, today);
  Scored s;
  const bool fines = ind.selector.measure == Measure::fine_yuan;
  s.value_text = fines ? yuan_text(t.fen) : std::to_string(t.count);
  s.value_json = s.value_text;
  if (ind.per_item != 0) {
    s.points = t.count * ind.per_item;
    if (ind.cap) s.points = ind.per_item > 0 ? std::min(s.points, *ind.cap) : std::max(s.points, *ind.cap);
  }
  s.points += best_tier(ind.tiers, [&](std::int64_t threshold) {
    return fines ? t.fen >= threshold * 100 : t.count >= threshold;
  });
  if (ind.unless && select(*ind.unless, f, today).count > 0) s.points = 0;
  return s;
}

Scored score_established(const Indicator& ind, const EnterpriseFacts& f, core::Date today) {
  // §7.1: an enterprise without 成立日期 gets no age points.
  Scored s;
  if (!f.established_on || f.established_on->empty()) return s;
  const std::string& est = *f.established_on;
  s.value_text = est;
  s.value_json = core::json_string(est);
  // within N months: established_on > today − N months.
  s.points = best_tier(ind.tiers, [&](std::int64_t months) {
    return est > core::add_months(today, -static_cast<int>(months)).to_string();
  });
  return s;
}

Scored score_category(const Indicator& ind, const Model& m, const EnterpriseFacts& f) {
  // §7.2: the main licence = the licence number of the active key-list entry; with several, the
  // highest static risk. Category = the 3 digits after "SC" (§1.2).
  Scored s;
  bool any = false;
  for (const auto& k : f.keylist) {
    if (!m.applies.area.empty() && k.area != m.applies.area) continue;
    std::string category = k.licence_no.size() >= 5 && k.licence_no.starts_with("SC")
                               ? k.licence_no.substr(2, 3)
                               : "";
    auto it = ind.category_points.find(category);
    const std::int64_t points = it == ind.category_points.end() ? ind.default_points : it->second;
    if (!any || points > s.points) {
      s.points = points;
      s.value_text = category.empty() ? k.licence_no : category;
      s.value_json = core::json_string(s.value_text);
      any = true;
    }
  }
  return s;
}

Scored score_class(const Indicator& ind, const std::map<std::string, char>& classes) {
  Scored s;
  auto it = classes.find(ind.model);
  if (it == classes.end()) return s;
  s.value_text = std::string(1, it->second);
  s.value_json = core::json_string(s.value_text);
  auto p = ind.class_points.find(it->second);
  s.points = p == ind.class_points.end() ? 0 : p->second;
  return s;
}

}  // namespace

char band_of(const std::array<std::int64_t, 3>& bands, std::int64_t score) {
  if (score <= bands[0]) return 'A';
  if (score <= bands[1]) return 'B';
  if (score <= bands[2]) return 'C';
  return 'D';
}

const Model* ModelSet::find(std::string_view id) const {
  for (const auto& m : models) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

bool applies(const Model& model, const EnterpriseFacts& facts) {
  if (is_deregistered(facts)) return false;  // §7: deregistered enterprises are not classified
  if (model.applies.area.empty() && model.applies.subcategory.empty()) return true;
  return std::any_of(facts.keylist.begin(), facts.keylist.end(), [&](const KeylistFact& k) {
    return (model.applies.area.empty() || k.area == model.applies.area) &&
           (model.applies.subcategory.empty() || k.subcategory == model.applies.subcategory);
  });
}

Assessment evaluate(const Model& model, const EnterpriseFacts& facts, core::Date today,
                    const std::map<std::string, char>& classes) {
  Assessment a;
  a.model = model.id;
  a.model_version = model.version;
  std::map<std::string, std::int64_t> group_sums;
  for (const auto& ind : model.indicators) {
    Scored s;
    switch (ind.kind) {
      case IndicatorKind::records:
        s = score_records(ind, facts, today);
        break;
      case IndicatorKind::established:
        s = score_established(ind, facts, today);
        break;
      case IndicatorKind::licence_category:
        s = score_category(ind, model, facts);
        break;
      case IndicatorKind::model_class:
        s = score_class(ind, classes);
        break;
    }
    if (s.points == 0) continue;
    if (!ind.group.empty()) group_sums[ind.group] += s.points;
    a.factors.push_back({ind.id, s.value_json, s.points, reason_of(ind.reason, s.value_text)});
    a.score += s.points;
  }
  // §7.2: a group's total is capped after adding everything; the cut is a factor of its own.
  for (const auto& g : model.groups) {
    const std::int64_t sum = group_sums[g.id];
    if (sum <= g.cap) continue;
    a.factors.push_back({g.id + "_cap", std::to_string(sum), g.cap - sum,
                         reason_of(g.reason, std::to_string(sum))});
    a.score += g.cap - sum;
  }
  // §7.1: score floor.
  if (model.floor && a.score < *model.floor) {
    const std::int64_t lift = *model.floor - a.score;
    a.factors.push_back({"score_floor", std::to_string(a.score), lift,
                         "总分" + std::to_string(a.score) + "分低于下限，按" +
                             std::to_string(*model.floor) + "分计"});
    a.score = *model.floor;
  }
  a.cls = band_of(model.bands, a.score);
  for (const auto& o : model.overrides) {
    const Tally t = select(o.when, facts, today);
    if (t.count >= o.at_least) {
      a.cls = std::max(a.cls, o.to);
      a.factors.push_back({o.id, std::to_string(t.count), 0, reason_of(o.reason, std::to_string(t.count))});
    } else if (!t.not_on_file.empty()) {
      // §7.3: no licence record on file → no veto, and a 0-point factor says so.
      for (const auto& no : t.not_on_file) {
        a.factors.push_back({o.id + "_not_on_file", core::json_string(no), 0,
                             "许可证" + no + "未归集，无法核验，不作否决 (licence not on file: no veto)"});
      }
    }
  }
  return a;
}

std::vector<Assessment> evaluate_all(const ModelSet& models, const EnterpriseFacts& facts,
                                     core::Date today) {
  std::vector<Assessment> out;
  std::map<std::string, char> classes;
  for (const auto& m : models.models) {
    if (!applies(m, facts)) continue;
    out.push_back(evaluate(m, facts, today, classes));
    classes[m.id] = out.back().cls;
  }
  return out;
}

}  // namespace xj::risk

// Risk models as data (信用风险分类模型, domain-rules.md §7): what config/models/*.toml describe,
// after model_loader.h has read and checked them. A model is a list of indicators (a record
// selector and how its count or sum becomes points), optional capped groups, a score floor,
// bands, overrides (vetoes, → a class whatever the score) and the per-class measures (§7.5).
//
//   const Model& m = models.find("general");
//   Assessment a = evaluate(m, facts, today, classes);     // scoring.h
//
// Plain data; immutable once loaded; thread-safe to share.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace xj::risk {

// The record kinds an indicator counts (risk/facts.h describes each).
enum class RecordKind {
  penalty,           // §7 "penalty": published, not repaired, not revoked; dated decided_on
  inspection,        // dated checked_on
  event,             // §10 监管事件, dated occurred_on, weighted by its count
  abnormal,          // 经营异常名录 entries active today (no window)
  dishonest,         // 严重违法失信名单 entries in force today (no window)
  false_commitment,  // inconsistent commitment findings not repaired, dated verified_on
  keylist_licence,   // the licence of a key-list entry (subcategory) expired or 吊销/撤销/注销
};

// What is added up over the selected records.
enum class Measure { count, fine_yuan };

// Which records: kind, named filters (penalty: heavier, revokes_licence; inspection: problem,
// failed_sampling, not_sampling), event type, key-list subcategory, and the window in months
// counted back from today (today − N months < d ≤ today; 0 = no window).
struct Selector {
  RecordKind record = RecordKind::penalty;
  std::vector<std::string> filters;
  std::string event_type;   // event
  std::string subcategory;  // keylist_licence
  int window_months = 0;
  Measure measure = Measure::count;
};

// A step: points when the measure reaches at_least (records: count or yuan; established: the
// enterprise is younger than within_months). The highest matching step counts.
struct Tier {
  std::int64_t threshold = 0;
  std::int64_t points = 0;
};

enum class IndicatorKind {
  records,           // Selector + per_item/cap or tiers, optionally `unless`
  established,       // age tiers from 成立日期
  licence_category,  // static risk of the main food licence's category (§7.2)
  model_class,       // points by another model's class for the same day (§7.2 credit adjustment)
};

struct Indicator {
  std::string id;
  IndicatorKind kind = IndicatorKind::records;
  std::string reason;  // one line of Chinese; "{value}" is replaced by the value
  std::string group;   // a capped group (Model::groups), or empty
  Selector selector;
  std::int64_t per_item = 0;
  std::optional<std::int64_t> cap;   // at most this many points (per_item)
  std::vector<Tier> tiers;
  std::optional<Selector> unless;    // no points when any record matches
  std::map<std::string, std::int64_t> category_points;  // licence_category: "127" → 40
  std::int64_t default_points = 0;                      // licence_category: any other category
  std::string model;                                    // model_class
  std::map<char, std::int64_t> class_points;            // model_class: 'A' → 0 …
};

// Points of the indicators in a group are summed and then capped (§7.2 dynamic risk ≤ 60).
struct Group {
  std::string id;
  std::int64_t cap = 0;
  std::string reason;
};

// A veto (否决项): when at least `at_least` selected records exist, the class is `to`.
struct Override {
  std::string id;
  Selector when;
  std::int64_t at_least = 1;
  char to = 'D';
  std::string reason;
};

// Which enterprises a model applies to: all (not deregistered), or those with an active
// key-list entry in `area` and/or of `subcategory`.
struct Applicability {
  std::string area;
  std::string subcategory;
};

// §7.5 differentiated supervision for one class.
struct Measures {
  double spotcheck_ratio = 0;        // default double-random ratio prefilled into new plans
  std::string inspections_per_year;  // e.g. "1–2"
  bool key_supervision = false;      // 重点监管对象 (C, D)
  std::string note;
};

struct Model {
  std::string id;
  std::string version;
  std::string name;
  std::string file;  // the file it was read from (for messages)
  Applicability applies;
  std::vector<Indicator> indicators;
  std::vector<Group> groups;
  std::optional<std::int64_t> floor;
  std::array<std::int64_t, 3> bands{};  // upper bounds (inclusive) of A, B, C; above C is D
  std::vector<Override> overrides;
  std::map<char, Measures> measures;
};

// The models in force, in evaluation order (a model_class indicator's model comes first).
struct ModelSet {
  std::vector<Model> models;
  const Model* find(std::string_view id) const;
};

// The class of a score under `bands`.
char band_of(const std::array<std::int64_t, 3>& bands, std::int64_t score);

}  // namespace xj::risk

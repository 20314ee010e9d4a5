// The internal enterprise search and view (api.md `GET /api/v1/enterprises?q=&region=&area=
// &risk_class=`, `GET /api/v1/enterprises/{uscc}`): enterprise master data filtered by code or
// name, region, key area and credit-risk class, with the tags (分类标注) derived from the
// key-area list and the classes in force (table risk_current; internal, never public).
//
//   EnterpriseFilter f{.region_prefix = "4301", .area = "food_production",
//                      .risk = RiskFilter{"general", "B"}};
//   XJ_TRY(EnterprisePage page, search_enterprises(session, f, 20, 0));
//
// Name matching is decided by the caller (http/ builds the NameMatch from disclosure/search.h):
// SQLite uses the FTS5 trigram table enterprise_names when `fts_phrase` is set, else LIKE;
// PostgreSQL uses ILIKE (the pg_trgm index). Every query text is a bound parameter. Hits come
// exact name first, then names starting with the text, then by USCC; without a name, by USCC.
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "registry/model.h"
#include "store/database.h"

namespace xj::registry {

struct NameMatch {
  std::string text;                       // the trimmed query: exact-name ranking
  std::string like_pattern;               // "%text%" with LIKE wildcards escaped by '\'
  std::string like_prefix;                // "text%" escaped the same way (ranking)
  std::optional<std::string> fts_phrase;  // SQLite, 3+ characters: the FTS5 phrase
};

// The class filter: `risk_class` A | B | C | D, or "unclassified" (no class under `model`).
struct RiskFilter {
  std::string model = "general";
  std::string risk_class;
};

struct EnterpriseFilter {
  std::optional<std::string> uscc;           // exact code (a USCC query, or an enterprise user)
  std::optional<NameMatch> name;             // part of the name
  std::optional<std::string> region_prefix;  // region_code LIKE prefix%
  std::optional<std::string> area;           // an active key-area list entry in this area
  std::optional<RiskFilter> risk;
};

// 分类标注: one (area, subcategory) of an active key-area list entry.
struct Tag {
  std::string area;
  std::optional<std::string> subcategory;
  friend bool operator==(const Tag&, const Tag&) = default;
};

// A class in force under one model (risk_current).
struct RiskClass {
  std::string model;
  std::string model_version;
  std::string risk_class;  // A | B | C | D
  std::int64_t score = 0;
  std::string computed_at;
};

struct EnterpriseHit {
  std::string uscc;
  std::string name;
  std::string region_code;
  std::string status;                     // 登记状态
  std::vector<Tag> tags;                  // distinct, by area then subcategory
  std::optional<std::string> risk_class;  // under the filter's model (or general); nullopt: none
};

struct EnterprisePage {
  std::vector<EnterpriseHit> items;
  std::int64_t total = 0;
};

// One page (`limit` hits from `offset`) and the number of all hits. `risk_model` names the model
// whose class each hit carries.
Result<EnterprisePage> search_enterprises(store::Session& session, const EnterpriseFilter& filter,
                                          std::string_view risk_model, std::int64_t limit,
                                          std::int64_t offset);

// The tags of one enterprise (distinct, by area then subcategory).
Result<std::vector<Tag>> tags_of(store::Session& session, std::string_view uscc);

// Its classes in force, one per model, by model.
Result<std::vector<RiskClass>> risk_classes_of(store::Session& session, std::string_view uscc);

// The division that scopes an enterprise (domain-rules §1.1): its registered region_code, else
// positions 3–8 of the USCC. REQUIRES: uscc is a normalised 18-character code.
Result<std::string> enterprise_region(store::Session& session, std::string_view uscc);

}  // namespace xj::registry

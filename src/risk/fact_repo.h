// Reading the facts of the risk models from the record tables (SQL of risk/; the tables and
// their "active on day d" definitions are those of store/schema.cpp, schema_sanctions.cpp and
// schema_commitment.cpp). One code path for both uses, so the incremental and the full run can
// never disagree:
//   - one enterprise (incremental re-score):  UsccScope::one(uscc)
//   - a key range of enterprises (full run):  UsccScope::range(from, to) — each table is read
//     once per range with a range condition on its uscc index, never once per enterprise.
// Records outside the longest window any loaded model uses are not read (FactWindows).
//
//   XJ_TRY(auto facts, load_facts(session, UsccScope::one(uscc), today, windows_of(models)));
//
// Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "risk/facts.h"
#include "risk/model.h"
#include "store/database.h"

namespace xj::risk {

// Which enterprises: exactly one, or from ≤ uscc (< to, when given) in the database's order.
struct UsccScope {
  std::string from;
  std::optional<std::string> to;
  bool exact = false;
  static UsccScope one(std::string uscc) { return {std::move(uscc), std::nullopt, true}; }
  static UsccScope range(std::string from, std::optional<std::string> to) {
    return {std::move(from), std::move(to), false};
  }
  // " AND <column> …" with its parameters appended to `params`.
  std::string condition(std::string_view column, store::Params& params) const;
};

// The longest window in months that any indicator or override reads per record kind
// (0 = no limit).
struct FactWindows {
  int penalty = 0;
  int inspection = 0;
  int event = 0;
  int false_commitment = 0;
};
FactWindows windows_of(const ModelSet& models);

// The facts of every enterprise in scope known to the system (a row in enterprises or an active
// key-list entry), sorted by USCC.
Result<std::vector<EnterpriseFacts>> load_facts(store::Session& session, const UsccScope& scope,
                                                core::Date today, const FactWindows& windows);

// The range bounds of a full run: every `chunk`-th USCC of the enterprises, in the database's
// order (the first range starts at ""), and the number of enterprises.
struct Chunks {
  std::vector<std::string> starts;
  std::int64_t enterprises = 0;
};
Result<Chunks> chunk_starts(store::Session& session, std::int64_t chunk);

}  // namespace xj::risk

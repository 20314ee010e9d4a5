// DeferredIndexes: during a large import on SQLite, the secondary (non-unique) indexes of the
// tables it fills are dropped and built again once, just before the commit, inside the import's
// own transaction, instead of being updated row by row. CREATE INDEX sorts the keys once; the
// row-by-row update puts every key at a random place of a B-tree that soon outgrows the page
// cache (docs/perf-parts/import.md: about 3 s of CPU per index at 1 000 000 rows).
//
//   XJ_TRY(DeferredIndexes deferred, DeferredIndexes::watch(session, {"penalties", "outbox"}));
//   … store records …; XJ_CHECK(deferred.wrote(session, n));   // after n more rows
//   XJ_CHECK(deferred.finish(session));                          // before the commit
//
// The rule: a table's indexes are deferred once this import has written at least kMinRows rows
// to it and more rows than the table held before (estimated by its largest id), so a small
// import into a large table keeps updating its indexes and never pays for a rebuild of the
// whole table. UNIQUE indexes and constraints are never touched: the keyed upserts rely on them.
//
// Crash safety: DROP and CREATE run in the caller's transaction, so a crash, a rollback or a
// refused all_or_nothing file leaves the indexes exactly as they were; readers on other
// connections keep their snapshot, indexes included. REQUIRES: nothing in that transaction
// reads the watched tables through a deferred index (the importer looks records up by their
// UNIQUE key only, and never reads the outbox). PostgreSQL: does nothing.
// Errors: internal from the store. Not thread-safe: used by the importer's writing thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/database.h"

namespace xj::collection {

class DeferredIndexes {
 public:
  static constexpr std::int64_t kMinRows = 20'000;

  // Notes the size of each table (SQLite only).
  static Result<DeferredIndexes> watch(store::Session& session,
                                       const std::vector<std::string>& tables);

  // `rows` more rows were written to every watched table; drops the indexes of the tables that
  // passed the threshold.
  Status wrote(store::Session& session, std::int64_t rows);

  // Builds again every index that was dropped.
  Status finish(store::Session& session);

 private:
  struct Table {
    std::string name;
    std::int64_t rows_before = 0;
    bool deferred = false;
  };

  std::vector<Table> tables_;
  std::vector<std::string> dropped_sql_;  // CREATE INDEX statements to run again
  std::int64_t written_ = 0;
};

}  // namespace xj::collection

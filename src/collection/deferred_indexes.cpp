#include "collection/deferred_indexes.h"

namespace xj::collection {
namespace {

// The indexes made by CREATE INDEX without UNIQUE (origin 'c'), with the statement that made them.
constexpr std::string_view kSecondaryIndexes = R"sql(
SELECT s.name, s.sql FROM sqlite_schema AS s JOIN pragma_index_list(?) AS l ON l.name = s.name
WHERE s.type = 'index' AND l.origin = 'c' AND l."unique" = 0 AND s.sql IS NOT NULL
ORDER BY s.name
)sql";

std::string quoted(std::string_view name) {
  std::string out = "\"";
  for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

Result<DeferredIndexes> DeferredIndexes::watch(store::Session& session,
                                               const std::vector<std::string>& tables) {
  DeferredIndexes out;
  if (session.dialect() != store::Dialect::sqlite) return out;
  for (const auto& table : tables) {
    // Ids are never reused in these tables, so the largest one bounds the rows they hold.
    XJ_TRY(store::Rows max_id,
           session.query("SELECT COALESCE(MAX(id), 0) FROM " + quoted(table)));
    out.tables_.push_back({table, max_id[0].integer(0), false});
  }
  return out;
}

Status DeferredIndexes::wrote(store::Session& session, std::int64_t rows) {
  written_ += rows;
  if (written_ < kMinRows) return {};
  for (Table& table : tables_) {
    if (table.deferred || written_ <= table.rows_before) continue;
    table.deferred = true;
    XJ_TRY(store::Rows indexes, session.query(kSecondaryIndexes, {table.name}));
    for (const auto& index : indexes.rows) {
      XJ_CHECK(session.exec("DROP INDEX " + quoted(index.text(0))));
      dropped_sql_.push_back(index.text(1));
    }
  }
  return {};
}

Status DeferredIndexes::finish(store::Session& session) {
  for (const auto& sql : dropped_sql_) XJ_CHECK(session.exec(sql));
  dropped_sql_.clear();
  return {};
}

}  // namespace xj::collection

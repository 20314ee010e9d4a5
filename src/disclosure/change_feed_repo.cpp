#include "disclosure/change_feed_repo.h"

#include <string_view>

namespace xj::disclosure {
namespace {

// `{T}` is the table alias; the prefixes escape '_' for LIKE.
constexpr std::string_view kPublicTypes = R"sql(
({T}.type LIKE 'enterprise.%' OR {T}.type LIKE 'keylist\_entry.%' ESCAPE '\'
 OR {T}.type LIKE 'licence.%' OR {T}.type LIKE 'penalty.%' OR {T}.type LIKE 'inspection.%'
 OR {T}.type LIKE 'abnormal\_list.%' ESCAPE '\' OR {T}.type LIKE 'dishonest\_list.%' ESCAPE '\'
 OR {T}.type = 'commitment.verified'))sql";

// The dialects format a timestamp differently.
constexpr std::string_view kAtSqlite = "strftime('%Y-%m-%dT%H:%M:%SZ', o.created_at)";
constexpr std::string_view kAtPostgresql =
    "to_char(o.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

std::string public_types(std::string_view alias) {
  std::string out;
  std::string_view rest = kPublicTypes;
  for (auto at = rest.find("{T}"); at != std::string_view::npos; at = rest.find("{T}")) {
    out.append(rest.substr(0, at)).append(alias);
    rest.remove_prefix(at + 3);
  }
  return out.append(rest);
}

std::string changes_sql(store::Dialect dialect) {
  return "SELECT o.id, o.uscc, o.type, " +
         std::string(dialect == store::Dialect::sqlite ? kAtSqlite : kAtPostgresql) +
         ",\n CASE WHEN EXISTS (SELECT 1 FROM outbox p WHERE p.uscc = o.uscc AND p.id < o.id AND " +
         public_types("p") +
         ") THEN 0 ELSE 1 END\n"
         "FROM outbox o WHERE o.id > ? AND o.uscc IS NOT NULL AND " +
         public_types("o") + "\nORDER BY o.id LIMIT ?";
}

}  // namespace

Result<std::vector<ChangeItem>> public_changes_after(store::Session& session, std::int64_t after_id,
                                                     std::int64_t limit) {
  static const std::string kSqlite = changes_sql(store::Dialect::sqlite);
  static const std::string kPostgresql = changes_sql(store::Dialect::postgresql);
  const std::string& sql = session.dialect() == store::Dialect::sqlite ? kSqlite : kPostgresql;
  XJ_TRY(store::Rows rows, session.query(sql, {after_id, limit}));
  std::vector<ChangeItem> items;
  items.reserve(rows.size());
  for (const store::Row& r : rows.rows) {
    const std::string type = r.text(2);
    const Change change = ends_publicity(type)   ? Change::no_longer_public
                          : r.integer(4) == 1 ? Change::added
                                              : Change::changed;
    items.push_back({r.integer(0), r.text(1), change, r.text(3), type});
  }
  return items;
}

}  // namespace xj::disclosure

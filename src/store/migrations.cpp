#include "store/migrations.h"

#include <ctime>
#include <set>
#include <string>

namespace xj::store {
namespace {

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

// Key of the PostgreSQL advisory lock that serialises migration runners ("xjmigrat").
constexpr std::int64_t kAdvisoryLockKey = 0x786a6d6967726174;

// Serialises concurrent runners until the end of the transaction. SQLite needs nothing: the
// transaction already holds the single writer lock.
Status lock_migrations(Session& s) {
  if (s.dialect() == Dialect::postgresql) {
    XJ_CHECK(s.exec("SELECT pg_advisory_xact_lock(?)", {Value{kAdvisoryLockKey}}));
  }
  return {};
}

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return text;
}

Status check_order(const std::vector<Migration>& list) {
  for (std::size_t i = 1; i < list.size(); ++i) {
    if (list[i].version <= list[i - 1].version) {
      return fail(ErrorCode::internal,
                  "migrations: version " + std::to_string(list[i].version) + " is out of order");
    }
  }
  return {};
}

Result<std::set<std::int64_t>> applied_versions(Database& db) {
  std::set<std::int64_t> versions;
  XJ_CHECK(db.read([&](Session& s) -> Status {
    return s.each("SELECT version FROM schema_migrations", {}, [&](const Row& row) {
      versions.insert(row.integer(0));
      return true;
    });
  }));
  return versions;
}

// Applies m unless another runner recorded it first; returns whether it ran.
Result<bool> apply(Database& db, const Migration& m) {
  bool ran = false;
  const Status status = db.write([&](Session& s) -> Status {
    XJ_CHECK(lock_migrations(s));
    const Params version{Value{std::int64_t{m.version}}};
    XJ_TRY(Rows recorded, s.query("SELECT 1 FROM schema_migrations WHERE version = ?", version));
    if (!recorded.empty()) return {};
    XJ_CHECK(s.exec_script(s.dialect() == Dialect::sqlite ? m.sqlite_sql : m.postgresql_sql));
    XJ_CHECK(s.exec("INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                    {version[0], Value{std::string(m.name)}, Value{utc_now()}}));
    ran = true;
    return {};
  });
  if (!status) {
    const Error& e = status.error();
    return fail(e.code, "migration " + std::to_string(m.version) + " (" + std::string(m.name) +
                            "): " + e.message);
  }
  return ran;
}

}  // namespace

Result<int> migrate(Database& db, const std::vector<Migration>& list) {
  XJ_CHECK(check_order(list));
  XJ_CHECK(db.write([](Session& s) -> Status {
    XJ_CHECK(lock_migrations(s));
    return s.exec_script(kCreateTable);
  }));
  XJ_TRY(std::set<std::int64_t> applied, applied_versions(db));
  int count = 0;
  for (const Migration& m : list) {
    if (applied.contains(m.version)) continue;
    XJ_TRY(bool ran, apply(db, m));
    count += ran ? 1 : 0;
  }
  return count;
}

}  // namespace xj::store

#include "audit/audit_log.h"

namespace xj::audit {
namespace {

constexpr std::string_view kColumns =
    "seq, at, actor, actor_kind, role, region, action, target_uscc, target_id, request_id, "
    "digest, prev_hash, hash";

// Any constant: the advisory-lock key that serialises appenders on PostgreSQL.
constexpr std::string_view kLockAppenders = "SELECT pg_advisory_xact_lock(7302202603)";

Entry from_row(const store::Row& r) {
  Entry e;
  e.seq = r.integer(0);
  e.at = r.text(1);
  e.actor = {r.text(2), r.text(3), r.text(4), r.text(5)};
  e.action = r.text(6);
  e.target_uscc = r.text(7);
  e.target_id = r.text(8);
  e.request_id = r.text(9);
  e.digest = r.text(10);
  e.prev_hash = r.text(11);
  e.hash = r.text(12);
  return e;
}

// " WHERE …" for the filter (or ""), appending its parameters.
std::string where_clause(const Filter& f, store::Params& params) {
  std::string sql;
  auto add = [&](std::string_view condition, std::initializer_list<std::string> values) {
    sql += sql.empty() ? " WHERE " : " AND ";
    sql += condition;
    for (const auto& v : values) params.emplace_back(v);
  };
  if (f.actor) add("actor = ?", {*f.actor});
  if (f.target) add("(target_uscc = ? OR target_id = ?)", {*f.target, *f.target});
  if (f.action) add("action = ?", {*f.action});
  if (f.from) add("at >= ?", {*f.from});
  if (f.to) add("at <= ?", {*f.to});
  // Region prefixes are digits only (auth checks), so the LIKE pattern needs no escaping.
  if (f.region_prefix) add("region LIKE ?", {*f.region_prefix + "%"});
  return sql;
}

// Text columns cannot hold NUL on PostgreSQL (the client cuts the value there), which would store
// other bytes than were hashed; U+FFFD stands in for it before hashing.
void replace_nul(std::string& text) {
  for (auto at = text.find('\0'); at != std::string::npos; at = text.find('\0', at)) {
    text.replace(at, 1, "\xEF\xBF\xBD");
  }
}

}  // namespace

Result<Entry> append(store::Session& s, Entry entry) {
  if (s.dialect() == store::Dialect::postgresql) XJ_CHECK(s.exec(kLockAppenders));
  XJ_TRY(store::Rows last, s.query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
  for (std::string* field : {&entry.at, &entry.actor.name, &entry.actor.kind, &entry.actor.role,
                             &entry.actor.region, &entry.action, &entry.target_uscc,
                             &entry.target_id, &entry.request_id, &entry.digest}) {
    replace_nul(*field);
  }
  entry.seq = last.empty() ? 1 : last[0].integer(0) + 1;
  entry.prev_hash = last.empty() ? std::string(kGenesisHash) : last[0].text(1);
  entry.hash = chain_hash(entry.prev_hash, entry);
  XJ_CHECK(s.exec(
      "INSERT INTO audit_log (" + std::string(kColumns) +
          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      {entry.seq, entry.at, entry.actor.name, entry.actor.kind, entry.actor.role,
       entry.actor.region, entry.action, entry.target_uscc, entry.target_id, entry.request_id,
       entry.digest, entry.prev_hash, entry.hash}));
  return entry;
}

Result<Entry> append(store::Database& db, Entry entry) {
  Entry stored;
  XJ_CHECK(db.write([&](store::Session& s) -> Status {
    XJ_TRY(stored, append(s, std::move(entry)));
    return {};
  }));
  return stored;
}

Result<EntryPage> find(store::Session& s, const Filter& filter, std::int64_t offset,
                       std::int64_t limit) {
  store::Params params;
  const std::string where = where_clause(filter, params);
  EntryPage page;
  XJ_TRY(store::Rows count, s.query("SELECT COUNT(*) FROM audit_log" + where, params));
  page.total = count[0].integer(0);
  params.emplace_back(limit);
  params.emplace_back(offset);
  XJ_TRY(store::Rows rows,
         s.query("SELECT " + std::string(kColumns) + " FROM audit_log" + where +
                     " ORDER BY seq DESC LIMIT ? OFFSET ?",
                 params));
  for (const auto& row : rows.rows) page.items.push_back(from_row(row));
  return page;
}

Result<Verification> verify(store::Database& db) {
  Verification result;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    std::string prev(kGenesisHash);
    std::int64_t expected_seq = 1;
    return s.each("SELECT " + std::string(kColumns) + " FROM audit_log ORDER BY seq", {},
                  [&](const store::Row& row) {
                    Entry e = from_row(row);
                    if (e.seq != expected_seq) {
                      result.reason = "entry " + std::to_string(expected_seq) + " is missing";
                      result.broken_at = expected_seq;
                    } else if (e.prev_hash != prev) {
                      result.reason = "prev_hash does not match the previous entry's hash";
                      result.broken_at = e.seq;
                    } else if (chain_hash(prev, e) != e.hash) {
                      result.reason = "hash does not match the entry's contents";
                      result.broken_at = e.seq;
                    }
                    if (result.broken_at) return false;
                    ++result.checked;
                    ++expected_seq;
                    prev = e.hash;
                    return true;
                  });
  }));
  return result;
}

}  // namespace xj::audit

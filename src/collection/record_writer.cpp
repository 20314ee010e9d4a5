#include "collection/record_writer.h"

#include <array>
#include <string>
#include <vector>

#include "collection/record_repo.h"
#include "core/text.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"
#include "store/number_text.h"

namespace xj::collection {
namespace {

// The compared columns of a stored record, read with one keyed SELECT, and the incoming values
// in the same order.
struct Shape {
  std::string select;
  store::Params key;
  std::vector<std::string_view> columns;
  store::Params values;
};

constexpr std::string_view kInsertHistory = R"sql(
INSERT INTO record_history (record_kind, record_key, version, before_json, import_id, source)
VALUES (?, ?, (SELECT COALESCE(MAX(version), 0) + 1 FROM record_history
               WHERE record_kind = ? AND record_key = ?), ?, ?, ?)
)sql";

constexpr std::string_view kInsertOutbox =
    "INSERT INTO outbox (type, uscc, payload) VALUES (?, ?, ?)";

std::string select_sql(std::string_view table, const std::vector<std::string_view>& columns,
                       std::string_view where) {
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i) sql += ", ";
    sql += columns[i];
  }
  sql += " FROM ";
  sql += table;
  sql += " WHERE ";
  sql += where;
  return sql;
}

store::Value flag(bool b) { return std::int64_t{b ? 1 : 0}; }

Shape shape_of(const registry::KeyListEntry& e) {
  std::vector<std::string_view> cols = {"subcategory", "name", "remark"};
  return {select_sql("keylist_entries", cols,
                     "area = ? AND uscc = ? AND licence_no = ? AND removed_on IS NULL"),
          {e.area, e.uscc, e.licence_no},
          cols,
          {store::null_or(e.subcategory), e.name, store::null_or(e.remark)}};
}

Shape shape_of(const registry::Enterprise& e) {
  std::vector<std::string_view> cols = {
      "name",   "legal_representative", "address", "region_code", "established_on",
      "status", "entity_type",          "phone"};
  return {select_sql("enterprises", cols, "uscc = ?"),
          {e.uscc},
          cols,
          {e.name, store::null_or(e.legal_representative), store::null_or(e.address),
           e.region_code.empty() ? e.uscc.substr(2, 6) : e.region_code,
           store::null_or(e.established_on), e.status, store::null_or(e.entity_type),
           store::null_or(e.phone)}};
}

Shape shape_of(const Licence& l) {
  std::vector<std::string_view> cols = {"uscc",   "name",      "licence_type", "scope",
                                        "issuer", "issued_on", "valid_until",  "status"};
  return {select_sql("licences", cols, "licence_no = ?"),
          {l.licence_no},
          cols,
          {l.uscc, l.name, l.licence_type, store::null_or(l.scope), l.issuer, l.issued_on,
           l.valid_until, l.status}};
}

Shape shape_of(const Penalty& p) {
  std::vector<std::string_view> cols = {
      "uscc",          "name",     "violation_type",   "facts",      "legal_basis",
      "penalty_types", "fine_fen", "confiscation_fen", "decided_on", "authority",
      "procedure",     "area",     "heavier",          "is_public"};
  return {
      select_sql("penalties", cols, "decision_no = ?"),
      {p.decision_no},
      cols,
      {p.uscc, p.name, p.violation_type, store::null_or(p.facts), p.legal_basis,
       join_list(p.penalty_types), store::null_or(p.fine_fen), store::null_or(p.confiscation_fen),
       p.decided_on, p.authority, p.procedure, store::null_or(p.area),
       p.heavier ? flag(*p.heavier) : store::Value{}, flag(p.is_public)}};
}

Shape shape_of(const Inspection& i) {
  std::vector<std::string_view> cols = {"uscc",       "name",      "kind",     "matter",
                                        "checked_on", "results",   "product",  "failed_items",
                                        "findings",   "authority", "is_public"};
  return {select_sql("inspections", cols, "inspection_no = ?"),
          {i.inspection_no},
          cols,
          {i.uscc, i.name, i.kind, store::null_or(i.matter), i.checked_on, join_list(i.results),
           store::null_or(i.product), store::null_or(i.failed_items), store::null_or(i.findings),
           i.authority, flag(i.is_public)}};
}

Shape shape_of(const Event& e) {
  std::vector<std::string_view> cols = {"uscc",  "name",        "event_type", "occurred_on",
                                        "count", "description", "source"};
  return {select_sql("events", cols, "event_no = ?"),
          {e.event_no},
          cols,
          {e.uscc, e.name, e.event_type, e.occurred_on, e.count, store::null_or(e.description),
           e.source}};
}

Shape shape_of(const Inspector& i) {
  std::vector<std::string_view> cols = {"name", "unit", "region_code", "domains", "status"};
  return {select_sql("inspectors", cols, "id = ?"),
          {i.id},
          cols,
          {i.name, i.unit, i.region_code, join_list(i.domains), i.status}};
}

std::optional<std::string> value_text(const store::Value& v) {
  if (std::holds_alternative<std::monostate>(v)) return std::nullopt;
  if (const auto* i = std::get_if<std::int64_t>(&v)) return store::format_number(*i);
  if (const auto* d = std::get_if<double>(&v)) return store::format_number(*d);
  return std::get<std::string>(v);
}

// The stored values as a JSON object of column → text (null for NULL).
std::string before_json(const Shape& shape, const store::Row& row) {
  std::string out = "{";
  for (std::size_t i = 0; i < shape.columns.size(); ++i) {
    if (i) out += ',';
    out += core::json_string(shape.columns[i]);
    out += ':';
    if (auto t = row.opt_text(i)) {
      out += core::json_string(*t);
    } else {
      out += "null";
    }
  }
  return out + "}";
}

bool same_values(const Shape& shape, const store::Row& row) {
  for (std::size_t i = 0; i < shape.values.size(); ++i) {
    if (row.opt_text(i) != value_text(shape.values[i])) return false;
  }
  return true;
}

Status write(store::Session& session, const Record& record, const Provenance& provenance) {
  return std::visit(
      [&](const auto& r) -> Status {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, registry::KeyListEntry>) {
          registry::KeyListEntry e = r;
          e.import_id = provenance.import_id;
          XJ_CHECK(registry::insert_keylist_entry(session, e, provenance.source));
          return {};
        } else if constexpr (std::is_same_v<T, registry::Enterprise>) {
          return registry::upsert_enterprise(session, r, provenance.source);
        } else if constexpr (std::is_same_v<T, Inspector>) {
          return upsert_inspector(session, r);
        } else {
          T copy = r;
          copy.provenance = provenance;
          if constexpr (std::is_same_v<T, Licence>) return upsert_licence(session, copy);
          if constexpr (std::is_same_v<T, Penalty>) return upsert_penalty(session, copy);
          if constexpr (std::is_same_v<T, Inspection>) return upsert_inspection(session, copy);
          if constexpr (std::is_same_v<T, Event>) return upsert_event(session, copy);
        }
      },
      record);
}


// The kinds keyed by one document number (record_repo.h) try a plain insert first: for a new
// record that is the only statement. nullopt for key-area list entries and enterprises, which go
// through their registry functions.
std::optional<PreparedInsert> insert_of(const Record& record, const Provenance& provenance) {
  return std::visit(
      [&](const auto& r) -> std::optional<PreparedInsert> {
        using T = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<T, Inspector>) {
          return prepare_insert(r);
        } else if constexpr (std::is_same_v<T, registry::KeyListEntry> ||
                             std::is_same_v<T, registry::Enterprise>) {
          return std::nullopt;
        } else {
          return prepare_insert(r, provenance);
        }
      },
      record);
}

// A record whose key may be stored: compares with the stored values; a difference goes to
// record_history and the record is written. inserted when nothing was stored under the key.
Result<Change> store_existing(store::Session& session, const Record& record,
                              const Provenance& provenance) {
  const Shape shape = std::visit([](const auto& r) { return shape_of(r); }, record);
  XJ_TRY(auto stored, session.query(shape.select, shape.key));
  Change change = Change::inserted;
  if (!stored.empty()) {
    if (same_values(shape, stored[0])) return Change::unchanged;
    change = Change::updated;
    const std::string kind(record_kind_name(record));
    const std::string key = record_key(record);
    XJ_CHECK(session.exec(kInsertHistory, {kind, key, kind, key, before_json(shape, stored[0]),
                                           store::null_or(provenance.import_id),
                                           provenance.source}));
  }
  XJ_CHECK(write(session, record, provenance));
  return change;
}

// The outbox row of a change but its type: the USCC (NULL for none) and the payload {kind, key,
// import_id, source}.
store::Params event_of(const Record& record, const Provenance& provenance) {
  std::string payload = "{\"kind\":";
  payload += core::json_string(record_kind_name(record));
  payload += ",\"key\":";
  payload += core::json_string(record_key(record));
  payload += ",\"import_id\":";
  payload += provenance.import_id ? store::format_number(*provenance.import_id) : "null";
  payload += ",\"source\":";
  payload += core::json_string(provenance.source);
  payload += "}";
  std::string uscc = record_uscc(record);
  return {std::string(), uscc.empty() ? store::Value{} : store::Value{std::move(uscc)},
          std::move(payload)};
}

// Stores a record given its prepared insert (if any) and outbox row; sets the row's type.
Result<Change> store(store::Session& session, const Record& record,
                     const std::optional<PreparedInsert>& insert, store::Params& event,
                     const Provenance& provenance) {
  bool inserted = false;
  if (insert) {
    XJ_TRY(inserted, run_insert(session, *insert));
  }
  Change change = Change::inserted;
  if (!inserted) {
    XJ_TRY(change, store_existing(session, record, provenance));
    if (change == Change::unchanged) return change;
  }
  // `<kind>.created` / `<kind>.updated`
  event[0] = std::string(record_kind_name(record)) +
             (change == Change::inserted ? ".created" : ".updated");
  XJ_CHECK(session.exec(kInsertOutbox, event));
  return change;
}

}  // namespace

std::string_view record_kind_name(const Record& record) {
  // In the order of Record's alternatives (row_validator.h).
  static constexpr std::array<std::string_view, std::variant_size_v<Record>> kNames = {
      "keylist_entry", "enterprise", "licence", "penalty", "inspection", "event", "inspector"};
  return kNames[record.index()];
}

Result<Change> store_record(store::Session& session, const Record& record,
                            const Provenance& provenance) {
  store::Params event = event_of(record, provenance);
  return store(session, record, insert_of(record, provenance), event, provenance);
}

PreparedRecord prepare_record(Record record, const Provenance& provenance) {
  PreparedRecord out{std::move(record), std::nullopt, {}, &provenance};
  out.insert = insert_of(out.record, provenance);
  out.event = event_of(out.record, provenance);
  return out;
}

Result<Change> store_record(store::Session& session, PreparedRecord& prepared) {
  return store(session, prepared.record, prepared.insert, prepared.event, *prepared.provenance);
}

}  // namespace xj::collection

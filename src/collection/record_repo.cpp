#include "collection/record_repo.h"

#include <string>

namespace xj::collection {
namespace {

// A re-delivered penalty (an import carries no repair or revocation) keeps the repair and
// revocation dates already recorded: COALESCE below.
// Every upsert updates only when a stored column differs (row-value IS DISTINCT FROM works on
// SQLite ≥ 3.39 and PostgreSQL), so re-delivery writes nothing and reports 0 rows affected.

constexpr std::string_view kInsertLicence = R"sql(
INSERT INTO licences (licence_no, uscc, name, licence_type, scope, issuer, issued_on, valid_until,
                      status, source, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
)sql";

constexpr std::string_view kUpdateLicence = R"sql(
DO UPDATE SET
  uscc = excluded.uscc, name = excluded.name, licence_type = excluded.licence_type,
  scope = excluded.scope, issuer = excluded.issuer, issued_on = excluded.issued_on,
  valid_until = excluded.valid_until, status = excluded.status, source = excluded.source,
  import_id = excluded.import_id
WHERE (licences.uscc, licences.name, licences.licence_type, licences.scope, licences.issuer,
       licences.issued_on, licences.valid_until, licences.status)
  IS DISTINCT FROM
      (excluded.uscc, excluded.name, excluded.licence_type, excluded.scope, excluded.issuer,
       excluded.issued_on, excluded.valid_until, excluded.status)
)sql";

constexpr std::string_view kInsertPenalty = R"sql(
INSERT INTO penalties (decision_no, uscc, name, violation_type, facts, legal_basis, penalty_types,
                       fine_fen, confiscation_fen, decided_on, authority, procedure, area, heavier,
                       is_public, repaired_on, revoked_on, source, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
)sql";

constexpr std::string_view kUpdatePenalty = R"sql(
DO UPDATE SET
  uscc = excluded.uscc, name = excluded.name, violation_type = excluded.violation_type,
  facts = excluded.facts, legal_basis = excluded.legal_basis,
  penalty_types = excluded.penalty_types, fine_fen = excluded.fine_fen,
  confiscation_fen = excluded.confiscation_fen, decided_on = excluded.decided_on,
  authority = excluded.authority, procedure = excluded.procedure, area = excluded.area,
  heavier = excluded.heavier, is_public = excluded.is_public,
  repaired_on = COALESCE(excluded.repaired_on, penalties.repaired_on),
  revoked_on = COALESCE(excluded.revoked_on, penalties.revoked_on), source = excluded.source,
  import_id = excluded.import_id
WHERE (penalties.uscc, penalties.name, penalties.violation_type, penalties.facts,
       penalties.legal_basis, penalties.penalty_types, penalties.fine_fen,
       penalties.confiscation_fen, penalties.decided_on, penalties.authority,
       penalties.procedure, penalties.area, penalties.heavier, penalties.is_public,
       penalties.repaired_on, penalties.revoked_on)
  IS DISTINCT FROM
      (excluded.uscc, excluded.name, excluded.violation_type, excluded.facts,
       excluded.legal_basis, excluded.penalty_types, excluded.fine_fen,
       excluded.confiscation_fen, excluded.decided_on, excluded.authority,
       excluded.procedure, excluded.area, excluded.heavier, excluded.is_public,
       excluded.repaired_on, excluded.revoked_on)
)sql";

constexpr std::string_view kInsertInspection = R"sql(
INSERT INTO inspections (inspection_no, uscc, name, kind, matter, checked_on, results, product,
                         failed_items, findings, authority, is_public, source, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
)sql";

constexpr std::string_view kUpdateInspection = R"sql(
DO UPDATE SET
  uscc = excluded.uscc, name = excluded.name, kind = excluded.kind, matter = excluded.matter,
  checked_on = excluded.checked_on, results = excluded.results, product = excluded.product,
  failed_items = excluded.failed_items, findings = excluded.findings,
  authority = excluded.authority, is_public = excluded.is_public, source = excluded.source,
  import_id = excluded.import_id
WHERE (inspections.uscc, inspections.name, inspections.kind, inspections.matter,
       inspections.checked_on, inspections.results, inspections.product,
       inspections.failed_items, inspections.findings, inspections.authority,
       inspections.is_public)
  IS DISTINCT FROM
      (excluded.uscc, excluded.name, excluded.kind, excluded.matter, excluded.checked_on,
       excluded.results, excluded.product, excluded.failed_items, excluded.findings,
       excluded.authority, excluded.is_public)
)sql";

constexpr std::string_view kInsertEvent = R"sql(
INSERT INTO events (event_no, uscc, name, event_type, occurred_on, count, description, source,
                    provided_by, import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
)sql";

constexpr std::string_view kUpdateEvent = R"sql(
DO UPDATE SET
  uscc = excluded.uscc, name = excluded.name, event_type = excluded.event_type,
  occurred_on = excluded.occurred_on, count = excluded.count,
  description = excluded.description, source = excluded.source,
  provided_by = excluded.provided_by, import_id = excluded.import_id
WHERE (events.uscc, events.name, events.event_type, events.occurred_on, events.count,
       events.description, events.source)
  IS DISTINCT FROM
      (excluded.uscc, excluded.name, excluded.event_type, excluded.occurred_on, excluded.count,
       excluded.description, excluded.source)
)sql";

constexpr std::string_view kInsertInspector = R"sql(
INSERT INTO inspectors (id, name, unit, region_code, domains, status)
VALUES (?, ?, ?, ?, ?, ?)
)sql";

constexpr std::string_view kUpdateInspector = R"sql(
DO UPDATE SET
  name = excluded.name, unit = excluded.unit, region_code = excluded.region_code,
  domains = excluded.domains, status = excluded.status
WHERE (inspectors.name, inspectors.unit, inspectors.region_code, inspectors.domains,
       inspectors.status)
  IS DISTINCT FROM
      (excluded.name, excluded.unit, excluded.region_code, excluded.domains, excluded.status)
)sql";

constexpr std::string_view kLicencesOf = R"sql(
SELECT id, licence_no, uscc, name, licence_type, scope, issuer, issued_on, valid_until, status,
       source, import_id
FROM licences WHERE uscc = ? ORDER BY issued_on, id
)sql";

constexpr std::string_view kPenaltiesOf = R"sql(
SELECT id, decision_no, uscc, name, violation_type, facts, legal_basis, penalty_types, fine_fen,
       confiscation_fen, decided_on, authority, procedure, area, heavier, is_public, repaired_on,
       revoked_on, source, import_id
FROM penalties WHERE uscc = ? ORDER BY decided_on, id
)sql";

constexpr std::string_view kPenaltiesDecidedBetween = R"sql(
SELECT id, decision_no, uscc, name, violation_type, facts, legal_basis, penalty_types, fine_fen,
       confiscation_fen, decided_on, authority, procedure, area, heavier, is_public, repaired_on,
       revoked_on, source, import_id
FROM penalties WHERE decided_on >= ? AND decided_on <= ? ORDER BY decided_on, id
)sql";

constexpr std::string_view kInspectionsOf = R"sql(
SELECT id, inspection_no, uscc, name, kind, matter, checked_on, results, product, failed_items,
       findings, authority, is_public, source, import_id
FROM inspections WHERE uscc = ? ORDER BY checked_on, id
)sql";

constexpr std::string_view kEventsOf = R"sql(
SELECT id, event_no, uscc, name, event_type, occurred_on, count, description, source,
       provided_by, import_id
FROM events WHERE uscc = ? ORDER BY occurred_on, id
)sql";

constexpr std::string_view kSeparator = "；";  // U+FF1B, see record_repo.h

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const auto at = text.find(kSeparator);
    out.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + kSeparator.size());
  }
  return out;
}

store::Value flag(bool b) { return std::int64_t{b ? 1 : 0}; }

store::Value opt_flag(const std::optional<bool>& b) { return b ? flag(*b) : store::Value{}; }

Provenance provenance_at(const store::Row& r, std::size_t source_column) {
  return Provenance{r.text(source_column), r.opt_integer(source_column + 1)};
}

// A penalties row in the column order of kPenaltiesOf.
Penalty penalty_from_row(const store::Row& r) {
  Penalty p;
  p.id = r.integer(0);
  p.decision_no = r.text(1);
  p.uscc = r.text(2);
  p.name = r.text(3);
  p.violation_type = r.text(4);
  p.facts = r.opt_text(5);
  p.legal_basis = r.text(6);
  p.penalty_types = split_list(r.text(7));
  p.fine_fen = r.opt_integer(8);
  p.confiscation_fen = r.opt_integer(9);
  p.decided_on = r.text(10);
  p.authority = r.text(11);
  p.procedure = r.text(12);
  p.area = r.opt_text(13);
  if (auto heavier = r.opt_integer(14)) p.heavier = *heavier != 0;
  p.is_public = r.integer(15) != 0;
  p.repaired_on = r.opt_text(16);
  p.revoked_on = r.opt_text(17);
  p.provenance = provenance_at(r, 18);
  return p;
}

// Runs a per-USCC query and maps each row with `from_row`.
template <typename T, typename FromRow>
Result<std::vector<T>> records_of(store::Session& session, std::string_view sql,
                                  std::string_view uscc, FromRow from_row) {
  std::vector<T> out;
  XJ_CHECK(session.each(sql, {std::string(uscc)}, [&](const store::Row& r) {
    out.push_back(from_row(r));
    return true;
  }));
  return out;
}


// The two writes of a record table: the keyed upsert, and the plain insert that does nothing when
// the key exists (the bulk import's first try: one statement for a new record).
struct TableSql {
  std::string upsert;
  std::string insert_if_new;
};

TableSql table_sql(std::string_view insert, std::string_view key, std::string_view update) {
  const std::string on_conflict = std::string(insert) + "ON CONFLICT (" + std::string(key) + ") ";
  return {on_conflict + std::string(update), on_conflict + "DO NOTHING"};
}

const TableSql& sql_for(const Licence&) {
  static const TableSql sql = table_sql(kInsertLicence, "licence_no", kUpdateLicence);
  return sql;
}
const TableSql& sql_for(const Penalty&) {
  static const TableSql sql = table_sql(kInsertPenalty, "decision_no", kUpdatePenalty);
  return sql;
}
const TableSql& sql_for(const Inspection&) {
  static const TableSql sql = table_sql(kInsertInspection, "inspection_no", kUpdateInspection);
  return sql;
}
const TableSql& sql_for(const Event&) {
  static const TableSql sql = table_sql(kInsertEvent, "event_no", kUpdateEvent);
  return sql;
}
const TableSql& sql_for(const Inspector&) {
  static const TableSql sql = table_sql(kInsertInspector, "id", kUpdateInspector);
  return sql;
}

// The bound values of each INSERT above, in its column order.
store::Params params_of(const Licence& l, const Provenance& p) {
  return {l.licence_no, l.uscc,      l.name,        l.licence_type, store::null_or(l.scope),
          l.issuer,     l.issued_on, l.valid_until, l.status,       p.source,
          store::null_or(p.import_id)};
}

store::Params params_of(const Penalty& p, const Provenance& v) {
  return {p.decision_no, p.uscc, p.name, p.violation_type, store::null_or(p.facts), p.legal_basis,
          join_list(p.penalty_types), store::null_or(p.fine_fen),
          store::null_or(p.confiscation_fen), p.decided_on, p.authority, p.procedure,
          store::null_or(p.area), opt_flag(p.heavier), flag(p.is_public),
          store::null_or(p.repaired_on), store::null_or(p.revoked_on), v.source,
          store::null_or(v.import_id)};
}

store::Params params_of(const Inspection& i, const Provenance& p) {
  return {i.inspection_no, i.uscc, i.name, i.kind, store::null_or(i.matter), i.checked_on,
          join_list(i.results), store::null_or(i.product), store::null_or(i.failed_items),
          store::null_or(i.findings), i.authority, flag(i.is_public), p.source,
          store::null_or(p.import_id)};
}

store::Params params_of(const Event& e, const Provenance& p) {
  return {e.event_no, e.uscc, e.name, e.event_type, e.occurred_on, e.count,
          store::null_or(e.description), e.source, p.source, store::null_or(p.import_id)};
}

store::Params params_of(const Inspector& i) {
  return {i.id, i.name, i.unit, i.region_code, join_list(i.domains), i.status};
}

Status exec(store::Session& session, std::string_view sql, const store::Params& params) {
  XJ_CHECK(session.exec(sql, params));
  return {};
}
}  // namespace

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += kSeparator;
    out += item;
  }
  return out;
}

Status upsert_licence(store::Session& session, const Licence& l) {
  return exec(session, sql_for(l).upsert, params_of(l, l.provenance));
}

Status upsert_penalty(store::Session& session, const Penalty& p) {
  return exec(session, sql_for(p).upsert, params_of(p, p.provenance));
}

Status upsert_inspection(store::Session& session, const Inspection& i) {
  return exec(session, sql_for(i).upsert, params_of(i, i.provenance));
}

Status upsert_event(store::Session& session, const Event& e) {
  return exec(session, sql_for(e).upsert, params_of(e, e.provenance));
}

Status upsert_inspector(store::Session& session, const Inspector& i) {
  return exec(session, sql_for(i).upsert, params_of(i));
}

PreparedInsert prepare_insert(const Licence& l, const Provenance& p) {
  return {sql_for(l).insert_if_new, params_of(l, p)};
}

PreparedInsert prepare_insert(const Penalty& p, const Provenance& v) {
  return {sql_for(p).insert_if_new, params_of(p, v)};
}

PreparedInsert prepare_insert(const Inspection& i, const Provenance& p) {
  return {sql_for(i).insert_if_new, params_of(i, p)};
}

PreparedInsert prepare_insert(const Event& e, const Provenance& p) {
  return {sql_for(e).insert_if_new, params_of(e, p)};
}

PreparedInsert prepare_insert(const Inspector& i) {
  return {sql_for(i).insert_if_new, params_of(i)};
}

Result<bool> run_insert(store::Session& session, const PreparedInsert& insert) {
  XJ_TRY(std::int64_t added, session.exec(insert.sql, insert.values));
  return added > 0;
}

Result<std::vector<Licence>> licences_of(store::Session& session, std::string_view uscc) {
  return records_of<Licence>(session, kLicencesOf, uscc, [](const store::Row& r) {
    Licence l;
    l.id = r.integer(0);
    l.licence_no = r.text(1);
    l.uscc = r.text(2);
    l.name = r.text(3);
    l.licence_type = r.text(4);
    l.scope = r.opt_text(5);
    l.issuer = r.text(6);
    l.issued_on = r.text(7);
    l.valid_until = r.text(8);
    l.status = r.text(9);
    l.provenance = provenance_at(r, 10);
    return l;
  });
}

Result<std::vector<Penalty>> penalties_of(store::Session& session, std::string_view uscc) {
  return records_of<Penalty>(session, kPenaltiesOf, uscc, penalty_from_row);
}

Status each_penalty_decided_between(store::Session& session, std::string_view from,
                                    std::string_view to,
                                    const std::function<bool(const Penalty&)>& on_penalty) {
  return session.each(kPenaltiesDecidedBetween, {std::string(from), std::string(to)},
                      [&](const store::Row& r) { return on_penalty(penalty_from_row(r)); });
}

Result<std::vector<Inspection>> inspections_of(store::Session& session, std::string_view uscc) {
  return records_of<Inspection>(session, kInspectionsOf, uscc, [](const store::Row& r) {
    Inspection i;
    i.id = r.integer(0);
    i.inspection_no = r.text(1);
    i.uscc = r.text(2);
    i.name = r.text(3);
    i.kind = r.text(4);
    i.matter = r.opt_text(5);
    i.checked_on = r.text(6);
    i.results = split_list(r.text(7));
    i.product = r.opt_text(8);
    i.failed_items = r.opt_text(9);
    i.findings = r.opt_text(10);
    i.authority = r.text(11);
    i.is_public = r.integer(12) != 0;
    i.provenance = provenance_at(r, 13);
    return i;
  });
}

Result<std::vector<Event>> events_of(store::Session& session, std::string_view uscc) {
  return records_of<Event>(session, kEventsOf, uscc, [](const store::Row& r) {
    Event e;
    e.id = r.integer(0);
    e.event_no = r.text(1);
    e.uscc = r.text(2);
    e.name = r.text(3);
    e.event_type = r.text(4);
    e.occurred_on = r.text(5);
    e.count = r.integer(6);
    e.description = r.opt_text(7);
    e.source = r.text(8);
    e.provenance = provenance_at(r, 9);
    return e;
  });
}

}  // namespace xj::collection

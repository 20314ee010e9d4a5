// Collected records (归集) in their tables: licences, penalties, inspections, events, inspectors.
//
//   XJ_CHECK(collection::upsert_penalty(session, penalty));
//   XJ_TRY(auto penalties, collection::penalties_of(session, uscc));
//
// Each upsert is keyed (licence_no, decision_no, inspection_no, event_no, inspector certificate
// number): re-delivering the same record changes nothing, a changed record replaces the stored
// one (the struct's id is ignored). One constant statement per row, so bulk loads inside one
// write transaction reuse the backend's prepared statement. List-valued fields (penalty types,
// inspection results, inspector domains) are stored as one TEXT joined with '；' (U+FF1B), which
// none of their values contains.
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "collection/model.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::collection {

// The stored form of a list-valued field: items joined with '；'.
std::string join_list(const std::vector<std::string>& items);

Status upsert_licence(store::Session& session, const Licence& licence);
Status upsert_penalty(store::Session& session, const Penalty& penalty);
Status upsert_inspection(store::Session& session, const Inspection& inspection);
Status upsert_event(store::Session& session, const Event& event);
Status upsert_inspector(store::Session& session, const Inspector& inspector);

// A record's insert that does nothing when its key is already stored (INSERT … ON CONFLICT DO
// NOTHING), with its values bound: one statement for a new record, where a lookup and then an
// upsert take two. Built from the record alone, so a bulk import builds it on its reading
// thread (importer.h). `provenance` replaces the record's own. (PostgreSQL spends an id of the
// sequence on a refused insert: ids may have gaps.)
struct PreparedInsert {
  std::string_view sql;  // a constant of this module
  store::Params values;
};
PreparedInsert prepare_insert(const Licence& licence, const Provenance& provenance);
PreparedInsert prepare_insert(const Penalty& penalty, const Provenance& provenance);
PreparedInsert prepare_insert(const Inspection& inspection, const Provenance& provenance);
PreparedInsert prepare_insert(const Event& event, const Provenance& provenance);
PreparedInsert prepare_insert(const Inspector& inspector);

// Runs it: true when the record was inserted, false (nothing written) when its key is stored
// (the caller then compares and upserts: record_writer.h).
Result<bool> run_insert(store::Session& session, const PreparedInsert& insert);

// The records of one USCC, oldest first (by their date, then id).
Result<std::vector<Licence>> licences_of(store::Session& session, std::string_view uscc);
Result<std::vector<Penalty>> penalties_of(store::Session& session, std::string_view uscc);
Result<std::vector<Inspection>> inspections_of(store::Session& session, std::string_view uscc);
Result<std::vector<Event>> events_of(store::Session& session, std::string_view uscc);

// Every penalty decided on from ≤ decided_on ≤ to (YYYY-MM-DD), by date then id, streamed;
// on_penalty returns false to stop. on_penalty must not use the session.
Status each_penalty_decided_between(store::Session& session, std::string_view from,
                                    std::string_view to,
                                    const std::function<bool(const Penalty&)>& on_penalty);

}  // namespace xj::collection

// Storing one validated record with its history and its outbox event (architecture.md "In":
// one transaction writes the records, their history and an outbox event per change).
//
//   XJ_TRY(Change c, store_record(session, record, {"执法稽查局", import_id}));
//
// The record is looked up by its key (formats.md "Key"): absent → inserted; present with the same
// data → unchanged, nothing written; present with other data → its previous values go to
// record_history (kind, key, version, before JSON, import, source) and the record is updated.
// Licences, penalties, inspections, events and inspectors are first inserted with
// `ON CONFLICT DO NOTHING` (record_repo.h insert_if_new), so a new record costs one statement;
// only when that key is already stored is the record read back and compared.
// Provenance (source, import id) is not compared: re-delivery by another department changes
// nothing. Inserted and updated records write one outbox row (`<kind>.created` /
// `<kind>.updated`, the USCC, a JSON payload naming the key and the import). Runs inside the
// caller's transaction. Errors: internal from the store. Thread safety: as the Session.
#pragma once

#include <optional>
#include <string_view>

#include "collection/model.h"
#include "collection/record_repo.h"
#include "collection/row_validator.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::collection {

enum class Change { inserted, updated, unchanged };

Result<Change> store_record(store::Session& session, const Record& record,
                            const Provenance& provenance);

// A record with the values of its writes built in advance (its insert and its outbox row), so
// that a bulk import builds them on its reading thread and its writing thread only runs the
// statements (importer.h). Refers to the Provenance given to prepare_record, which must outlive
// it.
struct PreparedRecord {
  Record record;
  std::optional<PreparedInsert> insert;  // nullopt: key-area list entries and enterprises
  store::Params event;                   // the outbox row's values, its type set when stored
  const Provenance* provenance = nullptr;
};

PreparedRecord prepare_record(Record record, const Provenance& provenance);

// The same as store_record(session, prepared.record, provenance).
Result<Change> store_record(store::Session& session, PreparedRecord& prepared);

// The singular record-kind name used in history and outbox rows ("penalty", "keylist_entry", …).
std::string_view record_kind_name(const Record& record);

}  // namespace xj::collection

// Storing one validated record with its history and its outbox event (architecture.md "In":
// one transaction writes the records, their history and an outbox event per change).
//
//   XJ_TRY(Change c, store_record(session, record, {"执法稽查局", import_id}));
//
// The record is looked up by its key (formats.md "Key"): absent → inserted; present with the same
// data → unchanged, nothing written; present with other data → its previous values go to
// record_history (kind, key, version, before JSON, import, source) and the record is updated.
// Provenance (source, import id) is not compared: re-delivery by another department changes
// nothing. Inserted and updated records write one outbox row (`<kind>.created` /
// `<kind>.updated`, the USCC, a JSON payload naming the key and the import). Runs inside the
// caller's transaction. Errors: internal from the store. Thread safety: as the Session.
#pragma once

#include <string_view>

#include "collection/model.h"
#include "collection/row_validator.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::collection {

enum class Change { inserted, updated, unchanged };

Result<Change> store_record(store::Session& session, const Record& record,
                            const Provenance& provenance);

// The singular record-kind name used in history and outbox rows ("penalty", "keylist_entry", …).
std::string_view record_kind_name(const Record& record);

}  // namespace xj::collection

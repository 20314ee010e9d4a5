// The key-area list (重点领域企业清单) in the `keylist_entries` table.
//
//   XJ_TRY(auto id, registry::insert_keylist_entry(session, entry, "食品生产处"));
//
// The key of an active entry is area + USCC + licence number (formats.md `keylist`): inserting an
// entry whose key is already active updates that entry's name, subcategory and remark and returns
// its id (re-delivery changes nothing); an entry that was removed is listed again as a new entry
// with a new id, history keeping both. Errors: ErrorCode::internal from the store.
// Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "registry/model.h"
#include "store/database.h"

namespace xj::registry {

// Lists one entry (entry.id is ignored); returns the id of the new or already active entry.
Result<std::int64_t> insert_keylist_entry(store::Session& session, const KeyListEntry& entry,
                                          std::string_view source);

// Every entry of this USCC, active and removed, by listing date then id.
Result<std::vector<KeyListEntry>> keylist_entries_of(store::Session& session,
                                                     std::string_view uscc);

// The entry of a row whose columns are, in order: id, area, subcategory, uscc, name,
// licence_no, remark, listed_on, removed_on, removal_reason, import_id.
KeyListEntry keylist_entry_of_row(const store::Row& r);

}  // namespace xj::registry

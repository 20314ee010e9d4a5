// Reading and removing key-area list entries (重点领域企业清单, api.md `GET /api/v1/keylist`,
// `DELETE /api/v1/keylist/{id}`).
//
//   KeylistFilter f{.area = "food_production", .region_prefix = "4301"};
//   XJ_TRY(std::int64_t total, count_keylist(session, f));
//   XJ_CHECK(each_keylist_entry(session, f, 0, 20, [&](const KeyListEntry& e) { ... }));
//
// An entry's region is its enterprise's region_code, else positions 3–8 of its USCC
// (domain-rules §1.1). Entries come in area order, then by listing date and id (the export's
// order). Errors: internal from the store; remove: not_found, conflict (already removed).
// Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "core/result.h"
#include "registry/model.h"
#include "store/database.h"

namespace xj::registry {

struct KeylistFilter {
  std::optional<std::string> area;           // food_production | special_equipment
  std::optional<std::string> region_prefix;  // 2, 4 or 6 digits
  bool include_removed = false;
};

Result<std::int64_t> count_keylist(store::Session& session, const KeylistFilter& filter);

// Calls fn for entries offset … offset + limit − 1 (limit < 0: all); fn must not use the session.
Status each_keylist_entry(store::Session& session, const KeylistFilter& filter, std::int64_t offset,
                          std::int64_t limit, const std::function<void(const KeyListEntry&)>& fn);

Result<std::optional<KeyListEntry>> find_keylist_entry(store::Session& session, std::int64_t id);

// Marks an active entry removed (移出) on `removed_on` for `reason`, keeping the row (history),
// and writes a `keylist_entry.removed` outbox event.
Status remove_keylist_entry(store::Session& session, std::int64_t id, std::string_view removed_on,
                            std::string_view reason);

}  // namespace xj::registry

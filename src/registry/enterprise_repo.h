// Enterprise master data (市场主体基本信息) in the `enterprises` table.
//
//   XJ_CHECK(registry::upsert_enterprise(session, enterprise, "登记注册局"));
//   XJ_TRY(auto found, registry::find_enterprise(session, "914403001922038216"));
//
// Keyed by USCC: re-delivering the same data changes nothing (updated_at included); changed data
// replaces the stored row (absent optional fields become NULL). An empty region_code is stored as
// positions 3–8 of the USCC (domain-rules.md §1.1). REQUIRES: enterprise.uscc is normalised.
// Errors: ErrorCode::internal from the store.
// Thread safety: as the Session passed in (one thread at a time).
#pragma once

#include <optional>
#include <string_view>

#include "core/result.h"
#include "registry/model.h"
#include "store/database.h"

namespace xj::registry {

// Inserts or updates one enterprise; `source` is the providing department.
Status upsert_enterprise(store::Session& session, const Enterprise& enterprise,
                         std::string_view source);

// The enterprise with this (normalised) USCC, or std::nullopt when unknown.
Result<std::optional<Enterprise>> find_enterprise(store::Session& session, std::string_view uscc);

}  // namespace xj::registry

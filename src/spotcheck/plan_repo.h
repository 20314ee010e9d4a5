// The SQL of spot-check plans. Runs inside the caller's transaction. Errors: internal from the
// store. Thread safety: as the Session.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "spotcheck/model.h"
#include "store/database.h"

namespace xj::spotcheck {

// Stores a new plan; returns its id.
Result<std::int64_t> insert_plan(store::Session& s, const Plan& plan);

Result<std::optional<Plan>> find_plan(store::Session& s, std::int64_t id);

// Plans whose population region lies within `region` (empty: all), newest first.
Result<std::vector<Plan>> list_plans(store::Session& s, std::string_view region,
                                     std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_plans(store::Session& s, std::string_view region);

}  // namespace xj::spotcheck

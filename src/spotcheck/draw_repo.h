// The SQL of the draw (domain-rules.md §8): the population and the inspector pool as of the
// draw, the previous tasks' inspectors (rotation), and storing the draw and its tasks. Runs
// inside the caller's transaction. Errors: internal from the store; conflict when the plan
// already has a draw. Thread safety: as the Session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/result.h"
#include "spotcheck/draw.h"
#include "spotcheck/model.h"
#include "store/database.h"

namespace xj::spotcheck {

// A member of the population with what its task needs.
struct Candidate {
  std::string uscc;
  std::string name;
  std::string region_code;
};

// §8.2: enterprises with an active key-list entry in one of `plan.areas`, registered within
// `plan.region_prefix` (else positions 3–8 of the USCC), status not 注销/吊销/迁出, and no
// inspection dated d with today − N days < d ≤ today.
Result<std::vector<Candidate>> population_of(store::Session& s, const Plan& plan,
                                             std::string_view today,
                                             std::string_view exclude_after);

// A pool member: certificate number and unit.
struct PoolInspector {
  std::string id;
  std::string name;
  std::string unit;
};

// §8.7 pool: active (在岗) inspectors within `region_prefix` whose domains include `domain` or
// 综合 (any domain when absent), sorted by certificate number.
Result<std::vector<PoolInspector>> pool_of(store::Session& s, std::string_view region_prefix,
                                           const std::optional<std::string>& domain);

// USCC → the inspectors (rank order) of its most recent double-random task.
Result<std::unordered_map<std::string, std::vector<std::string>>> previous_inspectors(
    store::Session& s);

struct StoredDraw {
  std::int64_t plan_id = 0;
  std::string drawn_on;
  std::int64_t population_size = 0;
  std::string population_digest;
  std::string record;         // internal record without draw_id
  std::string public_record;  // public record without draw_id
  std::string drawn_by;
};

// Inserts the draw; conflict when the plan has one already. Returns the draw id.
Result<std::int64_t> insert_draw(store::Session& s, const StoredDraw& draw);

// Inserts one task (seq = its position in `selected`) and its inspectors in rank order.
Result<std::int64_t> insert_task(store::Session& s, const TaskRow& task, std::int64_t seq);

// The stored draw (records without draw_id) and its plan's population region.
struct DrawRow {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::string region_prefix;
  std::string record;
  std::string public_record;
};
Result<std::optional<DrawRow>> find_draw(store::Session& s, std::int64_t id);

}  // namespace xj::spotcheck

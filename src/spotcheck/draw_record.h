// The draw record of api.md "Spot-check plans and draws": the internal variant (admin,
// credit_officer — everything needed to recompute the draw offline) and the public variant
// (aggregates only: classes are internal). Plain data; the JSON forms are in draw_json.h.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "spotcheck/draw.h"

namespace xj::spotcheck {

struct DrawRecord {
  std::int64_t draw_id = 0;
  std::int64_t plan_id = 0;
  std::string drawn_on;         // YYYY-MM-DD
  std::string seed;             // 64 lowercase hex
  std::string seed_commitment;  // 64 lowercase hex
  std::string model;
  std::array<int, 4> ratio_bp{};  // basis points, A..D
  int inspectors_per_task = 2;
  std::int64_t population_size = 0;
  std::string population_digest;
  std::vector<Member> population;  // sorted by USCC
  std::array<StratumCount, 4> strata{};
  std::vector<Task> selected;     // A, B, C, D, each in key order; inspectors in rank order
  std::vector<std::string> pool;  // certificate numbers, sorted
  std::vector<Recusal> recusals;  // in force at the draw, naming a member of the population
  std::vector<Rotation>
      rotation;  // per selected enterprise with an earlier task, in selected order
};

// A selected enterprise as the public sees it: the units of its inspectors, in rank order.
struct PublicTask {
  std::string uscc;
  std::vector<std::string> units;
};

struct PublicDrawRecord {
  std::int64_t draw_id = 0;
  std::int64_t plan_id = 0;
  std::string drawn_on;
  std::string seed;
  std::string seed_commitment;
  std::int64_t population_size = 0;
  std::string population_digest;
  std::vector<std::string> population;  // USCCs, sorted
  std::array<StratumCount, 4> strata{};
  std::vector<PublicTask> selected;
};

}  // namespace xj::spotcheck

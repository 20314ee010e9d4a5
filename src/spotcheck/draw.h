// The draw of double random, one public (双随机、一公开), exactly as domain-rules.md §8: digest,
// integer sizes, SM3 ordering, inspector assignment with recusal (回避), rotation and load cap.
// Pure functions over plain data: the server's draw, `xinjian verify-draw` and the tests all
// run this code, and docs/verify_draw.py is an independent re-implementation of it.
//
//   DrawInput in{seed, population, {200, 500, 2000, 6000}, 2, pool, recusals, {}};
//   Selection sel = select_members(in.seed, in.population, in.ratio_bp);   // §8.3–8.6
//   in.rotation = previous_inspectors_of(sel.selected);                    // from the database
//   XJ_TRY(auto tasks, assign_inspectors(in.seed, sel.selected, in));      // §8.7
//
// Strata are the letters 'A'..'D' (index 0..3). USCCs are ASCII; certificate numbers (执法证号)
// are UTF-8 and compared bytewise. Thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "spotcheck/sm3.h"

namespace xj::spotcheck {

inline constexpr std::array<char, 4> kStrata = {'A', 'B', 'C', 'D'};

// 'A'..'D' → 0..3; -1 for anything else.
int stratum_index(char stratum);

// A member of the population (检查对象) with its stratum (§8.3: unclassified → 'B').
struct Member {
  std::string uscc;
  char stratum = 'B';
  friend bool operator==(const Member&, const Member&) = default;
};

struct StratumCount {
  std::int64_t size = 0;      // n_s
  std::int64_t selected = 0;  // k_s
  friend bool operator==(const StratumCount&, const StratumCount&) = default;
};

// One selected enterprise and, once assigned, its inspectors in rank order.
struct Task {
  std::string uscc;
  char stratum = 'B';
  std::vector<std::string> inspectors;
  friend bool operator==(const Task&, const Task&) = default;
};

// A recusal declaration in force: `inspector` must not check `uscc`.
struct Recusal {
  std::string inspector;
  std::string uscc;
  friend bool operator==(const Recusal&, const Recusal&) = default;
};

// The inspectors of an enterprise's most recent double-random task (§8.7 rotation).
struct Rotation {
  std::string uscc;
  std::vector<std::string> inspectors;
  friend bool operator==(const Rotation&, const Rotation&) = default;
};

// §8.5: bp = ⌊ratio × 10000 + 0.5⌋ (integer basis points).
int basis_points(double ratio);

// §8.5: k = min(n, ⌈n × bp / 10000⌉), in integers.
std::int64_t stratum_quota(std::int64_t n, int bp);

// §8.7: L = ⌈K × m / P⌉ (K tasks, m per task, P pool size ≥ 1).
std::int64_t load_cap(std::int64_t tasks, int per_task, std::int64_t pool_size);

// §8.4: lowercase hex SM3 of "USCC,STRATUM\n" over `sorted` (already in USCC byte order).
std::string population_digest(const std::vector<Member>& sorted);

// §8.6: SM3(seed ‖ USCC).
Digest member_key(const Seed& seed, std::string_view uscc);

// §8.7: SM3(seed ‖ "|" ‖ USCC ‖ "|" ‖ inspector id).
Digest inspector_key(const Seed& seed, std::string_view uscc, std::string_view inspector);

// Steps 3–6: the population sorted by USCC, its digest, the strata counts, and the selected
// members (strata A, B, C, D in that order, each in key order), without inspectors.
struct Selection {
  std::vector<Member> population;
  std::string digest;
  std::array<StratumCount, 4> strata;
  std::vector<Task> selected;
};

// REQUIRES: USCCs unique, strata 'A'..'D' (the caller checks records it did not build).
Selection select_members(const Seed& seed, std::vector<Member> population,
                         const std::array<int, 4>& ratio_bp);

struct AssignmentInput {
  int per_task = 2;                // m ≥ 2
  std::vector<std::string> pool;   // certificate numbers of the pool, any order
  std::vector<Recusal> recusals;   // declarations in force (others are ignored)
  std::vector<Rotation> rotation;  // per selected enterprise with an earlier task
};

// Step 7 over `selected` in order: fills each task's inspectors. Fails with
// insufficient_inspectors naming the first enterprise with fewer than m candidates (then no
// task is to be kept), and validation_failed when m < 2.
Result<std::vector<Task>> assign_inspectors(const Seed& seed, std::vector<Task> selected,
                                            const AssignmentInput& input);

}  // namespace xj::spotcheck

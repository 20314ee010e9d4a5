// Properties of the draw over many seeds (issue 7 item 6): every member of a small stratum is
// drawn at least once, sizes are exact, no recused or rotated inspector is assigned, each task
// has m distinct inspectors, and the same input gives the same draw.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "spotcheck/draw.h"

namespace xj::spotcheck {
namespace {

Seed seed_of(int n) {
  // Distinct seeds: SM3 of the counter.
  return sm3("seed-" + std::to_string(n));
}

std::string code(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "92430103MA4P%05dY", i);
  return buf;
}

TEST(DrawProperties, EveryMemberOfASmallStratumIsDrawnSometimes) {
  // Stratum C: 6 members at 20 % → 2 a draw; over 300 seeds each appears (P(miss) ≈ (2/3)^300).
  std::vector<Member> pop;
  for (int i = 0; i < 6; ++i) pop.push_back({code(i), 'C'});
  for (int i = 6; i < 40; ++i) pop.push_back({code(i), i % 2 ? 'A' : 'B'});
  std::map<std::string, int> drawn;
  for (int n = 0; n < 300; ++n) {
    Selection sel = select_members(seed_of(n), pop, {300, 500, 2000, 6000});
    for (const auto& t : sel.selected) {
      if (t.stratum == 'C') ++drawn[t.uscc];
    }
  }
  for (int i = 0; i < 6; ++i) EXPECT_GT(drawn[code(i)], 0) << code(i);
}

TEST(DrawProperties, SizesRecusalRotationDistinctnessAndDeterminism) {
  std::vector<Member> pop;
  const char strata[] = {'A', 'B', 'C', 'D'};
  for (int i = 0; i < 137; ++i) pop.push_back({code(100 + i), strata[(i * 7) % 4]});
  const std::array<int, 4> bp = {200, 500, 2000, 6000};
  std::array<std::int64_t, 4> n{};
  for (const auto& m : pop) ++n[stratum_index(m.stratum)];
  std::vector<std::string> pool;
  for (int i = 0; i < 9; ++i) pool.push_back("湘执" + std::to_string(1000 + i));
  for (int round = 0; round < 60; ++round) {
    const Seed seed = seed_of(1000 + round);
    Selection sel = select_members(seed, pop, bp);
    std::int64_t total = 0;
    for (int s = 0; s < 4; ++s) {
      EXPECT_EQ(sel.strata[s].size, n[s]);
      EXPECT_EQ(sel.strata[s].selected, stratum_quota(n[s], bp[s]));
      total += sel.strata[s].selected;
    }
    ASSERT_EQ(static_cast<std::int64_t>(sel.selected.size()), total);
    // Recuse 3 inspectors from every selected enterprise with an even position, rotate 2 out of
    // every odd one.
    AssignmentInput in;
    in.per_task = 3;
    in.pool = pool;
    std::map<std::string, std::set<std::string>> excluded;
    for (std::size_t i = 0; i < sel.selected.size(); ++i) {
      const std::string& u = sel.selected[i].uscc;
      if (i % 2 == 0) {
        for (int k = 0; k < 3; ++k) {
          const std::string id = pool[(i + k + round) % pool.size()];
          in.recusals.push_back({id, u});
          excluded[u].insert(id);
        }
      } else {
        std::vector<std::string> prev = {pool[(i + round) % pool.size()],
                                         pool[(i + round + 4) % pool.size()]};
        in.rotation.push_back({u, prev});
        excluded[u].insert(prev.begin(), prev.end());
      }
    }
    auto tasks = assign_inspectors(seed, sel.selected, in);
    ASSERT_TRUE(tasks) << tasks.error().message;
    for (const auto& t : *tasks) {
      ASSERT_EQ(t.inspectors.size(), 3u);
      std::set<std::string> distinct(t.inspectors.begin(), t.inspectors.end());
      EXPECT_EQ(distinct.size(), 3u);
      for (const auto& id : t.inspectors)
        EXPECT_FALSE(excluded[t.uscc].contains(id)) << t.uscc << " " << id;
    }
    // Deterministic: the same input (in another order) gives the same draw.
    std::vector<Member> shuffled(pop.rbegin(), pop.rend());
    Selection again = select_members(seed, shuffled, bp);
    EXPECT_EQ(again.digest, sel.digest);
    ASSERT_EQ(again.selected.size(), sel.selected.size());
    for (std::size_t i = 0; i < sel.selected.size(); ++i)
      EXPECT_EQ(again.selected[i], sel.selected[i]);
    AssignmentInput reversed = in;
    std::reverse(reversed.pool.begin(), reversed.pool.end());
    auto tasks2 = assign_inspectors(seed, again.selected, reversed);
    ASSERT_TRUE(tasks2);
    EXPECT_EQ(*tasks2, *tasks);
  }
}

TEST(DrawProperties, TheLoadCapSpreadsTasks) {
  std::vector<Task> selected;
  for (int i = 0; i < 40; ++i) selected.push_back({code(500 + i), 'B', {}});
  AssignmentInput in;
  for (int i = 0; i < 10; ++i) in.pool.push_back("P" + std::to_string(i));
  for (int round = 0; round < 20; ++round) {
    auto tasks = assign_inspectors(seed_of(round), selected, in);
    ASSERT_TRUE(tasks);
    std::map<std::string, int> load;
    std::map<std::string, int> load_before_last;
    for (std::size_t t = 0; t < tasks->size(); ++t) {
      for (const auto& id : (*tasks)[t].inspectors) {
        ++load[id];
        if (t < 36) ++load_before_last[id];
      }
    }
    int total = 0;
    for (const auto& [id, n] : load) total += n;
    EXPECT_EQ(total, 80);
    // L = ⌈40 × 2 / 10⌉ = 8. Before task 36 fewer than 72 slots are used, so two inspectors
    // are always under the cap: nobody is pushed past it in the first 36 tasks.
    for (const auto& [id, n] : load_before_last) EXPECT_LE(n, 8) << id;
  }
}

}  // namespace
}  // namespace xj::spotcheck

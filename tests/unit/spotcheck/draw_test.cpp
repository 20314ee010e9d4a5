// The draw of domain-rules.md §8 against hand-computed expectations: every key, digest and
// ranking here is recomputed independently with audit::sm3_hex (lowercase hex compares in the
// same order as the bytes), sizes with the integer formula written out by hand.
#include "spotcheck/draw.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "audit/digest.h"

namespace xj::spotcheck {
namespace {

// The seed of the examples: bytes 0x00, 0x01, …, 0x1f.
Seed example_seed() {
  Seed s{};
  for (int i = 0; i < 32; ++i) s[i] = static_cast<unsigned char>(i);
  return s;
}

std::string raw(const Seed& s) { return std::string(reinterpret_cast<const char*>(s.data()), 32); }

// Independent §8.6 key, as hex.
std::string key_hex(const Seed& s, const std::string& uscc) {
  return audit::sm3_hex(raw(s) + uscc);
}
// Independent §8.7 key, as hex.
std::string ikey_hex(const Seed& s, const std::string& uscc, const std::string& id) {
  return audit::sm3_hex(raw(s) + "|" + uscc + "|" + id);
}

std::string code(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "91430102MA4L%05dX", i);
  return buf;
}

TEST(DrawSizes, IntegerFormulaOfRule85) {
  EXPECT_EQ(basis_points(0.03), 300);
  EXPECT_EQ(basis_points(0.0001), 1);
  EXPECT_EQ(basis_points(1.0), 10000);
  EXPECT_EQ(basis_points(0.2), 2000);
  EXPECT_EQ(basis_points(0.6), 6000);
  EXPECT_EQ(stratum_quota(0, 5000), 0);
  EXPECT_EQ(stratum_quota(1, 1), 1);          // ⌈1 × 1 / 10000⌉ = 1
  EXPECT_EQ(stratum_quota(3, 5000), 2);       // ⌈1.5⌉
  EXPECT_EQ(stratum_quota(10000, 200), 200);  // exact
  EXPECT_EQ(stratum_quota(10001, 200), 201);  // ⌈200.02⌉
  EXPECT_EQ(stratum_quota(7, 10000), 7);
  EXPECT_EQ(stratum_quota(7, 0), 0);
  EXPECT_EQ(load_cap(5, 2, 4), 3);  // ⌈10 / 4⌉
  EXPECT_EQ(load_cap(4, 2, 4), 2);
}

TEST(DrawDigest, Sm3OfSortedLines) {
  const Seed seed = example_seed();
  std::vector<Member> pop = {{code(3), 'C'}, {code(1), 'A'}, {code(2), 'B'}};
  Selection sel = select_members(seed, pop, {0, 0, 0, 0});
  const std::string text = code(1) + ",A\n" + code(2) + ",B\n" + code(3) + ",C\n";
  EXPECT_EQ(sel.digest, audit::sm3_hex(text));
  ASSERT_EQ(sel.population.size(), 3u);
  EXPECT_EQ(sel.population[0].uscc, code(1));
  EXPECT_EQ(sel.population[2].uscc, code(3));
  EXPECT_TRUE(sel.selected.empty());
  EXPECT_EQ(population_digest({}), audit::sm3_hex(""));
}

TEST(DrawSelection, HandComputedOrderAndSizes) {
  const Seed seed = example_seed();
  // A: 5 members at 20 % → 1; B: 3 at 50 % → 2; C: 1 at 1 bp → 1; D: none.
  std::vector<Member> pop;
  for (int i = 0; i < 5; ++i) pop.push_back({code(10 + i), 'A'});
  for (int i = 0; i < 3; ++i) pop.push_back({code(20 + i), 'B'});
  pop.push_back({code(30), 'C'});
  Selection sel = select_members(seed, pop, {2000, 5000, 1, 6000});
  EXPECT_EQ(sel.strata[0], (StratumCount{5, 1}));
  EXPECT_EQ(sel.strata[1], (StratumCount{3, 2}));
  EXPECT_EQ(sel.strata[2], (StratumCount{1, 1}));
  EXPECT_EQ(sel.strata[3], (StratumCount{0, 0}));

  // The expectation: per stratum, sort by the independent hex key, take k.
  std::vector<std::string> expected;
  auto take = [&](int from, int n, int k) {
    std::vector<std::pair<std::string, std::string>> ranked;
    for (int i = 0; i < n; ++i) ranked.push_back({key_hex(seed, code(from + i)), code(from + i)});
    std::sort(ranked.begin(), ranked.end());
    for (int i = 0; i < k; ++i) expected.push_back(ranked[i].second);
  };
  take(10, 5, 1);
  take(20, 3, 2);
  take(30, 1, 1);
  ASSERT_EQ(sel.selected.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(sel.selected[i].uscc, expected[i]) << i;
  }
  EXPECT_EQ(sel.selected[0].stratum, 'A');
  EXPECT_EQ(sel.selected[1].stratum, 'B');
  EXPECT_EQ(sel.selected[3].stratum, 'C');
  EXPECT_EQ(to_hex(member_key(seed, code(10))), key_hex(seed, code(10)));
  EXPECT_EQ(to_hex(inspector_key(seed, code(10), "湘执0001")),
            ikey_hex(seed, code(10), "湘执0001"));
}

// An independent §8.7 assignment over hex keys.
std::vector<std::vector<std::string>> reference_assignment(
    const Seed& seed, const std::vector<std::string>& selected, std::vector<std::string> pool,
    int m, const std::set<std::pair<std::string, std::string>>& excluded /* (uscc, id) */) {
  std::sort(pool.begin(), pool.end());
  const long cap = (static_cast<long>(selected.size()) * m + static_cast<long>(pool.size()) - 1) /
                   static_cast<long>(pool.size());
  std::map<std::string, long> load;
  std::vector<std::vector<std::string>> out;
  for (const auto& uscc : selected) {
    std::vector<std::pair<std::string, std::string>> ranked;
    for (const auto& id : pool) {
      if (!excluded.contains({uscc, id})) ranked.push_back({ikey_hex(seed, uscc, id), id});
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> chosen;
    for (const auto& [k, id] : ranked) {
      if (static_cast<int>(chosen.size()) < m && load[id] < cap) chosen.push_back(id);
    }
    for (const auto& [k, id] : ranked) {
      if (static_cast<int>(chosen.size()) < m && load[id] >= cap) chosen.push_back(id);
    }
    for (const auto& id : chosen) ++load[id];
    out.push_back(chosen);
  }
  return out;
}

TEST(DrawInspectors, HandComputedRankingLoadCapRecusalAndRotation) {
  const Seed seed = example_seed();
  const std::vector<std::string> pool = {"43010001", "43010002", "湘食执-0003", "43010004",
                                         "43010005"};
  std::vector<Task> selected;
  std::vector<std::string> usccs;
  for (int i = 0; i < 6; ++i) {
    selected.push_back({code(40 + i), 'B', {}});
    usccs.push_back(code(40 + i));
  }
  AssignmentInput in;
  in.per_task = 2;
  in.pool = pool;
  in.recusals = {{"43010001", code(40)}, {"43010002", code(41)}, {"43010004", code(99)}};
  in.rotation = {{code(42), {"湘食执-0003", "43010005"}}};
  auto tasks = assign_inspectors(seed, selected, in);
  ASSERT_TRUE(tasks) << tasks.error().message;
  std::set<std::pair<std::string, std::string>> excluded = {{code(40), "43010001"},
                                                            {code(41), "43010002"},
                                                            {code(42), "湘食执-0003"},
                                                            {code(42), "43010005"}};
  auto expected = reference_assignment(seed, usccs, pool, 2, excluded);
  for (std::size_t i = 0; i < usccs.size(); ++i) {
    EXPECT_EQ((*tasks)[i].inspectors, expected[i]) << usccs[i];
  }
  // Recusal and rotation respected; the load cap ⌈6 × 2 / 5⌉ = 3 holds.
  EXPECT_EQ(std::count((*tasks)[0].inspectors.begin(), (*tasks)[0].inspectors.end(), "43010001"),
            0);
  for (const auto& id : (*tasks)[2].inspectors) {
    EXPECT_NE(id, "湘食执-0003");
    EXPECT_NE(id, "43010005");
  }
  std::map<std::string, int> load;
  for (const auto& t : *tasks) {
    for (const auto& id : t.inspectors) ++load[id];
  }
  for (const auto& [id, n] : load) EXPECT_LE(n, 3) << id;
}

TEST(DrawInspectors, InsufficientCandidatesFailNamingTheEnterprise) {
  const Seed seed = example_seed();
  AssignmentInput in;
  in.pool = {"A1", "A2", "A3"};
  in.recusals = {{"A1", code(51)}, {"A2", code(51)}};
  auto r = assign_inspectors(seed, {{code(50), 'A', {}}, {code(51), 'A', {}}}, in);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::insufficient_inspectors);
  EXPECT_NE(r.error().message.find(code(51)), std::string::npos);

  AssignmentInput one;
  one.pool = {"A1"};
  EXPECT_EQ(assign_inspectors(seed, {{code(50), 'A', {}}}, one).error().code,
            ErrorCode::insufficient_inspectors);
  AssignmentInput m1;
  m1.per_task = 1;
  m1.pool = {"A1", "A2"};
  EXPECT_EQ(assign_inspectors(seed, {{code(50), 'A', {}}}, m1).error().code,
            ErrorCode::validation_failed);
  // No tasks: nothing to assign, even with an empty pool.
  EXPECT_TRUE(assign_inspectors(seed, {}, AssignmentInput{}));
}

TEST(DrawSeed, ParsesOnlyLowercaseHex) {
  auto s = parse_seed("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
  ASSERT_TRUE(s);
  EXPECT_EQ(*s, example_seed());
  EXPECT_FALSE(parse_seed("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F"));
  EXPECT_FALSE(parse_seed("00"));
  EXPECT_EQ(to_hex(sm3(seed_bytes(*s))), audit::sm3_hex(raw(*s)));
}

}  // namespace
}  // namespace xj::spotcheck

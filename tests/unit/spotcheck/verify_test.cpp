// verify_draw and the record's JSON: a record built by the draw functions verifies; each kind
// of tampering is reported by the check that covers it; the public variant's checks and skips.
#include "spotcheck/verify.h"

#include <gtest/gtest.h>

#include "spotcheck/draw_json.h"

namespace xj::spotcheck {
namespace {

std::string code(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "91430600MA4R%05dZ", i);
  return buf;
}

const char* kSeedHex = "5f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";

DrawRecord good_record() {
  DrawRecord r;
  r.draw_id = 7;
  r.plan_id = 3;
  r.drawn_on = "2026-06-15";
  r.seed = kSeedHex;
  const Seed seed = *parse_seed(r.seed);
  r.seed_commitment = to_hex(sm3(seed_bytes(seed)));
  r.model = "general";
  r.ratio_bp = {2000, 3000, 5000, 10000};
  r.inspectors_per_task = 2;
  std::vector<Member> pop;
  for (int i = 0; i < 30; ++i) pop.push_back({code(i), "ABCD"[i % 4]});
  Selection sel = select_members(seed, pop, r.ratio_bp);
  r.population = sel.population;
  r.population_size = static_cast<std::int64_t>(sel.population.size());
  r.population_digest = sel.digest;
  r.strata = sel.strata;
  r.pool = {"J1", "J2", "J3", "J4", "J5", "J6"};
  r.recusals = {{"J1", sel.selected[0].uscc}, {"J2", code(29)}};
  r.rotation = {{sel.selected[1].uscc, {"J3", "J4"}}};
  auto tasks = assign_inspectors(seed, sel.selected, {2, r.pool, r.recusals, r.rotation});
  r.selected = *tasks;
  return r;
}

std::size_t differences(const std::vector<Check>& checks, const std::string& name) {
  for (const auto& c : checks) {
    if (c.name == name) return c.differences.size();
  }
  return 0;
}

TEST(VerifyDraw, AGoodRecordPassesEveryCheck) {
  const auto checks = verify_draw(good_record());
  EXPECT_TRUE(all_ok(checks));
  for (const auto& c : checks) EXPECT_TRUE(c.ran) << c.name;
  EXPECT_EQ(checks.size(), 6u);
}

TEST(VerifyDraw, TamperingIsReportedByItsCheck) {
  auto swapped = good_record();
  std::swap(swapped.selected[0], swapped.selected[1]);
  EXPECT_GT(differences(verify_draw(swapped), "selection"), 0u);

  auto other_inspector = good_record();
  other_inspector.selected[2].inspectors[0] =
      "J6" == other_inspector.selected[2].inspectors[0] ? "J5" : "J6";
  auto checks = verify_draw(other_inspector);
  EXPECT_GT(differences(checks, "inspectors"), 0u);
  EXPECT_EQ(differences(checks, "selection"), 0u);

  auto reclassified = good_record();
  reclassified.population[4].stratum = reclassified.population[4].stratum == 'A' ? 'B' : 'A';
  EXPECT_GT(differences(verify_draw(reclassified), "population_digest"), 0u);

  auto wrong_seed = good_record();
  wrong_seed.seed_commitment = std::string(64, 'a');
  EXPECT_GT(differences(verify_draw(wrong_seed), "commitment"), 0u);

  auto counts = good_record();
  counts.strata[2].selected += 1;
  EXPECT_GT(differences(verify_draw(counts), "strata"), 0u);

  auto unsorted = good_record();
  std::swap(unsorted.population[0], unsorted.population[1]);
  checks = verify_draw(unsorted);
  EXPECT_GT(differences(checks, "population"), 0u);
  EXPECT_FALSE(all_ok(checks));
}

TEST(VerifyDraw, JsonRoundTripBothVariants) {
  const DrawRecord r = good_record();
  const std::string text = internal_json(r);
  EXPECT_EQ(text.rfind("{\"draw_id\":7,\"plan_id\":3,", 0), 0u) << text.substr(0, 80);
  EXPECT_NE(text.find("\"ratios\":{\"A\":0.2,\"B\":0.3,\"C\":0.5,\"D\":1.0}"), std::string::npos);
  EXPECT_EQ(with_draw_id(internal_json(r, false), 7), text);
  auto parsed = parse_draw_record(text);
  ASSERT_TRUE(parsed) << parsed.error().message;
  ASSERT_TRUE(std::holds_alternative<DrawRecord>(*parsed));
  const auto& back = std::get<DrawRecord>(*parsed);
  EXPECT_EQ(back.population, r.population);
  EXPECT_EQ(back.selected, r.selected);
  EXPECT_EQ(back.recusals, r.recusals);
  EXPECT_EQ(back.rotation, r.rotation);
  EXPECT_EQ(back.ratio_bp, r.ratio_bp);
  EXPECT_TRUE(all_ok(verify_draw(back)));

  PublicDrawRecord p;
  p.draw_id = 7;
  p.plan_id = 3;
  p.drawn_on = r.drawn_on;
  p.seed = r.seed;
  p.seed_commitment = r.seed_commitment;
  p.population_size = r.population_size;
  p.population_digest = r.population_digest;
  for (const auto& m : r.population) p.population.push_back(m.uscc);
  p.strata = r.strata;
  for (const auto& t : r.selected)
    p.selected.push_back({t.uscc, {"长沙市市场监管局", "长沙市市场监管局"}});
  auto pub = parse_draw_record(public_json(p));
  ASSERT_TRUE(pub) << pub.error().message;
  ASSERT_TRUE(std::holds_alternative<PublicDrawRecord>(*pub));
  auto checks = verify_draw(std::get<PublicDrawRecord>(*pub));
  EXPECT_TRUE(all_ok(checks));
  int skipped = 0;
  for (const auto& c : checks) skipped += c.ran ? 0 : 1;
  EXPECT_EQ(skipped, 4);

  p.selected[0].uscc = "91430600MA4R99999Z";  // not a member
  EXPECT_FALSE(all_ok(verify_draw(p)));
  EXPECT_FALSE(parse_draw_record("{\"draw_id\":1}"));
  EXPECT_FALSE(parse_draw_record("not json"));
}

}  // namespace
}  // namespace xj::spotcheck

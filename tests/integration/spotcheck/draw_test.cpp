// The draw through the API (domain-rules.md §8, api.md "Spot-check plans and draws"): the
// internal record compared field by field with an independent recomputation (reference.h), the
// public record's shape, drawn once, seed mismatch, atomic insufficient_inspectors, and both
// verifiers (xinjian verify-draw, docs/verify_draw.py) on good and tampered records.
#include <set>

#include "reference.h"
#include "spotcheck_fixture.h"

namespace xj::spotcheck_test {
namespace {

class DrawTest : public SpotcheckTest {
 protected:
  void SetUp() override {
    SpotcheckTest::SetUp();
    matter();
    // Members: 430102 serials 1–12, 430103 serials 13–15; classes A 1–3, C 4–6, D 7–8, the
    // rest unclassified (→ B).
    for (int n = 1; n <= 12; ++n) members_.push_back(make_uscc(n, "430102"));
    for (int n = 13; n <= 15; ++n) members_.push_back(make_uscc(n, "430103"));
    for (const auto& u : members_) listed(u);
    for (int n = 1; n <= 8; ++n)
      classify(make_uscc(n, "430102"), n <= 3 ? 'A' : n <= 6 ? 'C' : 'D');
    classify(make_uscc(9, "430102"), 'D', "food_production");  // another model: ignored
    // Not members: deregistered, revoked, another city, another area, removed from the list,
    // inspected within 30 days. Inspected 45 days ago: a member.
    listed(make_uscc(20, "430102"), registry::kFoodProduction, "注销");
    listed(make_uscc(21, "430102"), registry::kFoodProduction, "吊销");
    listed(make_uscc(22, "430202"));
    listed(make_uscc(23, "430102"), registry::kSpecialEquipment);
    listed(make_uscc(24, "430102"));
    write([&](store::Session& s) -> Status {
      XJ_CHECK(
          s.exec("UPDATE keylist_entries SET removed_on = '2026-05-01', removal_reason = 'x'"
                 " WHERE uscc = ?",
                 {make_uscc(24, "430102")}));
      return {};
    });
    listed(make_uscc(25, "430102"));
    inspected(make_uscc(25, "430102"), "2026-06-01", "JC-25");
    inspected(make_uscc(12, "430102"), "2026-05-01", "JC-12");
    for (int i = 1; i <= 6; ++i) inspector("4301000" + std::to_string(i), "430102", "食品");
    inspector("43010007", "430103", "综合", "在岗", "长沙市开福区市场监督管理局");
    inspector("43010008", "430102", "特种设备");
    inspector("43010009", "430102", "食品", "离岗");
    inspector("43020001", "430202", "食品");
    pool_ = {"43010001", "43010002", "43010003", "43010004", "43010005", "43010006", "43010007"};
    // A recusal in force (declared by the inspector itself) and one that has lapsed.
    const std::string self = user("43010001", "inspector", "4301");
    auto r = send("POST", "/api/v1/spotcheck/inspectors/43010001/conflicts", self,
                  {{"uscc", members_[0]}, {"reason", "近亲属任该企业法定代表人"}});
    ASSERT_EQ(r.status, 201) << r.body;
    r = send("POST", "/api/v1/spotcheck/inspectors/43010002/conflicts", officer_,
             {{"uscc", members_[1]}, {"reason", "曾在该企业任职"}, {"valid_until", "2026-01-31"}});
    ASSERT_EQ(r.status, 201) << r.body;
    r = send("POST", "/api/v1/spotcheck/inspectors/43010002/conflicts", self,
             {{"uscc", members_[2]}, {"reason", "not its own"}});
    EXPECT_EQ(r.status, 403) << r.body;
  }

  std::int64_t create_plan(const std::string& seed, json ratios) {
    auto r =
        send("POST", "/api/v1/spotcheck/plans", officer_, plan_body(commitment_of(seed), ratios));
    return ok_json(r, 201).value("id", std::int64_t{0});
  }

  std::vector<std::string> members_;
  std::vector<std::string> pool_;
};

TEST_F(DrawTest, InternalRecordMatchesAnIndependentRecomputation) {
  const std::string seed = seed_hex(1);
  const json ratios = {{"A", 0.5}, {"B", 0.3}, {"C", 0.34}, {"D", 1}};
  const auto plan_id = create_plan(seed, ratios);
  ASSERT_GT(plan_id, 0);
  auto wrong = send("POST", "/api/v1/spotcheck/plans/" + std::to_string(plan_id) + "/draw",
                    officer_, {{"seed", seed_hex(2)}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_NE(wrong.body.find("seed_mismatch"), std::string::npos) << wrong.body;
  auto res = send("POST", "/api/v1/spotcheck/plans/" + std::to_string(plan_id) + "/draw", officer_,
                  {{"seed", seed}});
  const json d = ok_json(res, 201);

  // The population, its strata and digest.
  std::vector<RefMember> pop;
  for (const auto& u : members_) {
    const int n = std::stoi(u.substr(12, 4));
    pop.push_back({u, n <= 3 ? 'A' : n <= 6 ? 'C' : n <= 8 ? 'D' : 'B'});
  }
  std::sort(pop.begin(), pop.end(), [](const auto& a, const auto& b) { return a.uscc < b.uscc; });
  std::string lines;
  json population = json::array();
  for (const auto& m : pop) {
    lines += m.uscc + "," + m.stratum + "\n";
    population.push_back({{"uscc", m.uscc}, {"stratum", std::string(1, m.stratum)}});
  }
  EXPECT_GT(d.at("draw_id").get<std::int64_t>(), 0);
  EXPECT_EQ(d.at("plan_id"), plan_id);
  EXPECT_EQ(d.at("drawn_on"), kToday);
  EXPECT_EQ(d.at("seed"), seed);
  EXPECT_EQ(d.at("seed_commitment"), commitment_of(seed));
  EXPECT_EQ(d.at("model"), "general");
  EXPECT_EQ(d.at("ratios"), ratios);
  EXPECT_EQ(d.at("inspectors_per_task"), 2);
  EXPECT_EQ(d.at("population_size"), 15);
  EXPECT_EQ(d.at("population"), population);
  EXPECT_EQ(d.at("population_digest"), audit::sm3_hex(lines));

  // Sizes: A 3 × 50 % → 2, B 7 × 30 % → 3 (⌈2.1⌉), C 3 × 34 % → 2 (⌈1.02⌉), D 2 × 100 % → 2.
  const json strata = {{"A", {{"size", 3}, {"selected", 2}}},
                       {"B", {{"size", 7}, {"selected", 3}}},
                       {"C", {{"size", 3}, {"selected", 2}}},
                       {"D", {{"size", 2}, {"selected", 2}}}};
  EXPECT_EQ(d.at("strata"), strata);

  const std::string raw = hex_to_bytes(seed);
  const auto selected = ref_select(raw, pop, {{'A', 0.5}, {'B', 0.3}, {'C', 0.34}, {'D', 1.0}});
  std::vector<std::string> usccs;
  for (const auto& [u, s] : selected) usccs.push_back(u);
  std::set<std::pair<std::string, std::string>> excluded = {{members_[0], "43010001"}};
  const auto inspectors = ref_assign(raw, usccs, pool_, 2, excluded);
  ASSERT_EQ(d.at("selected").size(), selected.size());
  for (std::size_t i = 0; i < selected.size(); ++i) {
    const json& t = d.at("selected")[i];
    EXPECT_EQ(t.at("uscc"), selected[i].first) << i;
    EXPECT_EQ(t.at("stratum"), std::string(1, selected[i].second)) << i;
    EXPECT_EQ(t.at("inspectors").get<std::vector<std::string>>(), inspectors[i]) << i;
  }
  EXPECT_EQ(d.at("pool").get<std::vector<std::string>>(), pool_);
  EXPECT_EQ(d.at("recusals"), json::array({{{"inspector", "43010001"}, {"uscc", members_[0]}}}));
  EXPECT_EQ(d.at("rotation"), json::array());

  // Drawn once; the stored record is what the draw answered.
  const std::string draw = std::to_string(d.at("draw_id").get<std::int64_t>());
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans/" + std::to_string(plan_id) + "/draw", officer_,
                 {{"seed", seed}})
                .status,
            409);
  auto stored = send("GET", "/api/v1/spotcheck/draws/" + draw, officer_);
  EXPECT_EQ(ok_json(stored, 200), d);
  EXPECT_EQ(send("GET", "/api/v1/spotcheck/draws/" + draw, user("viewer", "viewer", "43")).status,
            403);
  EXPECT_EQ(
      send("GET", "/api/v1/spotcheck/draws/" + draw, user("o2", "credit_officer", "4302")).status,
      403);

  // The public record: aggregates, USCCs, units; no strata of members, no inspectors.
  const json p = ok_json(send("GET", "/api/v1/public/spotcheck/draws/" + draw, ""), 200);
  std::set<std::string> keys;
  for (auto it = p.begin(); it != p.end(); ++it) keys.insert(it.key());
  EXPECT_EQ(keys, (std::set<std::string>{"draw_id", "plan_id", "drawn_on", "seed",
                                         "seed_commitment", "population_size", "population_digest",
                                         "population", "strata", "selected"}));
  EXPECT_EQ(p.at("strata"), strata);
  EXPECT_EQ(p.at("population_digest"), d.at("population_digest"));
  ASSERT_EQ(p.at("population").size(), 15u);
  EXPECT_EQ(p.at("population")[0], pop[0].uscc);
  for (std::size_t i = 0; i < selected.size(); ++i) {
    const json& t = p.at("selected")[i];
    EXPECT_EQ(t.at("uscc"), selected[i].first);
    EXPECT_FALSE(t.contains("stratum"));
    std::vector<std::string> units;
    for (const auto& id : inspectors[i]) {
      units.push_back(id == "43010007" ? "长沙市开福区市场监督管理局" : "长沙市市场监督管理局");
    }
    EXPECT_EQ(t.at("units").get<std::vector<std::string>>(), units);
  }
  EXPECT_EQ(send("GET", "/api/v1/public/spotcheck/draws/99999", "").status, 404);

  // Tasks: one per selected enterprise, with the plan's due date and the inspectors in order.
  const json tasks = ok_json(
      send("GET", "/api/v1/spotcheck/tasks?plan=" + std::to_string(plan_id) + "&page_size=200",
           officer_),
      200);
  ASSERT_EQ(tasks.at("total"), static_cast<int>(selected.size()));
  for (std::size_t i = 0; i < selected.size(); ++i) {
    const json& t = tasks.at("items")[i];
    EXPECT_EQ(t.at("uscc"), selected[i].first);
    EXPECT_EQ(t.at("due_on"), "2026-09-30");
    EXPECT_EQ(t.at("status"), "pending");
    EXPECT_EQ(t.at("inspectors")[0].at("id"), inspectors[i][0]);
    EXPECT_EQ(t.at("inspectors")[1].at("id"), inspectors[i][1]);
  }
}

TEST_F(DrawTest, RefusalsLeaveNothingBehind) {
  const std::string seed = seed_hex(3);
  // ≥ 2 inspectors per task, known matters, ratios 0–1 with ≤ 4 decimals, a commitment.
  auto body = plan_body(commitment_of(seed));
  body["inspectors_per_task"] = 1;
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans", officer_, body).status, 422);
  body = plan_body(commitment_of(seed));
  body["matter_codes"] = {"SC-FOOD-01", "NO-SUCH"};
  auto r = send("POST", "/api/v1/spotcheck/plans", officer_, body);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("NO-SUCH"), std::string::npos);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans", officer_,
                 plan_body(commitment_of(seed), {{"A", 1.2}}))
                .status,
            422);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans", officer_,
                 plan_body(commitment_of(seed), {{"B", 0.00001}}))
                .status,
            422);
  body = plan_body(commitment_of(seed));
  body.erase("seed_commitment");
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans", officer_, body).status, 422);
  // Another city's officer may not plan for Changsha.
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans", user("o3", "credit_officer", "4302"),
                 plan_body(commitment_of(seed)))
                .status,
            403);

  // Defaults from §7.5; a pool of one inspector cannot staff a task of two.
  body = plan_body(commitment_of(seed));
  body["inspector_filter"] = {{"region_prefix", "430103"}, {"domain", "食品"}};
  const json plan = ok_json(send("POST", "/api/v1/spotcheck/plans", officer_, body), 201);
  EXPECT_EQ(plan.at("ratios"), (json{{"A", 0.02}, {"B", 0.05}, {"C", 0.2}, {"D", 0.6}}));
  const std::string id = std::to_string(plan.at("id").get<std::int64_t>());
  EXPECT_EQ(
      send("POST", "/api/v1/spotcheck/plans/" + id + "/draw", officer_, {{"seed", "ABC"}}).status,
      422);
  r = send("POST", "/api/v1/spotcheck/plans/" + id + "/draw", officer_, {{"seed", seed}});
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("insufficient_inspectors"), std::string::npos) << r.body;
  const json err = json::parse(r.body);
  EXPECT_EQ(err["error"]["details"][0]["message"].get<std::string>().size(), 18u);  // the USCC
  EXPECT_EQ(ok_json(send("GET", "/api/v1/spotcheck/tasks", officer_), 200).at("total"), 0);
  EXPECT_EQ(
      ok_json(send("GET", "/api/v1/spotcheck/plans", officer_), 200).at("items")[0].at("status"),
      "open");
  // With a second inspector in the pool the same plan can still be drawn.
  inspector("43010010", "430103", "食品");
  EXPECT_EQ(
      send("POST", "/api/v1/spotcheck/plans/" + id + "/draw", officer_, {{"seed", seed}}).status,
      201);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/plans/12345/draw", officer_, {{"seed", seed}}).status,
            404);
}

TEST_F(DrawTest, BothVerifiersAcceptGoodRecordsAndReportTampering) {
  const std::string seed = seed_hex(4);
  const auto plan_id = create_plan(seed, {{"A", 0.5}, {"B", 0.5}, {"C", 0.5}, {"D", 0.5}});
  json d = ok_json(send("POST", "/api/v1/spotcheck/plans/" + std::to_string(plan_id) + "/draw",
                        officer_, {{"seed", seed}}),
                   201);
  const std::string draw = std::to_string(d.at("draw_id").get<std::int64_t>());
  const std::string pub = send("GET", "/api/v1/public/spotcheck/draws/" + draw, "").body;

  auto [code, out] = run({XJ_BINARY, "verify-draw", save(d.dump())});
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("ran: inspectors"), std::string::npos) << out;
  EXPECT_NE(out.find("\nok\n"), std::string::npos) << out;
  std::tie(code, out) = run({XJ_BINARY, "verify-draw", save(pub)});
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("skipped: selection"), std::string::npos) << out;
  EXPECT_NE(out.find("ran: commitment"), std::string::npos) << out;

  json tampered = d;
  auto& first = tampered["selected"][0]["inspectors"][0];
  first = first == "43010006" ? "43010005" : "43010006";
  std::tie(code, out) = run({XJ_BINARY, "verify-draw", save(tampered.dump())});
  EXPECT_EQ(code, 1) << out;
  EXPECT_NE(out.find("difference: selected[0].inspectors"), std::string::npos) << out;
  json swapped = d;
  swapped["population"][0]["stratum"] = swapped["population"][0]["stratum"] == "A" ? "B" : "A";
  std::tie(code, out) = run({XJ_BINARY, "verify-draw", save(swapped.dump())});
  EXPECT_EQ(code, 1) << out;
  EXPECT_NE(out.find("population_digest"), std::string::npos) << out;
  std::tie(code, out) = run({XJ_BINARY, "verify-draw", save("{}")});
  EXPECT_EQ(code, 2) << out;

  const std::string script = XJ_SOURCE_DIR "/docs/verify_draw.py";
  std::tie(code, out) = run({"/usr/bin/python3", script, save(pub)});
  EXPECT_EQ(code, 0) << out;
  EXPECT_NE(out.find("\nok\n"), std::string::npos) << out;
  std::tie(code, out) = run({"/usr/bin/python3", script, "--pure-sm3", save(pub)});
  EXPECT_EQ(code, 0) << out;
  std::tie(code, out) = run({"/usr/bin/python3", script, save(d.dump())});
  EXPECT_EQ(code, 0) << out;
  std::tie(code, out) = run({"/usr/bin/python3", script, save(tampered.dump())});
  EXPECT_EQ(code, 1) << out;
  json bad_public = json::parse(pub);
  bad_public["selected"][0]["uscc"] = make_uscc(99, "430102");
  std::tie(code, out) = run({"/usr/bin/python3", script, save(bad_public.dump())});
  EXPECT_EQ(code, 1) << out;
  bad_public = json::parse(pub);
  bad_public["seed"] = seed_hex(5);
  std::tie(code, out) = run({XJ_BINARY, "verify-draw", save(bad_public.dump())});
  EXPECT_EQ(code, 1) << out;
  EXPECT_NE(out.find("seed_commitment"), std::string::npos) << out;
}

}  // namespace
}  // namespace xj::spotcheck_test

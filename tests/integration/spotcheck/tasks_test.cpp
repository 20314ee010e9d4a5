// Tasks and results (domain-rules.md §8.7 rotation, §8.8): inspectors see and complete their own
// tasks; a result becomes a 双随机抽查 inspection record through collection (history, outbox)
// carrying the result codes verbatim; the 20-working-day publication deadline and the overdue
// flag; a later draw rotates the previous task's inspectors out.
#include <set>

#include "spotcheck_fixture.h"

namespace xj::spotcheck_test {
namespace {

class TasksTest : public SpotcheckTest {
 protected:
  void SetUp() override {
    SpotcheckTest::SetUp();
    matter();
    for (int n = 1; n <= 4; ++n) listed(make_uscc(n, "430104"));
    for (int i = 1; i <= 5; ++i) inspector("4301100" + std::to_string(i), "430104", "食品");
  }

  // A plan over the four enterprises at 100 %, due `due_on`, drawn with seed n.
  json drawn(int n, const std::string& due_on = "2026-09-30") {
    auto body = plan_body(commitment_of(seed_hex(n)), {{"A", 1}, {"B", 1}, {"C", 1}, {"D", 1}});
    body["due_on"] = due_on;
    const json plan = ok_json(send("POST", "/api/v1/spotcheck/plans", officer_, body), 201);
    return ok_json(
        send("POST", "/api/v1/spotcheck/plans/" + std::to_string(plan.value("id", 0)) + "/draw",
             officer_, {{"seed", seed_hex(n)}}),
        201);
  }
};

TEST_F(TasksTest, InspectorsSeeAndCompleteOnlyTheirOwnTasks) {
  const json d = drawn(1);
  const std::string me = d["selected"][0]["inspectors"][0];
  std::string other;
  for (int i = 1; i <= 5; ++i) {
    const std::string id = "4301100" + std::to_string(i);
    bool mine = false;
    for (const auto& t : d["selected"]) {
      for (const auto& x : t["inspectors"]) mine = mine || x == id;
    }
    if (id != me && !mine) other = id;
  }
  const std::string token = user(me, "inspector", "4301");
  const json mine = ok_json(send("GET", "/api/v1/spotcheck/tasks", token), 200);
  ASSERT_GT(mine.at("total").get<int>(), 0);
  for (const auto& t : mine.at("items")) {
    bool assigned = false;
    for (const auto& i : t.at("inspectors")) assigned = assigned || i.at("id") == me;
    EXPECT_TRUE(assigned) << t.dump();
  }
  EXPECT_EQ(send("GET", "/api/v1/spotcheck/tasks?inspector=43011009", token).status, 403);
  const json& task = mine.at("items")[0];
  const std::string id = std::to_string(task.at("id").get<std::int64_t>());
  EXPECT_FALSE(task.at("overdue").get<bool>());
  EXPECT_EQ(task.at("publish_by"),
            "2026-11-03");  // 2026-09-30 + 20 working days (国庆, 10-10 调休)

  const json result = {{"results", {"发现问题已责令改正", "未按规定公示应当公示的信息"}},
                       {"findings", "未按规定公示年度报告"},
                       {"checked_on", "2026-06-12"}};
  if (!other.empty()) {
    EXPECT_EQ(send("POST", "/api/v1/spotcheck/tasks/" + id + "/result",
                   user(other, "inspector", "4301"), result)
                  .status,
              403);
  }
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/tasks/" + id + "/result", token,
                 {{"results", {"不是结果代码"}}})
                .status,
            422);
  EXPECT_EQ(
      send("POST", "/api/v1/spotcheck/tasks/" + id + "/result", token, {{"results", json::array()}})
          .status,
      422);
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/tasks/" + id + "/result", token,
                 {{"results", {"未发现问题"}}, {"checked_on", "2026-06-16"}})
                .status,
            422);  // future
  const json done =
      ok_json(send("POST", "/api/v1/spotcheck/tasks/" + id + "/result", token, result), 201);
  EXPECT_EQ(done.at("status"), "done");
  EXPECT_EQ(done.at("entered_on"), kToday);
  EXPECT_EQ(done.at("publish_by"), "2026-07-13");  // 2026-06-12 + 20 working days (端午 06-19)
  EXPECT_FALSE(done.at("overdue").get<bool>());
  EXPECT_EQ(send("POST", "/api/v1/spotcheck/tasks/" + id + "/result", token, result).status, 409);

  // The inspection record, through collection: kind, matter, results verbatim, authority.
  const std::string uscc = task.at("uscc");
  const json records =
      ok_json(send("GET", "/api/v1/enterprises/" + uscc + "/records", admin_), 200);
  ASSERT_EQ(records.at("inspections").size(), 1u);
  const json& ins = records.at("inspections")[0];
  EXPECT_EQ(ins.at("inspection_no"), done.at("inspection_no"));
  EXPECT_EQ(ins.at("kind"), "双随机抽查");
  EXPECT_EQ(ins.at("matter"), "食品生产企业监督检查");
  EXPECT_EQ(ins.at("results"), result.at("results"));
  EXPECT_EQ(ins.at("checked_on"), "2026-06-12");
  EXPECT_EQ(ins.at("authority"), "长沙市市场监督管理局");
  store::Rows outbox;
  write([&](store::Session& s) -> Status {
    XJ_TRY(outbox,
           s.query("SELECT type FROM outbox WHERE uscc = ? AND type LIKE 'inspection.%'", {uscc}));
    return {};
  });
  EXPECT_EQ(outbox.size(), 1u);
}

TEST_F(TasksTest, OverdueWhenNotPublishedWithinTwentyWorkingDays) {
  drawn(2, "2026-04-01");  // deadline 2026-04-30 (清明 04-04…06 off, 04-07 a working day)
  const json tasks = ok_json(send("GET", "/api/v1/spotcheck/tasks", admin_), 200);
  ASSERT_EQ(tasks.at("total"), 4);
  for (const auto& t : tasks.at("items")) {
    EXPECT_TRUE(t.at("overdue").get<bool>()) << t.dump();
  }
  const std::string id = std::to_string(tasks.at("items")[0].at("id").get<std::int64_t>());
  // Entered today for a check on 2026-04-01: published late, still flagged.
  const json done = ok_json(send("POST", "/api/v1/spotcheck/tasks/" + id + "/result", admin_,
                                 {{"results", {"未发现问题"}}, {"checked_on", "2026-04-01"}}),
                            201);
  EXPECT_TRUE(done.at("overdue").get<bool>());
  // Checked two days ago and entered today: in time.
  const std::string id2 = std::to_string(tasks.at("items")[1].at("id").get<std::int64_t>());
  const json fresh = ok_json(send("POST", "/api/v1/spotcheck/tasks/" + id2 + "/result", admin_,
                                  {{"results", {"未发现问题"}}, {"checked_on", "2026-06-12"}}),
                             201);
  EXPECT_FALSE(fresh.at("overdue").get<bool>());
}

TEST_F(TasksTest, ALaterDrawRotatesThePreviousInspectorsOut) {
  const json first = drawn(3);
  const json second = drawn(4);
  std::map<std::string, std::vector<std::string>> before;
  for (const auto& t : first["selected"])
    before[t["uscc"]] = t["inspectors"].get<std::vector<std::string>>();
  ASSERT_EQ(second["rotation"].size(), 4u);
  for (std::size_t i = 0; i < second["selected"].size(); ++i) {
    const json& t = second["selected"][i];
    const auto& prev = before.at(t["uscc"]);
    EXPECT_EQ(second["rotation"][i]["uscc"], t["uscc"]);
    EXPECT_EQ(second["rotation"][i]["inspectors"].get<std::vector<std::string>>(), prev);
    for (const auto& x : t["inspectors"]) {
      EXPECT_TRUE(std::find(prev.begin(), prev.end(), x) == prev.end()) << t.dump();
    }
  }
  const std::string file = save(second.dump());
  auto [code, out] = run({XJ_BINARY, "verify-draw", file});
  EXPECT_EQ(code, 0) << out;
}

}  // namespace
}  // namespace xj::spotcheck_test

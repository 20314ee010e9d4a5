// `xinjian classify` as an operator runs it (api.md "CLI"): a full run on the business date,
// its JSON line, and the exit codes (0 done, 2 unknown model).
#include <fstream>

#include "risk_fixture.h"
#include "support/child_process.h"

namespace xj::risk_test {
namespace {

using namespace std::chrono_literals;

int run_xinjian(std::vector<std::string> args, const std::string& db_url, std::string* out) {
  const auto dir = testing::temp_dir();
  std::vector<std::string> argv{XJ_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  argv.insert(argv.end(), {"--db", db_url, "--today", "2026-06-15"});
  const auto log = dir / "classify.log";
  auto pid = testing::spawn(argv, {dir, log, std::nullopt, true});
  EXPECT_TRUE(pid) << pid.error().message;
  auto status = testing::wait_exit(*pid, 300s);
  std::ifstream in(log);
  out->assign(std::istreambuf_iterator<char>(in), {});
  return status.value_or(-1);
}

TEST(ClassifyCli, FullRunAndExitCodes) {
  const std::string url = testing::fresh_database_url();
  {
    auto db = store::open(url);
    ASSERT_TRUE(db) << db.error().message;
    ASSERT_TRUE(store::migrate(**db));
    ASSERT_TRUE((*db)->write([&](store::Session& s) -> Status {
      registry::Enterprise e;
      e.uscc = make_uscc("430104", "MA4C11AA");
      e.name = "命令行测试企业";
      e.region_code = "430104";
      e.established_on = "2026-01-01";  // 8 points
      return registry::upsert_enterprise(s, e, "登记注册局");
    }));
  }
  std::string out;
  EXPECT_EQ(run_xinjian({"classify", "--model", "general"}, url, &out), 0) << out;
  EXPECT_NE(out.find("\"status\":\"done\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"enterprises\":1"), std::string::npos) << out;
  EXPECT_NE(out.find("\"changed\":1"), std::string::npos) << out;
  EXPECT_EQ(run_xinjian({"classify", "--model", "nope"}, url, &out), 2) << out;
  auto db = store::open(url);
  ASSERT_TRUE(db);
  ASSERT_TRUE((*db)->read([&](store::Session& s) -> Status {
    XJ_TRY(auto rows, s.query("SELECT score, class FROM risk_current WHERE model = 'general'"));
    EXPECT_EQ(rows.size(), 1u);
    if (!rows.empty()) {
      EXPECT_EQ(rows[0].integer(0), 8);
      EXPECT_EQ(rows[0].text(1), "A");
    }
    return {};
  }));
}

}  // namespace
}  // namespace xj::risk_test

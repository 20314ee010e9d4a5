// `xinjian import` and `xinjian export keylist` as a user runs them (api.md exit codes 0 / 1 / 2),
// and SIGKILL in the middle of an import: the batch is stored whole or not at all.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/uscc.h"
#include "formats/xlsx_reader.h"
#include "store/migrations.h"
#include "support/child_process.h"
#include "support/test_db.h"

namespace xj::collection {
namespace {

using namespace std::chrono_literals;

const std::filesystem::path kFixtures = XJ_FIXTURES_DIR;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    url_ = testing::fresh_database_url();
    dir_ = testing::temp_dir();
  }

  // Runs xinjian with `args` plus --db and --today; returns the exit status and fills out_.
  int run(std::vector<std::string> args) {
    std::vector<std::string> argv = {XJ_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--db", url_, "--today", "2026-11-28"});
    const auto log = dir_ / ("run" + std::to_string(++runs_) + ".log");
    auto pid = testing::spawn(argv, {dir_, log, std::nullopt, true});
    EXPECT_TRUE(pid) << pid.error().message;
    auto status = testing::wait_exit(*pid, 300s);
    EXPECT_TRUE(status);
    std::ifstream in(log);
    out_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return status.value_or(-1);
  }

  // The summary JSON printed by `xinjian import`.
  nlohmann::json summary() const {
    const auto begin = out_.find("{\n");
    const auto end = out_.rfind('}');
    if (begin == std::string::npos || end == std::string::npos) return nullptr;
    return nlohmann::json::parse(out_.substr(begin, end - begin + 1));
  }

  std::int64_t count(std::string_view sql) {
    auto db = store::open(url_);
    EXPECT_TRUE(db) << db.error().message;
    std::int64_t n = -1;
    Status s = (*db)->read([&](store::Session& session) -> Status {
      XJ_TRY(auto rows, session.query(sql));
      n = rows[0].integer(0);
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    (*db)->close();
    return n;
  }

  std::string url_;
  std::filesystem::path dir_;
  std::string out_;
  int runs_ = 0;
};

TEST_F(CliTest, ImportExitCodesAndSummary) {
  EXPECT_EQ(run({"import", "keylist", (kFixtures / "keylist-sample.xlsx").string(), "--source",
                 "食品生产处"}),
            1)
      << out_;
  auto s = summary();
  ASSERT_TRUE(s.is_object()) << out_;
  EXPECT_EQ(s["rows"], 24);
  EXPECT_EQ(s["inserted"], 20);
  EXPECT_EQ(s["rejected"], 4);
  EXPECT_EQ(s["source"], "食品生产处");

  EXPECT_EQ(run({"import", "penalties", (kFixtures / "penalties-sample-gb18030.csv").string(),
                 "--mode", "all_or_nothing"}),
            0)
      << out_;
  EXPECT_EQ(summary()["inserted"], 12);

  EXPECT_EQ(run({"import", "penalties", (dir_ / "absent.csv").string()}), 2);
  EXPECT_EQ(run({"import", "penalties", (kFixtures / "keylist-sample.csv").string()}), 2);
  EXPECT_NE(out_.find("处罚决定书文号"), std::string::npos) << out_;
  EXPECT_EQ(run({"import", "widgets", (kFixtures / "keylist-sample.csv").string()}), 2);

  const auto xlsx = dir_ / "keylist.xlsx";
  EXPECT_EQ(run({"export", "keylist", "--out", xlsx.string()}), 0) << out_;
  auto reader = formats::XlsxReader::open_file(xlsx);
  ASSERT_TRUE(reader) << reader.error().message;
  auto title = (*reader)->next();
  ASSERT_TRUE(title && *title);
  EXPECT_EQ((**title).cells[0].text, "湖南省市场监管重点领域企业清单（食品生产企业）");
}

TEST_F(CliTest, SigkillMidImportLeavesTheWholeBatchOrNothing) {
  // 20 000 penalties of one valid enterprise.
  const std::string first17 =
      "91430102MA4L0000" + std::string(1, core::org_code_check_char("MA4L0000"));
  const std::string uscc = first17 + core::uscc_check_char(first17);
  const auto file = dir_ / "big.csv";
  constexpr int kRows = 20000;
  {
    std::ofstream out(file, std::ios::binary);
    out << "处罚决定书文号,统一社会信用代码,企业名称,违法行为类型,处罚依据,处罚种类,罚款金额,"
           "处罚决定日期,处罚机关\n";
    for (int i = 0; i < kRows; ++i) {
      out << "湘4301市监处罚〔2025〕" << i << "号," << uscc
          << ",示例公司,违法行为,食品安全法,罚款,1000,2025-01-02,长沙市市场监督管理局\n";
    }
  }
  // Create and migrate the database first so that the kill lands inside the import.
  ASSERT_EQ(run({"import", "events", (kFixtures / "keylist-sample.csv").string()}), 2);

  std::vector<std::string> argv = {XJ_BINARY, "import", "penalties", file.string(), "--db", url_};
  auto pid = testing::spawn(argv, {dir_, dir_ / "killed.log", std::nullopt, true});
  ASSERT_TRUE(pid);
  std::this_thread::sleep_for(1500ms);
  ::kill(*pid, SIGKILL);
  auto status = testing::wait_exit(*pid, 60s);
  ASSERT_TRUE(status);
  const std::int64_t stored = count("SELECT COUNT(*) FROM penalties");
  EXPECT_TRUE(stored == 0 || stored == kRows) << stored;
  if (*status == 128 + SIGKILL) {
    EXPECT_EQ(stored, 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE status = 'running'"), 1);
  }

  // Re-delivery completes the batch without duplicates.
  EXPECT_EQ(run({"import", "penalties", file.string()}), 0) << out_;
  EXPECT_EQ(count("SELECT COUNT(*) FROM penalties"), kRows);
  EXPECT_EQ(count("SELECT COUNT(DISTINCT decision_no) FROM penalties"), kRows);
}

}  // namespace
}  // namespace xj::collection

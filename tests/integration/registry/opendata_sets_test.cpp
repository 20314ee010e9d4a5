// The open data sets abnormal_list, dishonest_list and spotcheck_results (formats.md "Open data
// sets") over HTTP, and `xinjian export opendata` writing every set for the business date, on
// both backends.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "registry_fixture.h"
#include "support/child_process.h"

namespace xj::registry_test {
namespace {

using namespace std::chrono_literals;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::vector<std::string> lines_of(const std::string& body, std::string_view end) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < body.size()) {
    const auto next = body.find(end, at);
    out.push_back(body.substr(at, next - at));
    if (next == std::string::npos) break;
    at = next + end.size();
  }
  return out;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class OpenDataSetsTest : public RegistryTest {
 protected:
  void SetUp() override {
    RegistryTest::SetUp();
    if (HasFatalFailure() || IsSkipped()) return;
    start(day(2026, 6, 15));
    a_ = make_uscc("430102", "MA4L0021");
    b_ = make_uscc("430102", "MA4L0022");
    put_enterprise(a_, "长沙甲公司", "430102");
    put_enterprise(b_, "长沙乙公司", "430102");
    write([&](store::Session& s) -> Status {
      const char* abnormal =
          "INSERT INTO abnormal_entries (uscc, ground, listed_on, decision_no, authority, "
          "region_code, removed_on, removal_reason, removal_note, created_by) "
          "VALUES (?, ?, ?, ?, '长沙市市场监督管理局', '430102', ?, ?, ?, 'officer_wang')";
      XJ_CHECK(s.exec(abnormal, {a_, std::string("unreachable"), std::string("2026-01-05"),
                                 std::string("长市监异〔2026〕1号"), store::Value{}, store::Value{},
                                 store::Value{}}));
      XJ_CHECK(s.exec(abnormal, {b_, std::string("annual_report"), std::string("2025-07-01"),
                                 std::string("长市监异〔2025〕9号"), std::string("2026-03-01"),
                                 std::string("cured"), std::string("内部备注")}));
      XJ_CHECK(s.exec(abnormal, {b_, std::string("false_info"), std::string("2026-06-16"),
                                 std::string("长市监异〔2026〕8号"), store::Value{}, store::Value{},
                                 store::Value{}}));  // listed tomorrow: not yet
      const char* dishonest =
          "INSERT INTO dishonest_entries (uscc, basis_type, basis_id, grounds, decision_no, "
          "authority, listed_on, expires_on, status, region_code, proposed_by, approved_by) "
          "VALUES (?, 'penalty', ?, ?, ?, '湖南省市场监督管理局', ?, ?, ?, '430102', "
          "'officer_li', 'chief_zhao')";
      XJ_CHECK(s.exec(dishonest, {a_, std::string("湘市监罚〔2025〕1号"),
                                  std::string("生产不符合食品安全标准的食品，联系人13812341234"),
                                  std::string("湘市监失〔2025〕1号"), std::string("2025-06-01"),
                                  std::string("2028-06-01"), std::string("active")}));
      XJ_CHECK(s.exec(dishonest, {b_, std::string("湘市监罚〔2022〕2号"), std::string("过期"),
                                  std::string("湘市监失〔2022〕2号"), std::string("2022-06-01"),
                                  std::string("2025-06-01"), std::string("active")}));
      XJ_CHECK(s.exec(dishonest, {b_, std::string("湘市监罚〔2026〕3号"), std::string("待批"),
                                  std::string("湘市监失〔2026〕3号"), std::string("2026-06-01"),
                                  std::string("2029-06-01"), std::string("pending_approval")}));
      return {};
    });
    auto inspection = [&](const std::string& no, const std::string& kind) {
      auto r = send("POST", "/api/v1/inspections", admin(),
                    json{{"inspection_no", no},
                         {"uscc", a_},
                         {"name", "长沙甲公司"},
                         {"kind", kind},
                         {"matter", "食品生产许可条件检查"},
                         {"checked_on", "2026-05-10"},
                         {"result", "发现问题已责令改正"},
                         {"findings", "负责人电话13912345678"},
                         {"authority", "长沙市市场监督管理局"}}
                        .dump());
      ASSERT_LT(r.status, 300) << r.body;
    };
    inspection("SJ-2026-001", "双随机抽查");
    inspection("JC-2026-002", "监督检查");
  }

  std::string a_, b_;
};

TEST_F(OpenDataSetsTest, ListsShowEntriesInForceTodayWithPublicFieldsOnly) {
  auto abnormal = send("GET", "/api/v1/public/opendata/abnormal_list.csv");
  ASSERT_EQ(abnormal.status, 200);
  ASSERT_TRUE(abnormal.body.starts_with(kBom));
  auto rows = lines_of(abnormal.body.substr(kBom.size()), "\r\n");
  ASSERT_EQ(rows.size(), 2u) << abnormal.body;
  EXPECT_EQ(rows[0], "编号,统一社会信用代码,企业名称,列入原因,列入日期,决定书文号,作出决定机关");
  EXPECT_NE(rows[1].find(a_ + ",长沙甲公司,通过登记的住所或经营场所无法联系,2026-01-05"),
            std::string::npos);

  auto dishonest = send("GET", "/api/v1/public/opendata/dishonest_list.jsonl");
  ASSERT_EQ(dishonest.status, 200);
  auto lines = lines_of(dishonest.body, "\n");
  ASSERT_EQ(lines.size(), 1u) << dishonest.body;
  const json d = json::parse(lines[0]);
  EXPECT_EQ(d.at("uscc"), a_);
  EXPECT_EQ(d.at("name"), "长沙甲公司");
  EXPECT_EQ(d.at("listed_on"), "2025-06-01");
  EXPECT_EQ(d.at("expires_on"), "2028-06-01");
  EXPECT_EQ(d.at("grounds"), "生产不符合食品安全标准的食品，联系人138****1234");

  for (const auto& body : {abnormal.body, dishonest.body}) {
    for (const char* secret : {"officer_", "chief_", "内部备注", "13812341234", "待批", "过期"}) {
      EXPECT_EQ(body.find(secret), std::string::npos) << secret;
    }
  }
}

TEST_F(OpenDataSetsTest, SpotcheckResultsAreThePublicDoubleRandomInspections) {
  auto r = send("GET", "/api/v1/public/opendata/spotcheck_results.jsonl");
  ASSERT_EQ(r.status, 200);
  auto lines = lines_of(r.body, "\n");
  ASSERT_EQ(lines.size(), 1u) << r.body;
  const json row = json::parse(lines[0]);
  EXPECT_EQ(row.at("inspection_no"), "SJ-2026-001");
  EXPECT_EQ(row.at("results"), json::array({"发现问题已责令改正"}));
  EXPECT_EQ(row.at("findings"), "负责人电话139****5678");
  json catalogue = get_json("/api/v1/public/opendata");
  std::set<std::string> names;
  for (const auto& set : catalogue.at("datasets")) names.insert(set.at("name"));
  for (const char* name : {"abnormal_list", "dishonest_list", "spotcheck_results"}) {
    EXPECT_TRUE(names.contains(name)) << name;
  }
}

TEST_F(OpenDataSetsTest, CliExportsEverySetForTheBusinessDate) {
  stop();
  const auto dir = testing::temp_dir();
  const auto run = [&](std::vector<std::string> args) {
    std::vector<std::string> argv{XJ_BINARY, "export", "opendata"};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--db", url_});
    auto pid = testing::spawn(argv, {dir, dir / "export.log", std::nullopt, true});
    EXPECT_TRUE(pid) << pid.error().message;
    auto status = testing::wait_exit(*pid, 120s);
    EXPECT_TRUE(status) << testing::tail_of(dir / "export.log");
    return status.value_or(-1);
  };
  ASSERT_EQ(run({"--today", "2026-06-15", "--out", (dir / "sets").string()}), 0)
      << testing::tail_of(dir / "export.log");
  for (const auto& set : {"keylist", "licences", "penalties", "inspections", "abnormal_list",
                          "dishonest_list", "spotcheck_results"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / "sets" / (std::string(set) + ".csv"))) << set;
  }
  const std::string abnormal = read_file(dir / "sets" / "abnormal_list.csv");
  EXPECT_EQ(lines_of(abnormal.substr(kBom.size()), "\r\n").size(), 2u);
  // On 2026-02-01 b's first entry (removed 2026-03-01) was still in force beside a's.
  ASSERT_EQ(run({"--today", "2026-02-01", "--dataset", "abnormal_list", "--format", "jsonl",
                 "--out", (dir / "abnormal.jsonl").string()}),
            0);
  EXPECT_EQ(lines_of(read_file(dir / "abnormal.jsonl"), "\n").size(), 2u);
  EXPECT_FALSE(std::filesystem::exists(dir / "abnormal.jsonl.partial"));
  EXPECT_EQ(run({"--dataset", "nope"}), 2);
  EXPECT_EQ(run({"--format", "xlsx"}), 2);
}

}  // namespace
}  // namespace xj::registry_test

// Open data on both backends: the catalogue, and each set as CSV (BOM, Chinese header, RFC 4180)
// and JSON Lines, with only public fields of records public today.
#include <sstream>

#include "disclosure_fixture.h"

namespace xj::disclosure_test {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

class OpenDataTest : public DisclosureTest {
 protected:
  void SetUp() override {
    DisclosureTest::SetUp();
    if (HasFatalFailure() || IsSkipped()) return;
    add_sample();
    // On 2024-04-05 the 3-month penalty (last day 2024-04-04) is gone, the 3-year one is public.
    add_penalty(penalty("P1-三个月", "2024-01-05", {"通报批评"}, std::nullopt));
    collection::Penalty three_years =
        penalty("P2-三年", "2024-03-15", {"警告", "罚款"}, 200'000'50);
    three_years.confiscation_fen = 7;
    add_penalty(three_years);
    collection::Penalty hidden = penalty("P6-不公示", "2024-01-05", {"罚款"}, 200'000'00);
    hidden.is_public = false;
    add_penalty(hidden);
    collection::Penalty quoted = penalty("P9-引号", "2024-03-16", {"罚款"}, 200'000'00);
    quoted.facts = "a,\"b\"\nc";
    add_penalty(quoted);
  }

  // The lines of a body; a final terminator ends the last line (no empty piece after it).
  static std::vector<std::string> lines(const std::string& body, std::string_view end = "\r\n") {
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

  static void expect_no_internal_data(const std::string& body) {
    for (const char* secret : {kPhone, kIdCard, "15012345678", kInspectorName, "43010200001",
                               "CJ-2", "P6-不公示", "P1-三个月", "risk", "is_public"}) {
      EXPECT_EQ(body.find(secret), std::string::npos) << secret << " in " << body;
    }
  }
};

TEST_F(OpenDataTest, PenaltiesCsv) {
  start(day(2024, 4, 5));
  ClientResponse r = get("/api/v1/public/opendata/penalties.csv");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type"), "text/csv; charset=utf-8");
  ASSERT_TRUE(r.body.starts_with(kBom));
  expect_no_internal_data(r.body);
  const auto rows = lines(r.body.substr(kBom.size()));
  ASSERT_GE(rows.size(), 3u);
  EXPECT_EQ(rows[0],
            "处罚决定书文号,统一社会信用代码,企业名称,违法行为类型,违法事实,处罚依据,处罚种类,"
            "罚款金额（元）,没收金额（元）,处罚决定日期,处罚机关,公示截止日期");
  EXPECT_EQ(rows[1], std::string("P2-三年,") + kUscc + "," + kName +
                         ",生产经营超过保质期的食品,当事人（负责人身份证号430102********1234，电话"
                         "138****1234）销售过期食品。,《中华人民共和国食品安全法》第一百二十四条,"
                         "警告；罚款,200000.5,0.07,2024-03-15,长沙市市场监督管理局,2027-03-14");
  // RFC 4180: the field with a comma, quotes and a line break is quoted, quotes doubled.
  EXPECT_NE(r.body.find(",\"a,\"\"b\"\"\nc\","), std::string::npos);
  EXPECT_TRUE(r.body.ends_with("\r\n"));
}

TEST_F(OpenDataTest, PenaltiesJsonLines) {
  start(day(2024, 4, 5));
  ClientResponse r = get("/api/v1/public/opendata/penalties.jsonl");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(r.body.starts_with(kBom));
  expect_no_internal_data(r.body);
  auto rows = lines(r.body, "\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_TRUE(r.body.ends_with("\n"));
  const json first = json::parse(rows[0]);
  EXPECT_EQ(first.at("decision_no"), "P2-三年");
  EXPECT_EQ(first.at("penalty_types"), (json{"警告", "罚款"}));
  EXPECT_EQ(first.at("fine_yuan").dump(), "200000.5");
  EXPECT_EQ(first.at("confiscation_yuan").dump(), "0.07");
  EXPECT_EQ(first.at("public_until"), "2027-03-14");
  EXPECT_EQ(json::parse(rows[1]).at("facts"), "a,\"b\"\nc");
}

TEST_F(OpenDataTest, TheDayDecides) {
  start(day(2024, 4, 4));
  EXPECT_NE(get("/api/v1/public/opendata/penalties.csv").body.find("P1-三个月"), std::string::npos);
  start(day(2027, 3, 16));
  const auto rows = lines(get("/api/v1/public/opendata/penalties.csv").body);
  EXPECT_EQ(rows.size(), 1u);  // the header only
}

TEST_F(OpenDataTest, KeylistLicencesInspections) {
  start(day(2025, 1, 1));
  ClientResponse keylist = get("/api/v1/public/opendata/keylist.csv");
  ASSERT_EQ(keylist.status, 200);
  expect_no_internal_data(keylist.body);
  EXPECT_EQ(lines(keylist.body.substr(kBom.size())),
            (std::vector<std::string>{"领域,子类,统一社会信用代码,企业名称,许可证编号,列入日期",
                                      std::string("食品生产企业,普通食品,") + kUscc + "," + kName +
                                          ",SC10143010200012,2024-01-10"}));

  // Past valid_until (2024-12-31) a 有效 licence reads 过期.
  const json licence =
      json::parse(lines(get("/api/v1/public/opendata/licences.jsonl").body, "\n")[0]);
  EXPECT_EQ(licence.at("status"), "过期");
  EXPECT_EQ(licence.at("licence_no"), "SC10143010200012");

  ClientResponse inspections = get("/api/v1/public/opendata/inspections.jsonl");
  expect_no_internal_data(inspections.body);
  const auto rows = lines(inspections.body, "\n");
  ASSERT_EQ(rows.size(), 1u);
  const json inspection = json::parse(rows[0]);
  EXPECT_EQ(inspection.at("inspection_no"), "CJ-1");
  EXPECT_EQ(inspection.at("findings"), "现场负责人（手机150****5678）未能提供进货查验记录");
  EXPECT_EQ(inspection.at("results"), (json{"发现问题已责令改正", "未按规定公示应当公示的信息"}));
  EXPECT_TRUE(inspection.at("product").is_null());
}

TEST_F(OpenDataTest, Catalogue) {
  start(day(2024, 4, 5));
  const json catalogue = get_json("/api/v1/public/opendata");
  EXPECT_EQ(catalogue.at("as_of"), "2024-04-05");
  EXPECT_FALSE(catalogue.at("licence").get<std::string>().empty());
  std::map<std::string, json> sets;
  for (const auto& set : catalogue.at("datasets")) sets[set.at("name")] = set;
  ASSERT_EQ(sets.size(), 7u);
  EXPECT_EQ(sets.at("penalties").at("row_count"), 2);
  EXPECT_EQ(sets.at("keylist").at("row_count"), 1);
  EXPECT_EQ(sets.at("licences").at("row_count"), 1);
  EXPECT_EQ(sets.at("inspections").at("row_count"), 1);
  EXPECT_EQ(sets.at("penalties").at("urls").at("csv"), "/api/v1/public/opendata/penalties.csv");
  EXPECT_EQ(sets.at("penalties").at("columns").at(0),
            (json{{"key", "decision_no"}, {"title", "处罚决定书文号"}}));
  EXPECT_TRUE(sets.at("penalties").at("last_updated").is_null());  // no outbox events yet

  // A recorded change moves the outbox head: counts and last_updated follow.
  add_penalty(penalty("P10-新", "2024-04-01", {"罚款"}, 200'000'00));
  write([](store::Session& s) -> Status {
    XJ_CHECK(s.exec("INSERT INTO outbox (type, uscc, payload) VALUES (?, ?, ?)",
                    {std::string("penalty.created"), std::string(kUscc), std::string("{}")}));
    return {};
  });
  const json after = get_json("/api/v1/public/opendata");
  for (const auto& set : after.at("datasets")) {
    if (set.at("name") != "penalties") continue;
    EXPECT_EQ(set.at("row_count"), 3);
    EXPECT_TRUE(set.at("last_updated").is_string());
  }
}

TEST_F(OpenDataTest, UnknownSetsAndFormats) {
  start(day(2024, 4, 5));
  for (const char* path :
       {"/api/v1/public/opendata/enterprises.csv", "/api/v1/public/opendata/penalties.xml",
        "/api/v1/public/opendata/penalties"}) {
    ClientResponse r = get(path);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_NE(r.body.find("not_found"), std::string::npos);
  }
}

}  // namespace
}  // namespace xj::disclosure_test

// The credit report over HTTP on both backends: numbers unique and stored, the digest
// recomputed over GET /reports/{no} equals the stored one, canonical form, as_of boundaries to
// the day, errors, and no internal data on the page or in the JSON.
#include <regex>
#include <set>

#include "audit/digest.h"
#include "disclosure_fixture.h"

namespace xj::disclosure_test {
namespace {

constexpr const char* kReport = "/api/v1/public/enterprises/914403001922038216/report";

class ReportTest : public DisclosureTest {
 protected:
  // The sample with a 3-month penalty public 2024-01-05 … 2024-04-04, served on 2024-06-01.
  void SetUp() override {
    DisclosureTest::SetUp();
    add_sample();
    add_penalty(penalty("P1-三个月", "2024-01-05", {"通报批评"}, std::nullopt));
    add_penalty(penalty("P2-三年", "2024-03-15", {"罚款"}, 200'000'50));
    start(day(2024, 6, 1));
  }

  std::set<std::string> decisions(const json& canonical) {
    std::set<std::string> out;
    for (const auto& p : canonical.at("record").at("penalties"))
      out.insert(p.at("decision_no").get<std::string>());
    return out;
  }
};

TEST_F(ReportTest, StoredCanonicalJsonVerifiesWithSm3) {
  ClientResponse issued = get(std::string(kReport) + "?format=json");
  ASSERT_EQ(issued.status, 200) << issued.body;
  const std::string no = issued.header("x-xinjian-report-no");
  EXPECT_TRUE(std::regex_match(no, std::regex("XJ-20240601-[0-9]{6,}"))) << no;
  EXPECT_EQ(issued.header("x-xinjian-sm3"), audit::sm3_hex(issued.body));

  ClientResponse stored = get("/api/v1/public/reports/" + no);
  ASSERT_EQ(stored.status, 200) << stored.body;
  EXPECT_NE(stored.header("content-type").find("application/json"), std::string::npos);
  EXPECT_EQ(stored.body, issued.body);
  const std::string digest = stored.header("x-xinjian-sm3");
  EXPECT_EQ(digest.size(), 64u);
  EXPECT_EQ(audit::sm3_hex(stored.body), digest);

  // Canonical: sorted keys, no whitespace, raw UTF-8 — re-serialising changes nothing.
  const json doc = json::parse(stored.body);
  EXPECT_EQ(doc.dump(-1, ' ', false), stored.body);
  EXPECT_NE(stored.body.find(kName), std::string::npos);  // UTF-8, not \u escapes
  EXPECT_EQ(doc.at("report_no"), no);
  EXPECT_EQ(doc.at("as_of"), "2024-06-01");
  EXPECT_TRUE(std::regex_match(doc.at("issued_at").get<std::string>(),
                               std::regex("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")));
  EXPECT_EQ(doc.at("record").at("uscc"), kUscc);
  EXPECT_EQ(doc.at("record").at("penalties").at(0).at("fine_yuan"), 200000.5);
}

TEST_F(ReportTest, HtmlPagePrintsNumberDigestAndVerificationUrl) {
  ClientResponse page = get(kReport);
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.header("content-type").find("text/html"), std::string::npos);
  const std::string no = page.header("x-xinjian-report-no");
  const std::string digest = page.header("x-xinjian-sm3");
  EXPECT_NE(page.body.find(no), std::string::npos);
  EXPECT_NE(page.body.find(digest), std::string::npos);
  EXPECT_NE(page.body.find("/api/v1/public/reports/" + no), std::string::npos);
  EXPECT_NE(page.body.find("@page"), std::string::npos);
  EXPECT_NE(page.body.find("信用报告"), std::string::npos);
  ClientResponse stored = get("/api/v1/public/reports/" + no);
  ASSERT_EQ(stored.status, 200);
  EXPECT_EQ(audit::sm3_hex(stored.body), digest);
}

TEST_F(ReportTest, NumbersAreUnique) {
  std::set<std::string> numbers;
  for (int i = 0; i < 5; ++i) {
    ClientResponse r = get(std::string(kReport) + "?format=json");
    ASSERT_EQ(r.status, 200);
    numbers.insert(r.header("x-xinjian-report-no"));
  }
  EXPECT_EQ(numbers.size(), 5u);
}

TEST_F(ReportTest, AsOfBoundariesToTheDay) {
  // P1 lapsed after 2024-04-04: in a report as of that day, not as of the next or today.
  EXPECT_EQ(decisions(get_json(std::string(kReport) + "?format=json&as_of=2024-04-04")),
            (std::set<std::string>{"P1-三个月", "P2-三年"}));
  EXPECT_EQ(decisions(get_json(std::string(kReport) + "?format=json&as_of=2024-04-05")),
            std::set<std::string>{"P2-三年"});
  EXPECT_EQ(decisions(get_json(std::string(kReport) + "?format=json")),
            std::set<std::string>{"P2-三年"});
  // Before P2 was decided and before the inspection was made.
  const json early = get_json(std::string(kReport) + "?format=json&as_of=2024-03-14");
  EXPECT_EQ(decisions(early), std::set<std::string>{"P1-三个月"});
  EXPECT_TRUE(early.at("record").at("inspections").empty());
  // The licence (valid until 2024-12-31) reads 有效 on both dates.
  EXPECT_EQ(early.at("record").at("licences").at(0).at("status"), "有效");

  ClientResponse future = get(std::string(kReport) + "?as_of=2024-06-02");
  EXPECT_EQ(future.status, 422) << future.body;
  EXPECT_NE(future.body.find("invalid_date"), std::string::npos);
  EXPECT_EQ(get(std::string(kReport) + "?as_of=2024-06-01").status, 200);
  EXPECT_EQ(get(std::string(kReport) + "?as_of=yesterday").status, 422);
}

TEST_F(ReportTest, Errors) {
  ClientResponse bad = get("/api/v1/public/enterprises/914403001922038217/report");
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("invalid_uscc"), std::string::npos) << bad.body;
  EXPECT_EQ(get("/api/v1/public/enterprises/91440300708461136T/report").status, 404);
  EXPECT_EQ(get("/api/v1/public/reports/XJ-20240601-999999").status, 404);
  EXPECT_EQ(get("/api/v1/public/reports/x").status, 404);
  EXPECT_EQ(get(std::string(kReport) + "?format=pdf").status, 400);
}

TEST_F(ReportTest, NoInternalDataOnThePageOrInTheJson) {
  for (const std::string& target : {std::string(kReport), std::string(kReport) + "?format=json",
                                    std::string(kReport) + "?format=json&as_of=2024-04-04"}) {
    ClientResponse r = get(target);
    ASSERT_EQ(r.status, 200) << target;
    for (const char* secret :
         {kPhone, kIdCard, kInspectorName, "CJ-2", "15012345678", "risk", "联系电话"}) {
      EXPECT_EQ(r.body.find(secret), std::string::npos) << target << " leaks " << secret;
    }
  }
}

}  // namespace
}  // namespace xj::disclosure_test

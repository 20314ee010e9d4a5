// The credit report over HTTP on both backends: numbers unique and stored, the digest
// recomputed over GET /reports/{no} equals the stored one, canonical form, as_of boundaries to
// the day, errors, no internal data on the page, in the JSON or in the PDF's text, and the PDF
// (format=pdf) carrying the same issued report — its text read back with pdftotext
// (poppler-utils; skipped with a message when missing, unless CI=true). The HTML page and the
// PDF have the same title and the same sections in the same order, commitments and the
// abnormal and dishonest lists included, with the page's values HTML-escaped.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <sstream>

#include "audit/digest.h"
#include "disclosure_fixture.h"
#include "http/report_values.h"
#include "support/child_process.h"

namespace xj::disclosure_test {
namespace {

constexpr const char* kReport = "/api/v1/public/enterprises/914403001922038216/report";

// The pdftotext program on PATH, if any.
std::optional<std::filesystem::path> find_pdftotext() {
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "/usr/bin:/bin");
  for (std::string dir; std::getline(dirs, dir, ':');) {
    const std::filesystem::path candidate = std::filesystem::path(dir) / "pdftotext";
    if (!dir.empty() && ::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}

// The text of `pdf` as pdftotext extracts it (UTF-8, reading order).
std::string pdf_text(const std::filesystem::path& tool, const std::string& pdf) {
  static int serial = 0;
  const std::filesystem::path dir = testing::temp_dir();
  const std::string stem = "report-" + std::to_string(++serial);
  const std::filesystem::path in = dir / (stem + ".pdf");
  const std::filesystem::path out = dir / (stem + ".txt");
  std::ofstream(in, std::ios::binary) << pdf;
  auto pid = testing::spawn({tool.string(), "-enc", "UTF-8", in.string(), out.string()},
                            {dir, dir / (stem + ".log"), std::nullopt, false});
  EXPECT_TRUE(pid) << pid.error().message;
  if (!pid) return "";
  EXPECT_EQ(testing::wait_exit(*pid, std::chrono::seconds(30)), 0)
      << testing::tail_of(dir / (stem + ".log"));
  std::ostringstream text;
  text << std::ifstream(out, std::ios::binary).rdbuf();
  return text.str();
}

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

  // pdftotext, or nullopt after GTEST_SKIP-worthy absence (a failure under CI=true).
  std::optional<std::filesystem::path> pdftotext_or_skip() {
    auto tool = find_pdftotext();
    if (!tool && in_ci())
      ADD_FAILURE() << "pdftotext missing under CI=true (scripts/install-deps --test)";
    return tool;
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

TEST_F(ReportTest, PdfIsTheIssuedReportWithItsDigestOnEveryPage) {
  ClientResponse pdf = get(std::string(kReport) + "?format=pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  const std::string no = pdf.header("x-xinjian-report-no");
  EXPECT_TRUE(std::regex_match(no, std::regex("XJ-20240601-[0-9]{6,}"))) << no;
  EXPECT_EQ(pdf.header("content-disposition"), "inline; filename=\"" + no + ".pdf\"");
  EXPECT_EQ(pdf.header("cache-control"), "no-store");
  ASSERT_GT(pdf.body.size(), 1000u);
  EXPECT_EQ(pdf.body.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.body.find("%%EOF"), std::string::npos);

  // Stored like any report: the canonical JSON under the number, digested as the header says.
  const std::string digest = pdf.header("x-xinjian-sm3");
  ClientResponse stored = get("/api/v1/public/reports/" + no);
  ASSERT_EQ(stored.status, 200) << stored.body;
  EXPECT_EQ(audit::sm3_hex(stored.body), digest);
  EXPECT_EQ(stored.header("x-xinjian-sm3"), digest);
  EXPECT_EQ(json::parse(stored.body).at("report_no"), no);

  auto tool = pdftotext_or_skip();
  if (!tool) GTEST_SKIP() << "pdftotext (poppler-utils) not installed: PDF text not checked";
  const std::string text = pdf_text(*tool, pdf.body);
  for (const std::string& expected :
       {std::string(kName), std::string(kUscc), no, digest, std::string("P2-三年"),
        "/api/v1/public/reports/" + no, std::string("2024-06-01"), std::string("企业信用报告"),
        std::string("双随机抽查"), std::string("SC10143010200012")}) {
    EXPECT_NE(text.find(expected), std::string::npos) << "missing " << expected << "\n" << text;
  }
  // The digest and the verification URL are in the footer of every page.
  const auto pages = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\f'));
  EXPECT_GE(pages, 1u);
  std::size_t digests = 0;
  for (auto at = text.find(digest); at != std::string::npos; at = text.find(digest, at + 1))
    ++digests;
  EXPECT_EQ(digests, pages + 1) << "once per footer plus the verification section";
  EXPECT_EQ(text.find("P1-三个月"), std::string::npos);  // lapsed on 2024-04-04
}

TEST_F(ReportTest, PdfAsOfADateShowsWhatWasPublicThen) {
  auto tool = pdftotext_or_skip();
  if (!tool) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
  ClientResponse pdf = get(std::string(kReport) + "?format=pdf&as_of=2024-04-04");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  const std::string text = pdf_text(*tool, pdf.body);
  EXPECT_NE(text.find("P1-三个月"), std::string::npos) << text;
  EXPECT_NE(text.find("P2-三年"), std::string::npos) << text;
  EXPECT_NE(text.find("2024-04-04"), std::string::npos) << text;
}

// A commitment, an abnormal operation entry and an active dishonest entry with internal notes
// that must not be printed; the commitment's text needs HTML escaping.
class ReportListsTest : public ReportTest {
 protected:
  static constexpr const char* kInternalNote = "内部核查备注";
  static constexpr const char* kOfficer = "officer_secret";

  void SetUp() override {
    ReportTest::SetUp();
    write([&](store::Session& s) -> Status {
      XJ_CHECK(
          s.exec("INSERT INTO commitments (uscc, kind, text, made_on, verification_result, note, "
                 "is_public, region_code, created_by) VALUES (?, 'voluntary', ?, '2024-02-01', "
                 "'pending', ?, 1, '430102', ?)",
                 {std::string(kUscc), std::string("承诺<依法>经营 & 守信"),
                  std::string(kInternalNote), std::string(kOfficer)}));
      XJ_CHECK(
          s.exec("INSERT INTO abnormal_entries (uscc, ground, listed_on, decision_no, authority, "
                 "region_code, created_by) VALUES (?, 'unreachable', '2024-03-01', "
                 "'长市监异〔2024〕7号', '长沙市市场监督管理局', '430102', ?)",
                 {std::string(kUscc), std::string(kOfficer)}));
      XJ_CHECK(s.exec(
          "INSERT INTO dishonest_entries (uscc, basis_type, basis_id, grounds, decision_no, "
          "authority, listed_on, expires_on, status, region_code, proposed_by, approved_by, "
          "removal_note) VALUES (?, 'penalty', 'P2-三年', '生产不符合食品安全标准的食品', "
          "'湘市监失〔2024〕2号', '湖南省市场监督管理局', '2024-04-01', '2027-04-01', 'active', "
          "'430102', ?, ?, ?)",
          {std::string(kUscc), std::string(kOfficer), std::string(kOfficer),
           std::string(kInternalNote)}));
      return {};
    });
  }

  // Each section heading of the report, in order (the titles do not depend on the record).
  static std::vector<std::string> headings() {
    std::vector<std::string> out;
    for (const auto& s : http::report_sections({})) out.emplace_back(s.title);
    out.emplace_back(http::report_verification("", "").title);
    return out;
  }

  // Expects every heading in `text`, in order.
  static void expect_headings_in_order(const std::string& text) {
    std::size_t last = 0;
    for (const auto& h : headings()) {
      const std::size_t at = text.find(h, last);
      ASSERT_NE(at, std::string::npos) << "missing or out of order: " << h << "\n" << text;
      last = at + h.size();
    }
  }
};

TEST_F(ReportListsTest, HtmlShowsCommitmentsAndBothListsLikeThePdf) {
  ClientResponse page = get(kReport);
  ASSERT_EQ(page.status, 200) << page.body;
  const std::string no = page.header("x-xinjian-report-no");
  EXPECT_NE(page.body.find("<title>企业信用报告 " + no + "</title>"), std::string::npos);
  EXPECT_NE(page.body.find("<h1>企业信用报告</h1>"), std::string::npos);
  EXPECT_EQ(page.body.find("市场主体公示信用报告"), std::string::npos);
  expect_headings_in_order(page.body);
  for (const char* expected :
       {"<th>承诺类型</th><td>主动承诺 (voluntary)</td>",
        "<th>承诺内容</th><td>承诺&lt;依法&gt;经营 &amp; 守信</td>",
        "<th>承诺日期</th><td>2024-02-01</td>", "<th>核查结果</th><td>待核查 (pending)</td>",
        "<th>列入事由</th><td>通过登记的住所或经营场所无法联系</td>", "<th>列入日期</th><td>2024-03-01</td>",
        "<th>决定书文号</th><td>长市监异〔2024〕7号</td>",
        "<th>列入事由</th><td>生产不符合食品安全标准的食品</td>",
        "<th>届满日期</th><td>2027-04-01</td>",
        "<th>作出决定机关</th><td>湖南省市场监督管理局</td>"}) {
    EXPECT_NE(page.body.find(expected), std::string::npos) << "missing " << expected;
  }
  EXPECT_EQ(page.body.find("承诺<依法>"), std::string::npos) << "not escaped";
  for (const char* secret : {kInternalNote, kOfficer, "approved_by", "removal"})
    EXPECT_EQ(page.body.find(secret), std::string::npos) << "leaks " << secret;

  auto tool = pdftotext_or_skip();
  if (!tool) GTEST_SKIP() << "pdftotext (poppler-utils) not installed: PDF text not checked";
  ClientResponse pdf = get(std::string(kReport) + "?format=pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  const std::string text = pdf_text(*tool, pdf.body);
  expect_headings_in_order(text);
  for (const char* expected : {"企业信用报告", "主动承诺 (voluntary)", "长市监异〔2024〕7号",
                               "湘市监失〔2024〕2号", "2027-04-01"})
    EXPECT_NE(text.find(expected), std::string::npos) << "missing " << expected << "\n" << text;
  for (const char* secret : {kInternalNote, kOfficer})
    EXPECT_EQ(text.find(secret), std::string::npos) << "PDF leaks " << secret;
}

TEST_F(ReportTest, EmptySectionsSayNoneOnThePage) {
  ClientResponse page = get(kReport);
  ASSERT_EQ(page.status, 200) << page.body;
  // Commitments, the abnormal and the dishonest list are empty for the sample.
  std::size_t nones = 0;
  for (auto at = page.body.find("无 (none)"); at != std::string::npos;
       at = page.body.find("无 (none)", at + 1))
    ++nones;
  EXPECT_EQ(nones, 3u) << page.body;
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
  EXPECT_EQ(get(std::string(kReport) + "?format=docx").status, 400);
}

TEST_F(ReportTest, NoInternalDataInThePdfText) {
  auto tool = pdftotext_or_skip();
  if (!tool) GTEST_SKIP() << "pdftotext (poppler-utils) not installed";
  for (const std::string& target : {std::string(kReport) + "?format=pdf",
                                    std::string(kReport) + "?format=pdf&as_of=2024-04-04"}) {
    ClientResponse r = get(target);
    ASSERT_EQ(r.status, 200) << target;
    const std::string text = pdf_text(*tool, r.body);
    ASSERT_FALSE(text.empty()) << target;
    // ("risk" is left out: the closing note says in English that risk classes are not public.)
    for (const char* secret :
         {kPhone, kIdCard, kInspectorName, "CJ-2", "15012345678", "联系电话"}) {
      EXPECT_EQ(text.find(secret), std::string::npos) << target << " leaks " << secret;
    }
  }
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

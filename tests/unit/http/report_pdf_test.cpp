// The credit report PDF renderer without a server: a valid A4 PDF, the same bytes for the same
// report, non-embedded Chinese CID fonts, page breaks for long records (many entries, one text
// longer than a page) and characters outside GBK that do not stop the rendering. The text itself
// is read back with pdftotext in the disclosure integration suite. The sections the PDF and the
// HTML page share (http/report_values.h): order, entries, labels and the Chinese for codes.
#include "http/report_pdf.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "http/report_page.h"
#include "http/report_values.h"

namespace xj::http {
namespace {

const ReportHeader kHeader{"XJ-20240601-000123", "2024-06-01", "2024-06-01T02:03:04Z"};
const std::string kSm3(64, 'a');
constexpr const char* kUrl = "http://127.0.0.1/api/v1/public/reports/XJ-20240601-000123";

disclosure::PublicRecord sample(int penalties, std::string facts = "当事人销售过期食品。") {
  disclosure::PublicRecord r;
  r.uscc = "914403001922038216";
  r.name = "长沙市示例食品有限公司";
  r.region_code = "430102";
  for (int i = 0; i < penalties; ++i) {
    disclosure::PublicPenalty p;
    p.decision_no = "长市监罚〔2024〕" + std::to_string(i + 1) + "号";
    p.violation_type = "生产经营超过保质期的食品";
    p.facts = facts;
    p.legal_basis = "《中华人民共和国食品安全法》第一百二十四条";
    p.penalty_types = {"警告", "罚款"};
    p.fine_fen = 200'000'50;
    p.decided_on = "2024-03-15";
    p.authority = "长沙市市场监督管理局";
    p.public_until = *core::Date::from_ymd(2027, 3, 14);
    r.penalties.push_back(p);
  }
  return r;
}

std::string render(const disclosure::PublicRecord& record) {
  auto pdf = report_pdf(kHeader, record, kSm3, kUrl);
  EXPECT_TRUE(pdf) << pdf.error().message;
  return pdf ? *pdf : std::string();
}

// The page count of the page tree (libharu writes the dictionaries uncompressed).
int pages(const std::string& pdf) {
  std::smatch m;
  if (!std::regex_search(pdf, m, std::regex("/Type /Pages[^>]*/Count ([0-9]+)"))) return 0;
  return std::stoi(m[1]);
}

TEST(ReportPdf, IsAnA4PdfWithNonEmbeddedChineseFonts) {
  const std::string pdf = render(sample(1));
  ASSERT_GT(pdf.size(), 1000u);
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf.rfind("%%EOF"), std::string::npos);
  EXPECT_NE(pdf.find("/MediaBox [ 0 0 595.276 841.89"), std::string::npos);
  EXPECT_NE(pdf.find("/BaseFont /SimSun"), std::string::npos);
  EXPECT_NE(pdf.find("/Encoding /GBK-EUC-H"), std::string::npos);
  EXPECT_EQ(pdf.find("/FontFile"), std::string::npos);  // nothing embedded
  EXPECT_NE(pdf.find("/CreationDate (D:20240601020304Z"), std::string::npos);
}

TEST(ReportPdf, SameReportSameBytes) {
  EXPECT_EQ(render(sample(3)), render(sample(3)));
  ReportHeader other = kHeader;
  other.report_no = "XJ-20240601-000124";
  auto pdf = report_pdf(other, sample(3), kSm3, kUrl);
  ASSERT_TRUE(pdf);
  EXPECT_NE(*pdf, render(sample(3)));
}

TEST(ReportPdf, LongRecordsFlowOntoMorePages) {
  const int one = pages(render(sample(1)));
  EXPECT_GE(one, 1);
  EXPECT_GT(pages(render(sample(40))), one + 5);
  // A text longer than a page continues on the next page instead of being cut.
  std::string long_facts;
  for (int i = 0; i < 400; ++i) long_facts += "经查，当事人于二〇二四年三月销售超过保质期的糕点。";
  EXPECT_GT(pages(render(sample(1, long_facts))), one + 2);
}

TEST(ReportPdf, CharactersOutsideGbkAndControlsDoNotStopIt) {
  const std::string pdf = render(sample(2, "表情😀，生僻字𠀀，制表\t换行\r\n第二行\x01。"));
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
}

TEST(ReportSections, ListsAndCommitmentsInOrderWithTheirLabels) {
  disclosure::PublicRecord r = sample(1);
  r.commitments.push_back({1, "approval", "承诺符合许可条件", "2024-02-01", "inconsistent"});
  r.abnormal_list.push_back({2, "unreachable", "2024-03-01", std::nullopt, "长沙市市场监督管理局"});
  r.dishonest_list.push_back(
      {3, "生产不合格食品", "2024-04-01", "2027-04-01", "湘市监失〔2024〕2号", std::nullopt});
  const auto sections = report_sections(r);
  ASSERT_EQ(sections.size(), 8u);
  EXPECT_EQ(sections[0].title, "一、基本信息 Basic data");
  EXPECT_EQ(sections[1].entries.size(), 0u);  // no key areas
  EXPECT_EQ(sections[3].entries.size(), 1u);  // the penalty
  ASSERT_EQ(sections[5].entries.size(), 1u);
  EXPECT_EQ(sections[5].title, "六、信用承诺 Credit commitments");
  EXPECT_EQ(sections[5].entries[0][0].label, "承诺类型");
  EXPECT_EQ(sections[5].entries[0][0].value, "告知承诺 (approval)");
  EXPECT_EQ(sections[5].entries[0][3].value, "核查不一致 (inconsistent)");
  ASSERT_EQ(sections[6].entries.size(), 1u);
  EXPECT_EQ(sections[6].entries[0][2].value, std::nullopt);  // no decision number: "—"
  ASSERT_EQ(sections[7].entries.size(), 1u);
  EXPECT_EQ(sections[7].entries[0][2].label, "届满日期");
  EXPECT_EQ(sections[7].entries[0][2].value, "2027-04-01");
  EXPECT_EQ(report_verification(kSm3, kUrl).title, "九、报告核验 Verification");

  // Both renderers take the record with every section filled.
  EXPECT_EQ(render(r).substr(0, 5), "%PDF-");
  const std::string page = report_page(kHeader, r, kSm3, kUrl);
  EXPECT_NE(page.find("<th>届满日期</th><td>2027-04-01</td>"), std::string::npos);
  EXPECT_NE(page.find("<th>决定书文号</th><td>—</td>"), std::string::npos);
}

TEST(ReportPage, EscapesEveryValue) {
  disclosure::PublicRecord r = sample(0);
  r.name = "<script>alert('x')</script> & Co";
  r.commitments.push_back({1, "voluntary", "\"承诺\"<b>", "2024-02-01", "pending"});
  const std::string page = report_page(kHeader, r, kSm3, kUrl);
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_EQ(page.find("<b>"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"),
            std::string::npos);
  EXPECT_NE(page.find("&quot;承诺&quot;&lt;b&gt;"), std::string::npos);
}

}  // namespace
}  // namespace xj::http

// The credit report PDF renderer without a server: a valid A4 PDF, the same bytes for the same
// report, non-embedded Chinese CID fonts, page breaks for long records (many entries, one text
// longer than a page) and characters outside GBK that do not stop the rendering. The text itself
// is read back with pdftotext in the disclosure integration suite.
#include "http/report_pdf.h"

#include <gtest/gtest.h>

#include <regex>
#include <string>

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

}  // namespace
}  // namespace xj::http

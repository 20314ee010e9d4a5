// PdfFlow: a small flowing layout for A4 documents in Chinese over libharu (libhpdf). Text comes
// in as UTF-8, is converted to GBK with iconv and set in libharu's predefined, NON-embedded CID
// fonts SimSun (body) and SimHei (titles) — Adobe-GB1, CMap GBK-EUC-H — so the reader supplies a
// Chinese font (docs/disclosure.md "PDF"). Characters outside GBK print as '?'.
//
//   PdfFlow pdf({"企业信用报告", {"SM3：…", "核验地址：…"}},
//               {"Credit report XJ-20240601-000001", "2024-06-01T02:03:04Z"});
//   pdf.title("企业信用报告", "Credit report");
//   pdf.heading("一、基本信息 Basic data");
//   pdf.fields({{"名称", "长沙市示例食品有限公司"}, {"住所", std::nullopt}});
//   XJ_TRY(std::string bytes, pdf.finish());
//
// Blocks flow down the page and onto new pages; lines are wrapped by measured width (between
// characters, or between words inside Latin text). finish() draws on every page the running
// header (its text left, "第 x / y 页 Page x of y" right) and the footer lines, then returns the
// PDF. Deterministic: the same calls give the same bytes (the creation date is PdfInfo's).
// Errors: finish() → internal when libharu fails (out of memory). Not thread-safe: one object
// per document; distinct objects may be used on distinct threads.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace xj::http {

struct PdfFurniture {
  std::string header;               // top left of every page
  std::vector<std::string> footer;  // bottom of every page, each wrapped to the text width
};

struct PdfInfo {
  std::string title;       // document title (ASCII shows everywhere; keep it ASCII)
  std::string created_at;  // RFC 3339 UTC "YYYY-MM-DDTHH:MM:SSZ"; other forms are left out
};

// One row of a bordered two-column table: label (grey) | value. A nullopt value prints "—".
struct PdfField {
  std::string label;
  std::optional<std::string> value;
};

class PdfFlow {
 public:
  PdfFlow(PdfFurniture furniture, const PdfInfo& info);
  ~PdfFlow();
  PdfFlow(const PdfFlow&) = delete;
  PdfFlow& operator=(const PdfFlow&) = delete;

  // A large centred title and a smaller subtitle below it.
  void title(std::string_view text, std::string_view subtitle);
  // A section heading with a rule under it; starts a new page unless a few lines fit below it.
  void heading(std::string_view text);
  // Wrapped text across the text width; `size` in points. A '\n' starts a new line.
  void paragraph(std::string_view text, float size = 9.0F);
  // One table of label | value rows, kept on one page when it fits on one; a row taller than a
  // page continues on the next.
  void fields(const std::vector<PdfField>& rows);
  // Vertical space in points (dropped at the top of a page).
  void gap(float points);

  // Draws the header and footer on every page and returns the PDF bytes. Call once.
  [[nodiscard]] Result<std::string> finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace xj::http

#include "http/pdf_flow.h"

#include <hpdf.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace xj::http {
namespace {

// A4 portrait, in points.
constexpr float kMargin = 50.0F;
constexpr float kHeaderBaseline = 36.0F;  // below the top edge
constexpr float kBodyTop = 60.0F;         // below the top edge
constexpr float kFooterBottom = 30.0F;    // baseline of the last footer line above the bottom edge
constexpr float kFurnitureSize = 7.5F;
constexpr float kFurnitureLine = 10.0F;
constexpr float kBodySize = 9.0F;
constexpr float kLeading = 1.45F;  // line height / font size
constexpr float kLabelWidth = 125.0F;
constexpr float kCellPadX = 4.0F;
constexpr float kCellPadY = 3.0F;
constexpr float kHeadingSize = 12.0F;

// A heading's height with the space above it and its rule.
constexpr float heading_height() { return kHeadingSize * (0.8F + 1.1F) + 10.0F; }

// UTF-8 → GBK, the byte encoding of the GBK-EUC-H CMap. A character GBK lacks (or a byte that is
// not UTF-8) becomes '?'; control characters other than '\n' become spaces.
class GbkEncoder {
 public:
  GbkEncoder() : cd_(iconv_open("GBK", "UTF-8")) {}
  ~GbkEncoder() {
    if (ok()) iconv_close(cd_);
  }
  GbkEncoder(const GbkEncoder&) = delete;
  GbkEncoder& operator=(const GbkEncoder&) = delete;

  bool ok() const { return cd_ != reinterpret_cast<iconv_t>(-1); }

  std::string encode(std::string_view utf8) {
    std::string out;
    if (!ok()) return out;
    std::string in(utf8);
    for (char& c : in) {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\n') c = ' ';
    }
    char* src = in.data();
    std::size_t src_left = in.size();
    std::string buf(in.size() + 4, '\0');  // GBK never takes more bytes than UTF-8
    while (src_left > 0) {
      char* dst = buf.data();
      std::size_t dst_left = buf.size();
      const std::size_t rc = iconv(cd_, &src, &src_left, &dst, &dst_left);
      out.append(buf.data(), buf.size() - dst_left);
      if (rc != static_cast<std::size_t>(-1)) break;
      if (errno == E2BIG) continue;
      // EILSEQ / EINVAL: drop one UTF-8 character (or one stray byte) and mark it.
      const std::size_t n = std::min(src_left, utf8_length(static_cast<unsigned char>(*src)));
      src += n;
      src_left -= n;
      out += '?';
      iconv(cd_, nullptr, nullptr, nullptr, nullptr);
    }
    return out;
  }

 private:
  static std::size_t utf8_length(unsigned char lead) {
    if (lead >= 0xF0 && lead < 0xF8) return 4;
    if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
    if (lead >= 0xC0) return 2;
    return 1;
  }

  iconv_t cd_;
};

// Chinese in the CID font, ASCII in a standard Latin font: the CID fonts' own Latin (the single
// bytes of GBK-EUC-H) is extracted by readers as full-width forms, so a digest or URL copied
// from the page would not match.
struct Typeface {
  HPDF_Font cjk = nullptr;
  HPDF_Font latin = nullptr;
};

bool is_gbk_lead(unsigned char b) { return b >= 0x81 && b <= 0xFE; }
bool is_word_byte(unsigned char b) { return b > 0x20 && b < 0x7F; }

// The bytes of the character at `i`: 2 for a GBK double-byte character, else 1.
std::size_t char_size(std::string_view s, std::size_t i) {
  return is_gbk_lead(static_cast<unsigned char>(s[i])) && i + 1 < s.size() ? 2 : 1;
}

HPDF_Font font_of(const Typeface& t, std::size_t char_bytes) {
  return char_bytes == 2 ? t.cjk : t.latin;
}

// Width in points of `run` set in `font` at `size`.
float run_width(HPDF_Font font, float size, std::string_view run) {
  const HPDF_TextWidth w = HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(run.data()),
                                               static_cast<HPDF_UINT>(run.size()));
  return static_cast<float>(w.width) * size / 1000.0F;
}

// Calls f(run, font) for each longest run of characters in one font, in order.
template <typename F>
void for_each_run(const Typeface& t, std::string_view s, F f) {
  std::size_t start = 0;
  while (start < s.size()) {
    const std::size_t kind = char_size(s, start);
    std::size_t end = start;
    while (end < s.size() && char_size(s, end) == kind) end += kind;
    f(s.substr(start, end - start), font_of(t, kind));
    start = end;
  }
}

float text_width(const Typeface& t, float size, std::string_view gbk) {
  float w = 0;
  for_each_run(t, gbk, [&](std::string_view run, HPDF_Font f) { w += run_width(f, size, run); });
  return w;
}

std::string trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return std::string(s);
}

// Full-width closing punctuation, which must not start a line (，。、；：？！）》」』”’〕】 in
// GBK).
bool is_closing_punctuation(std::string_view ch) {
  static constexpr std::string_view kClosing =
      "\xA3\xAC\xA1\xA3\xA1\xA2\xA3\xBB\xA3\xBA\xA3\xBF\xA3\xA1\xA3\xA9\xA1\xB7\xA1\xB9\xA1"
      "\xBB\xA1\xB1\xA1\xAF\xA1\xB3\xA1\xBF";
  if (ch.size() != 2) return false;
  for (std::size_t i = 0; i < kClosing.size(); i += 2) {
    if (kClosing.substr(i, 2) == ch) return true;
  }
  return false;
}

// The bytes of `para` from `pos` that fill at most `width` points (at least one character),
// ending before a run of Latin word characters that the width would cut, unless the run starts
// the line (a long code or URL is cut where the width ends), and never just before full-width
// closing punctuation.
std::size_t line_length(const Typeface& t, float size, std::string_view para, std::size_t pos,
                        float width) {
  float used = 0;
  std::size_t i = pos;
  std::size_t word_start = pos;
  bool in_word = false;
  std::size_t previous = pos;  // where the last character placed on the line starts
  while (i < para.size()) {
    const std::size_t n = char_size(para, i);
    const float w = run_width(font_of(t, n), size, para.substr(i, n));
    if (used + w > width && i > pos) {
      // Closing punctuation takes the character (or Latin word) before it to the next line.
      if (is_closing_punctuation(para.substr(i, n))) {
        const std::size_t start = in_word ? word_start : previous;
        if (start > pos) return start - pos;
      }
      break;
    }
    previous = i;
    const bool word = n == 1 && is_word_byte(static_cast<unsigned char>(para[i]));
    if (word && !in_word) word_start = i;
    in_word = word;
    used += w;
    i += n;
  }
  const bool cuts_word = i < para.size() && in_word && char_size(para, i) == 1 &&
                         is_word_byte(static_cast<unsigned char>(para[i]));
  return (cuts_word && word_start > pos ? word_start : i) - pos;
}

// `gbk` wrapped to `width` points; an empty text gives one empty line.
std::vector<std::string> wrap(const Typeface& t, float size, std::string_view gbk, float width) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t nl = gbk.find('\n', start);
    const std::string_view para =
        gbk.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (para.empty()) lines.emplace_back();
    std::size_t pos = 0;
    while (pos < para.size()) {
      const std::size_t n = line_length(t, size, para, pos, width);
      lines.push_back(trim_spaces(para.substr(pos, n)));
      pos += n;
      while (pos < para.size() && para[pos] == ' ') ++pos;
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

// Whole-second UTC from "YYYY-MM-DDTHH:MM:SSZ".
std::optional<HPDF_Date> pdf_date(const std::string& rfc3339) {
  HPDF_Date d{};
  char z = 0;
  if (rfc3339.size() != 20 ||
      std::sscanf(rfc3339.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &d.year, &d.month, &d.day, &d.hour,
                  &d.minutes, &d.seconds, &z) != 7 ||
      z != 'Z') {
    return std::nullopt;
  }
  d.ind = 'Z';
  return d;
}

void error_handler(HPDF_STATUS error_no, HPDF_STATUS /*detail_no*/, void* user_data) {
  auto* first = static_cast<HPDF_STATUS*>(user_data);
  if (*first == HPDF_OK) *first = error_no;
}

}  // namespace

struct PdfFlow::Impl {
  HPDF_STATUS error = HPDF_OK;  // the first libharu error; written by error_handler
  HPDF_Doc doc = nullptr;
  Typeface regular;  // SimSun + Helvetica
  Typeface bold;     // SimHei + Helvetica-Bold
  GbkEncoder gbk;
  std::string header;
  std::vector<std::string> footer;  // GBK, wrapped
  std::vector<HPDF_Page> pages;
  std::string pending_heading;  // GBK; drawn with the block that follows it
  float width = 0, height = 0;  // of a page
  float y = 0;                  // the top of the free space on the current page
  float bottom = 0;             // the lowest y the body may use

  float text_width_limit() const { return width - 2 * kMargin; }
  float body_height() const { return height - kBodyTop - bottom; }
  HPDF_Page page() const { return pages.back(); }

  void new_page() {
    HPDF_Page p = HPDF_AddPage(doc);
    HPDF_Page_SetSize(p, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    pages.push_back(p);
    width = HPDF_Page_GetWidth(p);
    height = HPDF_Page_GetHeight(p);
    y = height - kBodyTop;
  }

  bool at_page_top() const { return y >= height - kBodyTop; }

  void ensure(float needed) {
    if (y - needed < bottom && !at_page_top()) new_page();
  }

  void text_at(HPDF_Page p, const Typeface& face, float size, float x, float baseline,
               std::string_view gbk) {
    for_each_run(face, gbk, [&](std::string_view run, HPDF_Font font) {
      const std::string text(run);
      HPDF_Page_BeginText(p);
      HPDF_Page_SetFontAndSize(p, font, size);
      HPDF_Page_TextOut(p, x, baseline, text.c_str());
      HPDF_Page_EndText(p);
      x += run_width(font, size, run);
    });
  }

  // Draws the pending heading with its rule, on a new page unless `keep` points of what follows
  // fit below it.
  void place_heading(float keep) {
    if (pending_heading.empty()) return;
    if (y - heading_height() - keep < bottom && !at_page_top()) new_page();
    if (!at_page_top()) y -= kHeadingSize * 0.8F;
    y -= kHeadingSize * 1.1F;
    text_at(page(), bold, kHeadingSize, kMargin, y, pending_heading);
    y -= 4.0F;
    rule(page(), y, 0.8F);
    y -= 6.0F;
    pending_heading.clear();
  }

  void rule(HPDF_Page p, float at, float line_width) {
    HPDF_Page_SetLineWidth(p, line_width);
    HPDF_Page_MoveTo(p, kMargin, at);
    HPDF_Page_LineTo(p, width - kMargin, at);
    HPDF_Page_Stroke(p);
  }

  // Lines of one cell pair, `from` … `from + count`, in a bordered row whose top is y.
  void draw_row(const std::vector<std::string>& label, const std::vector<std::string>& value,
                std::size_t from, std::size_t count) {
    const float line = kBodySize * kLeading;
    const float h = static_cast<float>(count) * line + 2 * kCellPadY;
    const float x_value = kMargin + kLabelWidth;
    HPDF_Page p = page();
    HPDF_Page_SetRGBFill(p, 0.93F, 0.93F, 0.93F);
    HPDF_Page_Rectangle(p, kMargin, y - h, kLabelWidth, h);
    HPDF_Page_Fill(p);
    HPDF_Page_SetRGBFill(p, 0, 0, 0);
    HPDF_Page_SetRGBStroke(p, 0.33F, 0.33F, 0.33F);
    HPDF_Page_SetLineWidth(p, 0.5F);
    HPDF_Page_Rectangle(p, kMargin, y - h, kLabelWidth, h);
    HPDF_Page_Rectangle(p, x_value, y - h, text_width_limit() - kLabelWidth, h);
    HPDF_Page_Stroke(p);
    HPDF_Page_SetRGBStroke(p, 0, 0, 0);
    // Baseline: the descent of SimSun is about 0.12 em below it.
    float baseline = y - kCellPadY - line + (line - kBodySize) / 2 + kBodySize * 0.12F;
    for (std::size_t i = from; i < from + count; ++i, baseline -= line) {
      if (i < label.size()) text_at(p, regular, kBodySize, kMargin + kCellPadX, baseline, label[i]);
      if (i < value.size()) text_at(p, regular, kBodySize, x_value + kCellPadX, baseline, value[i]);
    }
    y -= h;
  }

  // One table row wrapped to its columns.
  struct Cells {
    std::vector<std::string> label, value;  // GBK lines
    std::size_t lines() const { return std::max(label.size(), value.size()); }
    float height() const {
      return static_cast<float>(lines()) * kBodySize * kLeading + 2 * kCellPadY;
    }
  };

  Cells cells(const PdfField& f) {
    return {wrap(regular, kBodySize, gbk.encode(f.label), kLabelWidth - 2 * kCellPadX),
            wrap(regular, kBodySize, gbk.encode(f.value.value_or("—")),
                 text_width_limit() - kLabelWidth - 2 * kCellPadX)};
  }

  void row(const Cells& c) {
    const float line = kBodySize * kLeading;
    const std::size_t n = c.lines();
    const auto page_lines = static_cast<std::size_t>((body_height() - 2 * kCellPadY) / line);
    std::size_t done = 0;
    while (done < n) {
      const float free = y - bottom - 2 * kCellPadY;
      const std::size_t fit = free < line ? 0 : static_cast<std::size_t>(free / line);
      // Keep a row whole when it fits on one page; otherwise fill this page and continue.
      if (fit == 0 || (done == 0 && fit < n && n <= page_lines && !at_page_top())) {
        new_page();
        continue;
      }
      const std::size_t count = std::min(fit, n - done);
      draw_row(c.label, c.value, done, count);
      done += count;
    }
  }

  void furniture(std::size_t index) {
    HPDF_Page p = pages[index];
    const float top = height - kHeaderBaseline;
    text_at(p, regular, kFurnitureSize, kMargin, top, header);
    char label[96];
    std::snprintf(label, sizeof label, "第 %zu / %zu 页 Page %zu of %zu", index + 1, pages.size(),
                  index + 1, pages.size());
    const std::string page_no = gbk.encode(label);
    text_at(p, regular, kFurnitureSize,
            width - kMargin - text_width(regular, kFurnitureSize, page_no), top, page_no);
    rule(p, top - 6, 0.5F);
    if (footer.empty()) return;
    float baseline = kFooterBottom + static_cast<float>(footer.size() - 1) * kFurnitureLine;
    rule(p, baseline + kFurnitureLine, 0.5F);
    for (const auto& line : footer) {
      text_at(p, regular, kFurnitureSize, kMargin, baseline, line);
      baseline -= kFurnitureLine;
    }
  }
};

PdfFlow::PdfFlow(PdfFurniture furniture, const PdfInfo& info) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.doc = HPDF_New(error_handler, &m.error);
  if (!m.doc) {
    m.error = HPDF_FAILD_TO_ALLOC_MEM;
    return;
  }
  HPDF_SetCompressionMode(m.doc, HPDF_COMP_ALL);
  HPDF_UseCNSFonts(m.doc);
  HPDF_UseCNSEncodings(m.doc);
  m.regular = {HPDF_GetFont(m.doc, "SimSun", "GBK-EUC-H"),
               HPDF_GetFont(m.doc, "Helvetica", "WinAnsiEncoding")};
  m.bold = {HPDF_GetFont(m.doc, "SimHei", "GBK-EUC-H"),
            HPDF_GetFont(m.doc, "Helvetica-Bold", "WinAnsiEncoding")};
  if (!info.title.empty()) HPDF_SetInfoAttr(m.doc, HPDF_INFO_TITLE, info.title.c_str());
  HPDF_SetInfoAttr(m.doc, HPDF_INFO_CREATOR, "Xinjian");
  if (auto created = pdf_date(info.created_at)) {
    HPDF_SetInfoDateAttr(m.doc, HPDF_INFO_CREATION_DATE, *created);
  }
  if (m.error != HPDF_OK) return;
  m.header = m.gbk.encode(furniture.header);
  m.new_page();
  for (const auto& text : furniture.footer) {
    for (auto& line : wrap(m.regular, kFurnitureSize, m.gbk.encode(text), m.text_width_limit()))
      m.footer.push_back(std::move(line));
  }
  m.bottom = kFooterBottom + static_cast<float>(m.footer.size()) * kFurnitureLine + 12.0F;
}

PdfFlow::~PdfFlow() {
  if (impl_->doc) HPDF_Free(impl_->doc);
}

void PdfFlow::title(std::string_view text, std::string_view subtitle) {
  Impl& m = *impl_;
  if (m.error != HPDF_OK) return;
  constexpr float kTitleSize = 20.0F;
  constexpr float kSubtitleSize = 11.0F;
  m.place_heading(0);
  m.ensure(kTitleSize * 1.6F + kSubtitleSize * 1.8F);
  const std::string t = m.gbk.encode(text);
  const std::string s = m.gbk.encode(subtitle);
  m.y -= kTitleSize * 1.3F;
  m.text_at(m.page(), m.bold, kTitleSize, (m.width - text_width(m.bold, kTitleSize, t)) / 2, m.y,
            t);
  m.y -= kSubtitleSize * 1.8F;
  m.text_at(m.page(), m.regular, kSubtitleSize,
            (m.width - text_width(m.regular, kSubtitleSize, s)) / 2, m.y, s);
  m.y -= kSubtitleSize * 0.8F;
}

void PdfFlow::heading(std::string_view text) {
  Impl& m = *impl_;
  if (m.error != HPDF_OK) return;
  m.place_heading(0);
  m.pending_heading = m.gbk.encode(text);
}

void PdfFlow::paragraph(std::string_view text, float size) {
  Impl& m = *impl_;
  if (m.error != HPDF_OK) return;
  const float line = size * kLeading;
  m.place_heading(line);
  for (const auto& l : wrap(m.regular, size, m.gbk.encode(text), m.text_width_limit())) {
    m.ensure(line);
    m.y -= line;
    m.text_at(m.page(), m.regular, size, kMargin, m.y + (line - size) / 2 + size * 0.12F, l);
  }
}

void PdfFlow::fields(const std::vector<PdfField>& rows) {
  Impl& m = *impl_;
  if (m.error != HPDF_OK) return;
  std::vector<Impl::Cells> table;
  float total = 0;
  for (const auto& f : rows) {
    table.push_back(m.cells(f));
    total += table.back().height();
  }
  const float first = table.empty() ? 0 : table.front().height();
  m.place_heading(total + heading_height() <= m.body_height() ? total : first);
  // The whole table on a fresh page when it does not fit here but fits on one page.
  if (m.y - total < m.bottom && total <= m.body_height()) m.ensure(total);
  for (const auto& c : table) m.row(c);
}

void PdfFlow::gap(float points) {
  Impl& m = *impl_;
  if (m.error != HPDF_OK || m.at_page_top()) return;
  m.y -= std::min(points, m.y - m.bottom);
}

Result<std::string> PdfFlow::finish() {
  Impl& m = *impl_;
  if (m.error == HPDF_OK && !m.gbk.ok()) {
    return fail(ErrorCode::internal, "PDF 生成失败 (PDF rendering failed: no GBK converter)");
  }
  if (m.error == HPDF_OK) {
    m.place_heading(0);
    for (std::size_t i = 0; i < m.pages.size(); ++i) m.furniture(i);
    HPDF_SaveToStream(m.doc);
  }
  std::string out;
  if (m.error == HPDF_OK) {
    out.resize(HPDF_GetStreamSize(m.doc));
    auto size = static_cast<HPDF_UINT32>(out.size());
    HPDF_ReadFromStream(m.doc, reinterpret_cast<HPDF_BYTE*>(out.data()), &size);
    out.resize(size);
  }
  if (m.error != HPDF_OK) {
    char code[16];
    std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(m.error));
    return fail(ErrorCode::internal,
                std::string("PDF 生成失败 (PDF rendering failed: libharu error ") + code + ")");
  }
  return out;
}

}  // namespace xj::http

#include "formats/xlsx_reader.h"

#include <charconv>
#include <utility>
#include <vector>

#include "formats/xlsx_styles.h"
#include "formats/xlsx_workbook.h"
#include "formats/xml_pull.h"
#include "formats/zip_archive.h"

namespace xj::formats {

namespace {

constexpr std::size_t kMaxSharedStringBytes = 512u * 1024 * 1024;
constexpr std::size_t kMaxStylesBytes = 64u * 1024 * 1024;
constexpr std::size_t kMaxColumns = 16384;  // XFD, Excel's last column
constexpr double kDate1904Offset = 1462;    // days from 1900-01-00 to 1904-01-01 in Excel

tl::unexpected<Error> row_error(std::int64_t row, std::string what) {
  return fail(ErrorCode::bad_request, "第 " + std::to_string(row) + " 行：" + what);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// OOXML writes control characters in strings as `_xHHHH_` (ECMA-376 Part 1 §22.9.2.19).
std::string decode_ooxml_escapes(std::string text) {
  if (text.find("_x") == std::string::npos) return text;
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '_' && i + 6 < text.size() && text[i + 1] == 'x' && text[i + 6] == '_') {
      int cp = 0;
      bool hex = true;
      for (std::size_t k = 2; k < 6 && hex; ++k) {
        const int v = hex_value(text[i + k]);
        hex = v >= 0;
        cp = cp * 16 + v;
      }
      if (hex && cp < 0x80) {  // the escapes writers emit are ASCII control characters and '_'
        out.push_back(static_cast<char>(cp));
        i += 6;
        continue;
      }
    }
    out.push_back(text[i]);
  }
  return out;
}

template <typename Int>
bool parse_int(std::string_view text, Int& value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size();
}

// The 0-based column of a cell reference such as "C5"; nullopt if malformed.
std::optional<std::size_t> column_of(std::string_view ref) {
  std::size_t column = 0, letters = 0;
  for (const char c : ref) {
    if (c < 'A' || c > 'Z') break;
    column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    ++letters;
  }
  if (letters == 0 || letters > 3 || column > kMaxColumns) return std::nullopt;
  return column - 1;
}

// A 1904-system serial as a 1900-system serial.
std::string from_1904(std::string_view serial) {
  double value = 0;
  const auto [end, ec] = std::from_chars(serial.data(), serial.data() + serial.size(), value);
  if (ec != std::errc() || end != serial.data() + serial.size()) return std::string(serial);
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value + kDate1904Offset);
  return std::string(buffer, result.ptr);
}

XmlPull::Source entry_source(ZipArchive& zip) {
  return [&zip](char* buffer, std::size_t capacity) { return zip.read_some(buffer, capacity); };
}

Result<std::vector<std::string>> read_shared_strings(ZipArchive& zip, const std::string& part) {
  XJ_CHECK(zip.open_stream(part));
  XmlPull xml(entry_source(zip));
  std::vector<std::string> strings;
  std::string current;
  std::size_t total = 0;
  bool in_text = false, in_phonetic = false;
  while (true) {
    XJ_TRY(const XmlPull::Event event, xml.next());
    if (event == XmlPull::Event::eof) break;
    const std::string_view name = xml.name();
    if (event == XmlPull::Event::start) {
      if (name == "si") current.clear();
      if (name == "rPh") in_phonetic = true;
      if (name == "t") in_text = !in_phonetic;
    } else if (event == XmlPull::Event::text) {
      if (in_text) current.append(xml.text());
    } else {
      if (name == "t") in_text = false;
      if (name == "rPh") in_phonetic = false;
      if (name == "si") {
        total += current.size();
        if (total > kMaxSharedStringBytes) {
          return fail(ErrorCode::bad_request,
                      "xlsx 文件的共享字符串过大 (shared strings too large)");
        }
        strings.push_back(decode_ooxml_escapes(std::move(current)));
        current.clear();
      }
    }
  }
  return strings;
}

}  // namespace

struct XlsxReader::Impl {
  std::unique_ptr<ZipArchive> zip;
  std::vector<std::string> shared_strings;
  std::vector<bool> date_styles;
  bool date1904 = false;
  std::unique_ptr<XmlPull> sheet;
  std::int64_t last_row = 0;
  std::optional<Error> error;
  bool done = false;

  // The cell being read.
  struct CellXml {
    std::size_t column = 0;
    std::string type;
    std::size_t style = 0;
    std::string value;        // <v>
    std::string inline_text;  // <is><t>
  };

  static Result<std::unique_ptr<Impl>> open(std::unique_ptr<ZipArchive> zip);
  Result<std::optional<TableRow>> read_row();
  Result<Cell> to_cell(CellXml& xml, std::int64_t row) const;
};

XlsxReader::XlsxReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

XlsxReader::~XlsxReader() = default;

Result<std::unique_ptr<XlsxReader::Impl>> XlsxReader::Impl::open(std::unique_ptr<ZipArchive> zip) {
  auto impl = std::make_unique<Impl>();
  XJ_TRY(const WorkbookParts parts, read_workbook_parts(*zip));
  impl->date1904 = parts.date1904;
  if (!parts.styles.empty()) {
    XJ_TRY(const std::string styles, zip->read(parts.styles, kMaxStylesBytes));
    XJ_TRY(impl->date_styles, parse_date_styles(styles));
  }
  if (!parts.shared_strings.empty()) {
    XJ_TRY(impl->shared_strings, read_shared_strings(*zip, parts.shared_strings));
  }
  XJ_CHECK(zip->open_stream(parts.first_sheet));
  impl->sheet = std::make_unique<XmlPull>(entry_source(*zip));
  impl->zip = std::move(zip);
  return impl;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open_file(const std::filesystem::path& path) {
  XJ_TRY(auto zip, ZipArchive::open_file(path));
  XJ_TRY(auto impl, Impl::open(std::move(zip)));
  return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(impl)));
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open_bytes(std::string bytes) {
  XJ_TRY(auto zip, ZipArchive::open_bytes(std::move(bytes)));
  XJ_TRY(auto impl, Impl::open(std::move(zip)));
  return std::unique_ptr<XlsxReader>(new XlsxReader(std::move(impl)));
}

Result<std::optional<TableRow>> XlsxReader::next() {
  if (impl_->error) return fail(*impl_->error);
  if (impl_->done) return std::nullopt;
  auto row = impl_->read_row();
  if (!row) impl_->error = row.error();
  if (row && !*row) impl_->done = true;
  return row;
}

Result<std::optional<TableRow>> XlsxReader::Impl::read_row() {
  enum class Capture { none, value, inline_text };
  TableRow row;
  bool in_row = false, in_cell = false, in_phonetic = false;
  Capture capture = Capture::none;
  std::size_t next_column = 0;
  CellXml cell;
  while (true) {
    XJ_TRY(const XmlPull::Event event, sheet->next());
    if (event == XmlPull::Event::eof) return std::nullopt;
    const std::string_view name = sheet->name();
    if (event == XmlPull::Event::text) {
      if (capture == Capture::value) cell.value.append(sheet->text());
      if (capture == Capture::inline_text) cell.inline_text.append(sheet->text());
    } else if (event == XmlPull::Event::start) {
      if (name == "row") {
        row = TableRow{last_row + 1, {}};
        if (const auto r = sheet->attribute("r");
            r && (!parse_int(*r, row.row_number) || row.row_number <= 0)) {
          return row_error(last_row + 1, "行号无效 (bad row number " + std::string(*r) + ")");
        }
        in_row = true;
        next_column = 0;
      } else if (name == "c" && in_row) {
        cell = CellXml{next_column, std::string(sheet->attribute("t").value_or("n")), 0, {}, {}};
        if (const auto r = sheet->attribute("r")) {
          const auto column = column_of(*r);
          if (!column) {
            return row_error(row.row_number,
                             "单元格引用无效 (bad cell reference " + std::string(*r) + ")");
          }
          cell.column = *column;
        }
        if (const auto s = sheet->attribute("s"); s && !parse_int(*s, cell.style)) cell.style = 0;
        in_cell = true;
      } else if (name == "v" && in_cell) {
        capture = Capture::value;
      } else if (name == "rPh") {
        in_phonetic = true;
      } else if (name == "t" && in_cell && !in_phonetic) {
        capture = Capture::inline_text;
      }
    } else {  // end
      if (name == "v" || name == "t") {
        capture = Capture::none;
      } else if (name == "rPh") {
        in_phonetic = false;
      } else if (name == "c" && in_cell) {
        in_cell = false;
        XJ_TRY(Cell value, to_cell(cell, row.row_number));
        if (row.cells.size() <= cell.column) row.cells.resize(cell.column + 1);
        row.cells[cell.column] = std::move(value);
        next_column = cell.column + 1;
      } else if (name == "row" && in_row) {
        in_row = false;
        last_row = row.row_number;
        if (!row.cells.empty()) return row;
      } else if (name == "sheetData") {
        return std::nullopt;
      }
    }
  }
}

Result<Cell> XlsxReader::Impl::to_cell(CellXml& xml, std::int64_t row) const {
  if (xml.type == "s") {
    std::size_t index = 0;
    if (!parse_int(xml.value, index) || index >= shared_strings.size()) {
      return row_error(row, "共享字符串索引无效 (bad shared string index " + xml.value + ")");
    }
    return Cell{shared_strings[index], CellType::text};
  }
  if (xml.type == "inlineStr") return Cell{decode_ooxml_escapes(std::move(xml.inline_text))};
  if (xml.type == "str") return Cell{decode_ooxml_escapes(std::move(xml.value))};
  if (xml.type == "b") return Cell{xml.value == "1" ? "TRUE" : "FALSE", CellType::boolean};
  if (xml.type != "n" || xml.value.empty()) return Cell{std::move(xml.value)};  // e, d, blank
  const bool date = xml.style < date_styles.size() && date_styles[xml.style];
  if (!date) return Cell{std::move(xml.value), CellType::number};
  return Cell{date1904 ? from_1904(xml.value) : std::move(xml.value), CellType::date};
}

}  // namespace xj::formats

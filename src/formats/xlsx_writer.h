// XlsxWriter: writes workbooks of text rows (exports such as the key-area list, formats.md
// `keylist` "Export"), over libxlsxwriter in constant-memory mode.
//
//   XJ_TRY(std::string bytes, write_xlsx_bytes([&](XlsxWriter& w) -> Status {
//     XJ_CHECK(w.add_sheet({"食品生产企业", "湖南省市场监管重点领域企业清单（食品生产企业）",
//                           {"序号", "企业名称", "统一社会信用代码", "许可证编号", "备注"}}));
//     return w.write_row({"1", "某某食品有限公司", "91430702MACBXHUN4D", "SC10143070215630", ""});
//   }));
//
// A sheet has an optional title row (bold, merged across the header's columns), a bold header row,
// then data rows in the order written. Every cell is a text cell and the columns are formatted as
// text (`@`), so codes never turn into numbers, even when a user types more of them in Excel.
// Rows are streamed to temporary files: memory does not grow with the number of rows.
// Errors: bad_request for an invalid sheet name (Excel: at most 31 characters, none of []:*?/\,
// unique), internal for a file that cannot be written. Not thread-safe.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace xj::formats {

struct SheetSpec {
  std::string name;
  std::string title;                // empty: no title row
  std::vector<std::string> header;  // empty: no header row
  std::vector<double> widths;       // column widths in characters; missing ones are 12
};

class XlsxWriter {
 public:
  // A workbook written to `path` by close().
  static Result<std::unique_ptr<XlsxWriter>> create(const std::filesystem::path& path);

  // Discards the workbook if close() was not called.
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  // Starts a new sheet and writes its title and header rows; later rows go to it.
  Status add_sheet(const SheetSpec& spec);

  // Appends a data row to the current sheet. REQUIRES: add_sheet() was called.
  Status write_row(const std::vector<std::string>& cells);

  // Writes the file. The writer must not be used afterwards.
  Status close();

 private:
  struct Impl;
  explicit XlsxWriter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Runs `write` on a writer over a temporary file and returns the workbook's bytes.
Result<std::string> write_xlsx_bytes(const std::function<Status(XlsxWriter&)>& write);

}  // namespace xj::formats

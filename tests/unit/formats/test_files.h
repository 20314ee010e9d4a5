// Helpers for the formats tests: where the fixture files are, reading whole tables, and building
// small xlsx packages (zip archives written with minizip's zip.h) for the cases the fixtures do
// not cover.
#pragma once

#include <gtest/gtest.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "formats/table_reader.h"

namespace xj::formats::test_files {

// tests/fixtures, or $XJ_FIXTURES_DIR when set.
inline std::filesystem::path fixtures_dir() {
  if (const char* dir = std::getenv("XJ_FIXTURES_DIR")) return dir;
  return std::filesystem::path(__FILE__).parent_path() / "../../fixtures";
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Every row of `reader`, or its error.
inline Result<std::vector<TableRow>> read_all(TableReader& reader) {
  std::vector<TableRow> rows;
  while (true) {
    XJ_TRY(std::optional<TableRow> row, reader.next());
    if (!row) return rows;
    rows.push_back(std::move(*row));
  }
}

// The cells' texts, for readable comparisons.
inline std::vector<std::string> texts(const TableRow& row) {
  std::vector<std::string> out;
  for (const Cell& c : row.cells) out.push_back(c.text);
  return out;
}

// A zip archive holding `entries` (name, content), as bytes.
inline std::string zip_bytes(const std::vector<std::pair<std::string, std::string>>& entries) {
  const auto path =
      std::filesystem::temp_directory_path() /
      ("xj-formats-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
       "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".zip");
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  EXPECT_NE(zip, nullptr);
  for (const auto& [name, content] : entries) {
    zip_fileinfo info{};
    EXPECT_EQ(zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr,
                                    Z_DEFLATED, Z_DEFAULT_COMPRESSION, 0),
              ZIP_OK);
    EXPECT_EQ(zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size())),
              ZIP_OK);
    EXPECT_EQ(zipCloseFileInZip(zip), ZIP_OK);
  }
  EXPECT_EQ(zipClose(zip, nullptr), ZIP_OK);
  std::string bytes = read_file(path);
  std::filesystem::remove(path);
  return bytes;
}

inline constexpr const char* kMainNs =
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// A one-sheet workbook: `sheet_data` is the content of <sheetData>; the other parts are left out
// when empty.
inline std::string minimal_xlsx(const std::string& sheet_data,
                                const std::string& shared_strings = "",
                                const std::string& styles = "", bool date1904 = false) {
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
      rel + "worksheet\" Target=\"worksheets/sheet1.xml\"/>";
  if (!shared_strings.empty()) {
    rels += "<Relationship Id=\"rId2\" Type=\"" + rel +
            "sharedStrings\" Target=\"sharedStrings.xml\"/>";
  }
  if (!styles.empty()) {
    rels += "<Relationship Id=\"rId3\" Type=\"" + rel + "styles\" Target=\"/xl/styles.xml\"/>";
  }
  rels += "</Relationships>";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"xl/workbook.xml", std::string("<?xml version=\"1.0\"?><workbook ") + kMainNs + ">" +
                              (date1904 ? "<workbookPr date1904=\"1\"/>" : "") +
                              "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                              "</workbook>"},
      {"xl/_rels/workbook.xml.rels", rels},
      {"xl/worksheets/sheet1.xml", std::string("<worksheet ") + kMainNs + "><sheetData>" +
                                       sheet_data + "</sheetData></worksheet>"}};
  if (!shared_strings.empty()) {
    entries.emplace_back("xl/sharedStrings.xml",
                         std::string("<sst ") + kMainNs + ">" + shared_strings + "</sst>");
  }
  if (!styles.empty()) {
    entries.emplace_back("xl/styles.xml",
                         std::string("<styleSheet ") + kMainNs + ">" + styles + "</styleSheet>");
  }
  return zip_bytes(entries);
}

}  // namespace xj::formats::test_files

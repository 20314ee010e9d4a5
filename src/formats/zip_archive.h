// ZipArchive: read access to the entries of a zip file (an xlsx package) held in a file or in
// memory, over minizip. Internal to formats/.
//
//   XJ_TRY(auto zip, ZipArchive::open_bytes(std::move(body)));
//   XJ_TRY(std::string xml, zip->read("xl/workbook.xml", 64 << 20));
//   XJ_CHECK(zip->open_stream("xl/worksheets/sheet1.xml"));
//   XJ_TRY(std::size_t n, zip->read_some(buffer, sizeof buffer));   // 0 at the end
//
// Entry names are matched case-insensitively. Errors are bad_request: not a zip file, a missing
// entry, an entry larger than the limit given, corrupt compressed data. One entry is open for
// streaming at a time; read() closes it. Not thread-safe.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::formats {

class ZipArchive {
 public:
  static Result<std::unique_ptr<ZipArchive>> open_file(const std::filesystem::path& path);
  static Result<std::unique_ptr<ZipArchive>> open_bytes(std::string bytes);

  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool contains(std::string_view entry);

  // The whole entry; bad_request if it is missing or would exceed `max_bytes`.
  Result<std::string> read(std::string_view entry, std::size_t max_bytes);

  // Opens `entry` for read_some().
  Status open_stream(std::string_view entry);

  // Up to `capacity` bytes of the open entry; 0 at its end.
  Result<std::size_t> read_some(char* buffer, std::size_t capacity);

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl);
  Status locate_and_open(std::string_view entry);
  std::unique_ptr<Impl> impl_;
};

}  // namespace xj::formats

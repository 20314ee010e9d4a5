#include "formats/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <system_error>
#include <utility>

namespace xj::formats {

namespace {

constexpr double kDefaultWidth = 12;

tl::unexpected<Error> write_failed(lxw_error error) {
  return fail(ErrorCode::internal,
              std::string("写入 xlsx 文件失败 (xlsx write failed: ") + lxw_strerror(error) + ")");
}

}  // namespace

struct XlsxWriter::Impl {
  lxw_workbook* workbook = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* text = nullptr;       // "@": the cell holds text
  lxw_format* bold_text = nullptr;  // header
  lxw_format* title = nullptr;      // bold, larger, centred
  lxw_row_t next_row = 0;
  std::string tmpdir;

  ~Impl() {
    if (workbook != nullptr) lxw_workbook_free(workbook);
  }
};

XlsxWriter::XlsxWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

XlsxWriter::~XlsxWriter() = default;

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::create(const std::filesystem::path& path) {
  auto impl = std::make_unique<Impl>();
  std::error_code ec;
  impl->tmpdir = std::filesystem::temp_directory_path(ec).string();
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = impl->tmpdir.empty() ? nullptr : impl->tmpdir.data();
  impl->workbook = workbook_new_opt(path.c_str(), &options);
  if (impl->workbook == nullptr) return write_failed(LXW_ERROR_MEMORY_MALLOC_FAILED);

  impl->text = workbook_add_format(impl->workbook);
  format_set_num_format(impl->text, "@");
  impl->bold_text = workbook_add_format(impl->workbook);
  format_set_num_format(impl->bold_text, "@");
  format_set_bold(impl->bold_text);
  impl->title = workbook_add_format(impl->workbook);
  format_set_bold(impl->title);
  format_set_font_size(impl->title, 14);
  format_set_align(impl->title, LXW_ALIGN_CENTER);
  return std::unique_ptr<XlsxWriter>(new XlsxWriter(std::move(impl)));
}

Status XlsxWriter::add_sheet(const SheetSpec& spec) {
  if (workbook_validate_sheet_name(impl_->workbook, spec.name.c_str()) != LXW_NO_ERROR) {
    return fail(ErrorCode::bad_request, "工作表名称无效：" + spec.name + " (invalid sheet name)");
  }
  impl_->sheet = workbook_add_worksheet(impl_->workbook, spec.name.c_str());
  if (impl_->sheet == nullptr) return write_failed(LXW_ERROR_MEMORY_MALLOC_FAILED);
  impl_->next_row = 0;

  const std::size_t columns = std::max<std::size_t>({spec.header.size(), spec.widths.size(), 1});
  for (std::size_t c = 0; c < columns; ++c) {
    const double width = c < spec.widths.size() ? spec.widths[c] : kDefaultWidth;
    const auto col = static_cast<lxw_col_t>(c);
    if (const lxw_error e = worksheet_set_column(impl_->sheet, col, col, width, impl_->text)) {
      return write_failed(e);
    }
  }
  if (!spec.title.empty()) {
    const lxw_error e =
        columns > 1
            ? worksheet_merge_range(impl_->sheet, 0, 0, 0, static_cast<lxw_col_t>(columns - 1),
                                    spec.title.c_str(), impl_->title)
            : worksheet_write_string(impl_->sheet, 0, 0, spec.title.c_str(), impl_->title);
    if (e != LXW_NO_ERROR) return write_failed(e);
    ++impl_->next_row;
  }
  if (spec.header.empty()) return {};
  for (std::size_t c = 0; c < spec.header.size(); ++c) {
    const lxw_error e =
        worksheet_write_string(impl_->sheet, impl_->next_row, static_cast<lxw_col_t>(c),
                               spec.header[c].c_str(), impl_->bold_text);
    if (e != LXW_NO_ERROR) return write_failed(e);
  }
  ++impl_->next_row;
  return {};
}

Status XlsxWriter::write_row(const std::vector<std::string>& cells) {
  if (impl_->sheet == nullptr) return fail(ErrorCode::internal, "xlsx: write_row before add_sheet");
  for (std::size_t c = 0; c < cells.size(); ++c) {
    if (cells[c].empty()) continue;  // an empty string cell would be a needless blank
    const lxw_error e = worksheet_write_string(
        impl_->sheet, impl_->next_row, static_cast<lxw_col_t>(c), cells[c].c_str(), impl_->text);
    if (e != LXW_NO_ERROR) return write_failed(e);
  }
  ++impl_->next_row;
  return {};
}

Status XlsxWriter::close() {
  lxw_workbook* workbook = std::exchange(impl_->workbook, nullptr);
  const lxw_error e = workbook_close(workbook);  // frees the workbook, even on failure
  if (e != LXW_NO_ERROR) return write_failed(e);
  return {};
}

namespace {

// A temporary file, removed when this goes out of scope.
struct TempFile {
  std::filesystem::path path;
  ~TempFile() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove(path, ec);
  }
};

}  // namespace

Result<std::string> write_xlsx_bytes(const std::function<Status(XlsxWriter&)>& write) {
  std::error_code ec;
  std::string pattern = (std::filesystem::temp_directory_path(ec) / "xj-xlsx-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return fail(ErrorCode::internal, "无法创建临时文件 (cannot create a temporary file)");
  ::close(fd);
  const TempFile temp{pattern};

  XJ_TRY(const std::unique_ptr<XlsxWriter> writer, XlsxWriter::create(temp.path));
  XJ_CHECK(write(*writer));
  XJ_CHECK(writer->close());

  std::ifstream in(temp.path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return fail(ErrorCode::internal, "无法读取临时文件 (cannot read a temporary file)");
  return bytes;
}

}  // namespace xj::formats

#include "formats/zip_archive.h"

#include <unzip.h>

#include <algorithm>
#include <cstring>

namespace xj::formats {

namespace {

// minizip reads an in-memory archive through these callbacks; `stream` is the MemoryFile.
struct MemoryFile {
  std::string bytes;
  std::size_t pos = 0;
};

voidpf ZCALLBACK memory_open(voidpf opaque, const void*, int) { return opaque; }

uLong ZCALLBACK memory_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* file = static_cast<MemoryFile*>(stream);
  const std::size_t n = std::min<std::size_t>(size, file->bytes.size() - file->pos);
  std::memcpy(buf, file->bytes.data() + file->pos, n);
  file->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK memory_write(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK memory_tell(voidpf, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->pos;
}

long ZCALLBACK memory_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* file = static_cast<MemoryFile*>(stream);
  ZPOS64_T base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = file->pos;
  if (origin == ZLIB_FILEFUNC_SEEK_END) base = file->bytes.size();
  if (base + offset > file->bytes.size()) return -1;
  file->pos = static_cast<std::size_t>(base + offset);
  return 0;
}

int ZCALLBACK memory_close(voidpf, voidpf) { return 0; }

int ZCALLBACK memory_error(voidpf, voidpf) { return 0; }

tl::unexpected<Error> not_a_zip() {
  return fail(ErrorCode::bad_request, "不是有效的 xlsx 文件 (not an xlsx file: bad zip archive)");
}

tl::unexpected<Error> corrupt(std::string_view entry) {
  return fail(ErrorCode::bad_request,
              "xlsx 文件已损坏 (corrupt xlsx part " + std::string(entry) + ")");
}

}  // namespace

struct ZipArchive::Impl {
  std::unique_ptr<MemoryFile> memory;  // null for a file on disk
  unzFile zip = nullptr;
  bool entry_open = false;
  std::string entry;  // the entry last opened, for messages

  void close_entry() {
    if (entry_open) unzCloseCurrentFile(zip);
    entry_open = false;
  }
  ~Impl() {
    close_entry();
    if (zip != nullptr) unzClose(zip);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

ZipArchive::~ZipArchive() = default;

Result<std::unique_ptr<ZipArchive>> ZipArchive::open_file(const std::filesystem::path& path) {
  auto impl = std::make_unique<Impl>();
  impl->zip = unzOpen64(path.c_str());
  if (impl->zip == nullptr) return not_a_zip();
  return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(impl)));
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open_bytes(std::string bytes) {
  auto impl = std::make_unique<Impl>();
  impl->memory = std::make_unique<MemoryFile>(MemoryFile{std::move(bytes), 0});
  zlib_filefunc64_def functions{memory_open, memory_read,  memory_write, memory_tell,
                                memory_seek, memory_close, memory_error, impl->memory.get()};
  impl->zip = unzOpen2_64("memory", &functions);
  if (impl->zip == nullptr) return not_a_zip();
  return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(impl)));
}

bool ZipArchive::contains(std::string_view entry) {
  impl_->close_entry();
  return unzLocateFile(impl_->zip, std::string(entry).c_str(), 2) == UNZ_OK;
}

Status ZipArchive::locate_and_open(std::string_view entry) {
  impl_->close_entry();
  if (unzLocateFile(impl_->zip, std::string(entry).c_str(), 2) != UNZ_OK) {
    return fail(ErrorCode::bad_request, "xlsx 文件缺少 " + std::string(entry) + " (missing part " +
                                            std::string(entry) + ")");
  }
  if (unzOpenCurrentFile(impl_->zip) != UNZ_OK) return corrupt(entry);
  impl_->entry_open = true;
  impl_->entry = entry;
  return {};
}

Result<std::string> ZipArchive::read(std::string_view entry, std::size_t max_bytes) {
  XJ_CHECK(locate_and_open(entry));
  std::string out;
  char buffer[64 * 1024];
  while (true) {
    const int n = unzReadCurrentFile(impl_->zip, buffer, sizeof buffer);
    if (n < 0) return corrupt(entry);
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
      return fail(ErrorCode::bad_request,
                  "xlsx 文件的 " + std::string(entry) + " 过大 (part too large)");
    }
    out.append(buffer, static_cast<std::size_t>(n));
  }
  const bool crc_ok = unzCloseCurrentFile(impl_->zip) == UNZ_OK;
  impl_->entry_open = false;
  if (!crc_ok) return corrupt(entry);
  return out;
}

Status ZipArchive::open_stream(std::string_view entry) { return locate_and_open(entry); }

Result<std::size_t> ZipArchive::read_some(char* buffer, std::size_t capacity) {
  if (!impl_->entry_open) return std::size_t{0};
  const unsigned chunk = static_cast<unsigned>(std::min<std::size_t>(capacity, 1u << 30));
  const int n = unzReadCurrentFile(impl_->zip, buffer, chunk);
  if (n < 0) return corrupt(impl_->entry);
  if (n == 0) {
    const bool crc_ok = unzCloseCurrentFile(impl_->zip) == UNZ_OK;
    impl_->entry_open = false;
    if (!crc_ok) return corrupt(impl_->entry);
  }
  return static_cast<std::size_t>(n);
}

}  // namespace xj::formats

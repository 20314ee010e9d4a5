#include "http/static_files.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "http/errors.h"

namespace xj::http {
namespace fs = std::filesystem;

namespace {

// What Vite emits: one module script and stylesheets from 'self'; Element Plus sets inline
// styles (positioning of popovers, the loading mask), and small assets are inlined as data: URIs.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
// Vite puts a content hash in every name under assets/: a changed file is a new name.
constexpr const char* kImmutable = "public, max-age=31536000, immutable";
constexpr const char* kRevalidate = "no-cache";
constexpr std::string_view kAssetsPrefix = "assets/";

std::string_view content_type(const fs::path& file) {
  static constexpr std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".map", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
  };
  const std::string ext = file.extension().string();
  for (const auto& [suffix, type] : kTypes) {
    if (ext == suffix) return type;
  }
  return "application/octet-stream";
}

// The request path as a path relative to the root ("" for "/"), or nullopt for a traversal
// attempt: a "." or ".." segment, a backslash (a separator on other systems) or a NUL.
std::optional<fs::path> relative_path(std::string_view path) {
  fs::path rel;
  std::size_t pos = 0;
  while (pos <= path.size()) {
    std::size_t end = std::min(path.find('/', pos), path.size());
    std::string_view segment = path.substr(pos, end - pos);
    pos = end + 1;
    if (segment.empty()) continue;
    if (segment == "." || segment == ".." ||
        segment.find_first_of(std::string_view("\\\0", 2)) != std::string_view::npos) {
      return std::nullopt;
    }
    rel /= std::string(segment);  // bytes as they are: paths are UTF-8 here
  }
  return rel;
}

// Whether `p` (canonical) is `root` or lies below it.
bool within(const fs::path& root, const fs::path& p) {
  auto [r, q] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
  return r == root.end();
}

// The canonical form of root/rel when it is a regular file inside the root (symbolic links
// resolved), else nullopt; `escaped` is set when it resolves outside the root.
std::optional<fs::path> file_within(const fs::path& root, const fs::path& rel, bool& escaped) {
  std::error_code ec;
  fs::path resolved = fs::weakly_canonical(root / rel, ec);
  if (ec) return std::nullopt;
  if (!within(root, resolved)) {
    escaped = true;
    return std::nullopt;
  }
  if (!fs::is_regular_file(resolved, ec) || ec) return std::nullopt;
  return resolved;
}

std::optional<std::string> read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return body;
}

bool accepts_gzip(const Request& req) {
  return req.header("accept-encoding").find("gzip") != std::string::npos;
}

void add_security_headers(Response& res) {
  res.set_header("Content-Security-Policy", kContentSecurityPolicy);
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Referrer-Policy", "same-origin");
}

Response refused(int status, std::string_view code, std::string_view message) {
  Response res = error_envelope(status, code, message);
  add_security_headers(res);
  return res;
}

}  // namespace

Result<StaticFiles> StaticFiles::open(const fs::path& root) {
  std::error_code ec;
  fs::path canonical = fs::canonical(root, ec);
  if (ec || !fs::is_directory(canonical, ec) ||
      !fs::is_regular_file(canonical / "index.html", ec)) {
    return fail(ErrorCode::bad_request,
                "界面目录无效，缺少 index.html (web folder has no index.html): " + root.string());
  }
  return StaticFiles(std::move(canonical));
}

bool StaticFiles::handles(const Request& req) const {
  if (req.method != "GET" && req.method != "HEAD") return false;
  const std::string_view path = req.path;
  return !(path == "/api" || path.starts_with("/api/") || path == "/healthz" || path == "/metrics");
}

Response StaticFiles::serve(const Request& req) const {
  std::optional<fs::path> rel = relative_path(req.path);
  if (!rel) return refused(400, "bad_request", "路径无效 (invalid path)");
  if (rel->empty()) rel = "index.html";

  bool escaped = false;
  std::optional<fs::path> file = file_within(root_, *rel, escaped);
  if (escaped) return refused(400, "bad_request", "路径无效 (invalid path)");
  if (!file) {
    // A client-side route has no extension; a missing asset must not turn into the page.
    if (rel->has_extension()) return refused(404, "not_found", "文件不存在 (no such file)");
    rel = "index.html";
    file = root_ / *rel;
  }

  Response res;
  res.content_type = std::string(content_type(*file));
  std::optional<fs::path> gzipped;
  if (accepts_gzip(req)) {
    fs::path gz_rel = *rel;
    gz_rel += ".gz";
    bool gz_escaped = false;
    gzipped = file_within(root_, gz_rel, gz_escaped);
  }
  std::optional<std::string> body = read_file(gzipped ? *gzipped : *file);
  if (!body) return refused(404, "not_found", "文件不存在 (no such file)");
  if (gzipped) res.set_header("Content-Encoding", "gzip");
  res.set_header("Vary", "Accept-Encoding");
  res.set_header("Cache-Control",
                 rel->generic_string().starts_with(kAssetsPrefix) ? kImmutable : kRevalidate);
  add_security_headers(res);
  if (req.method != "HEAD") res.body = std::move(*body);
  return res;
}

}  // namespace xj::http

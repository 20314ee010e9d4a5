#include "http/static_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace xj::http {
namespace {

namespace fs = std::filesystem;

// A dist/ folder like Vite's, with a secret beside it that must never be served.
class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("xj-static-" + std::to_string(std::random_device{}()));
    root_ = base_ / "dist";
    fs::create_directories(root_ / "assets");
    write(root_ / "index.html", "<!doctype html><div id=\"app\"></div>");
    write(root_ / "assets" / "index-abc123.js", "console.log(1)");
    write(root_ / "assets" / "index-abc123.js.gz", "GZIPPED");
    write(root_ / "assets" / "index-abc123.css", "body{}");
    write(root_ / "favicon.svg", "<svg/>");
    write(base_ / "secret.txt", "top secret");
    fs::create_symlink(base_ / "secret.txt", root_ / "link.txt");
  }
  void TearDown() override { fs::remove_all(base_); }

  static void write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }

  StaticFiles open() {
    auto files = StaticFiles::open(root_);
    EXPECT_TRUE(files.has_value());
    return std::move(*files);
  }

  static Request get(std::string path, std::string method = "GET") {
    Request r;
    r.method = std::move(method);
    r.path = std::move(path);
    return r;
  }

  static std::string header(const Response& r, const std::string& name) {
    for (const auto& [n, v] : r.headers)
      if (n == name) return v;
    return "";
  }

  fs::path base_;
  fs::path root_;
};

TEST_F(StaticFilesTest, OpenNeedsAFolderWithIndexHtml) {
  EXPECT_FALSE(StaticFiles::open(base_ / "missing").has_value());
  EXPECT_FALSE(StaticFiles::open(root_ / "assets").has_value());
  EXPECT_TRUE(StaticFiles::open(root_).has_value());
}

TEST_F(StaticFilesTest, HandlesGetAndHeadOutsideTheApi) {
  StaticFiles files = open();
  EXPECT_TRUE(files.handles(get("/")));
  EXPECT_TRUE(files.handles(get("/enterprises/91430104MA4EMRA639", "HEAD")));
  EXPECT_FALSE(files.handles(get("/", "POST")));
  EXPECT_FALSE(files.handles(get("/api/v1/public/search")));
  EXPECT_FALSE(files.handles(get("/api")));
  EXPECT_FALSE(files.handles(get("/healthz")));
  EXPECT_FALSE(files.handles(get("/metrics")));
  EXPECT_TRUE(files.handles(get("/apiary")));  // only the /api/ folder is the API
}

TEST_F(StaticFilesTest, ServesFilesWithTypeCachingAndSecurityHeaders) {
  StaticFiles files = open();
  Response index = files.serve(get("/"));
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(header(index, "Cache-Control"), "no-cache");
  EXPECT_NE(header(index, "Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(header(index, "X-Content-Type-Options"), "nosniff");

  Response js = files.serve(get("/assets/index-abc123.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.body, "console.log(1)");
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  EXPECT_NE(header(js, "Cache-Control").find("immutable"), std::string::npos);
  EXPECT_EQ(files.serve(get("/assets/index-abc123.css")).content_type, "text/css; charset=utf-8");
  EXPECT_EQ(files.serve(get("/favicon.svg")).content_type, "image/svg+xml");
  EXPECT_EQ(header(files.serve(get("/favicon.svg")), "Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, SendsThePrecompressedFileToGzipClients) {
  StaticFiles files = open();
  Request req = get("/assets/index-abc123.js");
  req.headers["accept-encoding"] = "gzip, deflate, br";
  Response r = files.serve(req);
  EXPECT_EQ(r.body, "GZIPPED");
  EXPECT_EQ(header(r, "Content-Encoding"), "gzip");
  EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8");
  // No .gz beside it: the file itself.
  req.path = "/assets/index-abc123.css";
  EXPECT_EQ(files.serve(req).body, "body{}");
  EXPECT_EQ(header(files.serve(req), "Content-Encoding"), "");
}

TEST_F(StaticFilesTest, ClientRoutesFallBackToIndexButMissingAssetsDoNot) {
  StaticFiles files = open();
  Response route = files.serve(get("/console/enterprises/91430104MA4EMRA639"));
  EXPECT_EQ(route.status, 200);
  EXPECT_EQ(route.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(header(route, "Cache-Control"), "no-cache");
  EXPECT_EQ(files.serve(get("/assets/gone-000.js")).status, 404);
}

TEST_F(StaticFilesTest, RefusesTraversalAndLinksOutOfTheRoot) {
  StaticFiles files = open();
  for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/./index.html",
                           "/a\\..\\..\\secret.txt", "/link.txt"}) {
    Response r = files.serve(get(path));
    EXPECT_EQ(r.status, 400) << path;
    EXPECT_EQ(r.body.find("top secret"), std::string::npos) << path;
  }
}

TEST_F(StaticFilesTest, HeadAnswersHeadersWithoutBody) {
  StaticFiles files = open();
  Response r = files.serve(get("/assets/index-abc123.js", "HEAD"));
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8");
}

}  // namespace
}  // namespace xj::http

#include "support/test_db.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "support/pg_cluster.h"

namespace xj::testing {
namespace {

namespace fs = std::filesystem;

bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && (std::string_view(ci) == "true" || std::string_view(ci) == "1");
}

// The temporary folders of this process, removed when it exits.
class TempDirs {
 public:
  ~TempDirs() {
    std::error_code ignored;
    for (const fs::path& dir : dirs_) fs::remove_all(dir, ignored);
  }
  fs::path create() {
    std::string pattern = (fs::temp_directory_path() / "xj-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    std::lock_guard lock(mutex_);
    dirs_.emplace_back(pattern);
    return dirs_.back();
  }

 private:
  std::mutex mutex_;
  std::vector<fs::path> dirs_;  // guarded by mutex_
};

// Starts the PostgreSQL cluster before the first test, from the main thread (see pg_cluster.h),
// or skips every test when PostgreSQL is missing — a failure instead under CI=true.
class PostgresEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    if (backend() != "postgresql") return;
    if (!find_pg_bindir()) {
      if (in_ci()) FAIL() << "XJ_TEST_DB=postgresql but PostgreSQL 15 is not installed (CI=true)";
      GTEST_SKIP() << "PostgreSQL 15 is not installed; run scripts/install-deps --test";
    }
    Result<PgCluster*> cluster = PgCluster::instance();
    ASSERT_TRUE(cluster) << cluster.error().message;
  }
};

[[maybe_unused]] ::testing::Environment* const kEnvironment =
    ::testing::AddGlobalTestEnvironment(new PostgresEnvironment);

}  // namespace

std::string backend() {
  const char* name = std::getenv("XJ_TEST_DB");
  const std::string value = name == nullptr || *name == '\0' ? "sqlite" : name;
  if (value != "sqlite" && value != "postgresql") {
    throw std::invalid_argument("XJ_TEST_DB must be sqlite or postgresql, not " + value);
  }
  return value;
}

fs::path temp_dir() {
  static TempDirs dirs;
  return dirs.create();
}

std::string fresh_database_url() {
  if (backend() == "sqlite") return "sqlite:" + (temp_dir() / "xinjian.db").string();
  Result<PgCluster*> cluster = PgCluster::instance();
  if (!cluster) throw std::runtime_error("test cluster: " + cluster.error().message);
  Result<std::string> url = (*cluster)->create_database();
  if (!url) throw std::runtime_error("test database: " + url.error().message);
  return *url;
}

std::unique_ptr<store::Database> fresh_database() {
  const std::string url = fresh_database_url();
  Result<std::unique_ptr<store::Database>> db = store::open(url);
  if (!db) {
    ADD_FAILURE() << "cannot open " << url << ": " << db.error().message;
    throw std::runtime_error("cannot open the test database");
  }
  return std::move(*db);
}

}  // namespace xj::testing

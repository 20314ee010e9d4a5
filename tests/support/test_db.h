// The database under test, for integration tests that run once per backend.
//
// XJ_TEST_DB selects the backend: "sqlite" (default) or "postgresql". For PostgreSQL the first
// call starts a throwaway cluster (initdb + pg_ctl in a temporary directory, a free loopback
// port, run as a non-root OS user) that is stopped and removed when the process exits. Without
// a PostgreSQL installation the tests are skipped — except when CI=true, where that is a failure.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "store/database.h"

namespace xj::testing {

// "sqlite" or "postgresql", from XJ_TEST_DB.
std::string backend();

// The URL of a new, empty database (a new file, or a new database in the test cluster).
std::string fresh_database_url();

// Opens fresh_database_url(); fails the test on error.
std::unique_ptr<store::Database> fresh_database();

// A new temporary directory, removed at process exit.
std::filesystem::path temp_dir();

}  // namespace xj::testing

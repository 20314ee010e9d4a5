// What every command needs before it does its job: the database (opened, created and migrated —
// api.md: "Every CLI command that opens a database creates or migrates it first"), the business
// date (--today, else today in Asia/Shanghai) and the audited legacy-USCC list.
//
// Failures here are fatal for the command: the caller prints the message and exits 2.
#pragma once

#include <memory>

#include "cli/settings.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/uscc_legacy.h"
#include "store/database.h"

namespace xj::cli {

// Opens settings.db_url and applies pending migrations.
Result<std::unique_ptr<store::Database>> open_database(const Settings& settings);

// A fixed clock for --today (bad_request for a malformed date), else the real clock.
Result<core::Clock> business_clock(const Settings& settings);

// config/uscc-legacy.txt of the configuration folder.
Result<core::LegacyCodes> legacy_codes(const Settings& settings);

// Thrown by a command's callback to end the program with `code` (api.md exit codes); main()
// prints `message` on stderr when it is not empty.
struct Exit {
  int code;
  std::string message;
};

// Throws Exit{2, message} when r failed; otherwise returns its value.
template <typename T>
T or_exit(Result<T> r) {
  if (!r) throw Exit{2, r.error().message};
  return std::move(*r);
}
inline void or_exit(Status s) {
  if (!s) throw Exit{2, s.error().message};
}

}  // namespace xj::cli

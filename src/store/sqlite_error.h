// Maps a failed SQLite call to an Error: a unique or primary-key violation is
// ErrorCode::conflict, anything else ErrorCode::internal. The message carries SQLite's text and
// the start of the statement; it is for the log, never for the client.
#pragma once

#include <sqlite3.h>

#include <string_view>

#include "core/result.h"

namespace xj::store {

Error sqlite_error(sqlite3* db, int rc, std::string_view sql);

}  // namespace xj::store

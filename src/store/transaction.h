// Runs a callback inside one transaction on a pooled connection; shared by both backends.
//
// Starts the transaction with `begin_sql`, commits when fn succeeds. When fn fails (or throws)
// nothing is committed: the connection's recycle() rolls back as the lease returns. A pooled
// connection that turns out to be broken at BEGIN (the server closed it while idle) is replaced
// once, since nothing has run yet. Thread-safe as the pool is.
#pragma once

#include <functional>
#include <string_view>

#include "core/result.h"
#include "store/pool.h"

namespace xj::store {

Status run_transaction(Pool& pool, std::string_view begin_sql,
                       const std::function<Status(Session&)>& fn);

}  // namespace xj::store

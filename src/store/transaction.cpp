#include "store/transaction.h"

namespace xj::store {

Status run_transaction(Pool& pool, std::string_view begin_sql,
                       const std::function<Status(Session&)>& fn) {
  for (int attempt = 0;; ++attempt) {
    XJ_TRY(Pool::Lease lease, pool.acquire());
    Result<std::int64_t> begun = lease->exec(begin_sql);
    if (!begun) {
      if (attempt == 0 && !lease->usable()) continue;
      return fail(std::move(begun).error());
    }
    XJ_CHECK(fn(*lease));
    return lease->commit();
  }
}

}  // namespace xj::store

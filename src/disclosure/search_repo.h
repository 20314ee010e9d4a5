// The SQL of the public search (disclosure/search.h): enterprises by exact USCC or by a part of
// their name, exact name first, then names starting with the query, then the rest, each group by
// name and USCC.
//
//   XJ_TRY(SearchPage page, search_enterprises(session, query, 20, 0));
//
// SQLite: 3+ characters through the FTS5 trigram table `enterprise_names`
// (store/schema_disclosure.h), 2 characters by LIKE over enterprises (a scan). PostgreSQL: ILIKE,
// served by the pg_trgm GIN index. The query text is always a bound parameter with LIKE's
// wildcards escaped. Only public columns are read (never the phone).
// Errors: ErrorCode::internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "disclosure/search.h"
#include "store/database.h"

namespace xj::disclosure {

struct SearchHit {
  std::string uscc;
  std::string name;
  std::string region_code;
  std::string status;  // 登记状态
};

struct SearchPage {
  std::vector<SearchHit> items;
  std::int64_t total = 0;
};

// One page (`limit` hits from `offset`) and the total number of hits.
Result<SearchPage> search_enterprises(store::Session& session, const SearchQuery& query,
                                      std::int64_t limit, std::int64_t offset);

}  // namespace xj::disclosure

// Paginated reads of the two lists for the internal and public list routes, newest first, each
// entry with the enterprise's name and division (enterprises.region_code, else USCC positions
// 3–8). The public routes ask for active entries only (abnormal active / dishonest in force on
// as_of, §4.1–§4.2); pending, rejected, removed and expired entries never reach them.
//
//   XJ_TRY(auto page, list_dishonest(session, {.region_prefix = "4301", .state = "active",
//                                               .as_of = today, .offset = 0, .limit = 20}));
//
// Errors: validation_failed (invalid_enum) for an unknown state; internal from the store.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "sanctions/entries.h"
#include "store/database.h"

namespace xj::sanctions {

struct ListQuery {
  std::string region_prefix;          // the enterprise's division starts with it ("" = all)
  std::optional<std::string> uscc;    // one enterprise only (enterprise users)
  // abnormal: active | removed; dishonest: active | pending_approval | expired | removed |
  // rejected; empty = every entry.
  std::optional<std::string> state;
  core::Date as_of;
  std::int64_t offset = 0;
  std::int64_t limit = 20;
};

template <typename Entry>
struct Listed {
  Entry entry;
  std::string name;         // empty when the enterprise is not registered
  std::string region_code;  // the enterprise's division
};

template <typename Entry>
struct ListPage {
  std::vector<Listed<Entry>> items;
  std::int64_t total = 0;
};

Result<ListPage<AbnormalEntry>> list_abnormal(store::Session& s, const ListQuery& q);
Result<ListPage<DishonestEntry>> list_dishonest(store::Session& s, const ListQuery& q);

}  // namespace xj::sanctions

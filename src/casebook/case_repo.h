// Typical cases (典型案例, C12, seed task 12): stored by credit officers, public from their
// publication date with personal data masked (disclosure/masking.h).
//
//   XJ_TRY(CaseRecord stored, casebook::insert_case(session, draft));
//   XJ_TRY(CasePage page, casebook::public_cases(session, today, 20, 0));
//
// Errors: internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::casebook {

struct CaseRecord {
  std::int64_t id = 0;
  std::string title;
  std::optional<std::string> uscc;
  std::string summary;
  std::optional<std::string> body;
  std::string published_on;  // YYYY-MM-DD
  std::string region_code;
  std::string created_by;
};

struct CasePage {
  std::vector<CaseRecord> items;  // newest publication first
  std::int64_t total = 0;
};

// Stores the case (id ignored) with an outbox event `case.published`; returns it with its id.
Result<CaseRecord> insert_case(store::Session& session, CaseRecord draft);

// The cases published on or before `today`, newest first, masked for the public.
Result<CasePage> public_cases(store::Session& session, core::Date today, std::int64_t limit,
                              std::int64_t offset);

// One case if it is published on or before `today` (masked), else nullopt.
Result<std::optional<CaseRecord>> public_case(store::Session& session, core::Date today,
                                              std::int64_t id);

}  // namespace xj::casebook

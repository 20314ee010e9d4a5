// Proposals for a credit officer to decide (nothing is listed automatically):
//   - abnormal list (§4.1) from spot-check results: an inspection whose results contain
//       未按规定公示应当公示的信息        → instant_info
//       公示信息隐瞒真实情况弄虚作假      → false_info
//       通过登记的住所（经营场所）无法联系 → unreachable
//     and that no abnormal entry names as proposed_from;
//   - escalation to the dishonest list (§4.1): abnormal entries active on `today` that reach
//     3 years within 60 days (notice_due: the prior notice is to be prepared) or already have
//     (eligible), and that no pending or active dishonest entry already uses as its basis.
//
//   XJ_TRY(auto items, abnormal_proposals(session, "4301", today));
//
// Errors: internal from the store. Thread safety: as the Session.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "sanctions/entries.h"
#include "store/database.h"

namespace xj::sanctions {

struct AbnormalProposal {
  std::string inspection_no;
  std::string uscc;
  std::string name;
  std::string region_code;
  std::string ground;
  std::string checked_on;
  std::string authority;
};

struct EscalationProposal {
  AbnormalEntry entry;
  std::string name;
  std::string eligible_on;  // listed_on + 3 years
  bool notice_due = false;  // eligible_on still ahead (within 60 days)
};

// The grounds proposed by an inspection's stored results (joined with '；'), in §4.1 order.
std::vector<std::string> grounds_of_results(std::string_view results);

Result<std::vector<AbnormalProposal>> abnormal_proposals(store::Session& s,
                                                         const std::string& region_prefix,
                                                         core::Date today);

Result<std::vector<EscalationProposal>> escalation_proposals(store::Session& s,
                                                             const std::string& region_prefix,
                                                             core::Date today);

}  // namespace xj::sanctions

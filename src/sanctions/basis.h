// The basis of a serious-dishonest listing (§4.2): a heavier penalty of the same enterprise (by
// its decision number) that is not revoked, or an abnormal entry of the same enterprise active
// for at least 3 years on the listing date. basis_failures() is pure; load_basis_facts() reads
// what it needs.
//
//   XJ_TRY(BasisFacts facts, load_basis_facts(session, proposal));
//   auto failures = basis_failures(proposal, facts);   // empty: eligible
//
// Failure codes (details[].code of 422 not_eligible, field "basis"): basis_not_found,
// other_enterprise, not_heavier, penalty_revoked, abnormal_not_active, abnormal_under_3_years,
// already_listed.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "sanctions/entries.h"
#include "store/database.h"

namespace xj::sanctions {

struct DishonestProposal {
  std::string uscc;
  std::string basis_type;  // penalty | abnormal_list
  std::string basis_id;
  std::optional<std::string> grounds;
  std::optional<std::string> decision_no;
  std::optional<std::string> authority;
  core::Date listed_on;
  std::optional<std::string> notice_served_on;
  bool hearing_requested = false;
  std::optional<std::string> hearing_held_on;
  std::string proposer_region;
  std::string proposed_by;
};

struct BasisPenalty {
  std::string uscc;
  bool heavier = false;  // §3 (disclosure::is_heavier)
  std::optional<std::string> revoked_on;
};

struct BasisFacts {
  std::optional<BasisPenalty> penalty;
  std::optional<AbnormalEntry> abnormal;
  bool already_listed = false;  // an entry of the same enterprise pending or in force on listed_on
};

std::vector<ErrorDetail> basis_failures(const DishonestProposal& p, const BasisFacts& facts);

Result<BasisFacts> load_basis_facts(store::Session& s, const DishonestProposal& p);

}  // namespace xj::sanctions

// The public record of one enterprise (api.md "The public record"), as plain structs: what the
// disclosure rules (domain-rules.md §2) allow the public to see on `today`.
//
//   XJ_TRY(PublicRecord record, public_record(session, "914301007073600123", today));
//
// Contains: the enterprise's basic data without its phone; active key-area entries; all licences
// with their displayed status; penalties public today, with public_until and masked facts;
// public inspections with masked findings and failed items (inspection records carry no
// inspector names). Never risk scores or classes. Commitments and the abnormal and dishonest
// lists come with their capabilities; until then the JSON mapping shows them empty.
// Errors: not_found for a USCC the system does not know (no enterprise row and no record);
// internal from the store. Thread safety: as the Session passed in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "disclosure/publicity.h"
#include "store/database.h"

namespace xj::disclosure {

struct PublicKeyArea {
  std::string area;
  std::optional<std::string> subcategory;
  std::string licence_no;
  std::string listed_on;
};

struct PublicLicence {
  std::string licence_no;
  std::string licence_type;
  std::optional<std::string> scope;
  std::string issuer;
  std::string issued_on;
  std::string valid_until;
  std::string status;  // as displayed today: 有效 过期 注销 撤销 吊销
};

struct PublicPenalty {
  std::string decision_no;
  std::string violation_type;
  std::optional<std::string> facts;  // masked
  std::string legal_basis;
  std::vector<std::string> penalty_types;
  std::optional<std::int64_t> fine_fen;
  std::optional<std::int64_t> confiscation_fen;
  std::string decided_on;
  std::string authority;
  core::Date public_until;  // last day in force
};

struct PublicInspection {
  std::string inspection_no;
  std::string kind;
  std::optional<std::string> matter;
  std::string checked_on;
  std::vector<std::string> results;
  std::optional<std::string> product;
  std::optional<std::string> failed_items;  // masked
  std::optional<std::string> findings;      // masked
  std::string authority;
};

// 经营异常名录 (§4.1): active today.
struct PublicAbnormalEntry {
  std::int64_t id = 0;
  std::string ground;
  std::string listed_on;
  std::optional<std::string> decision_no;
  std::optional<std::string> authority;
};

// An abnormal-list ground code (domain-rules §4.1) in the words of the list, e.g. unreachable →
// 通过登记的住所或经营场所无法联系; an unknown code is returned as it is.
std::string abnormal_ground_title(const std::string& ground);

// 严重违法失信名单 (§4.2): in force today (status active, listed_on ≤ today < expires_on, not
// removed); pending approval is never public.
struct PublicDishonestEntry {
  std::int64_t id = 0;
  std::optional<std::string> grounds;
  std::string listed_on;
  std::string expires_on;
  std::optional<std::string> decision_no;
  std::optional<std::string> authority;
};

// §2: voluntary, registration and approval commitments, and every false-commitment finding.
struct PublicCommitment {
  std::int64_t id = 0;
  std::string kind;
  std::string text;  // masked
  std::string made_on;
  std::string verification_result;
};

struct PublicRecord {
  std::string uscc;
  std::string name;
  std::optional<std::string> legal_representative;
  std::optional<std::string> address;
  std::string region_code;
  std::optional<std::string> status;  // 登记状态; empty when only records name the enterprise
  std::vector<PublicKeyArea> key_areas;
  std::vector<PublicLicence> licences;
  std::vector<PublicPenalty> penalties;
  std::vector<PublicInspection> inspections;
  std::vector<PublicCommitment> commitments;
  std::vector<PublicAbnormalEntry> abnormal_list;
  std::vector<PublicDishonestEntry> dishonest_list;
};

// Reads the enterprise and its records through the registry and collection repos and applies
// the publicity rules for `today`. REQUIRES: uscc is a normalised, valid USCC.
Result<PublicRecord> public_record(store::Session& session, std::string_view uscc, core::Date today,
                                   const PublicityConfig& config = {});

}  // namespace xj::disclosure

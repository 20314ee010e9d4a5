// The identifiers of the demo data set: USCCs with real check characters (domain-rules.md §1.1),
// food (SC) and special-equipment (TS) licence numbers (§1.2), decision, inspection and event
// numbers, inspector certificate numbers and mobile phone numbers.
//
//   UsccIssuer issuer(seed);
//   issuer.issue(42, "91", "430104", /*organisation_code_era=*/false);  // 91430104MA4…
//   Sequences seq;  seq.next("SC101430104")  → 1, 2, 3 …
//
// Uniqueness is by construction: USCCs from a bijection of the enterprise index, the other
// numbers from per-key counters (Sequences). Not thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "demo/prng.h"

namespace xj::demo {

// The largest data set the demo generates: USCCs come from a 31^5 body space, and SC sequences
// (4 digits per category and county) stay below 9 999 up to this size (the largest county gets
// ~2.6 % of enterprises, the largest category ~13 % of food producers).
inline constexpr std::uint64_t kMaxEnterprises = 2'000'000;

// A USCC from its parts: type (2 characters: 91, 92, 93), region (6 digits) and the 8-character
// organisation body; positions 17 and 18 are computed with core's check helpers.
std::string compose_uscc(std::string_view type, std::string_view region, std::string_view body);

class UsccIssuer {
 public:
  explicit UsccIssuer(std::uint64_t seed);

  // The USCC of generated enterprise `index` (REQUIRES: index < kMaxEnterprises). An enterprise
  // of the organisation-code era (before 2016) keeps its 8-digit organisation code as body;
  // later ones get a Hunan-style `MA4…` body. Distinct indexes give distinct codes.
  std::string issue(std::uint64_t index, std::string_view type, std::string_view region,
                    bool organisation_code_era) const;

  // A fixed, seed-independent code for showcase enterprise `slot` (< 64), disjoint from every
  // issue() result.
  static std::string showcase(std::uint64_t slot, std::string_view type, std::string_view region);

 private:
  std::uint64_t digit_a_, digit_b_;  // affine bijection over 10^8
  std::uint64_t ma_a_, ma_b_;        // affine bijection over the non-reserved MA bodies
};

// Per-key counters: next(key) is 1 the first time, then grows by `step` (≥ 1) each call.
class Sequences {
 public:
  std::int64_t next(const std::string& key, std::int64_t step = 1);

 private:
  std::map<std::string, std::int64_t> last_;
};

// SC + category + region (province, city, county digits) + 4-digit sequence + check digit.
// The real check algorithm is not public (§1.2); the demo writes the digit sum mod 10.
// REQUIRES: 1 ≤ sequence ≤ 9999, region of 6 digits.
std::string food_licence_no(std::string_view category, std::string_view region, int sequence);

// TS + work digit + equipment digit + 43 + sequence (3 digits, more past 999) + "-" + expiry year.
std::string equipment_licence_no(char work, char equipment, std::int64_t sequence, int expiry_year);

// 湘长市监罚〔2025〕123号 from the prefix (湘长市监罚, 岳麓区市监罚), year and sequence.
std::string decision_no(std::string_view prefix, int year, std::int64_t sequence);

// A mainland mobile number: 11 digits, 13x/15x/17x/18x/19x.
std::string mobile_number(Prng& rng);

}  // namespace xj::demo

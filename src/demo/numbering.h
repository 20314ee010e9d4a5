// Numbering: hands out the demo data set's record numbers, each unique by construction (a
// counter per key). The showcase enterprises draw their numbers here first, so generated records
// never collide with them.
//
//   Numbering numbers;
//   numbers.food_licence("103", "430104")          // SC10343010400011, then …00021 …
//   numbers.decision(rng, "湘长市监罚", 2025)       // 湘长市监罚〔2025〕1号, then 2–4 …
//
// Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "demo/codes.h"
#include "demo/prng.h"

namespace xj::demo {

class Numbering {
 public:
  // SC number of the next producer of `category` licensed in `region`. REQUIRES: fewer than
  // 10 000 calls per (category, region), which kMaxEnterprises ensures.
  std::string food_licence(std::string_view category, std::string_view region);

  // TS number of the next unit of this work/equipment pair whose licence expires in `year`.
  std::string equipment_licence(char work, char equipment, int expiry_year);

  // The next decision number of an authority prefix (湘长市监罚, 岳麓区市监罚) in a year; numbers
  // advance by 1–3 (other cases of the authority are not in the data set).
  std::string decision(Prng& rng, std::string_view prefix, int year);

  // Inspection number: kind code (JD 监督检查, SS 双随机抽查, ZX 专项检查, CJ 监督抽检) + year +
  // region + 6-digit sequence.
  std::string inspection(std::string_view kind_code, int year, std::string_view region);

  // Event number: SJ + year + region + 6-digit sequence.
  std::string event(int year, std::string_view region);

  // 执法证号: region + year of issue + 4-digit sequence (43010020190123).
  std::string inspector(std::string_view region, int year);

 private:
  Sequences sequences_;
};

}  // namespace xj::demo

// Demo inspectors (执法检查人员名录库, formats.md `inspectors`): about one per 50 enterprises and
// at least 30, spread over Hunan by population; every prefecture gets at least two active 综合
// inspectors at its bureau, so that a double-random draw (domain-rules.md §8, ≥ 2 per task) can
// succeed in any prefecture.
//
//   auto inspectors = make_inspectors(seed, 10'000, today, numbers);   // 200 inspectors
//
// Deterministic from the seed; certificate numbers (执法证号) are unique through `numbers`.
#pragma once

#include <cstdint>
#include <vector>

#include "collection/model.h"
#include "core/date.h"
#include "demo/numbering.h"

namespace xj::demo {

// max(30, enterprises / 50).
std::uint64_t inspector_count(std::uint64_t enterprises);

std::vector<collection::Inspector> make_inspectors(std::uint64_t seed, std::uint64_t enterprises,
                                                   core::Date today, Numbering& numbers);

}  // namespace xj::demo

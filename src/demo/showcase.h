// The showcase enterprises: the first records of every demo data set, the same whatever the seed
// (dates are relative to today), so that the README and the tests can point at them.
//
//   0 长沙湘江食品有限公司   food producer (调味品), 岳麓区 430104: SC licence, a public penalty
//                            within its 3-month publicity period (its facts carry a phone number),
//                            a warning-only penalty, an inspection and a passed sampling, a phone.
//   1 株洲福瑞电梯工程有限公司 elevator maintenance unit (电梯维保), 天元区 430211: TS licence,
//                            rescue_late and fault_recurrence events, a lapsed lower-fine penalty.
//   2 湘潭县新兴液化气充装站 LPG cylinder filling unit (气瓶充装), 湘潭县 430321: TS licence, a
//                            heavier 3-year penalty, non_own and overdue cylinder fill events.
//
// Their USCCs are showcase_uscc(i) (UsccIssuer::showcase, never issued to generated ones).
#pragma once

#include <cstddef>
#include <string>

#include "core/date.h"
#include "demo/numbering.h"
#include "demo/records.h"

namespace xj::demo {

inline constexpr std::size_t kShowcaseCount = 3;

// The USCC of showcase enterprise i. REQUIRES: i < kShowcaseCount.
std::string showcase_uscc(std::size_t i);

// Showcase enterprise i with its records; numbers come from `numbers` (call these first).
// REQUIRES: i < kShowcaseCount, today ≥ 2021-01-01.
DemoRecords showcase_enterprise(std::size_t i, core::Date today, Numbering& numbers);

}  // namespace xj::demo

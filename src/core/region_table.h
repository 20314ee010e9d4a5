// The Hunan part of GB/T 2260 (current codes): read-only tables behind region_code.h.
#pragma once

#include <span>

#include "core/region_code.h"

namespace xj::core {

// 430100 长沙市 … 431300 娄底市, 433100 湘西土家族苗族自治州, in code order.
std::span<const RegionEntry> hunan_prefecture_table();

// Every county-level division of Hunan, in code order.
std::span<const RegionEntry> hunan_county_table();

}  // namespace xj::core

// Subject: what the record makers (penalties, inspections, events) need to know about the demo
// enterprise they write for, and the date helpers they share.
//
// Plain data holding pointers into the generator's current enterprise and the read-only
// catalogues; valid while that enterprise is being generated.
#pragma once

#include <cstdint>

#include "core/date.h"
#include "demo/equipment_catalogue.h"
#include "demo/food_catalogue.h"
#include "demo/prng.h"
#include "demo/regions.h"
#include "registry/model.h"

namespace xj::demo {

struct Subject {
  const registry::Enterprise* enterprise = nullptr;
  const County* county = nullptr;
  const FoodCategory* food = nullptr;        // set for food producers
  const EquipmentKind* equipment = nullptr;  // set for special-equipment units
  bool individual = false;                   // 个体工商户 (USCC 92…)
  core::Date established;
  core::Date licensed;  // first licence issue: supervision records start here
  core::Date today;

  bool is_food() const { return food != nullptr; }
  bool is(std::string_view subcategory) const {
    return equipment != nullptr && equipment->subcategory == subcategory;
  }
};

// A day drawn uniformly from [from, to]. REQUIRES: from <= to.
inline core::Date random_day(Prng& rng, core::Date from, core::Date to) {
  return core::Date::from_days(rng.between(from.days_since_epoch(), to.days_since_epoch()));
}

// The later of two dates.
inline core::Date later(core::Date a, core::Date b) { return a < b ? b : a; }

// 2024年3月: how facts name a month.
inline std::string chinese_month(core::Date d) {
  return std::to_string(d.year()) + "年" + std::to_string(d.month()) + "月";
}

}  // namespace xj::demo

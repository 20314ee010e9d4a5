// Generator: the deterministic synthetic Hunan data set of `xinjian demo`, one enterprise at a
// time, so that a million enterprises stream through in constant memory (bar ~40 bytes per
// enterprise name kept for uniqueness).
//
//   Generator gen(seed, today);
//   for (std::uint64_t i = 0; i < n; ++i) write(gen.next());   // showcase enterprises first
//   write(gen.inspectors(n));
//
// Each enterprise is a food producer (~60 %, SC licence of a real category) or a special-equipment
// unit (~40 %, every subcategory of formats.md), with a valid USCC (91, some 92 and 93; positions
// 3–8 its county), a unique realistic name, its key-area list entry (a few removed), its licence
// (a few expired, revoked or cancelled) and its penalties, inspections and events. Every date is
// ≤ today (valid_until may be later). The same (seed, today) gives the same sequence on every
// platform. Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "collection/model.h"
#include "core/date.h"
#include "demo/codes.h"
#include "demo/names.h"
#include "demo/numbering.h"
#include "demo/records.h"

namespace xj::demo {

class Generator {
 public:
  // REQUIRES: today ≥ 2021-01-01 (the key-area list dates from 2021).
  Generator(std::uint64_t seed, core::Date today);

  // The next enterprise: the showcase enterprises (showcase.h) first, then generated ones.
  // REQUIRES: fewer than kMaxEnterprises calls.
  DemoRecords next();

  // The inspectors of a data set of `enterprises` enterprises (inspectors.h).
  std::vector<collection::Inspector> inspectors(std::uint64_t enterprises);

 private:
  DemoRecords generate(std::uint64_t index);

  std::uint64_t seed_;
  core::Date today_;
  UsccIssuer issuer_;
  EnterpriseNamer namer_;
  Numbering numbers_;
  std::uint64_t produced_ = 0;
};

}  // namespace xj::demo

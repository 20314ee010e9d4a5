// Recomputing a draw from its record (api.md `xinjian verify-draw`, domain-rules.md §8).
//
// Internal record: every step — commitment, population order and size, digest, strata sizes,
// selection and order, inspectors (pool, recusals, rotation, load cap). Public record: the
// commitment, the population (order, size), that every selected enterprise is a member and that
// the counts add up; the digest, the sizes per stratum, the order and the inspectors need the
// internal strata and pool and are reported as skipped.
//
//   for (const auto& c : verify_draw(record)) print(c);   // ok when no check has differences
//
// Pure; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "spotcheck/draw_record.h"

namespace xj::spotcheck {

struct Check {
  std::string name;         // "commitment", "population", …
  std::string description;  // what was checked, or why it was skipped
  bool ran = true;
  std::vector<std::string> differences;  // empty: the record agrees
};

std::vector<Check> verify_draw(const DrawRecord& record);
std::vector<Check> verify_draw(const PublicDrawRecord& record);

// No check that ran found a difference.
bool all_ok(const std::vector<Check>& checks);

}  // namespace xj::spotcheck

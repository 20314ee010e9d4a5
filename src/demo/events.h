// Demo events (监管事件, domain-rules.md §10), weighted by the kind of unit: rescue_late and
// fault_recurrence for elevator maintenance units (电梯维保), non_own_cylinder_fill and
// overdue_cylinder_fill for cylinder filling units (气瓶充装), recall and food_safety_incident for
// food producers; complaint_substantiated and accident across the board.
//
//   auto events = make_events(rng, subject, numbers);
//
// Dates lie within the last 2 years, after the first licence, not after subject.today.
// Not thread-safe (uses the caller's Prng and Numbering).
#pragma once

#include <vector>

#include "collection/model.h"
#include "demo/numbering.h"
#include "demo/prng.h"
#include "demo/subject.h"

namespace xj::demo {

std::vector<collection::Event> make_events(Prng& rng, const Subject& subject, Numbering& numbers);

}  // namespace xj::demo

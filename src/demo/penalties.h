// Demo penalties (行政处罚): 0–3 per enterprise, of every kind the publicity rules tell apart
// (domain-rules.md §2, §3): warning-only (警告), circulated criticism, lower-amount fines
// (3-month publicity), heavier penalties (fines ≥ 100 000 yuan, 责令停产停业, 吊销许可证件),
// summary (简易) and ordinary (普通) procedures, a few non-public; real violation types and legal
// bases of the food safety and special equipment laws.
//
//   auto penalties = make_penalties(rng, subject, numbers);
//
// Every decision date lies within the last 5 years, after the enterprise was first licensed, and
// not after subject.today. Not thread-safe (uses the caller's Prng and Numbering).
#pragma once

#include <vector>

#include "collection/model.h"
#include "demo/numbering.h"
#include "demo/prng.h"
#include "demo/subject.h"

namespace xj::demo {

inline constexpr std::string_view kRevokeLicence = "吊销许可证件";

std::vector<collection::Penalty> make_penalties(Prng& rng, const Subject& subject,
                                                Numbering& numbers);

}  // namespace xj::demo

// Demo inspection results (抽查检查结果): supervision inspections (监督检查), double-random spot
// checks (双随机抽查) and special campaigns (专项检查) with the result phrases of domain-rules.md
// §8, and, for food producers, supervision sampling (监督抽检) 合格/不合格 with the product and the
// failed items.
//
//   auto inspections = make_inspections(rng, subject, numbers);
//
// 0–4 per enterprise over the last 3 years, none before the enterprise was first licensed or after
// subject.today; an enterprise that is 注销/吊销/迁出/停业 gets the matching result on its latest
// inspection. Not thread-safe (uses the caller's Prng and Numbering).
#pragma once

#include <vector>

#include "collection/model.h"
#include "demo/numbering.h"
#include "demo/prng.h"
#include "demo/subject.h"

namespace xj::demo {

std::vector<collection::Inspection> make_inspections(Prng& rng, const Subject& subject,
                                                     Numbering& numbers);

}  // namespace xj::demo

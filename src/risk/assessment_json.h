// The JSON texts risk/ stores (nlohmann/json stays in http/ and formats/, style.md): the factor
// list of an assessment and the payload of the `risk.class_changed` outbox event.
//
//   factors_json(a.factors)  → [{"indicator":"penalties_3y","value":2,"points":12,"reason":"…"}]
//   class_changed_payload("general", 'A', 'C', 27) → {"model":"general","from":"A","to":"C","score":27}
//
// Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "risk/scoring.h"

namespace xj::risk {


std::string factors_json(const std::vector<Factor>& factors);

// from/to/score null when absent (first classification; no longer classified).
std::string class_changed_payload(std::string_view model, std::optional<char> from,
                                  std::optional<char> to, std::optional<std::int64_t> score);

}  // namespace xj::risk

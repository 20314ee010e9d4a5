// The commitment routes (信用承诺, domain-rules.md §6; api.md):
//   GET  /api/v1/commitments/templates?kind=     enterprise.read   (extension)
//   POST /api/v1/commitments/templates           commitment.verify (extension) {kind,title,text,[matter]}
//   POST /api/v1/commitments                     commitment.write  → 201 the commitment
//   GET  /api/v1/commitments?uscc=&pending=&overdue=&kind=&region=   enterprise.read (extension)
//   POST /api/v1/commitments/{id}/verification   commitment.verify → 200 the commitment
// Region scope per api.md; an enterprise user makes and reads only its own commitments.
// Also the JSON shape of a commitment in the internal records view (every field; the public
// record's {id, kind, text, made_on, verification_result} is disclosure's).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "commitment/model.h"
#include "core/date.h"
#include "core/working_days.h"
#include "http/capabilities.h"

namespace xj::http {

void register_commitment_handlers(App& app, const Capabilities& caps);

// Every field, with is_public_today.
nlohmann::json commitment_json(const commitment::Commitment& c);
// Every commitment of one enterprise (commitment_json) for the internal records view.
Result<nlohmann::json> internal_commitments_json(store::Session& s, std::string_view uscc);

// Shared by the commitment and repair routes.
// A numeric path parameter; 404 not_found with `missing` otherwise.
Result<std::int64_t> id_param(const Request& req, const char* name, const char* missing);

}  // namespace xj::http

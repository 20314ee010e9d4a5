#include "core/result.h"

namespace xj {

std::string_view to_string(ErrorCode code) {
  switch (code) {
    case ErrorCode::bad_request: return "bad_request";
    case ErrorCode::missing_column: return "missing_column";
    case ErrorCode::unauthenticated: return "unauthenticated";
    case ErrorCode::forbidden: return "forbidden";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::payload_too_large: return "payload_too_large";
    case ErrorCode::validation_failed: return "validation_failed";
    case ErrorCode::not_eligible: return "not_eligible";
    case ErrorCode::seed_mismatch: return "seed_mismatch";
    case ErrorCode::insufficient_inspectors: return "insufficient_inspectors";
    case ErrorCode::rate_limited: return "rate_limited";
    case ErrorCode::internal: return "internal";
  }
  return "internal";
}

}  // namespace xj

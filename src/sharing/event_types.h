// The pushed event types (api.md "Events pushed to subscribers") and which outbox events become
// them (docs/sharing.md "What is pushed").
//
//   if (translation_of(event.type) == Translation::pass_through) push(event.type, event.payload);
//
// Pure; thread-safe.
#pragma once

#include <span>
#include <string_view>

namespace xj::sharing {

inline constexpr std::string_view kPenaltyPublished = "penalty.published";
inline constexpr std::string_view kRiskClassChanged = "risk.class_changed";

// Every pushed type, in api.md's order.
std::span<const std::string_view> pushed_types();

bool is_pushed_type(std::string_view type);

// Whether a pushed type tells only what the public may see anyway: every type except
// risk.class_changed (risk classes are never public, domain-rules and api.md: internal
// partners only).
bool is_public_type(std::string_view type);

enum class Translation {
  none,          // not pushed
  pass_through,  // pushed under the same type; the outbox payload becomes `data`
  penalty,       // penalty.created / penalty.updated: penalty.published when public today
};

Translation translation_of(std::string_view outbox_type);

}  // namespace xj::sharing

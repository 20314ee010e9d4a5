#include "sharing/event_types.h"

#include <algorithm>
#include <array>

namespace xj::sharing {
namespace {

constexpr std::array<std::string_view, 7> kPushed = {
    "dishonest_list.added",  "dishonest_list.removed", "abnormal_list.added",
    "abnormal_list.removed", kPenaltyPublished,        "repair.granted",
    kRiskClassChanged};

}  // namespace

std::span<const std::string_view> pushed_types() { return kPushed; }

bool is_pushed_type(std::string_view type) {
  return std::find(kPushed.begin(), kPushed.end(), type) != kPushed.end();
}

bool is_public_type(std::string_view type) {
  return is_pushed_type(type) && type != kRiskClassChanged;
}

Translation translation_of(std::string_view outbox_type) {
  if (outbox_type == "penalty.created" || outbox_type == "penalty.updated") {
    return Translation::penalty;
  }
  if (outbox_type != kPenaltyPublished && is_pushed_type(outbox_type)) {
    return Translation::pass_through;
  }
  return Translation::none;
}

}  // namespace xj::sharing

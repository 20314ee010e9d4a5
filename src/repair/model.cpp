#include "repair/model.h"

namespace xj::repair {

std::string_view to_string(TargetType type) {
  switch (type) {
    case TargetType::penalty:
      return "penalty";
    case TargetType::abnormal_list:
      return "abnormal_list";
    case TargetType::dishonest_list:
      return "dishonest_list";
  }
  return "penalty";
}

std::optional<TargetType> parse_target_type(std::string_view text) {
  for (TargetType t : {TargetType::penalty, TargetType::abnormal_list, TargetType::dishonest_list}) {
    if (to_string(t) == text) return t;
  }
  return std::nullopt;
}

bool is_open(std::string_view status) {
  return status == kSubmitted || status == kPendingSecondApproval;
}

}  // namespace xj::repair

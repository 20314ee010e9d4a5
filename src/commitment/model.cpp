#include "commitment/model.h"

#include <algorithm>
#include <array>

namespace xj::commitment {
namespace {

constexpr std::array<std::string_view, 4> kKinds = {"approval", "registration", "voluntary",
                                                    "repair"};
constexpr std::array<std::string_view, 4> kActions = {"terminate", "rectify", "revoke", "penalty"};

}  // namespace

bool is_kind(std::string_view kind) {
  return std::find(kKinds.begin(), kKinds.end(), kind) != kKinds.end();
}

bool is_action(std::string_view action) {
  return std::find(kActions.begin(), kActions.end(), action) != kActions.end();
}

}  // namespace xj::commitment

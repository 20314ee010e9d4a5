// Warning: a problem worth reporting that does not reject the value (api.md import summary
// "warnings": code + sentence). Plain value type.
#pragma once

#include <string>

namespace xj {

struct Warning {
  std::string code;     // e.g. "uscc_org_check"
  std::string message;  // Chinese first, English in parentheses

  friend bool operator==(const Warning&, const Warning&) = default;
};

}  // namespace xj

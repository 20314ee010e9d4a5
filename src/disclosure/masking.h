// Masking personal data in free text (domain-rules.md §2: identity-card numbers and phone numbers
// are never public).
//
//   mask_personal_data("联系人手机13812341234") == "联系人手机138****1234"
//   mask_personal_data("身份证430102199003071234") == "身份证430102********1234"
//
// Masks, where they stand alone (not inside a longer run of letters or digits):
//   - identity-card-like numbers: 17 digits followed by a digit or X → first 6 and last 4 kept;
//   - mainland mobile numbers: 1[3-9] followed by 9 digits → first 3 and last 4 kept.
// Full-width digits (０–９) and Ｘ count as their ASCII forms and are masked the same way; all
// other text, including multi-byte UTF-8, passes through byte for byte. Pure and thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace xj::disclosure {

std::string mask_personal_data(std::string_view text);

}  // namespace xj::disclosure

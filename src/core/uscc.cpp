#include "core/uscc.h"

#include <array>
#include <cassert>
#include <optional>

#include "core/text.h"

namespace xj::core {
namespace {

constexpr std::size_t kLength = 18;

std::optional<int> alphabet_value(char c) {
  const auto pos = kUsccAlphabet.find(c);
  if (pos == std::string_view::npos) return std::nullopt;
  return static_cast<int>(pos);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// §1.1 positions 1–2: registration authority 登记管理部门 → its entity types 机构类别.
struct AuthorityTypes {
  char authority;
  std::string_view types;
};

constexpr AuthorityTypes kPairs[] = {
    {'1', "1239"}, {'2', "19"}, {'3', "123459"}, {'4', "19"}, {'5', "1239"}, {'6', "129"},
    {'7', "129"},  {'8', "19"}, {'9', "123"},    {'A', "19"}, {'N', "1239"}, {'Y', "1"},
};

bool is_valid_pair(char authority, char type) {
  for (const AuthorityTypes& pair : kPairs) {
    if (pair.authority == authority) return pair.types.find(type) != std::string_view::npos;
  }
  return false;
}

// The shape and pair rules; the reason for the first failure, or nullopt.
std::optional<std::string> shape_failure(std::string_view code) {
  if (code.empty()) return "统一社会信用代码为空 (USCC is empty)";
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (!alphabet_value(code[i])) {
      const auto pos = std::to_string(i + 1);
      return "统一社会信用代码第" + pos + "位含非法字符 (invalid character at position " + pos +
             "; I, O, S, V, Z and non-alphanumerics are not used)";
    }
  }
  if (code.size() != kLength) {
    const auto n = std::to_string(code.size());
    return "统一社会信用代码应为18位，实为" + n + "位 (USCC must have 18 characters, got " + n +
           ")";
  }
  for (std::size_t i = 2; i < 8; ++i) {
    if (!is_digit(code[i])) {
      return std::string(
          "统一社会信用代码第3–8位应为行政区划代码数字 (positions 3–8 must be digits)");
    }
  }
  if (!is_valid_pair(code[0], code[1])) {
    const std::string pair(code.substr(0, 2));
    return "统一社会信用代码登记管理部门与机构类别代码组合 " + pair +
           " 不存在 (authority/type pair " + pair + " does not exist)";
  }
  return std::nullopt;
}

}  // namespace

char uscc_check_char(std::string_view first17) {
  // §1.1: W_i = 3^(i-1) mod 31; check = alphabet[(31 − S mod 31) mod 31].
  assert(first17.size() == kLength - 1);
  int weight = 1;
  int sum = 0;
  for (char c : first17) {
    const auto value = alphabet_value(c);
    assert(value.has_value());
    sum += value.value_or(0) * weight;
    weight = weight * 3 % 31;
  }
  return kUsccAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

char org_code_check_char(std::string_view eight) {
  // §1.1 / GB 11714: 0–9 → 0–9, A–Z → 10–35; C = 11 − (S mod 11); 10 → X, 11 → 0.
  static constexpr std::array<int, 8> kWeights = {3, 7, 9, 10, 5, 8, 4, 2};
  assert(eight.size() == kWeights.size());
  int sum = 0;
  for (std::size_t i = 0; i < kWeights.size(); ++i) {
    const char c = eight[i];
    assert(is_digit(c) || (c >= 'A' && c <= 'Z'));
    const int value = is_digit(c) ? c - '0' : c - 'A' + 10;
    sum += value * kWeights[i];
  }
  const int check = 11 - sum % 11;
  if (check == 10) return 'X';
  if (check == 11) return '0';
  return static_cast<char>('0' + check);
}

UsccCheck check_uscc(std::string_view raw, const LegacyCodes& legacy) {
  UsccCheck out;
  out.code = normalize_code(raw);
  const std::string_view code = out.code;
  if (auto failure = shape_failure(code)) {
    out.reason = std::move(*failure);
    return out;
  }
  const char expected = uscc_check_char(code.substr(0, kLength - 1));
  if (code[kLength - 1] == expected) {
    out.verdict = UsccVerdict::valid;
  } else if (legacy.contains(code)) {
    out.verdict = UsccVerdict::legacy;
    out.warnings.push_back(
        {"uscc_legacy",
         "统一社会信用代码校验位不符，但属于经核实的早期试点代码 (check character mismatch; "
         "accepted as an audited legacy code)"});
  } else {
    out.reason = std::string("统一社会信用代码校验位错误，应为 ") + expected +
                 " (check character mismatch, expected " + expected + ")";
    return out;
  }
  // Position 17 is the organisation-code check over positions 9–16: a warning only (§1.1).
  const char org_expected = org_code_check_char(code.substr(8, 8));
  if (code[16] != org_expected) {
    out.warnings.push_back(
        {"uscc_org_check", std::string("统一社会信用代码第17位组织机构代码校验位不符，应为 ") +
                               org_expected + " (organisation-code check mismatch, expected " +
                               org_expected + ")"});
  }
  return out;
}

Result<Uscc> Uscc::parse(std::string_view raw, const LegacyCodes& legacy, std::string_view field) {
  UsccCheck checked = check_uscc(raw, legacy);
  if (checked.verdict == UsccVerdict::invalid) {
    return invalid(std::string(field), "invalid_uscc", std::move(checked.reason));
  }
  return Uscc(std::move(checked.code));
}

}  // namespace xj::core

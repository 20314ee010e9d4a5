#include "demo/codes.h"

#include <cassert>
#include <numeric>

#include "core/uscc.h"

namespace xj::demo {
namespace {

constexpr std::uint64_t kDigitSpace = 100'000'000;  // 8-digit organisation codes
constexpr std::uint64_t kMaSpace = 28'629'151;      // 31^5: the 5 characters after "MA4"
constexpr std::uint64_t kShowcaseSlots = 64;        // low end of the MA space, reserved
// v ↦ v·kMaScramble + kMaOffset mod 31^5 (a bijection: the multiplier is coprime with 31^5)
// spreads the small showcase values over the space, so that no body reads MA400000….
constexpr std::uint64_t kMaScramble = 7'654'321;
constexpr std::uint64_t kMaOffset = 13'579'246;
static_assert(kMaxEnterprises <= kMaSpace - kShowcaseSlots);

// A multiplier derived from the seed and coprime with n, so that i ↦ a·i + b mod n is a bijection.
std::uint64_t coprime_multiplier(std::uint64_t raw, std::uint64_t n) {
  std::uint64_t a = raw % n;
  if (a < 2) a = 2;
  while (std::gcd(a, n) != 1) ++a;
  return a;
}

std::uint64_t mul_mod(std::uint64_t a, std::uint64_t b, std::uint64_t n) {
  return static_cast<std::uint64_t>((static_cast<unsigned __int128>(a) * b) % n);
}

// "MA4" + five USCC-alphabet characters for a value of the MA space.
std::string ma_body(std::uint64_t value) {
  std::uint64_t v = (mul_mod(value, kMaScramble, kMaSpace) + kMaOffset) % kMaSpace;
  std::string tail(5, '0');
  for (int i = 4; i >= 0; --i) {
    tail[static_cast<std::size_t>(i)] = core::kUsccAlphabet[v % 31];
    v /= 31;
  }
  return "MA4" + tail;
}

std::string padded(std::uint64_t value, int width) {
  std::string s = std::to_string(value);
  if (static_cast<int>(s.size()) < width)
    s.insert(0, static_cast<std::size_t>(width) - s.size(), '0');
  return s;
}

}  // namespace

std::string compose_uscc(std::string_view type, std::string_view region, std::string_view body) {
  std::string code;
  code.reserve(18);
  code += type;
  code += region;
  code += body;
  code += core::org_code_check_char(body);
  code += core::uscc_check_char(code);
  return code;
}

UsccIssuer::UsccIssuer(std::uint64_t seed) {
  Prng rng(seed, kReservedStreams);
  digit_a_ = coprime_multiplier(rng.next(), kDigitSpace);
  digit_b_ = rng.below(kDigitSpace);
  const std::uint64_t open = kMaSpace - kShowcaseSlots;
  ma_a_ = coprime_multiplier(rng.next(), open);
  ma_b_ = rng.below(open);
}

std::string UsccIssuer::issue(std::uint64_t index, std::string_view type, std::string_view region,
                              bool organisation_code_era) const {
  assert(index < kMaxEnterprises);
  if (organisation_code_era) {
    const std::uint64_t v = (mul_mod(digit_a_, index, kDigitSpace) + digit_b_) % kDigitSpace;
    return compose_uscc(type, region, padded(v, 8));
  }
  const std::uint64_t open = kMaSpace - kShowcaseSlots;
  const std::uint64_t v = (mul_mod(ma_a_, index, open) + ma_b_) % open;
  return compose_uscc(type, region, ma_body(kShowcaseSlots + v));
}

std::string UsccIssuer::showcase(std::uint64_t slot, std::string_view type,
                                 std::string_view region) {
  assert(slot < kShowcaseSlots);
  return compose_uscc(type, region, ma_body(slot));
}

std::int64_t Sequences::next(const std::string& key, std::int64_t step) {
  auto& last = last_[key];
  last = last == 0 ? 1 : last + step;
  return last;
}

std::string food_licence_no(std::string_view category, std::string_view region, int sequence) {
  assert(sequence >= 1 && sequence <= 9999);
  std::string no = "SC";
  no += category;
  no += region;
  no += padded(static_cast<std::uint64_t>(sequence), 4);
  int sum = 0;
  for (char c : std::string_view(no).substr(2)) sum += c - '0';
  no += static_cast<char>('0' + sum % 10);
  return no;
}

std::string equipment_licence_no(char work, char equipment, std::int64_t sequence,
                                 int expiry_year) {
  std::string no = "TS";
  no += work;
  no += equipment;
  no += "43";
  no += padded(static_cast<std::uint64_t>(sequence), 3);
  no += '-';
  no += std::to_string(expiry_year);
  return no;
}

std::string decision_no(std::string_view prefix, int year, std::int64_t sequence) {
  return std::string(prefix) + "〔" + std::to_string(year) + "〕" + std::to_string(sequence) + "号";
}

std::string mobile_number(Prng& rng) {
  static constexpr std::string_view kPrefixes[] = {"130", "131", "132", "133", "135", "136", "137",
                                                   "138", "139", "150", "151", "152", "153", "155",
                                                   "157", "158", "159", "173", "177", "180", "181",
                                                   "182", "186", "187", "188", "189", "191", "199"};
  std::string no(rng.pick(kPrefixes));
  no += padded(rng.below(100'000'000), 8);
  return no;
}

}  // namespace xj::demo

#include "demo/numbering.h"

namespace xj::demo {
namespace {

std::string six_digits(std::int64_t n) {
  std::string s = std::to_string(n);
  if (s.size() < 6) s.insert(0, 6 - s.size(), '0');
  return s;
}

}  // namespace

std::string Numbering::food_licence(std::string_view category, std::string_view region) {
  std::string key = "SC";
  key += category;
  key += region;
  return food_licence_no(category, region, static_cast<int>(sequences_.next(key)));
}

std::string Numbering::equipment_licence(char work, char equipment, int expiry_year) {
  std::string key = "TS";
  key += work;
  key += equipment;
  key += std::to_string(expiry_year);
  return equipment_licence_no(work, equipment, sequences_.next(key), expiry_year);
}

std::string Numbering::decision(Prng& rng, std::string_view prefix, int year) {
  std::string key(prefix);
  key += std::to_string(year);
  return decision_no(prefix, year, sequences_.next(key, rng.between(1, 3)));
}

std::string Numbering::inspection(std::string_view kind_code, int year, std::string_view region) {
  std::string prefix(kind_code);
  prefix += std::to_string(year);
  prefix += region;
  return prefix + six_digits(sequences_.next(prefix));
}

std::string Numbering::event(int year, std::string_view region) {
  std::string prefix = "SJ" + std::to_string(year);
  prefix += region;
  return prefix + six_digits(sequences_.next(prefix));
}

std::string Numbering::inspector(std::string_view region, int year) {
  std::string prefix(region);
  prefix += std::to_string(year);
  std::string seq = std::to_string(sequences_.next(prefix));
  if (seq.size() < 4) seq.insert(0, 4 - seq.size(), '0');
  return prefix + seq;
}

}  // namespace xj::demo

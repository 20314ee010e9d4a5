// Realistic Chinese names for the demo: people (法定代表人, inspectors), trade names (字号),
// addresses, and unique enterprise names built as region + 字号 + 行业 + 组织形式.
//
//   EnterpriseNamer namer;
//   namer.company(rng, county, "食品", "有限公司");   // 长沙市岳麓区湘江食品有限公司,
//   长沙福瑞食品有限公司 namer.individual(rng, county, "食品店");          // 岳麓区李记食品店
//   (个体工商户) namer.cooperative(rng, county, "茶叶专业合作社"); // 安化县云台茶叶专业合作社
//
// Names are unique per EnterpriseNamer: a drawn name already given is drawn again (the namer
// keeps a 64-bit hash per name, ~40 bytes each). Deterministic given the Prng. Not thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "demo/prng.h"
#include "demo/regions.h"

namespace xj::demo {

// A person's name: a common surname (frequency-weighted, a few compound ones) and a one- or
// two-character given name.
std::string person_name(Prng& rng);

// A two-character trade name (字号): 湘江, 福瑞, 鑫源 …
std::string trade_name(Prng& rng);

// An address in the county: 长沙市岳麓区麓谷大道88号.
std::string address(Prng& rng, const County& county);

class EnterpriseNamer {
 public:
  // Region + 字号 + trade + form. Companies (form ending in 公司) carry the county
  // (长沙市岳麓区, 浏阳市), the prefecture (株洲) or the province (湖南); other forms (厂, 充装站)
  // the county.
  std::string company(Prng& rng, const County& county, std::string_view trade,
                      std::string_view form);

  // 个体工商户: county + 李记 / 老李 / 字号 + shop (岳麓区李记食品店).
  std::string individual(Prng& rng, const County& county, std::string_view shop);

  // 农民专业合作社: county + 字号 + ending (安化县云台黑茶专业合作社).
  std::string cooperative(Prng& rng, const County& county, std::string_view ending);

  // Marks a fixed name as given (the showcase enterprises). False if it already was.
  bool reserve(std::string_view name);

  std::size_t size() const { return given_.size(); }

 private:
  template <typename Draw>
  std::string unique(Draw draw);

  std::unordered_set<std::uint64_t> given_;  // FNV-1a 64 of each name given
};

}  // namespace xj::demo

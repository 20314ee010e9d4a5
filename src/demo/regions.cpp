#include "demo/regions.h"

#include <vector>

#include "core/region_code.h"

namespace xj::demo {
namespace {

struct PrefectureInfo {
  std::string_view code;
  std::string_view short_name;
  std::string_view abbr;
  int weight;  // ≈ 2020 census population in 10 000s; Changsha ×1.7 for its enterprise density
};

constexpr PrefectureInfo kPrefectureInfo[] = {
    {"430100", "长沙", "长", 1700}, {"430200", "株洲", "株", 390},   {"430300", "湘潭", "潭", 273},
    {"430400", "衡阳", "衡", 665},  {"430500", "邵阳", "邵", 657},   {"430600", "岳阳", "岳", 505},
    {"430700", "常德", "常", 528},  {"430800", "张家界", "张", 152}, {"430900", "益阳", "益", 385},
    {"431000", "郴州", "郴", 467},  {"431100", "永州", "永", 529},   {"431200", "怀化", "怀", 459},
    {"431300", "娄底", "娄", 383},  {"433100", "湘西", "湘西", 249},
};

struct Tables {
  std::vector<County> counties;
  std::vector<int> weights;
  std::vector<const County*> seats;
};

Tables build() {
  Tables t;
  for (const auto& info : kPrefectureInfo) {
    const auto prefecture_name = core::region_name(info.code).value_or(info.code);
    const auto members = core::hunan_counties_of(info.code);
    for (const auto& entry : members) {
      County c;
      c.code = entry.code;
      c.name = entry.name;
      c.prefecture_code = info.code;
      c.prefecture_name = prefecture_name;
      c.prefecture_short = info.short_name;
      c.prefecture_abbr = info.abbr;
      c.district = entry.name.ends_with("区");
      // Population is spread evenly over a prefecture's counties: rough, and enough here.
      c.weight = info.weight * 100 / static_cast<int>(members.size());
      t.counties.push_back(c);
    }
  }
  for (const auto& c : t.counties) {
    t.weights.push_back(c.weight);
    if (t.seats.empty() || t.seats.back()->prefecture_code != c.prefecture_code) {
      t.seats.push_back(&c);
    }
  }
  return t;
}

const Tables& tables() {
  static const Tables t = build();
  return t;
}

}  // namespace

std::span<const County> counties() { return tables().counties; }

const County& pick_county(Prng& rng) {
  const auto& t = tables();
  return t.counties[rng.weighted(t.weights)];
}

std::span<const County* const> prefecture_seats() { return tables().seats; }

std::string county_full_name(const County& county) {
  std::string out;
  if (county.district) out += county.prefecture_name;
  out += county.name;
  return out;
}

std::string bureau(const County& county, Level level) {
  constexpr std::string_view kBureau = "市场监督管理局";
  switch (level) {
    case Level::county:
      return county_full_name(county) + std::string(kBureau);
    case Level::prefecture:
      return std::string(county.prefecture_name) + std::string(kBureau);
    case Level::province:
      break;
  }
  return "湖南省" + std::string(kBureau);
}

std::string bureau_region(const County& county, Level level) {
  switch (level) {
    case Level::county:
      return std::string(county.code);
    case Level::prefecture:
      return std::string(county.prefecture_code);
    case Level::province:
      break;
  }
  return std::string(core::kHunanProvinceCode);
}

std::string penalty_prefix(const County& county, Level level) {
  constexpr std::string_view kSuffix = "市监罚";
  switch (level) {
    case Level::county:
      return std::string(county.name) + std::string(kSuffix);
    case Level::prefecture:
      return "湘" + std::string(county.prefecture_abbr) + std::string(kSuffix);
    case Level::province:
      break;
  }
  return "湘" + std::string(kSuffix);
}

}  // namespace xj::demo

#include "demo/inspectors.h"

#include <algorithm>

#include "demo/names.h"
#include "demo/regions.h"

namespace xj::demo {
namespace {

constexpr std::uint64_t kInspectorStream = kReservedStreams + 1;

collection::Inspector make_one(Prng& rng, const County& county, Level level, core::Date today,
                               Numbering& numbers) {
  collection::Inspector in;
  in.name = person_name(rng);
  in.unit = bureau(county, level);
  in.region_code = bureau_region(county, level);
  const int issued = static_cast<int>(rng.between(2005, std::max(2005, today.year() - 1)));
  in.id = numbers.inspector(in.region_code, issued);
  return in;
}

}  // namespace

std::uint64_t inspector_count(std::uint64_t enterprises) {
  return std::max<std::uint64_t>(30, enterprises / 50);
}

std::vector<collection::Inspector> make_inspectors(std::uint64_t seed, std::uint64_t enterprises,
                                                   core::Date today, Numbering& numbers) {
  Prng rng(seed, kInspectorStream);
  std::vector<collection::Inspector> out;
  for (const County* seat : prefecture_seats()) {
    for (int i = 0; i < 2; ++i) {
      auto in = make_one(rng, *seat, Level::prefecture, today, numbers);
      in.domains = {"综合"};
      out.push_back(std::move(in));
    }
  }
  static constexpr int kLevelWeights[] = {80, 15, 5};  // county, prefecture, province
  static constexpr Level kLevels[] = {Level::county, Level::prefecture, Level::province};
  const std::uint64_t total = inspector_count(enterprises);
  while (out.size() < total) {
    const County& county = pick_county(rng);
    auto in = make_one(rng, county, kLevels[rng.weighted(kLevelWeights)], today, numbers);
    const int d = static_cast<int>(rng.below(100));
    if (d < 35) {
      in.domains = {"食品"};
    } else if (d < 65) {
      in.domains = {"特种设备"};
    } else if (d < 90) {
      in.domains = {"综合"};
    } else {
      in.domains = {"食品", "特种设备"};
    }
    if (rng.percent(5)) in.status = "离岗";
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace xj::demo

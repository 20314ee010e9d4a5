// Where demo enterprises and inspectors are: Hunan's 14 prefectures and 122 counties (core's
// GB/T 2260 table), drawn in proportion to rough population (Changsha weighted up for its
// economy), and the names of their market-regulation bureaus.
//
//   const County& c = pick_county(rng);
//   bureau(c, Level::county) == "长沙市岳麓区市场监督管理局"
//   penalty_prefix(c, Level::prefecture) == "湘长市监罚"
//
// Read-only data built once; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "demo/prng.h"

namespace xj::demo {

struct County {
  std::string_view code;              // 430104
  std::string_view name;              // 岳麓区
  std::string_view prefecture_code;   // 430100
  std::string_view prefecture_name;   // 长沙市
  std::string_view prefecture_short;  // 长沙 (湘西 for the autonomous prefecture)
  std::string_view prefecture_abbr;   // 长: the character of decision numbers (湘长市监罚)
  bool district = false;              // 市辖区: names and addresses carry the prefecture
  int weight = 0;                     // relative share of enterprises
};

// Every county-level division of Hunan, in code order.
std::span<const County> counties();

// A county drawn by weight.
const County& pick_county(Prng& rng);

// The first county of each prefecture, in code order (one per prefecture: 14).
std::span<const County* const> prefecture_seats();

// 长沙市岳麓区 for a district, 浏阳市 / 湘潭县 otherwise: how names and authorities say it.
std::string county_full_name(const County& county);

// The level of a market-regulation bureau (市场监督管理局) over a county.
enum class Level { county, prefecture, province };

// 长沙市岳麓区市场监督管理局, 长沙市市场监督管理局, 湖南省市场监督管理局.
std::string bureau(const County& county, Level level);

// The region code of that bureau: 430104, 430100, 430000.
std::string bureau_region(const County& county, Level level);

// The prefix of its penalty decision numbers: 岳麓区市监罚, 湘长市监罚, 湘市监罚.
std::string penalty_prefix(const County& county, Level level);

}  // namespace xj::demo

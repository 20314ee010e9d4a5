// The food production categories (食品生产许可分类目录, domain-rules.md §1.2) as the demo uses
// them: category code, name, share of producers, the words that go into enterprise names, and
// the products and test items of supervision sampling (监督抽检).
//
//   const FoodCategory& c = food_categories()[rng.weighted(food_category_weights())];
//
// Read-only data built once; thread-safe.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace xj::demo {

struct FoodCategory {
  std::string_view code;  // 3 digits, 101–131
  std::string_view name;  // 粮食加工品 …
  int weight = 0;         // relative share of producers
  bool special = false;  // 特殊食品 (127 保健食品, 128 特医食品, 129 婴幼儿配方食品)
  std::vector<std::string_view> trades;    // 行业表述 of company names: 食品, 粮油, 米业
  std::vector<std::string_view> shops;     // 个体工商户 name endings: 豆腐坊 (empty: none)
  std::vector<std::string_view> coops;     // 专业合作社 name endings (empty: none)
  std::vector<std::string_view> products;  // sampled products
  std::vector<std::string_view> failed_items;  // items a failed sample may fail on
};

// Every category 101–131, in code order.
std::span<const FoodCategory> food_categories();

// food_categories()[i].weight, for Prng::weighted.
std::span<const int> food_category_weights();

}  // namespace xj::demo

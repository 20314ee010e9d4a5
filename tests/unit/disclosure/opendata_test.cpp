#include "disclosure/opendata.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace xj::disclosure {
namespace {

TEST(OpenDatasets, NamesAreUniqueAndFound) {
  std::set<std::string_view> names;
  for (const auto& set : open_datasets()) {
    EXPECT_TRUE(names.insert(set.name).second) << set.name;
    EXPECT_EQ(find_dataset(set.name), &set);
  }
  EXPECT_EQ(names, (std::set<std::string_view>{"keylist", "licences", "penalties", "inspections",
                                               "abnormal_list", "dishonest_list",
                                               "spotcheck_results"}));
  EXPECT_EQ(find_dataset("enterprises"), nullptr);
  EXPECT_EQ(find_dataset("penalties.csv"), nullptr);
}

TEST(OpenDatasets, OnlyPublicFields) {
  // domain-rules.md §2: never phones, ID numbers, inspector names, risk data; no internal flags.
  const std::set<std::string_view> internal = {
      "phone",  "risk",      "risk_class", "score",  "inspector", "inspectors", "heavier",
      "public", "is_public", "procedure",  "source", "import_id", "remark"};
  // api.md "The public record": list entries are public with their id; other records are not.
  const std::set<std::string_view> with_public_id = {"abnormal_list", "dishonest_list"};
  for (const auto& set : open_datasets()) {
    EXPECT_FALSE(set.columns.empty());
    for (const auto& column : set.columns) {
      EXPECT_FALSE(internal.contains(column.key)) << set.name << "." << column.key;
      if (column.key == "id") EXPECT_TRUE(with_public_id.contains(set.name)) << set.name;
      EXPECT_FALSE(column.title.empty());
    }
  }
}

TEST(OpenDatasets, PenaltiesCarryTheirPublicityEnd) {
  const DatasetInfo* set = find_dataset("penalties");
  ASSERT_NE(set, nullptr);
  EXPECT_EQ(set->columns.back().key, "public_until");
  EXPECT_EQ(set->columns.back().title, "公示截止日期");
}

}  // namespace
}  // namespace xj::disclosure

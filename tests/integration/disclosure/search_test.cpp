// GET /api/v1/public/search on both backends: exact USCC, 2-character and 3+-character name
// parts, exact and prefix matches first, pagination, LIKE wildcards and injection-like queries
// taken as plain text, the name index following renames.
#include <vector>

#include "disclosure_fixture.h"

namespace xj::disclosure_test {
namespace {

class SearchTest : public DisclosureTest {
 protected:
  void SetUp() override {
    DisclosureTest::SetUp();
    if (HasFatalFailure() || IsSkipped()) return;
    add_enterprise(kUscc, kName);                 // contains 示例食品
    add_enterprise(exact_, "示例食品");           // exact
    add_enterprise(prefix_, "示例食品有限公司");  // prefix
    add_enterprise(percent_, "百分之百%纯净水厂");
    add_enterprise(make_uscc("91", "00000004"), "百分比饮料公司");
    add_enterprise(underscore_, "下划线_测试公司");
    add_enterprise(make_uscc("91", "00000006"), "线X测试公司");
    start(day(2024, 4, 5));
  }

  json search(std::string_view q, const std::string& extra = "", int status = 200) {
    return get_json("/api/v1/public/search?q=" + url_encode(q) + extra, status);
  }

  static std::vector<std::string> usccs(const json& page) {
    std::vector<std::string> out;
    for (const auto& item : page.at("items")) out.push_back(item.at("uscc").get<std::string>());
    return out;
  }

  const std::string exact_ = make_uscc("91", "00000001");
  const std::string prefix_ = make_uscc("91", "00000002");
  const std::string percent_ = make_uscc("91", "00000003");
  const std::string underscore_ = make_uscc("91", "00000005");
};

TEST_F(SearchTest, ExactAndPrefixMatchesFirst) {
  const json three = search("示例食品");
  EXPECT_EQ(three.at("total"), 3);
  EXPECT_EQ(usccs(three), (std::vector<std::string>{exact_, prefix_, kUscc}));
  EXPECT_EQ(three.at("page"), 1);
  EXPECT_EQ(three.at("page_size"), 20);

  const json two = search("示例");  // 2 characters: the fallback path
  EXPECT_EQ(two.at("total"), 3);
  EXPECT_EQ(usccs(two), (std::vector<std::string>{exact_, prefix_, kUscc}));

  // Neither exact nor prefix: by name in code-point order (示 U+793A before 长 U+957F).
  const json middle = search("食品有限");
  EXPECT_EQ(usccs(middle), (std::vector<std::string>{prefix_, kUscc}));
}

TEST_F(SearchTest, ItemsCarryPublicFieldsOnly) {
  ClientResponse r = get("/api/v1/public/search?q=" + url_encode("示例食品"));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find(kPhone), std::string::npos);
  const json item = json::parse(r.body).at("items").at(0);
  EXPECT_EQ(
      item,
      (json{
          {"uscc", exact_}, {"name", "示例食品"}, {"region_code", "430102"}, {"status", "存续"}}));
}

TEST_F(SearchTest, ExactUsccNormalised) {
  const json found = search(std::string("　") + "９１４４０３００１９２２０３８２１６" + " ");
  EXPECT_EQ(found.at("total"), 1);
  EXPECT_EQ(usccs(found), std::vector<std::string>{kUscc});
  EXPECT_EQ(found.at("items").at(0).at("name"), kName);

  EXPECT_EQ(search("91440300708461136t").at("total"), 0);  // valid, unknown
  EXPECT_EQ(search("914403001922038217").at("total"), 0);  // check character wrong: text
}

TEST_F(SearchTest, WildcardsAreLiteral) {
  EXPECT_EQ(usccs(search("百%")), std::vector<std::string>{percent_});    // 2 characters
  EXPECT_EQ(usccs(search("百%纯")), std::vector<std::string>{percent_});  // 3 characters
  EXPECT_EQ(usccs(search("_测")), std::vector<std::string>{underscore_});
  EXPECT_EQ(usccs(search("线_测")), std::vector<std::string>{underscore_});
  EXPECT_EQ(search("%%").at("total"), 0);
  EXPECT_EQ(search("__").at("total"), 0);
  EXPECT_EQ(search("\\%").at("total"), 0);
}

TEST_F(SearchTest, InjectionLikeQueriesAreText) {
  for (std::string_view q :
       {"'; DROP TABLE enterprises; --", "\" OR 1=1 --", "示例\" OR \"食品", "示例 OR 食品",
        "name:示例", "示例*", "NEAR(示例 食品)", "1' UNION SELECT phone FROM enterprises --"}) {
    const json r = search(q);
    EXPECT_EQ(r.at("total"), 0) << q;
    EXPECT_TRUE(r.at("items").empty()) << q;
  }
  EXPECT_EQ(search("示例食品").at("total"), 3);  // the table is still there
}

TEST_F(SearchTest, BadQueries) {
  EXPECT_EQ(get_json("/api/v1/public/search", 400).at("error").at("code"), "bad_request");
  EXPECT_EQ(search("示", "", 400).at("error").at("code"), "bad_request");
  EXPECT_EQ(search("  ", "", 400).at("error").at("code"), "bad_request");
  EXPECT_EQ(search("示例", "&page_size=201", 400).at("error").at("code"), "bad_request");
  EXPECT_EQ(search("示例", "&page=0", 400).at("error").at("code"), "bad_request");
}

TEST_F(SearchTest, Pagination) {
  const json second = search("示例", "&page=2&page_size=2");
  EXPECT_EQ(second.at("total"), 3);
  EXPECT_EQ(second.at("page"), 2);
  EXPECT_EQ(second.at("page_size"), 2);
  EXPECT_EQ(usccs(second), std::vector<std::string>{kUscc});
  const json past = search("示例食品", "&page=9&page_size=2");
  EXPECT_EQ(past.at("total"), 3);
  EXPECT_TRUE(past.at("items").empty());
  EXPECT_TRUE(search(kUscc, "&page=2").at("items").empty());
}

TEST_F(SearchTest, IndexFollowsRenames) {
  add_enterprise(exact_, "湘江新名称工厂");
  EXPECT_EQ(usccs(search("示例食品")), (std::vector<std::string>{prefix_, kUscc}));
  EXPECT_EQ(usccs(search("新名称")), std::vector<std::string>{exact_});
  add_enterprise(make_uscc("91", "00000009"), "另一家新名称公司");
  EXPECT_EQ(search("新名称").at("total"), 2);
}

}  // namespace
}  // namespace xj::disclosure_test

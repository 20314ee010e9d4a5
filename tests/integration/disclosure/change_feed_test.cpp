// The change feed over HTTP on both backends: only public-relevant outbox events, "added" for
// the first one naming an enterprise, paging with opaque cursors, and bad input refused.
#include <vector>

#include "disclosure_fixture.h"

namespace xj::disclosure_test {
namespace {

constexpr const char* kChanges = "/api/v1/public/changes";

class ChangeFeedTest : public DisclosureTest {
 protected:
  void event(const std::string& type, const std::optional<std::string>& uscc) {
    write([&](store::Session& s) -> Status {
      XJ_CHECK(s.exec("INSERT INTO outbox (type, uscc, payload) VALUES (?, ?, ?)",
                      {type, uscc ? store::Value{*uscc} : store::Value{}, std::string("{}")}));
      return {};
    });
  }

  // (uscc, change) of every item.
  static std::vector<std::pair<std::string, std::string>> pairs(const json& page) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& item : page.at("items"))
      out.emplace_back(item.at("uscc").get<std::string>(), item.at("change").get<std::string>());
    return out;
  }
};

TEST_F(ChangeFeedTest, PublicEventsOnlyAddedThenChanged) {
  const std::string other = make_uscc("91", "MA4L0001");
  event("event.created", std::string(kUscc));  // credit event: internal
  event("penalty.created", std::string(kUscc));
  event("inspector.created", std::nullopt);  // internal, no enterprise
  event("licence.created", other);
  event("keylist_entry.removed", std::string(kUscc));
  event("enterprise.updated", other);
  event("keyxlist_entry.created", std::string(kUscc));  // not a kind we know ('_' is literal)
  start(day(2024, 6, 1));

  const json page = get_json(kChanges);
  using P = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(pairs(page),
            (P{{kUscc, "added"}, {other, "added"}, {kUscc, "changed"}, {other, "changed"}}));
  for (const auto& item : page.at("items")) {
    EXPECT_TRUE(item.at("cursor").is_string());
    EXPECT_EQ(item.at("at").get<std::string>().size(), 20u) << item;  // 2026-03-05T08:30:00Z
  }
  EXPECT_EQ(page.at("next"), page.at("items").back().at("cursor"));
  // Nothing newer: the same position comes back.
  const json tail =
      get_json(std::string(kChanges) + "?since=" + page.at("next").get<std::string>());
  EXPECT_TRUE(tail.at("items").empty());
  EXPECT_EQ(tail.at("next"), page.at("next"));
}

TEST_F(ChangeFeedTest, PagesWithCursorsWithoutGapsOrRepeats) {
  std::vector<std::string> all;
  for (int i = 0; i < 7; ++i) {
    const std::string uscc = make_uscc("91", "MA4L000" + std::to_string(i));
    all.push_back(uscc);
    event("enterprise.created", uscc);
    event("event.created", uscc);  // skipped between pages
  }
  start(day(2024, 6, 1));

  std::vector<std::string> seen;
  std::string target = std::string(kChanges) + "?limit=3";
  std::vector<std::size_t> sizes;
  for (int guard = 0; guard < 10; ++guard) {
    const json page = get_json(target);
    sizes.push_back(page.at("items").size());
    if (page.at("items").empty()) break;
    for (const auto& item : page.at("items")) seen.push_back(item.at("uscc").get<std::string>());
    target = std::string(kChanges) + "?limit=3&since=" + page.at("next").get<std::string>();
  }
  EXPECT_EQ(seen, all);
  EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 3, 1, 0}));

  // A new event after the last cursor appears on the next read.
  const json last = get_json(target);
  event("penalty.updated", all[0]);
  const json fresh =
      get_json(std::string(kChanges) + "?since=" + last.at("next").get<std::string>());
  ASSERT_EQ(fresh.at("items").size(), 1u);
  EXPECT_EQ(fresh.at("items").at(0).at("uscc"), all[0]);
  EXPECT_EQ(fresh.at("items").at(0).at("change"), "changed");
}

TEST_F(ChangeFeedTest, BadCursorOrLimitIsBadRequest) {
  start(day(2024, 6, 1));
  for (const char* target : {"?since=", "?since=42", "?since=c-1", "?since=%27%20OR%201%3D1",
                             "?limit=0", "?limit=1001", "?limit=abc"}) {
    ClientResponse r = get(std::string(kChanges) + target);
    EXPECT_EQ(r.status, 400) << target << "\n" << r.body;
    EXPECT_NE(r.body.find("bad_request"), std::string::npos) << r.body;
  }
  const json empty = get_json(kChanges);
  EXPECT_TRUE(empty.at("items").empty());
  EXPECT_EQ(empty.at("next"), "c0");
  EXPECT_EQ(get(std::string(kChanges) + "?limit=1000").status, 200);
}

}  // namespace
}  // namespace xj::disclosure_test

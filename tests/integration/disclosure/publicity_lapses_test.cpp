// The day-boundary job (disclosure/publicity_lapses.h) and what the change feed makes of it:
// a penalty whose publicity period ends and a dishonest entry that expires each produce one
// event on the right day, once, and the feed reports them as "no_longer_public".
#include "disclosure/publicity_lapses.h"

#include "disclosure_fixture.h"

namespace xj::disclosure_test {
namespace {

class PublicityLapsesTest : public DisclosureTest {
 protected:
  void run(core::Date today) {
    const Status s = disclosure::run_publicity_lapses(*db_, today, {});
    ASSERT_TRUE(s) << s.error().message;
  }

  // (type, payload) of every outbox event of these types, in order.
  std::vector<std::pair<std::string, json>> lapses() {
    std::vector<std::pair<std::string, json>> out;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(store::Rows rows,
             session.query("SELECT type, payload FROM outbox WHERE type IN "
                           "('penalty.publicity_ended', 'dishonest_list.expired') ORDER BY id"));
      for (const auto& r : rows.rows) out.emplace_back(r.text(0), json::parse(r.text(1)));
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return out;
  }

  void add_dishonest_entry(const std::string& listed_on, const std::string& expires_on) {
    write([&](store::Session& s) -> Status {
      XJ_CHECK(s.exec(
          "INSERT INTO dishonest_entries (uscc, basis_type, basis_id, listed_on, expires_on, "
          "status, region_code, proposed_by) VALUES (?, 'penalty', '湘市监罚〔2021〕9号', ?, ?, "
          "'active', '43', 'credit')",
          {std::string(kUscc), listed_on, expires_on}));
      return {};
    });
  }
};

TEST_F(PublicityLapsesTest, EachLapseIsReportedOnceOnItsDay) {
  add_enterprise(kUscc, kName);
  // §2: 3 months for a lower-amount fine (public until 2024-06-04), 3 years for a larger one
  // (2021-06-05 + 3 years − 1 day = 2024-06-04); one that lapsed before the job first ran.
  add_penalty(penalty("湘市监罚〔2024〕1号", "2024-03-05", {"罚款"}, 5'000'00));
  add_penalty(penalty("湘市监罚〔2021〕9号", "2021-06-05", {"罚款"}, 200'000'00));
  add_penalty(penalty("湘市监罚〔2024〕0号", "2024-01-10", {"罚款"}, 5'000'00));
  add_dishonest_entry("2021-06-03", "2024-06-03");  // in force until 2024-06-02

  run(day(2024, 6, 1));  // first run: only the position
  EXPECT_TRUE(lapses().empty());
  run(day(2024, 6, 4));
  auto found = lapses();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].first, "dishonest_list.expired");
  EXPECT_EQ(found[0].second.at("expires_on"), "2024-06-03");

  run(day(2024, 6, 5));
  run(day(2024, 6, 5));  // the same day again: nothing twice
  found = lapses();
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[1].first, "penalty.publicity_ended");
  EXPECT_EQ(found[1].second.at("key"), "湘市监罚〔2021〕9号");  // by date, then id
  EXPECT_EQ(found[2].second.at("key"), "湘市监罚〔2024〕1号");
  EXPECT_EQ(found[2].second.at("public_until"), "2024-06-04");

  start(day(2024, 6, 5));
  const json page = get_json("/api/v1/public/changes?limit=1000");
  int gone = 0;
  for (const auto& item : page.at("items")) {
    const std::string event = item.at("event");
    if (event == "penalty.publicity_ended" || event == "dishonest_list.expired") {
      EXPECT_EQ(item.at("change"), "no_longer_public") << item;
      ++gone;
    }
  }
  EXPECT_EQ(gone, 3);
}

TEST_F(PublicityLapsesTest, ARepairIsNotReportedAsALapse) {
  add_enterprise(kUscc, kName);
  auto repaired = penalty("湘市监罚〔2023〕5号", "2023-01-05", {"罚款"}, 200'000'00);
  repaired.repaired_on = "2024-06-05";  // publicity cut to 2024-06-04 by the repair
  add_penalty(repaired);
  run(day(2024, 6, 1));
  run(day(2024, 6, 10));
  EXPECT_TRUE(lapses().empty());
}

}  // namespace
}  // namespace xj::disclosure_test

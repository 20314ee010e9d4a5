// load_demo on both backends (XJ_TEST_DB): 2 000 enterprises written in batches through the
// repos, counted back from the tables, the showcase enterprise readable, a second load a no-op.
#include <gtest/gtest.h>

#include "collection/record_repo.h"
#include "demo/loader.h"
#include "demo/showcase.h"
#include "registry/enterprise_repo.h"
#include "registry/keylist_repo.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace xj::demo {
namespace {

DemoOptions options() {
  DemoOptions o;
  o.enterprises = 2'000;
  o.seed = 11;
  o.today = *core::Date::from_ymd(2025, 6, 30);
  o.batch_size = 700;
  return o;
}

std::int64_t count(store::Database& db, std::string_view table) {
  std::int64_t n = -1;
  Status s = db.read([&](store::Session& session) -> Status {
    XJ_TRY(auto rows, session.query("SELECT COUNT(*) FROM " + std::string(table)));
    n = rows[0].integer(0);
    return {};
  });
  EXPECT_TRUE(s) << s.error().message;
  return n;
}

// One database loaded once for the suite (a load takes a while on PostgreSQL).
class DemoLoadTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    db_ = testing::fresh_database().release();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
    DemoOptions o = options();
    o.progress = [](std::uint64_t done, std::uint64_t total) {
      EXPECT_EQ(total, 2'000u);
      progress_->push_back(done);
    };
    auto summary = load_demo(*db_, o);
    ASSERT_TRUE(summary) << summary.error().message;
    summary_ = new DemoSummary(*summary);
  }

  static void TearDownTestSuite() {
    delete db_;
    delete summary_;
    delete progress_;
  }

  void SetUp() override {
    if (db_ == nullptr || summary_ == nullptr) FAIL() << "the suite's load failed";
  }

  static store::Database* db_;
  static DemoSummary* summary_;
  static std::vector<std::uint64_t>* progress_;
};

store::Database* DemoLoadTest::db_ = nullptr;
DemoSummary* DemoLoadTest::summary_ = nullptr;
std::vector<std::uint64_t>* DemoLoadTest::progress_ = new std::vector<std::uint64_t>;

TEST_F(DemoLoadTest, WritesEveryRecordKindAndReportsProgress) {
  EXPECT_EQ(*progress_, (std::vector<std::uint64_t>{700, 1'400, 2'000}));
  const auto& sum = *summary_;
  EXPECT_EQ(sum.enterprises, 2'000u);
  EXPECT_EQ(count(*db_, "enterprises"), 2'000);
  EXPECT_EQ(count(*db_, "licences"), static_cast<std::int64_t>(sum.licences));
  EXPECT_EQ(count(*db_, "keylist_entries"), static_cast<std::int64_t>(sum.keylist_entries));
  EXPECT_EQ(count(*db_, "penalties"), static_cast<std::int64_t>(sum.penalties));
  EXPECT_EQ(count(*db_, "inspections"), static_cast<std::int64_t>(sum.inspections));
  EXPECT_EQ(count(*db_, "events"), static_cast<std::int64_t>(sum.events));
  EXPECT_EQ(count(*db_, "inspectors"), static_cast<std::int64_t>(sum.inspectors));
  EXPECT_EQ(sum.inspectors, 40u);
  EXPECT_GT(sum.penalties, 200u);
  EXPECT_GT(sum.inspections, 1'500u);
  EXPECT_GT(sum.events, 100u);
}

TEST_F(DemoLoadTest, ShowcaseEnterpriseIsStoredWithItsRecords) {
  Status s = db_->read([&](store::Session& session) -> Status {
    const std::string uscc = showcase_uscc(0);
    XJ_TRY(auto found, registry::find_enterprise(session, uscc));
    EXPECT_TRUE(found.has_value());
    if (found) {
      EXPECT_EQ(found->name, "长沙湘江食品有限公司");
      EXPECT_TRUE(found->phone.has_value());
    }
    XJ_TRY(auto entries, registry::keylist_entries_of(session, uscc));
    EXPECT_EQ(entries.size(), 1u);
    XJ_TRY(auto licences, collection::licences_of(session, uscc));
    EXPECT_EQ(licences.size(), 1u);
    XJ_TRY(auto penalties, collection::penalties_of(session, uscc));
    EXPECT_EQ(penalties.size(), 2u);
    XJ_TRY(auto inspections, collection::inspections_of(session, uscc));
    EXPECT_EQ(inspections.size(), 2u);
    return {};
  });
  EXPECT_TRUE(s) << s.error().message;
}

TEST_F(DemoLoadTest, LoadingAgainChangesNothing) {
  const auto penalties = count(*db_, "penalties"), entries = count(*db_, "keylist_entries");
  ASSERT_TRUE(load_demo(*db_, options()));
  EXPECT_EQ(count(*db_, "enterprises"), 2'000);
  EXPECT_EQ(count(*db_, "penalties"), penalties);
  EXPECT_EQ(count(*db_, "keylist_entries"), entries);
}

TEST(DemoLoad, RejectsOptionsOutOfRange) {
  auto db = testing::fresh_database();
  ASSERT_TRUE(store::migrate(*db));
  DemoOptions o = options();
  o.enterprises = 2;
  auto r = load_demo(*db, o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::bad_request);
  o = options();
  o.today = *core::Date::from_ymd(2020, 12, 31);
  EXPECT_FALSE(load_demo(*db, o));
  EXPECT_EQ(count(*db, "enterprises"), 0);
}

}  // namespace
}  // namespace xj::demo

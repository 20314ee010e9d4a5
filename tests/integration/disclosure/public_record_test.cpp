// The public record over HTTP on both backends: publicity boundaries to the day under different
// business dates, the absence of internal data, the cache (ETag / If-None-Match → 304,
// invalidation, outbox refresh, the business date in the key).
#include <algorithm>
#include <atomic>
#include <set>

#include "disclosure/record_cache.h"
#include "disclosure_fixture.h"

namespace xj::disclosure_test {
namespace {

using Decisions = std::set<std::string>;

class PublicRecordTest : public DisclosureTest {
 protected:
  json record_on(core::Date today, const std::string& uscc = kUscc) {
    start(today);
    return get_json("/api/v1/public/enterprises/" + uscc);
  }

  Decisions decisions_on(core::Date today, const std::string& uscc = kUscc) {
    Decisions out;
    const json record = record_on(today, uscc);
    for (const auto& p : record.at("penalties")) out.insert(p.at("decision_no").get<std::string>());
    return out;
  }
};

TEST_F(PublicRecordTest, PenaltyPublicityToTheDay) {
  add_sample();
  // §2: 3 months for circulated criticism alone: public 2024-01-05 … 2024-04-04.
  add_penalty(penalty("P1-三个月", "2024-01-05", {"通报批评"}, std::nullopt));
  // 3 years for a fine ≥ 100 000 yuan: 2024-03-15 … 2027-03-14.
  add_penalty(penalty("P2-三年", "2024-03-15", {"罚款"}, 200'000'00));
  // Month end: 2024-11-30 + 3 months = 2025-02-28, so the last day is 2025-02-27.
  add_penalty(penalty("P3-月末", "2024-11-30", {"警告", "罚款"}, 5'000'00));
  // Never public: warning only, summary procedure, marked non-public.
  add_penalty(penalty("P4-警告", "2024-01-05", {"警告"}, std::nullopt));
  collection::Penalty summary = penalty("P5-简易", "2024-01-05", {"罚款"}, 200'00);
  summary.procedure = "简易";
  add_penalty(summary);
  collection::Penalty hidden = penalty("P6-不公示", "2024-01-05", {"罚款"}, 200'000'00);
  hidden.is_public = false;
  add_penalty(hidden);
  // A repair granted on 2024-09-20 ends publicity the day before.
  collection::Penalty repaired = penalty("P7-修复", "2024-03-15", {"罚款"}, 200'000'00);
  repaired.repaired_on = "2024-09-20";
  add_penalty(repaired);
  // A fine without an amount cannot be shown to be lower: 3 years, 2024-01-05 … 2027-01-04.
  add_penalty(penalty("P8-无金额", "2024-01-05", {"罚款"}, std::nullopt));

  EXPECT_EQ(decisions_on(day(2024, 1, 4)), Decisions{});
  EXPECT_EQ(decisions_on(day(2024, 1, 5)), (Decisions{"P1-三个月", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2024, 4, 4)),
            (Decisions{"P1-三个月", "P2-三年", "P7-修复", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2024, 4, 5)), (Decisions{"P2-三年", "P7-修复", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2024, 9, 19)), (Decisions{"P2-三年", "P7-修复", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2024, 9, 20)), (Decisions{"P2-三年", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2025, 2, 27)), (Decisions{"P2-三年", "P3-月末", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2025, 2, 28)), (Decisions{"P2-三年", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2027, 1, 4)), (Decisions{"P2-三年", "P8-无金额"}));
  EXPECT_EQ(decisions_on(day(2027, 1, 5)), Decisions{"P2-三年"});
  EXPECT_EQ(decisions_on(day(2027, 3, 14)), Decisions{"P2-三年"});
  EXPECT_EQ(decisions_on(day(2027, 3, 15)), Decisions{});

  const json record = record_on(day(2025, 2, 27));
  for (const auto& p : record.at("penalties")) {
    if (p.at("decision_no") == "P3-月末") {
      EXPECT_EQ(p.at("public_until"), "2025-02-27");
    }
    if (p.at("decision_no") == "P2-三年") {
      EXPECT_EQ(p.at("public_until"), "2027-03-14");
      EXPECT_EQ(p.at("fine_yuan"), 200000);
    }
  }
}

TEST_F(PublicRecordTest, IndividualBusinessThresholdToTheDay) {
  // §2: for 92… the lower-fine threshold is 10 000 yuan (exclusive); for organisations 100 000.
  const std::string individual = make_uscc("92", "MA4L0001");
  add_enterprise(individual, "芙蓉区示例小吃店");
  add_enterprise(kUscc, kName);
  add_penalty(penalty("个体-一万", "2024-01-05", {"罚款"}, 10'000'00, individual));
  add_penalty(penalty("个体-九千九", "2024-01-05", {"罚款"}, 9'999'99, individual));
  add_penalty(penalty("企业-一万", "2024-01-05", {"罚款"}, 10'000'00));

  EXPECT_EQ(decisions_on(day(2024, 4, 4), individual), (Decisions{"个体-一万", "个体-九千九"}));
  EXPECT_EQ(decisions_on(day(2024, 4, 5), individual), Decisions{"个体-一万"});
  EXPECT_EQ(decisions_on(day(2024, 4, 4)), Decisions{"企业-一万"});
  EXPECT_EQ(decisions_on(day(2024, 4, 5)), Decisions{});
}

TEST_F(PublicRecordTest, NoInternalData) {
  add_sample();
  add_penalty(penalty("P2-三年", "2024-03-15", {"罚款"}, 200'000'00));
  start(day(2024, 4, 5));
  ClientResponse r = get(std::string("/api/v1/public/enterprises/") + kUscc);
  ASSERT_EQ(r.status, 200) << r.body;
  for (const char* secret : {kPhone, kIdCard, "15012345678", kInspectorName, "43010200001",
                             "\"phone\"", "risk", "CJ-2", "is_public", "heavier", "source"}) {
    EXPECT_EQ(r.body.find(secret), std::string::npos) << secret << " in " << r.body;
  }
  const json record = json::parse(r.body);
  EXPECT_EQ(record.at("name"), kName);
  EXPECT_EQ(record.at("penalties").at(0).at("facts"),
            "当事人（负责人身份证号430102********1234，电话138****1234）销售过期食品。");
  EXPECT_EQ(record.at("inspections").size(), 1u);
  EXPECT_EQ(record.at("inspections").at(0).at("findings"),
            "现场负责人（手机150****5678）未能提供进货查验记录");
}

TEST_F(PublicRecordTest, UnknownAndMalformedCodes) {
  add_sample();
  start(day(2024, 4, 5));
  EXPECT_EQ(get("/api/v1/public/enterprises/91440300708461136T").status, 404);
  ClientResponse bad = get("/api/v1/public/enterprises/914403001922038217");
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("invalid_uscc"), std::string::npos) << bad.body;
}

TEST_F(PublicRecordTest, EtagAndIfNoneMatch) {
  add_sample();
  start(day(2024, 4, 5));
  const std::string path = std::string("/api/v1/public/enterprises/") + kUscc;
  ClientResponse first = get(path);
  ASSERT_EQ(first.status, 200);
  const std::string etag = first.header("etag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(etag.front(), '"');
  EXPECT_EQ(first.header("cache-control"), "no-cache");

  ClientResponse same = get(path);
  EXPECT_EQ(same.body, first.body);
  EXPECT_EQ(same.header("etag"), etag);

  for (const std::string& header : {etag, "W/" + etag, "\"x\", " + etag, std::string("*")}) {
    ClientResponse r = get(path, {{"If-None-Match", header}});
    EXPECT_EQ(r.status, 304) << header;
    EXPECT_TRUE(r.body.empty());
    EXPECT_EQ(r.header("etag"), etag);
  }
  EXPECT_EQ(get(path, {{"If-None-Match", "\"other\""}}).status, 200);

  // A write, then the writer's invalidate(): the next request sees the new record.
  add_penalty(penalty("P2-三年", "2024-03-15", {"罚款"}, 200'000'00));
  cache_->invalidate(kUscc);
  ClientResponse changed = get(path, {{"If-None-Match", etag}});
  ASSERT_EQ(changed.status, 200);
  EXPECT_NE(changed.header("etag"), etag);
  EXPECT_NE(changed.body.find("P2-三年"), std::string::npos);
}

TEST_F(PublicRecordTest, OutboxEventsRefreshTheCachedRecord) {
  add_sample();
  disclosure::PublicRecordCache::Options every_request;
  every_request.outbox_poll = std::chrono::milliseconds(0);
  start(day(2024, 4, 5), every_request);
  const std::string path = std::string("/api/v1/public/enterprises/") + kUscc;
  ASSERT_EQ(get(path).body.find("P2-三年"), std::string::npos);
  write([](store::Session& s) -> Status {
    XJ_CHECK(collection::upsert_penalty(s, penalty("P2-三年", "2024-03-15", {"罚款"}, 200'000'00)));
    XJ_CHECK(s.exec("INSERT INTO outbox (type, uscc, payload) VALUES (?, ?, ?)",
                    {std::string("penalty.created"), std::string(kUscc), std::string("{}")}));
    return {};
  });
  EXPECT_NE(get(path).body.find("P2-三年"), std::string::npos);
}

TEST_F(PublicRecordTest, CacheKeyIncludesTheBusinessDate) {
  disclosure::PublicRecordCache cache(*db_);
  std::atomic<int> builds = 0;
  auto build_for = [&](core::Date d) {
    return [&builds, d]() -> Result<std::string> {
      ++builds;
      return "record as of " + d.to_string();
    };
  };
  // The evening before and the first request after midnight (Asia/Shanghai business dates).
  const core::Date evening = day(2024, 4, 4), midnight = day(2024, 4, 5);
  auto a = cache.get(kUscc, evening, build_for(evening));
  auto b = cache.get(kUscc, evening, build_for(evening));
  ASSERT_TRUE(a && b);
  EXPECT_EQ(builds, 1);
  EXPECT_EQ(a->get(), b->get());
  auto c = cache.get(kUscc, midnight, build_for(midnight));
  ASSERT_TRUE(c);
  EXPECT_EQ(builds, 2);
  EXPECT_EQ((*c)->as_of, midnight);
  EXPECT_EQ((*c)->body, "record as of 2024-04-05");
  EXPECT_NE((*c)->etag, (*a)->etag);

  cache.invalidate(kUscc);
  ASSERT_TRUE(cache.get(kUscc, midnight, build_for(midnight)));
  EXPECT_EQ(builds, 3);

  // A failed build is returned and not kept.
  auto failed = cache.get("91440300708461136T", midnight,
                          []() -> Result<std::string> { return fail(ErrorCode::not_found, "x"); });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::not_found);
  EXPECT_EQ(cache.size(), 1u);
}

TEST_F(PublicRecordTest, CacheStaysWithinItsBound) {
  disclosure::PublicRecordCache::Options small;
  small.max_entries = 2;
  disclosure::PublicRecordCache cache(*db_, small);
  auto body = []() -> Result<std::string> { return std::string("{}"); };
  ASSERT_TRUE(cache.get("A", day(2024, 4, 4), body));
  ASSERT_TRUE(cache.get("B", day(2024, 4, 5), body));
  ASSERT_TRUE(cache.get("C", day(2024, 4, 5), body));  // the other day's entry goes first
  EXPECT_EQ(cache.size(), 2u);
  ASSERT_TRUE(cache.get("D", day(2024, 4, 5), body));
  EXPECT_LE(cache.size(), 2u);
}

}  // namespace
}  // namespace xj::disclosure_test

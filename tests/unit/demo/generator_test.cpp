#include "demo/generator.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "core/licence_no.h"
#include "core/region_code.h"
#include "core/uscc.h"
#include "demo/equipment_catalogue.h"
#include "demo/showcase.h"

namespace xj::demo {
namespace {

const core::Date kToday = *core::Date::from_ymd(2025, 6, 30);

std::vector<DemoRecords> generate(std::uint64_t seed, std::size_t n) {
  Generator gen(seed, kToday);
  std::vector<DemoRecords> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(gen.next());
  return out;
}

// 20 000 enterprises of seed 1, generated once for the whole suite.
const std::vector<DemoRecords>& big_set() {
  static const auto set = generate(1, 20'000);
  return set;
}

std::string fingerprint(const DemoRecords& r) {
  std::string s = r.enterprise.uscc + "|" + r.enterprise.name + "|" +
                  r.enterprise.established_on.value_or("") + "|" + r.licence.licence_no + "|" +
                  r.enterprise.phone.value_or("");
  for (const auto& p : r.penalties) s += "|" + p.decision_no + p.decided_on;
  for (const auto& i : r.inspections) s += "|" + i.inspection_no + i.checked_on;
  for (const auto& e : r.events) s += "|" + e.event_no + e.event_type;
  return s;
}

TEST(Generator, SameSeedGivesTheSameEnterprises) {
  const auto a = generate(77, 500), b = generate(77, 500);
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(fingerprint(a[i]), fingerprint(b[i]));
}

TEST(Generator, DifferentSeedsGiveDifferentEnterprisesAfterTheShowcase) {
  const auto a = generate(77, 200), b = generate(78, 200);
  int same = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (i < kShowcaseCount) {
      EXPECT_EQ(a[i].enterprise.uscc, b[i].enterprise.uscc);
    } else {
      same += a[i].enterprise.name == b[i].enterprise.name ? 1 : 0;
      EXPECT_NE(a[i].enterprise.uscc, b[i].enterprise.uscc);
    }
  }
  EXPECT_LT(same, 3);
}

TEST(Generator, ShowcaseEnterprisesComeFirst) {
  const auto& set = big_set();
  EXPECT_EQ(set[0].enterprise.name, "长沙湘江食品有限公司");
  EXPECT_EQ(set[1].enterprise.name, "株洲福瑞电梯工程有限公司");
  EXPECT_EQ(set[2].enterprise.name, "湘潭县新兴液化气充装站");
  for (std::size_t i = 0; i < kShowcaseCount; ++i) {
    EXPECT_EQ(set[i].enterprise.uscc, showcase_uscc(i));
  }
  const auto& food = set[0];
  EXPECT_TRUE(food.enterprise.phone.has_value());
  EXPECT_TRUE(core::FoodLicenceNo::parse(food.licence.licence_no).has_value());
  EXPECT_GT(food.licence.valid_until, kToday.to_string());
  ASSERT_EQ(food.penalties.size(), 2u);
  const auto& warning = food.penalties[0];
  EXPECT_EQ(warning.penalty_types, std::vector<std::string>{"警告"});
  const auto& fine = food.penalties[1];
  EXPECT_EQ(fine.procedure, "普通");
  EXPECT_TRUE(fine.is_public);
  ASSERT_TRUE(fine.fine_fen.has_value());
  EXPECT_LT(*fine.fine_fen, 100'000 * 100);                              // 3-month publicity …
  EXPECT_GT(fine.decided_on, core::add_months(kToday, -3).to_string());  // … still running
  EXPECT_NE(fine.facts->find("13812345678"), std::string::npos);
  EXPECT_FALSE(food.inspections.empty());
  EXPECT_EQ(set[1].keylist_entry.subcategory, "电梯维保");
  EXPECT_EQ(set[2].keylist_entry.subcategory, "气瓶充装");
}

TEST(Generator, EveryUsccIsValidAndCarriesTheCounty) {
  std::map<std::string, int> types;
  for (const auto& r : big_set()) {
    const auto& e = r.enterprise;
    const auto check = core::check_uscc(e.uscc, core::LegacyCodes::none());
    ASSERT_EQ(check.verdict, core::UsccVerdict::valid) << e.uscc << " " << check.reason;
    ASSERT_TRUE(check.warnings.empty()) << e.uscc;
    EXPECT_EQ(e.uscc.substr(2, 6), e.region_code);
    EXPECT_TRUE(core::region_name(e.region_code).has_value()) << e.region_code;
    ++types[e.uscc.substr(0, 2)];
  }
  EXPECT_EQ(types.size(), 3u);
  EXPECT_GT(types["91"], 15'000);
  EXPECT_GT(types["92"], 500);
  EXPECT_GT(types["93"], 200);
}

TEST(Generator, UsccsLicencesAndRecordNumbersAreUnique) {
  std::set<std::string> usccs, licences, decisions, inspections, events;
  for (const auto& r : big_set()) {
    EXPECT_TRUE(usccs.insert(r.enterprise.uscc).second) << r.enterprise.uscc;
    EXPECT_TRUE(licences.insert(r.licence.licence_no).second) << r.licence.licence_no;
    for (const auto& p : r.penalties)
      EXPECT_TRUE(decisions.insert(p.decision_no).second) << p.decision_no;
    for (const auto& i : r.inspections) EXPECT_TRUE(inspections.insert(i.inspection_no).second);
    for (const auto& e : r.events) EXPECT_TRUE(events.insert(e.event_no).second);
  }
}

TEST(Generator, NamesAreUniqueOver20000) {
  std::set<std::string> names;
  for (const auto& r : big_set())
    EXPECT_TRUE(names.insert(r.enterprise.name).second) << r.enterprise.name;
  EXPECT_EQ(names.size(), 20'000u);
}

TEST(Generator, AllFourteenPrefecturesAt10000) {
  std::map<std::string, int> prefectures;
  for (std::size_t i = 0; i < 10'000; ++i) {
    ++prefectures[*core::prefecture_of(big_set()[i].enterprise.region_code)];
  }
  EXPECT_EQ(prefectures.size(), 14u);
  for (const auto& [code, n] : prefectures) {
    if (code != "430100") {
      EXPECT_LT(n, prefectures["430100"]) << "Changsha is largest, not " << code;
    }
  }
}

TEST(Generator, FoodLicencesPassCoreAndMatchTheList) {
  int food = 0, special = 0;
  for (const auto& r : big_set()) {
    EXPECT_EQ(r.keylist_entry.licence_no, r.licence.licence_no);
    EXPECT_EQ(r.keylist_entry.uscc, r.enterprise.uscc);
    if (r.keylist_entry.area != "food_production") continue;
    ++food;
    const auto no = core::FoodLicenceNo::parse(r.licence.licence_no);
    ASSERT_TRUE(no.has_value()) << r.licence.licence_no;
    EXPECT_EQ(no->region_code(), r.enterprise.region_code);
    EXPECT_EQ(r.licence.licence_type, "食品生产许可");
    EXPECT_EQ(r.keylist_entry.subcategory, no->is_special_food() ? "特殊食品" : "普通食品");
    special += no->is_special_food() ? 1 : 0;
  }
  EXPECT_GT(food, 11'000);  // ~60 %
  EXPECT_LT(food, 13'000);
  EXPECT_GT(special, 0);
}

TEST(Generator, SpecialEquipmentCoversEverySubcategory) {
  std::map<std::string, int> seen;
  const std::regex ts("^TS\\d{7}-\\d{4}$");
  for (const auto& r : big_set()) {
    if (r.keylist_entry.area != "special_equipment") continue;
    ++seen[r.keylist_entry.subcategory.value_or("")];
    EXPECT_TRUE(std::regex_match(r.licence.licence_no, ts)) << r.licence.licence_no;
  }
  for (const auto& kind : equipment_kinds()) {
    EXPECT_GT(seen[std::string(kind.subcategory)], 50) << kind.subcategory;
  }
  EXPECT_GT(seen["电梯维保"], 1'500);
  EXPECT_GT(seen["气瓶充装"], 1'000);
}

TEST(Generator, EveryDateIsNotAfterToday) {
  const std::string today = kToday.to_string();
  const std::regex date("^\\d{4}-\\d{2}-\\d{2}$");
  const auto check = [&](const std::string& d, std::string_view what) {
    ASSERT_TRUE(std::regex_match(d, date)) << what << " " << d;
    ASSERT_LE(d, today) << what;
  };
  for (const auto& r : big_set()) {
    const auto& established = *r.enterprise.established_on;
    check(established, "established_on");
    check(r.licence.issued_on, "issued_on");
    EXPECT_GE(r.licence.issued_on, established);
    check(r.keylist_entry.listed_on, "listed_on");
    if (r.keylist_entry.removed_on) {
      check(*r.keylist_entry.removed_on, "removed_on");
      EXPECT_GE(*r.keylist_entry.removed_on, r.keylist_entry.listed_on);
    }
    for (const auto& p : r.penalties) {
      check(p.decided_on, "decided_on");
      EXPECT_GE(p.decided_on, established);
      EXPECT_GE(p.decided_on, core::add_years(kToday, -5).to_string());
    }
    for (const auto& i : r.inspections) check(i.checked_on, "checked_on");
    for (const auto& e : r.events) check(e.occurred_on, "occurred_on");
  }
}

TEST(Generator, MasterDataLooksReal) {
  const std::regex mobile("^1[3-9][0-9]{9}$");
  std::map<std::string, int> statuses;
  int recent = 0, phones = 0;
  for (const auto& r : big_set()) {
    const auto& e = r.enterprise;
    ++statuses[e.status];
    if (*e.established_on > core::add_years(kToday, -1).to_string()) ++recent;
    if (e.phone) {
      ++phones;
      EXPECT_TRUE(std::regex_match(*e.phone, mobile)) << *e.phone;
    }
    EXPECT_FALSE(e.legal_representative.value_or("").empty());
    EXPECT_TRUE(e.address->find("号") != std::string::npos) << *e.address;
    EXPECT_GE(*e.established_on, "1995-01-01");
  }
  EXPECT_GT(recent, 1'000);
  EXPECT_GT(phones, 15'000);
  EXPECT_GT(statuses["存续"] + statuses["在业"], 18'000);
  for (const char* s : {"注销", "吊销", "迁出", "停业"}) EXPECT_GT(statuses[s], 20) << s;
}

TEST(Generator, KeyListAndLicencesHaveRemovalsAndEndings) {
  std::map<std::string, int> licence_status;
  int removed = 0, expired = 0;
  for (const auto& r : big_set()) {
    ++licence_status[r.licence.status];
    if (r.keylist_entry.removed_on) {
      ++removed;
      EXPECT_TRUE(r.keylist_entry.removal_reason.has_value());
    }
    if (r.licence.valid_until < kToday.to_string()) ++expired;
  }
  EXPECT_GT(removed, 200);
  EXPECT_GT(expired, 200);
  for (const char* s : {"有效", "吊销", "注销", "撤销"}) EXPECT_GT(licence_status[s], 0) << s;
}

TEST(Generator, PenaltiesOfEveryKind) {
  int warning_only = 0, lower_fine = 0, big_fine = 0, suspension = 0, revocation = 0;
  int summary = 0, hidden = 0, with_phone = 0;
  std::map<std::string, int> areas;
  const std::regex phone("1[3-9][0-9]{9}");
  const std::regex decision("^.+市监罚〔20\\d\\d〕\\d+号$");
  for (const auto& r : big_set()) {
    for (const auto& p : r.penalties) {
      const auto has = [&](const char* t) {
        return std::find(p.penalty_types.begin(), p.penalty_types.end(), t) !=
               p.penalty_types.end();
      };
      EXPECT_TRUE(std::regex_match(p.decision_no, decision)) << p.decision_no;
      EXPECT_FALSE(p.legal_basis.empty());
      EXPECT_TRUE(p.legal_basis.starts_with("《")) << p.legal_basis;
      if (p.penalty_types == std::vector<std::string>{"警告"}) ++warning_only;
      if (p.fine_fen && *p.fine_fen < 100'000 * 100) ++lower_fine;
      if (p.fine_fen && *p.fine_fen >= 100'000 * 100) ++big_fine;
      if (has("责令停产停业")) ++suspension;
      if (has("吊销许可证件")) {
        ++revocation;
        EXPECT_EQ(r.licence.status, "吊销");
      }
      if (has("罚款")) {
        EXPECT_TRUE(p.fine_fen.has_value());
      }
      if (p.procedure == "简易") {
        ++summary;
        EXPECT_TRUE(!p.fine_fen || *p.fine_fen <= 3'000 * 100) << p.decision_no;
      }
      if (!p.is_public) ++hidden;
      if (std::regex_search(*p.facts, phone)) ++with_phone;
      ++areas[p.area.value_or("")];
    }
  }
  EXPECT_GT(warning_only, 50);
  EXPECT_GT(lower_fine, 300);
  EXPECT_GT(big_fine, 50);
  EXPECT_GT(suspension, 10);
  EXPECT_GT(revocation, 10);
  EXPECT_GT(summary, 20);
  EXPECT_GT(hidden, 10);
  EXPECT_GT(with_phone, 50);
  EXPECT_GT(areas["food"], 0);
  EXPECT_GT(areas["special_equipment"], 0);
  EXPECT_GT(areas["other"], 0);
}

TEST(Generator, InspectionsUseEveryKindAndResultPhrase) {
  std::map<std::string, int> kinds, results;
  int failed_samples = 0;
  for (const auto& r : big_set()) {
    for (const auto& i : r.inspections) {
      ++kinds[i.kind];
      for (const auto& res : i.results) ++results[res];
      if (i.kind == "监督抽检") {
        EXPECT_EQ(r.keylist_entry.area, "food_production");
        EXPECT_TRUE(i.product.has_value());
        if (i.results == std::vector<std::string>{"不合格"}) {
          ++failed_samples;
          EXPECT_TRUE(i.failed_items.has_value());
        }
      }
    }
  }
  EXPECT_EQ(kinds.size(), 4u);
  EXPECT_GT(failed_samples, 50);
  for (const char* phrase :
       {"未发现问题", "发现问题已责令改正", "发现问题待后续处理", "未按规定公示应当公示的信息",
        "公示信息隐瞒真实情况弄虚作假", "通过登记的住所（经营场所）无法联系", "不配合检查情节严重",
        "未发现开展本次抽查涉及的经营活动", "已关闭停业或正在组织清算", "已注销", "已吊销",
        "已迁出", "合格", "不合格"}) {
    EXPECT_GT(results[phrase], 0) << phrase;
  }
}

TEST(Generator, EventsOfEveryTypeWhereTheyBelong) {
  std::map<std::string, int> types;
  for (const auto& r : big_set()) {
    const auto sub = r.keylist_entry.subcategory.value_or("");
    for (const auto& e : r.events) {
      ++types[e.event_type];
      if (e.event_type == "rescue_late" || e.event_type == "fault_recurrence") {
        EXPECT_EQ(sub, "电梯维保");
      }
      if (e.event_type.ends_with("cylinder_fill")) {
        EXPECT_EQ(sub, "气瓶充装");
      }
      if (e.event_type == "recall" || e.event_type == "food_safety_incident") {
        EXPECT_EQ(r.keylist_entry.area, "food_production");
      }
      EXPECT_GE(e.count, 1);
    }
  }
  for (const char* t :
       {"complaint_substantiated", "accident", "food_safety_incident", "rescue_late",
        "fault_recurrence", "non_own_cylinder_fill", "overdue_cylinder_fill", "recall"}) {
    EXPECT_GT(types[t], 0) << t;
  }
  EXPECT_GT(types["rescue_late"], types["accident"]);
}

TEST(Generator, Inspectors) {
  Generator gen(1, kToday);
  for (int i = 0; i < 10; ++i) (void)gen.next();
  const auto few = gen.inspectors(100);
  EXPECT_EQ(few.size(), 30u);
  const auto many = gen.inspectors(10'000);
  EXPECT_EQ(many.size(), 200u);
  std::set<std::string> ids;
  std::map<std::string, int> active_general;  // per prefecture
  const std::regex id("^43\\d{4}(200[5-9]|20[12]\\d)\\d{4}$");
  for (const auto& in : many) {
    EXPECT_TRUE(std::regex_match(in.id, id)) << in.id;
    EXPECT_TRUE(ids.insert(in.id).second) << in.id;
    EXPECT_TRUE(in.unit.ends_with("市场监督管理局")) << in.unit;
    EXPECT_FALSE(in.domains.empty());
    if (in.status == "在岗" && in.domains == std::vector<std::string>{"综合"} &&
        in.region_code != "430000") {
      ++active_general[*core::prefecture_of(in.region_code)];
    }
  }
  EXPECT_EQ(active_general.size(), 14u);
  for (const auto& [prefecture, n] : active_general) EXPECT_GE(n, 2) << prefecture;
}

}  // namespace
}  // namespace xj::demo

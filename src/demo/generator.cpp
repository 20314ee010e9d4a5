#include "demo/generator.h"

#include <algorithm>
#include <array>
#include <cassert>

#include "demo/events.h"
#include "demo/inspections.h"
#include "demo/inspectors.h"
#include "demo/penalties.h"
#include "demo/showcase.h"
#include "demo/subject.h"

namespace xj::demo {
namespace {

core::Date ymd(int y, int m, int d) { return *core::Date::from_ymd(y, m, d); }

// Positions 9–16 of a USCC keep the old organisation code for entities registered before the
// USCC reform (2015-10-01).
const core::Date kUsccReform = ymd(2015, 10, 1);
// The key-area list was first compiled in 2021 (seed: 完成时限 2021年8月).
const core::Date kListStart = ymd(2021, 9, 30);
const core::Date kOldest = ymd(1995, 1, 1);

struct Weighted {
  std::string_view text;
  int weight;
};

// 登记状态: mostly operating, a few closed.
constexpr Weighted kStatuses[] = {{"存续", 550}, {"在业", 400}, {"停业", 15},
                                  {"注销", 15},  {"吊销", 10},  {"迁出", 10}};
constexpr Weighted kCompanyForms[] = {
    {"有限公司", 60}, {"有限责任公司", 22}, {"股份有限公司", 4}, {"厂", 14}};

template <std::size_t N>
std::string_view pick_weighted(Prng& rng, const Weighted (&items)[N]) {
  std::array<int, N> weights{};
  for (std::size_t i = 0; i < N; ++i) weights[i] = items[i].weight;
  return items[rng.weighted(weights)].text;
}

std::string entity_type(Prng& rng, std::string_view uscc_type, std::string_view form) {
  if (uscc_type == "92") return "个体工商户";
  if (uscc_type == "93") return "农民专业合作社";
  if (form == "股份有限公司") return "股份有限公司（非上市、自然人投资或控股）";
  if (!form.ends_with("公司")) return "个人独资企业";
  return rng.percent(80) ? "有限责任公司（自然人投资或控股）" : "有限责任公司（法人独资）";
}

// A food category that has names for this kind of entity (any for companies, shops for 92,
// co-operatives for 93).
const FoodCategory& pick_category(Prng& rng, std::string_view uscc_type) {
  const auto categories = food_categories();
  for (;;) {
    const FoodCategory& c = categories[rng.weighted(food_category_weights())];
    if (uscc_type == "92" && c.shops.empty()) continue;
    if (uscc_type == "93" && c.coops.empty()) continue;
    return c;
  }
}

// Validity of a licence: food production 5 years (食品生产许可管理办法 Art. 29), special
// equipment 4 years (特种设备生产单位许可规则).
int licence_years(const Subject& s) { return s.is_food() ? 5 : 4; }

// The current licence period: renewed every period since the first issue, except that a few
// enterprises did not renew the last one (expired; 过期 is derived from valid_until).
// Returns valid_until.
core::Date licence_period(Prng& rng, const Subject& s, core::Date first_issue,
                          collection::Licence& licence) {
  const int years = licence_years(s);
  int periods = 0;
  while (core::add_years(first_issue, years * (periods + 1)) <= s.today) ++periods;
  if (periods > 0 && rng.percent(6)) --periods;
  const core::Date issued = core::add_years(first_issue, years * periods);
  const core::Date valid_until = core::add_days(core::add_years(issued, years), -1);
  licence.issued_on = issued.to_string();
  licence.valid_until = valid_until.to_string();
  return valid_until;
}

std::string revoking_decision_day(const std::vector<collection::Penalty>& penalties) {
  std::string day;
  for (const auto& p : penalties) {
    if (std::find(p.penalty_types.begin(), p.penalty_types.end(), kRevokeLicence) !=
        p.penalty_types.end()) {
      day = std::max(day, p.decided_on);
    }
  }
  return day;
}

// Licence status and list removal follow from penalties and registration status.
void settle(Prng& rng, const Subject& s, core::Date listed, core::Date valid_until,
            DemoRecords& r) {
  auto& entry = r.keylist_entry;
  const std::string today = s.today.to_string();
  const std::string& status = r.enterprise.status;
  const auto remove = [&](std::string day, std::string_view reason) {
    entry.removed_on = std::max(entry.listed_on, std::min(day, today));
    entry.removal_reason = std::string(reason);
  };
  const std::string revoked_on = revoking_decision_day(r.penalties);
  if (!revoked_on.empty()) {
    r.licence.status = "吊销";
    remove(revoked_on, "许可证件被吊销");
  } else if (status == "注销" || status == "吊销" || status == "迁出") {
    r.licence.status = "注销";
    const std::string_view reason = status == "注销"   ? "企业已注销"
                                    : status == "吊销" ? "营业执照被吊销"
                                                       : "企业已迁出";
    remove(random_day(rng, listed, s.today).to_string(), reason);
  } else if (rng.permille(3)) {
    r.licence.status = "撤销";
    remove(random_day(rng, listed, s.today).to_string(), "许可被撤销");
  } else if (valid_until < s.today && rng.percent(60)) {
    remove(core::add_days(valid_until, rng.between(1, 60)).to_string(), "许可证有效期届满未延续");
  } else if (rng.percent(1)) {
    r.licence.status = "注销";
    remove(random_day(rng, listed, s.today).to_string(), "企业申请注销许可证");
  }
}

}  // namespace

Generator::Generator(std::uint64_t seed, core::Date today)
    : seed_(seed), today_(today), issuer_(seed) {
  assert(today >= ymd(2021, 1, 1));
}

DemoRecords Generator::next() {
  const std::uint64_t index = produced_++;
  if (index < kShowcaseCount) {
    DemoRecords r = showcase_enterprise(index, today_, numbers_);
    namer_.reserve(r.enterprise.name);
    return r;
  }
  return generate(index);
}

std::vector<collection::Inspector> Generator::inspectors(std::uint64_t enterprises) {
  return make_inspectors(seed_, enterprises, today_, numbers_);
}

DemoRecords Generator::generate(std::uint64_t index) {
  assert(index < kMaxEnterprises);
  Prng rng(seed_, index);  // streams below kReservedStreams: one per enterprise
  DemoRecords r;
  Subject s;
  s.today = today_;
  s.enterprise = &r.enterprise;
  s.county = &pick_county(rng);
  const County& county = *s.county;

  std::string_view type = "91";
  if (rng.percent(60)) {
    const int t = static_cast<int>(rng.below(100));
    type = t < 75 ? "91" : (t < 92 ? "92" : "93");
    s.food = &pick_category(rng, type);
    s.individual = type == "92";
  } else {
    s.equipment = &equipment_kinds()[rng.weighted(equipment_kind_weights())];
  }

  // 成立日期: 1995 to today, a tenth within the last year.
  s.established = rng.percent(10) ? core::add_days(today_, -rng.between(30, 364))
                                  : random_day(rng, kOldest, core::add_days(today_, -365));

  auto& e = r.enterprise;
  e.uscc = issuer_.issue(index, type, county.code, s.established < kUsccReform);
  e.region_code = std::string(county.code);
  std::string_view form;
  if (type == "92") {
    e.name = namer_.individual(rng, county, rng.pick(s.food->shops));
  } else if (type == "93") {
    e.name = namer_.cooperative(rng, county, rng.pick(s.food->coops));
  } else {
    const bool station =
        s.equipment != nullptr && !s.equipment->stations.empty() && rng.percent(25);
    form = station ? rng.pick(s.equipment->stations) : pick_weighted(rng, kCompanyForms);
    const auto& trades = s.food != nullptr ? s.food->trades : s.equipment->trades;
    e.name = namer_.company(rng, county, rng.pick(trades), form);
  }
  e.entity_type = entity_type(rng, type, form);
  e.legal_representative = person_name(rng);
  e.address = address(rng, county);
  e.established_on = s.established.to_string();
  e.status = s.established > core::add_years(today_, -1) ? (rng.percent(60) ? "存续" : "在业")
                                                         : pick_weighted(rng, kStatuses);
  if (rng.percent(90)) e.phone = mobile_number(rng);

  // The licence, first issued within months of establishment.
  auto& licence = r.licence;
  licence.uscc = e.uscc;
  licence.name = e.name;
  const core::Date first_issue =
      std::min(today_, core::add_days(s.established, rng.between(15, 120)));
  s.licensed = first_issue;
  const core::Date valid_until = licence_period(rng, s, first_issue, licence);
  auto& entry = r.keylist_entry;
  if (s.is_food()) {
    licence.licence_type = "食品生产许可";
    licence.licence_no = numbers_.food_licence(s.food->code, county.code);
    licence.scope = std::string(s.food->name);
    licence.issuer = s.food->special
                         ? bureau(county, Level::province)
                         : bureau(county, rng.percent(80) ? Level::prefecture : Level::county);
    licence.provenance.source = s.food->special ? "特殊食品处" : "食品生产处";
    entry.area = registry::kFoodProduction;
    entry.subcategory = s.food->special ? "特殊食品" : "普通食品";
    entry.remark = std::string(s.food->name);
  } else {
    const EquipmentScope& scope = rng.pick(s.equipment->scopes);
    licence.licence_type = s.equipment->licence_type;
    licence.licence_no =
        numbers_.equipment_licence(s.equipment->work, scope.equipment, valid_until.year());
    licence.scope = std::string(scope.text);
    licence.issuer = bureau(
        county, s.is(kCylinderFilling) && rng.percent(50) ? Level::prefecture : Level::province);
    licence.provenance.source = "特种设备局";
    entry.area = registry::kSpecialEquipment;
    entry.subcategory = std::string(s.equipment->subcategory);
  }
  entry.uscc = e.uscc;
  entry.name = e.name;
  entry.licence_no = licence.licence_no;
  const core::Date listed = std::min(today_, later(first_issue, kListStart));
  entry.listed_on = listed.to_string();
  r.keylist_source = licence.provenance.source;

  r.penalties = make_penalties(rng, s, numbers_);
  r.inspections = make_inspections(rng, s, numbers_);
  r.events = make_events(rng, s, numbers_);
  settle(rng, s, listed, valid_until, r);
  return r;
}

}  // namespace xj::demo

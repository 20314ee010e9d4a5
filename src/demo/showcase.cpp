#include "demo/showcase.h"

#include <cassert>

#include "demo/codes.h"
#include "demo/regions.h"
#include "demo/subject.h"

namespace xj::demo {
namespace {

struct Fixed {
  std::string_view name;
  std::string_view region;
  std::string_view legal_representative;
  std::string_view address;
  std::string_view established_on;
  std::string_view entity_type;
  std::string_view phone;
};

constexpr Fixed kFixed[kShowcaseCount] = {
    {"长沙湘江食品有限公司", "430104", "王建湘", "长沙市岳麓区麓谷大道88号", "2016-03-18",
     "有限责任公司（自然人投资或控股）", "13907310088"},
    {"株洲福瑞电梯工程有限公司", "430211", "刘志强", "株洲市天元区长江路16号", "2017-06-06",
     "有限责任公司（自然人投资或控股）", "13607330166"},
    {"湘潭县新兴液化气充装站", "430321", "谭德成", "湘潭市湘潭县建设路203号", "2018-09-12",
     "个人独资企业", "18973220355"},
};

const County& county_of(std::string_view code) {
  for (const auto& c : counties()) {
    if (c.code == code) return c;
  }
  assert(false && "showcase county missing from the region table");
  return counties().front();
}

std::string day(core::Date today, int days_ago) {
  return core::add_days(today, -days_ago).to_string();
}

// Enterprise, licence and key-list entry shared by the three; the caller fills in the specifics.
DemoRecords base(std::size_t i, core::Date today) {
  const Fixed& f = kFixed[i];
  DemoRecords r;
  auto& e = r.enterprise;
  e.uscc = showcase_uscc(i);
  e.name = f.name;
  e.legal_representative = std::string(f.legal_representative);
  e.address = std::string(f.address);
  e.region_code = f.region;
  e.established_on = std::string(f.established_on);
  e.status = "存续";
  e.entity_type = std::string(f.entity_type);
  e.phone = std::string(f.phone);

  r.licence.uscc = e.uscc;
  r.licence.name = e.name;
  r.licence.issued_on = day(today, 400);
  r.keylist_entry.uscc = e.uscc;
  r.keylist_entry.name = e.name;
  r.keylist_entry.listed_on = r.licence.issued_on;
  return r;
}

collection::Penalty penalty(const DemoRecords& r, std::string decision_no, std::string authority,
                            std::string decided_on) {
  collection::Penalty p;
  p.uscc = r.enterprise.uscc;
  p.name = r.enterprise.name;
  p.decision_no = std::move(decision_no);
  p.authority = std::move(authority);
  p.decided_on = std::move(decided_on);
  p.provenance.source = "执法稽查局";
  return p;
}

collection::Inspection inspection(const DemoRecords& r, std::string no, std::string kind,
                                  std::string checked_on, std::string authority) {
  collection::Inspection in;
  in.uscc = r.enterprise.uscc;
  in.name = r.enterprise.name;
  in.inspection_no = std::move(no);
  in.kind = std::move(kind);
  in.checked_on = std::move(checked_on);
  in.authority = std::move(authority);
  in.provenance.source = "信用监管处";
  return in;
}

collection::Event event(const DemoRecords& r, std::string no, std::string type,
                        std::string occurred_on, std::int64_t count, std::string description,
                        std::string source) {
  collection::Event e;
  e.uscc = r.enterprise.uscc;
  e.name = r.enterprise.name;
  e.event_no = std::move(no);
  e.event_type = std::move(type);
  e.occurred_on = std::move(occurred_on);
  e.count = count;
  e.description = std::move(description);
  e.source = std::move(source);
  e.provenance.source = "特种设备局";
  return e;
}

// The licence is valid for `years` from its issue 400 days ago; returns valid_until.
core::Date set_validity(DemoRecords& r, core::Date today, int years) {
  const core::Date valid_until =
      core::add_days(core::add_years(core::add_days(today, -400), years), -1);
  r.licence.valid_until = valid_until.to_string();
  return valid_until;
}

DemoRecords food_producer(core::Date today, Numbering& numbers, Prng& rng) {
  DemoRecords r = base(0, today);
  const County& c = county_of(kFixed[0].region);
  set_validity(r, today, 5);
  r.licence.licence_no = numbers.food_licence("103", c.code);
  r.licence.licence_type = "食品生产许可";
  r.licence.scope = "调味品（半固体调味料：剁辣椒）";
  r.licence.issuer = bureau(c, Level::prefecture);
  r.licence.provenance.source = "食品生产处";
  r.keylist_entry.area = registry::kFoodProduction;
  r.keylist_entry.subcategory = "普通食品";
  r.keylist_entry.remark = "调味品";
  r.keylist_source = "食品生产处";
  r.keylist_entry.licence_no = r.licence.licence_no;

  const std::string authority = bureau(c, Level::county);
  const std::string prefix = penalty_prefix(c, Level::county);
  // Published today: ordinary procedure, a lower-amount fine → 3 months from 30 days ago (§2).
  const core::Date fined = core::add_days(today, -30);
  auto fine = penalty(r, numbers.decision(rng, prefix, fined.year()), authority, fined.to_string());
  fine.violation_type = "生产经营标签不符合规定的预包装食品";
  fine.legal_basis = "《中华人民共和国食品安全法》第一百二十五条第一款第（二）项";
  fine.penalty_types = {"罚款", "没收违法所得"};
  fine.fine_fen = 30'000 * 100;
  fine.confiscation_fen = 4'800 * 100;
  fine.area = "food";
  fine.facts = "经查，当事人于" + chinese_month(core::add_days(today, -90)) +
               "生产的剁辣椒标签未标注生产日期。当事人委托代理人李明（联系电话13812345678）"
               "到案接受调查。";
  // Never published: warning only (§2), although decided under the ordinary procedure.
  const core::Date warned = core::add_days(today, -200);
  auto warning =
      penalty(r, numbers.decision(rng, prefix, warned.year()), authority, warned.to_string());
  warning.violation_type = "未按规定建立并遵守进货查验记录制度";
  warning.legal_basis = "《中华人民共和国食品安全法》第一百二十六条第一款第（三）项";
  warning.penalty_types = {"警告"};
  warning.area = "food";
  warning.facts = "经查，当事人采购辣椒原料未查验供货者的许可证和产品合格证明。";
  r.penalties = {std::move(warning), std::move(fine)};

  const core::Date checked = core::add_days(today, -90);
  auto check = inspection(r, numbers.inspection("JD", checked.year(), c.code), "监督检查",
                          checked.to_string(), authority);
  check.matter = "食品生产企业日常监督检查";
  check.results = {"未发现问题"};
  const core::Date sampled = core::add_days(today, -60);
  auto sample = inspection(r, numbers.inspection("CJ", sampled.year(), c.code), "监督抽检",
                           sampled.to_string(), authority);
  sample.matter = "食品安全监督抽检";
  sample.product = "剁辣椒";
  sample.results = {"合格"};
  sample.provenance.source = "食品抽检处";
  r.inspections = {std::move(check), std::move(sample)};
  return r;
}

DemoRecords elevator_unit(core::Date today, Numbering& numbers, Prng& rng) {
  DemoRecords r = base(1, today);
  const County& c = county_of(kFixed[1].region);
  r.licence.licence_no = numbers.equipment_licence('3', '3', set_validity(r, today, 4).year());
  r.licence.licence_type = "特种设备生产许可";
  r.licence.scope = "电梯修理（维护保养）";
  r.licence.issuer = bureau(c, Level::province);
  r.licence.provenance.source = "特种设备局";
  r.keylist_entry.area = registry::kSpecialEquipment;
  r.keylist_entry.subcategory = "电梯维保";
  r.keylist_source = "特种设备局";
  r.keylist_entry.licence_no = r.licence.licence_no;

  const std::string authority = bureau(c, Level::county);
  const core::Date fined = core::add_days(today, -300);
  auto fine = penalty(r, numbers.decision(rng, penalty_prefix(c, Level::county), fined.year()),
                      authority, fined.to_string());
  fine.violation_type = "未按照安全技术规范的要求进行电梯维护保养";
  fine.legal_basis = "《中华人民共和国特种设备安全法》第八十八条第二款";
  fine.penalty_types = {"罚款"};
  fine.fine_fen = 20'000 * 100;
  fine.area = "special_equipment";
  fine.facts = "经查，当事人维护保养的电梯未按规定进行清洁、润滑、调整和检查。";
  r.penalties = {std::move(fine)};

  const core::Date checked = core::add_days(today, -150);
  auto check = inspection(r, numbers.inspection("SS", checked.year(), c.code), "双随机抽查",
                          checked.to_string(), authority);
  check.matter = "电梯维护保养单位监督检查";
  check.results = {"发现问题已责令改正"};
  check.findings = "部分电梯维护保养记录缺少使用单位签字确认。";
  r.inspections = {std::move(check)};

  const core::Date late = core::add_days(today, -45), again = core::add_days(today, -120);
  r.events = {
      event(r, numbers.event(late.year(), c.code), "rescue_late", late.to_string(), 1,
            "电梯困人后维保人员到达现场超过30分钟", authority),
      event(r, numbers.event(again.year(), c.code), "fault_recurrence", again.to_string(), 1,
            "同一部电梯一个月内发生同一故障", authority),
  };
  return r;
}

DemoRecords filling_station(core::Date today, Numbering& numbers, Prng& rng) {
  DemoRecords r = base(2, today);
  const County& c = county_of(kFixed[2].region);
  r.licence.licence_no = numbers.equipment_licence('4', '2', set_validity(r, today, 4).year());
  r.licence.licence_type = "气瓶充装许可";
  r.licence.scope = "气瓶充装（液化石油气）";
  r.licence.issuer = bureau(c, Level::prefecture);
  r.licence.provenance.source = "特种设备局";
  r.keylist_entry.area = registry::kSpecialEquipment;
  r.keylist_entry.subcategory = "气瓶充装";
  r.keylist_source = "特种设备局";
  r.keylist_entry.licence_no = r.licence.licence_no;

  // Heavier and published for 3 years: a fine of 100 000 yuan or more (§2, §3 by amount).
  const core::Date fined = core::add_days(today, -150);
  auto fine = penalty(r, numbers.decision(rng, penalty_prefix(c, Level::prefecture), fined.year()),
                      bureau(c, Level::prefecture), fined.to_string());
  fine.violation_type = "对不符合安全技术规范要求的气瓶进行充装";
  fine.legal_basis = "《中华人民共和国特种设备安全法》第八十五条第（二）项";
  fine.penalty_types = {"罚款", "没收违法所得"};
  fine.fine_fen = 120'000 * 100;
  fine.confiscation_fen = 8'600 * 100;
  fine.area = "special_equipment";
  fine.facts = "经查，当事人为非自有产权气瓶及超过检验期限的气瓶充装液化石油气。";
  r.penalties = {std::move(fine)};

  const std::string authority = bureau(c, Level::county);
  const core::Date checked = core::add_days(today, -160);
  auto check = inspection(r, numbers.inspection("ZX", checked.year(), c.code), "专项检查",
                          checked.to_string(), authority);
  check.matter = "液化石油气充装专项整治";
  check.results = {"发现问题待后续处理"};
  check.findings = "充装前检查记录不完整，个别气瓶无充装记录。";
  r.inspections = {std::move(check)};

  const core::Date own = core::add_days(today, -20), overdue = core::add_days(today, -75);
  r.events = {
      event(r, numbers.event(own.year(), c.code), "non_own_cylinder_fill", own.to_string(), 1,
            "为非自有产权气瓶充装液化石油气", authority),
      event(r, numbers.event(overdue.year(), c.code), "overdue_cylinder_fill", overdue.to_string(),
            2, "充装超过检验期限的气瓶", authority),
  };
  return r;
}

}  // namespace

std::string showcase_uscc(std::size_t i) {
  assert(i < kShowcaseCount);
  return UsccIssuer::showcase(i, "91", kFixed[i].region);
}

DemoRecords showcase_enterprise(std::size_t i, core::Date today, Numbering& numbers) {
  assert(i < kShowcaseCount);
  Prng rng(0, kReservedStreams + 16 + i);  // seed-independent on purpose
  switch (i) {
    case 0:
      return food_producer(today, numbers, rng);
    case 1:
      return elevator_unit(today, numbers, rng);
    default:
      return filling_station(today, numbers, rng);
  }
}

}  // namespace xj::demo

#include "demo/events.h"

#include <span>

namespace xj::demo {
namespace {

struct EventKind {
  std::string_view code;         // §10 code
  std::string_view description;  // 说明
  int weight;
};

constexpr EventKind kFood[] = {
    {"complaint_substantiated", "消费者投诉产品质量问题，经核查属实", 60},
    {"recall", "发现产品不符合食品安全标准，主动召回相关批次产品", 30},
    {"food_safety_incident", "产品引发消费者食源性疾病，经调查认定为食品安全事故", 10},
};

constexpr EventKind kElevator[] = {
    {"rescue_late", "电梯困人后维保人员到达现场超过30分钟", 40},
    {"fault_recurrence", "同一部电梯一个月内发生同一故障", 35},
    {"complaint_substantiated", "使用单位投诉维保不到位，经核查属实", 20},
    {"accident", "维保的电梯发生溜梯事故，造成人员受伤", 5},
};

constexpr EventKind kCylinder[] = {
    {"non_own_cylinder_fill", "为非自有产权气瓶充装液化石油气", 40},
    {"overdue_cylinder_fill", "充装超过检验期限的气瓶", 35},
    {"complaint_substantiated", "用户投诉充装量不足，经核查属实", 20},
    {"accident", "充装过程中发生气瓶泄漏燃爆事故", 5},
};

constexpr EventKind kOtherEquipment[] = {
    {"complaint_substantiated", "投诉举报反映的问题经核查属实", 80},
    {"accident", "生产的特种设备在使用中发生事故", 20},
};

struct Profile {
  std::span<const EventKind> kinds;
  int percent;  // share of units with any event
};

Profile profile(const Subject& s) {
  if (s.is_food()) return {kFood, 12};
  if (s.is(kElevatorMaintenance)) return {kElevator, 45};
  if (s.is(kCylinderFilling)) return {kCylinder, 40};
  return {kOtherEquipment, 8};
}

}  // namespace

std::vector<collection::Event> make_events(Prng& rng, const Subject& s, Numbering& numbers) {
  std::vector<collection::Event> out;
  const Profile p = profile(s);
  if (!rng.percent(p.percent)) return out;
  std::vector<int> weights;
  for (const auto& k : p.kinds) weights.push_back(k.weight);
  const core::Date first = later(s.licensed, core::add_years(s.today, -2));
  const int count = static_cast<int>(rng.between(1, 3));
  for (int i = 0; i < count; ++i) {
    const EventKind& kind = p.kinds[rng.weighted(weights)];
    const core::Date day = random_day(rng, first, s.today);
    collection::Event e;
    e.uscc = s.enterprise->uscc;
    e.name = s.enterprise->name;
    e.event_type = kind.code;
    e.occurred_on = day.to_string();
    e.count = rng.percent(75) ? 1 : rng.between(2, 3);
    e.description = std::string(kind.description);
    e.source = bureau(*s.county, Level::county);
    e.event_no = numbers.event(day.year(), s.county->code);
    e.provenance.source = s.is_food() ? "食品生产处" : "特种设备局";
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace xj::demo

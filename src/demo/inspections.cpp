#include "demo/inspections.h"

#include <algorithm>
#include <array>

namespace xj::demo {
namespace {

struct KindInfo {
  std::string_view name;  // 检查类型
  std::string_view code;  // inspection number prefix
  int food_weight;
  int equipment_weight;
};

constexpr std::array<KindInfo, 4> kKinds = {{
    {"监督检查", "JD", 35, 50},
    {"双随机抽查", "SS", 20, 30},
    {"专项检查", "ZX", 15, 20},
    {"监督抽检", "CJ", 30, 0},
}};

struct ResultPhrase {
  std::string_view text;  // §8 result code
  int weight;
};

// The §8 phrases an enterprise that still operates can get, weighted as results run in practice.
constexpr ResultPhrase kResults[] = {
    {"未发现问题", 700},
    {"发现问题已责令改正", 170},
    {"发现问题待后续处理", 40},
    {"未按规定公示应当公示的信息", 20},
    {"公示信息隐瞒真实情况弄虚作假", 5},
    {"通过登记的住所（经营场所）无法联系", 20},
    {"不配合检查情节严重", 5},
    {"未发现开展本次抽查涉及的经营活动", 20},
};

// §8 phrases that follow from a registration status.
std::string_view status_result(std::string_view status) {
  if (status == "注销") return "已注销";
  if (status == "吊销") return "已吊销";
  if (status == "迁出") return "已迁出";
  if (status == "停业") return "已关闭停业或正在组织清算";
  return {};
}

constexpr std::string_view kFoodFindings[] = {
    "原料库物品未离地离墙存放，部分原料无进货查验记录。",
    "生产车间更衣室未配备洗手消毒设施。",
    "出厂检验记录不完整，部分批次缺少检验报告。",
    "从业人员健康证明已过期。",
    "食品添加剂未专柜存放、专人管理。",
};

constexpr std::string_view kElevatorFindings[] = {
    "部分电梯维护保养记录缺少使用单位签字确认。",
    "维保人员未按规定周期进行半月维护保养。",
    "应急救援演练记录缺失。",
};

constexpr std::string_view kCylinderFindings[] = {
    "充装前检查记录不完整，个别气瓶无充装记录。",
    "充装站内存放有超过检验期限的气瓶。",
    "气瓶充装追溯信息未及时上传。",
};

constexpr std::string_view kEquipmentFindings[] = {
    "特种设备作业人员证书已过期。",
    "安全技术档案未按规定归档。",
    "质量保证体系文件未及时修订。",
};

std::string_view finding(Prng& rng, const Subject& s) {
  if (s.is_food()) return rng.pick(kFoodFindings);
  if (s.is(kElevatorMaintenance)) return rng.pick(kElevatorFindings);
  if (s.is(kCylinderFilling)) return rng.pick(kCylinderFindings);
  return rng.pick(kEquipmentFindings);
}

std::string_view matter(const Subject& s, std::string_view kind) {
  if (s.is_food()) {
    if (kind == "双随机抽查") return "食品生产企业监督检查";
    if (kind == "专项检查") return "节日食品安全专项检查";
    if (kind == "监督抽检") return "食品安全监督抽检";
    return "食品生产企业日常监督检查";
  }
  if (kind == "专项检查") {
    if (s.is(kElevatorMaintenance)) return "电梯安全隐患专项排查";
    if (s.is(kCylinderFilling)) return "液化石油气充装专项整治";
    return "特种设备安全隐患专项排查";
  }
  if (s.is(kElevatorMaintenance)) return "电梯维护保养单位监督检查";
  if (s.is(kCylinderFilling)) return "气瓶充装单位监督检查";
  return "特种设备生产单位监督检查";
}

std::vector<std::string> inspection_results(Prng& rng, const Subject& s,
                                            collection::Inspection& record) {
  std::array<int, std::size(kResults)> weights{};
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = kResults[i].weight;
  const std::string_view first = kResults[rng.weighted(weights)].text;
  std::vector<std::string> results = {std::string(first)};
  if (first == "发现问题已责令改正" && rng.percent(15)) {
    results.emplace_back("未按规定公示应当公示的信息");
  }
  if (first.starts_with("发现问题")) {
    record.findings = std::string(finding(rng, s));
  }
  return results;
}

void sampling_results(Prng& rng, const Subject& s, collection::Inspection& record) {
  record.product = std::string(rng.pick(s.food->products));
  if (!rng.percent(10)) {
    record.results = {"合格"};
    return;
  }
  record.results = {"不合格"};
  const auto& items = s.food->failed_items;
  std::string failed(rng.pick(items));
  if (items.size() > 1 && rng.percent(25)) {
    const std::string_view second = rng.pick(items);
    if (second != failed) failed += "、" + std::string(second);
  }
  record.findings = failed + "项目不符合食品安全国家标准规定。";
  record.failed_items = std::move(failed);
}

}  // namespace

std::vector<collection::Inspection> make_inspections(Prng& rng, const Subject& s,
                                                     Numbering& numbers) {
  static constexpr int kCountWeights[] = {30, 35, 20, 10, 5};  // 0–4 inspections
  const int count = static_cast<int>(rng.weighted(kCountWeights));
  std::vector<collection::Inspection> out;
  const core::Date first = later(s.licensed, core::add_years(s.today, -3));
  std::vector<core::Date> days;
  for (int i = 0; i < count; ++i) days.push_back(random_day(rng, first, s.today));
  std::sort(days.begin(), days.end());

  std::array<int, kKinds.size()> weights{};
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    weights[i] = s.is_food() ? kKinds[i].food_weight : kKinds[i].equipment_weight;
  }
  for (const core::Date day : days) {
    const KindInfo& kind = kKinds[rng.weighted(weights)];
    collection::Inspection r;
    r.uscc = s.enterprise->uscc;
    r.name = s.enterprise->name;
    r.kind = kind.name;
    r.matter = std::string(matter(s, kind.name));
    r.checked_on = day.to_string();
    const Level level = rng.percent(15) ? Level::prefecture : Level::county;
    r.authority = bureau(*s.county, level);
    r.inspection_no = numbers.inspection(kind.code, day.year(), bureau_region(*s.county, level));
    r.is_public = !rng.percent(2);
    r.provenance.source = kind.name == "监督抽检" ? "食品抽检处" : "信用监管处";
    if (kind.name == "监督抽检") {
      sampling_results(rng, s, r);
    } else {
      r.results = inspection_results(rng, s, r);
    }
    out.push_back(std::move(r));
  }
  // The latest inspection of a closed, revoked or departed enterprise found it so (§8).
  const std::string_view closing = status_result(s.enterprise->status);
  for (auto it = out.rbegin(); !closing.empty() && it != out.rend(); ++it) {
    if (it->kind != "监督抽检") {
      it->results = {std::string(closing)};
      it->findings.reset();
      break;
    }
  }
  return out;
}

}  // namespace xj::demo

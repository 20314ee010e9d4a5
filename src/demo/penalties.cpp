#include "demo/penalties.h"

#include <algorithm>
#include <array>

#include "demo/codes.h"
#include "demo/names.h"

namespace xj::demo {
namespace {

struct Violation {
  std::string_view area;                    // food | special_equipment | other
  std::vector<std::string_view> units;      // special-equipment subcategories; empty: all
  std::string_view type;                    // 违法行为类型
  std::string_view basis;                   // 处罚依据
  std::string_view conduct;                 // 违法事实; {product} = a product of the category
  std::int64_t min_yuan = 0, max_yuan = 0;  // the statute's fine range
  bool warning_allowed = false;             // the statute allows a warning alone
  std::string_view severe;                  // type added when 情节严重; empty: none
};

constexpr std::string_view kFoodLaw = "《中华人民共和国食品安全法》";
constexpr std::string_view kEquipmentLaw = "《中华人民共和国特种设备安全法》";

std::vector<Violation> build() {
  return {
      {"food",
       {},
       "生产经营不符合食品安全标准的食品",
       "第一百二十四条第一款第（一）项",
       "生产的{product}经监督抽检，检验结论为不合格",
       50'000,
       150'000,
       false,
       kRevokeLicence},
      {"food",
       {},
       "超范围、超限量使用食品添加剂",
       "第一百二十四条第一款第（三）项",
       "生产的{product}超范围使用食品添加剂",
       50'000,
       150'000,
       false,
       kRevokeLicence},
      {"food",
       {},
       "使用超过保质期的食品原料生产食品",
       "第一百二十四条第一款第（五）项",
       "使用超过保质期的原料生产{product}",
       50'000,
       120'000,
       false,
       "责令停产停业"},
      {"food",
       {},
       "用非食品原料生产食品",
       "第一百二十三条第一款第（一）项",
       "在{product}生产中使用非食品原料",
       100'000,
       150'000,
       false,
       kRevokeLicence},
      {"food",
       {},
       "生产经营标签不符合规定的预包装食品",
       "第一百二十五条第一款第（二）项",
       "生产的{product}标签未标注生产日期和生产者名称",
       5'000,
       50'000,
       false,
       ""},
      {"food",
       {},
       "食品标签存在瑕疵",
       "第一百二十五条第二款",
       "生产的{product}标签存在不影响食品安全且不会对消费者造成误导的瑕疵",
       0,
       2'000,
       true,
       ""},
      {"food",
       {},
       "未按规定建立并遵守进货查验记录制度",
       "第一百二十六条第一款第（三）项",
       "采购食品原料未查验供货者的许可证和产品合格证明，未如实记录",
       5'000,
       50'000,
       true,
       ""},
      {"food",
       {},
       "未按规定对从业人员进行健康管理",
       "第一百二十六条第一款第（六）项",
       "安排未取得健康证明的人员从事接触直接入口食品的工作",
       5'000,
       50'000,
       true,
       ""},
      {"food",
       {},
       "未按规定对生产的食品进行出厂检验",
       "第一百二十六条第一款第（一）项",
       "生产的{product}未经出厂检验即出厂销售",
       5'000,
       50'000,
       true,
       ""},
      {"special_equipment",
       {"电梯维保", "安装", "修理"},
       "未按照安全技术规范的要求进行电梯维护保养",
       "第八十八条第二款",
       "维护保养的电梯未按规定进行清洁、润滑、调整和检查",
       10'000,
       100'000,
       false,
       ""},
      {"special_equipment",
       {"气瓶充装", "移动式压力容器充装"},
       "对不符合安全技术规范要求的气瓶进行充装",
       "第八十五条第（二）项",
       "对超过检验期限的气瓶进行充装",
       20'000,
       200'000,
       false,
       kRevokeLicence},
      {"special_equipment",
       {"气瓶充装", "移动式压力容器充装"},
       "未按照规定实施充装前后的检查、记录制度",
       "第八十五条第（一）项",
       "充装前未对气瓶进行检查，充装记录不完整",
       20'000,
       200'000,
       false,
       kRevokeLicence},
      {"special_equipment",
       {},
       "未配备具有相关资格的特种设备作业人员",
       "第八十六条第（一）项",
       "安排未取得特种设备作业人员证的人员从事作业",
       10'000,
       50'000,
       false,
       "责令停产停业"},
      {"special_equipment",
       {},
       "未按规定建立特种设备安全技术档案",
       "第八十三条第（二）项",
       "未建立特种设备安全技术档案",
       10'000,
       100'000,
       false,
       ""},
      {"special_equipment",
       {"安装", "改造", "修理", "电梯维保"},
       "施工前未书面告知负责特种设备安全监督管理的部门",
       "第七十八条",
       "在施工前未书面告知即行施工",
       10'000,
       100'000,
       false,
       ""},
      {"special_equipment",
       {"制造", "安装", "改造"},
       "特种设备制造、安装过程未经监督检验",
       "第七十九条",
       "制造、安装的特种设备未经监督检验即出厂或交付使用",
       50'000,
       200'000,
       false,
       kRevokeLicence},
      {"special_equipment",
       {"检验检测"},
       "出具虚假的检验检测结果",
       "第九十三条第一款",
       "出具的检验报告与实际检验情况不符",
       50'000,
       200'000,
       false,
       kRevokeLicence},
      {"special_equipment",
       {"设计", "制造"},
       "超出许可范围从事特种设备生产活动",
       "第七十四条",
       "超出许可范围从事特种设备生产",
       100'000,
       500'000,
       false,
       ""},
      {"other",
       {},
       "发布虚假广告",
       "《中华人民共和国广告法》第五十五条第一款",
       "在其网店发布含有虚假内容的广告",
       200'000,
       1'000'000,
       false,
       ""},
      {"other",
       {},
       "未按规定明码标价",
       "《价格违法行为行政处罚规定》第十三条",
       "经营场所销售的商品未按规定明码标价",
       0,
       5'000,
       true,
       ""},
      {"other",
       {},
       "产品标识不符合规定",
       "《中华人民共和国产品质量法》第五十四条",
       "销售的产品未标明产品名称和生产厂厂名、厂址",
       2'000,
       30'000,
       true,
       ""},
  };
}

const std::vector<Violation>& violations() {
  static const std::vector<Violation> table = build();
  return table;
}

std::string legal_basis(const Violation& v) {
  if (v.basis.starts_with("《")) return std::string(v.basis);
  return std::string(v.area == "food" ? kFoodLaw : kEquipmentLaw) + std::string(v.basis);
}

bool suits(const Violation& v, const Subject& s) {
  if (v.area == "other") return true;
  if (s.is_food()) return v.area == "food";
  if (v.area != "special_equipment") return false;
  return v.units.empty() ||
         std::find(v.units.begin(), v.units.end(), s.equipment->subcategory) != v.units.end();
}

const Violation& pick_violation(Prng& rng, const Subject& s) {
  const bool other = rng.percent(12);
  std::vector<const Violation*> fitting;
  for (const auto& v : violations()) {
    if (suits(v, s) && (v.area == "other") == other) fitting.push_back(&v);
  }
  return *rng.pick(fitting);
}

// The publicity classes of §2: warning-only (never published), 3 months (criticism, lower-amount
// fines) and 3 years (`serious`: a fine at or above the lower-amount limit, or a 情节严重 type such
// as 吊销许可证件 or 责令停产停业, which also makes the penalty heavier, §3).
enum class Kind { warning_only, criticism, lower_fine, serious };

// Order 45 Art. 13 threshold of a lower-amount fine (§2): organisations 100 000 yuan,
// individual businesses 10 000.
std::int64_t lower_fine_limit(const Subject& s) { return s.individual ? 10'000 : 100'000; }

bool allows(const Violation& v, Kind kind, const Subject& s) {
  switch (kind) {
    case Kind::warning_only:
    case Kind::criticism:
      return v.warning_allowed;
    case Kind::lower_fine:
      return v.max_yuan > 0 && v.min_yuan < lower_fine_limit(s);
    case Kind::serious:
      return v.max_yuan >= lower_fine_limit(s) || !v.severe.empty();
  }
  return false;
}

Kind pick_kind(Prng& rng, const Violation& v, const Subject& s) {
  constexpr std::array<Kind, 4> kKinds = {Kind::warning_only, Kind::criticism, Kind::lower_fine,
                                          Kind::serious};
  constexpr std::array<int, 4> kWeights = {20, 3, 50, 27};
  std::array<int, 4> weights{};
  for (std::size_t i = 0; i < kKinds.size(); ++i) {
    weights[i] = allows(v, kKinds[i], s) ? kWeights[i] : 0;
  }
  return kKinds[rng.weighted(weights)];
}

// A fine in [lo, hi] yuan, rounded to `unit` yuan inside the range.
std::int64_t fine_yuan(Prng& rng, std::int64_t lo, std::int64_t hi, std::int64_t unit) {
  const std::int64_t first = (lo + unit - 1) / unit;
  const std::int64_t last = std::max(first, hi / unit);
  return rng.between(first, last) * unit;
}

std::string facts(Prng& rng, const Violation& v, const Subject& s, core::Date committed) {
  std::string conduct(v.conduct);
  if (const auto at = conduct.find("{product}"); at != std::string::npos) {
    conduct.replace(at, 9, s.is_food() ? std::string(rng.pick(s.food->products)) : "产品");
  }
  std::string text = "经查，当事人于" + chinese_month(committed) + conduct + "。";
  // A phone number now and then, so that publication has something to mask (§2).
  if (rng.percent(10)) {
    text += "当事人委托代理人" + person_name(rng) + "（联系电话" + mobile_number(rng) +
            "）到案接受调查。";
  }
  return text;
}

collection::Penalty make_one(Prng& rng, const Subject& s, Numbering& numbers, core::Date decided) {
  const Violation& v = pick_violation(rng, s);
  const Kind kind = pick_kind(rng, v, s);
  const std::int64_t limit = lower_fine_limit(s);

  collection::Penalty p;
  p.uscc = s.enterprise->uscc;
  p.name = s.enterprise->name;
  p.violation_type = v.type;
  p.legal_basis = legal_basis(v);
  p.area = std::string(v.area);
  p.decided_on = decided.to_string();
  p.provenance.source = "执法稽查局";
  p.is_public = !rng.percent(3);

  const auto add_fine = [&](std::int64_t yuan) {
    p.penalty_types.push_back("罚款");
    p.fine_fen = yuan * 100;
    if (rng.percent(35)) {
      p.penalty_types.push_back("没收违法所得");
      p.confiscation_fen = rng.between(5, 500) * 100 * 100;
    }
  };
  bool summary_allowed = false;  // 行政处罚法 Art. 51: warnings, fines ≤ 3 000 (≤ 200 for persons)
  switch (kind) {
    case Kind::warning_only:
      p.penalty_types = {"警告"};
      summary_allowed = true;
      break;
    case Kind::criticism:
      p.penalty_types = {"通报批评"};
      break;
    case Kind::lower_fine: {
      const std::int64_t yuan = fine_yuan(rng, std::max<std::int64_t>(v.min_yuan, 100),
                                          std::min(v.max_yuan, limit - 1), 100);
      if (v.warning_allowed && rng.percent(30)) p.penalty_types.push_back("警告");
      add_fine(yuan);
      summary_allowed = yuan <= (s.individual ? 200 : 3'000);
      break;
    }
    case Kind::serious: {
      const bool big_fine = v.max_yuan >= limit;
      add_fine(big_fine ? fine_yuan(rng, std::max(v.min_yuan, limit), v.max_yuan, 1'000)
                        : fine_yuan(rng, std::max<std::int64_t>(v.min_yuan, 100), v.max_yuan, 100));
      if (!v.severe.empty() && (!big_fine || rng.percent(40))) {
        p.penalty_types.push_back(std::string(v.severe));
      }
      break;
    }
  }
  p.procedure = summary_allowed && rng.percent(50) ? "简易" : "普通";

  Level level = rng.percent(10) ? Level::prefecture : Level::county;
  if (kind == Kind::serious) {
    level = rng.percent(40) ? Level::prefecture : Level::county;
    if ((s.equipment != nullptr || s.food->special) && rng.percent(10)) level = Level::province;
  }
  p.authority = bureau(*s.county, level);
  p.decision_no = numbers.decision(rng, penalty_prefix(*s.county, level), decided.year());

  const core::Date committed = later(s.established, core::add_days(decided, -rng.between(20, 180)));
  p.facts = facts(rng, v, s, committed);
  return p;
}

}  // namespace

std::vector<collection::Penalty> make_penalties(Prng& rng, const Subject& s, Numbering& numbers) {
  std::vector<collection::Penalty> out;
  if (!rng.percent(s.is_food() ? 18 : 15)) return out;
  const core::Date first =
      later(core::add_days(s.licensed, 30), core::add_days(core::add_years(s.today, -5), 1));
  if (s.today < first) return out;
  const int count = rng.percent(80) ? 1 : (rng.percent(75) ? 2 : 3);
  for (int i = 0; i < count; ++i) {
    out.push_back(make_one(rng, s, numbers, random_day(rng, first, s.today)));
  }
  return out;
}

}  // namespace xj::demo

#include "spotcheck/plan_json.h"

#include <cmath>

#include "core/date.h"
#include "core/region_code.h"
#include "spotcheck/draw.h"
#include "spotcheck/sm3.h"

namespace xj::spotcheck {
namespace {

using nlohmann::json;

constexpr std::string_view kAreas[] = {"food_production", "special_equipment"};
constexpr std::string_view kDomains[] = {"食品", "特种设备", "综合"};
constexpr int kMaxInspectorsPerTask = 20;

template <std::size_t N>
bool one_of(std::string_view value, const std::string_view (&set)[N]) {
  for (auto v : set) {
    if (v == value) return true;
  }
  return false;
}

// Collects every problem of the body.
struct Problems {
  std::vector<ErrorDetail> details;
  void add(std::string field, std::string code, std::string message) {
    details.push_back({std::move(field), std::move(code), std::move(message)});
  }
};

const json* get(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

std::optional<std::string> text(const json& j, const char* key, const std::string& field,
                                Problems& p) {
  const json* v = get(j, key);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    p.add(field, "invalid_enum", field + " 应为文本 (must be a string)");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> integer(const json& j, const char* key, const std::string& field,
                                    Problems& p) {
  const json* v = get(j, key);
  if (!v) return std::nullopt;
  if (!v->is_number_integer()) {
    p.add(field, "invalid_amount", field + " 应为整数 (must be an integer)");
    return std::nullopt;
  }
  return v->get<std::int64_t>();
}

std::string region_prefix(const json& j, const std::string& field, std::string_view fallback,
                          Problems& p) {
  auto r = text(j, "region_prefix", field, p);
  if (!r) return std::string(fallback);
  if (!core::is_region_prefix(*r)) {
    p.add(field, "invalid_region",
          "区划前缀应为 2、4 或 6 位数字 (a region prefix: 2, 4 or 6 digits)");
  }
  return *r;
}

// §8.5: a ratio is 0–1 with at most 4 decimals; stored as basis points.
void ratio(const json& ratios, int s, Plan& plan, Problems& p) {
  const char key[2] = {kStrata[s], 0};
  const json* v = get(ratios, key);
  if (!v) return;
  const std::string field = std::string("ratios.") + key;
  if (!v->is_number()) {
    p.add(field, "invalid_amount", field + " 应为 0 到 1 之间的数 (must be a number from 0 to 1)");
    return;
  }
  const double r = v->get<double>();
  const double scaled = r * 10000.0;
  if (!(r >= 0.0 && r <= 1.0) || std::fabs(scaled - std::round(scaled)) > 1e-6) {
    p.add(field, "invalid_amount",
          field + " 应在 0 到 1 之间且至多 4 位小数 (must be 0–1 with at most 4 decimals)");
    return;
  }
  plan.ratio_bp[s] = basis_points(r);
}

}  // namespace

Result<Plan> plan_from_json(const json& body, std::string_view default_region,
                            const std::function<bool(std::string_view)>& is_model) {
  Problems p;
  Plan plan;
  plan.name = text(body, "name", "name", p).value_or("");
  if (plan.name.empty()) p.add("name", "missing_field", "请填写计划名称 (name is required)");
  if (plan.name.size() > 400) p.add("name", "too_long", "计划名称过长 (name is too long)");

  if (const json* codes = get(body, "matter_codes"); codes && codes->is_array()) {
    for (const auto& c : *codes) {
      if (c.is_string() && !c.get<std::string>().empty()) {
        plan.matter_codes.push_back(c.get<std::string>());
      } else {
        p.add("matter_codes", "invalid_enum", "抽查事项编码应为文本 (matter codes are strings)");
      }
    }
  }
  if (plan.matter_codes.empty()) {
    p.add("matter_codes", "missing_field", "请至少选择一个抽查事项 (at least one matter code)");
  }

  plan.model = text(body, "model", "model", p).value_or("general");
  if (!is_model(plan.model))
    p.add("model", "invalid_enum", "未知的风险分类模型 (unknown model) " + plan.model);

  const json population = get(body, "population") ? body["population"] : json::object();
  if (const json* areas = get(population, "areas"); areas && areas->is_array()) {
    for (const auto& a : *areas) {
      if (a.is_string() && one_of(a.get<std::string>(), kAreas)) {
        plan.areas.push_back(a.get<std::string>());
      } else {
        p.add("population.areas", "invalid_enum",
              "领域应为 food_production 或 special_equipment (unknown area)");
      }
    }
  } else if (get(population, "areas")) {
    p.add("population.areas", "invalid_enum", "领域应为数组 (areas must be an array)");
  }
  if (plan.areas.empty()) plan.areas = {std::string(kAreas[0]), std::string(kAreas[1])};
  plan.region_prefix = region_prefix(population, "population.region_prefix", default_region, p);
  const auto days = integer(population, "exclude_inspected_within_days",
                            "population.exclude_inspected_within_days", p);
  if (days && (*days < 0 || *days > 3660)) {
    p.add("population.exclude_inspected_within_days", "invalid_amount",
          "天数应在 0 到 3660 之间 (days must be 0–3660)");
  }
  plan.exclude_days = static_cast<int>(days.value_or(0));

  if (const json* ratios = get(body, "ratios")) {
    if (!ratios->is_object())
      p.add("ratios", "invalid_amount", "ratios 应为对象 (must be an object)");
    for (int s = 0; s < 4; ++s) ratio(*ratios, s, plan, p);  // §7.5 defaults where absent
  }

  const auto m = integer(body, "inspectors_per_task", "inspectors_per_task", p);
  plan.inspectors_per_task = static_cast<int>(m.value_or(2));
  if (m && (*m < 2 || *m > kMaxInspectorsPerTask)) {
    // §8.7: at least 2 inspectors per task.
    p.add("inspectors_per_task", "invalid_amount",
          "每项任务至少 2 名检查人员 (at least 2 inspectors per task, at most 20)");
  }

  const json filter = get(body, "inspector_filter") ? body["inspector_filter"] : json::object();
  plan.filter_region_prefix =
      region_prefix(filter, "inspector_filter.region_prefix", plan.region_prefix, p);
  plan.filter_domain = text(filter, "domain", "inspector_filter.domain", p);
  if (plan.filter_domain && !one_of(*plan.filter_domain, kDomains)) {
    p.add("inspector_filter.domain", "invalid_enum",
          "执法领域应为 食品、特种设备 或 综合 (unknown domain)");
  }

  const auto due = text(body, "due_on", "due_on", p);
  if (!due || due->empty()) {
    p.add("due_on", "missing_field", "请填写完成期限 (due_on is required)");
  } else if (auto d = core::parse_date(*due, "due_on"); !d) {
    p.add("due_on", "invalid_date", d.error().message);
  } else {
    plan.due_on = d->to_string();
  }

  plan.seed_commitment = text(body, "seed_commitment", "seed_commitment", p).value_or("");
  if (plan.seed_commitment.empty()) {
    p.add("seed_commitment", "missing_field",
          "请先公布种子承诺值 (seed_commitment, the SM3 of the seed, is required)");
  } else if (!is_lower_hex64(plan.seed_commitment)) {
    p.add("seed_commitment", "invalid_format",
          "承诺值应为 64 位小写十六进制 (must be 64 lowercase hex characters)");
  }

  if (!p.details.empty()) {
    std::string message = p.details.front().message;
    return fail(ErrorCode::validation_failed, std::move(message), std::move(p.details));
  }
  return plan;
}

json plan_json(const Plan& plan) {
  json ratios = json::object();
  for (int s = 0; s < 4; ++s) ratios[std::string(1, kStrata[s])] = plan.ratio_bp[s] / 10000.0;
  json filter = {{"region_prefix", plan.filter_region_prefix}};
  filter["domain"] = plan.filter_domain ? json(*plan.filter_domain) : json(nullptr);
  return {{"id", plan.id},
          {"name", plan.name},
          {"matter_codes", plan.matter_codes},
          {"model", plan.model},
          {"population",
           {{"areas", plan.areas},
            {"region_prefix", plan.region_prefix},
            {"exclude_inspected_within_days", plan.exclude_days}}},
          {"ratios", ratios},
          {"inspectors_per_task", plan.inspectors_per_task},
          {"inspector_filter", filter},
          {"due_on", plan.due_on},
          {"seed_commitment", plan.seed_commitment},
          {"created_on", plan.created_on},
          {"status", plan.draw_id ? "drawn" : "open"},
          {"draw_id", plan.draw_id ? json(*plan.draw_id) : json(nullptr)}};
}

json public_plan_json(const Plan& plan, const std::vector<Matter>& matters) {
  json list = json::array();
  for (const auto& m : matters) list.push_back({{"code", m.code}, {"name", m.name}});
  return {{"id", plan.id},
          {"name", plan.name},
          {"matters", list},
          {"scope", {{"areas", plan.areas}, {"region_prefix", plan.region_prefix}}},
          {"seed_commitment", plan.seed_commitment},
          {"due_on", plan.due_on},
          {"created_on", plan.created_on},
          {"draw_id", plan.draw_id ? json(*plan.draw_id) : json(nullptr)}};
}

}  // namespace xj::spotcheck

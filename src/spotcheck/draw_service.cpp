#include "spotcheck/draw_service.h"

#include <set>
#include <unordered_map>

#include "risk/current.h"
#include "spotcheck/catalogue_repo.h"
#include "spotcheck/draw_json.h"
#include "spotcheck/draw_record.h"
#include "spotcheck/draw_repo.h"
#include "spotcheck/plan_repo.h"

namespace xj::spotcheck {
namespace {

// api.md: `recusals` = the declarations in force naming a member of the population, one per
// (inspector, USCC), sorted.
std::vector<Recusal> recusals_naming(
    const std::vector<Declaration>& in_force,
    const std::unordered_map<std::string, const Candidate*>& members) {
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& d : in_force) {
    if (members.contains(d.uscc)) pairs.insert({d.uscc, d.inspector});
  }
  std::vector<Recusal> out;
  for (const auto& [uscc, inspector] : pairs) out.push_back({inspector, uscc});
  return out;
}

PublicDrawRecord public_of(const DrawRecord& r,
                           const std::unordered_map<std::string, const PoolInspector*>& pool) {
  PublicDrawRecord p;
  p.plan_id = r.plan_id;
  p.drawn_on = r.drawn_on;
  p.seed = r.seed;
  p.seed_commitment = r.seed_commitment;
  p.population_size = r.population_size;
  p.population_digest = r.population_digest;
  for (const auto& m : r.population) p.population.push_back(m.uscc);
  p.strata = r.strata;
  for (const auto& t : r.selected) {
    PublicTask task{t.uscc, {}};
    for (const auto& id : t.inspectors) task.units.push_back(pool.at(id)->unit);
    p.selected.push_back(std::move(task));
  }
  return p;
}

}  // namespace

Result<std::string> perform_draw(store::Session& s, const DrawRequest& request,
                                 const std::function<Status(const Plan&)>& authorize) {
  XJ_TRY(auto found, find_plan(s, request.plan_id));
  if (!found) return fail(ErrorCode::not_found, "未找到该抽查计划 (no such plan)");
  const Plan& plan = *found;
  XJ_CHECK(authorize(plan));
  if (plan.draw_id) {
    return fail(ErrorCode::conflict,
                "该计划已抽取，不能重复抽取 (this plan has already been drawn)");
  }
  // §8.1: the seed must hash to the commitment published with the plan.
  XJ_TRY(Seed seed, parse_seed(request.seed));
  if (to_hex(sm3(seed_bytes(seed))) != plan.seed_commitment) {
    return fail(
        ErrorCode::seed_mismatch,
        "种子与计划公布的承诺值不符 (SM3 of the seed does not match the plan's seed_commitment)");
  }
  const std::string today = request.today.to_string();
  const std::string exclude_after =
      core::add_days(request.today, -static_cast<std::int64_t>(plan.exclude_days)).to_string();

  // §8.2–8.3: the population as of today, each member in its current class (unclassified → B).
  XJ_TRY(auto candidates, population_of(s, plan, today, exclude_after));
  XJ_TRY(auto classes, risk::current_classes(s, plan.model));
  std::unordered_map<std::string, const Candidate*> by_uscc;
  std::vector<Member> members;
  members.reserve(candidates.size());
  for (const auto& c : candidates) {
    by_uscc.emplace(c.uscc, &c);
    auto cls = classes.find(c.uscc);
    const char stratum =
        cls != classes.end() && stratum_index(cls->second) >= 0 ? cls->second : 'B';
    members.push_back({c.uscc, stratum});
  }
  Selection sel = select_members(seed, std::move(members), plan.ratio_bp);

  // §8.7: pool, recusals in force, rotation from each selected enterprise's previous task.
  XJ_TRY(auto pool, pool_of(s, plan.filter_region_prefix, plan.filter_domain));
  XJ_TRY(auto in_force, declarations_in_force(s, today));
  XJ_TRY(auto previous, previous_inspectors(s));
  DrawRecord record;
  record.plan_id = plan.id;
  record.drawn_on = today;
  record.seed = request.seed;
  record.seed_commitment = plan.seed_commitment;
  record.model = plan.model;
  record.ratio_bp = plan.ratio_bp;
  record.inspectors_per_task = plan.inspectors_per_task;
  record.population_size = static_cast<std::int64_t>(sel.population.size());
  record.population_digest = sel.digest;
  record.strata = sel.strata;
  std::unordered_map<std::string, const PoolInspector*> pool_by_id;
  for (const auto& p : pool) {
    record.pool.push_back(p.id);
    pool_by_id.emplace(p.id, &p);
  }
  record.recusals = recusals_naming(in_force, by_uscc);
  for (const auto& t : sel.selected) {
    if (auto it = previous.find(t.uscc); it != previous.end())
      record.rotation.push_back({t.uscc, it->second});
  }
  AssignmentInput input{plan.inspectors_per_task, record.pool, record.recusals, record.rotation};
  XJ_TRY(record.selected, assign_inspectors(seed, std::move(sel.selected), input));
  record.population = std::move(sel.population);

  // Stored with the full population, immutably; the tasks in `selected` order.
  const PublicDrawRecord public_record = public_of(record, pool_by_id);
  const std::string stored = internal_json(record, false);
  XJ_TRY(std::int64_t draw_id,
         insert_draw(s, {plan.id, today, record.population_size, record.population_digest, stored,
                         public_json(public_record, false), request.drawn_by}));
  for (std::size_t i = 0; i < record.selected.size(); ++i) {
    const Task& t = record.selected[i];
    const Candidate& c = *by_uscc.at(t.uscc);
    TaskRow row;
    row.plan_id = plan.id;
    row.draw_id = draw_id;
    row.uscc = t.uscc;
    row.name = c.name;
    row.region_code = c.region_code;
    row.due_on = plan.due_on;
    for (const auto& id : t.inspectors) {
      const PoolInspector& p = *pool_by_id.at(id);
      row.inspectors.push_back({p.id, p.name, p.unit});
    }
    XJ_CHECK(insert_task(s, row, static_cast<std::int64_t>(i)));
  }
  return with_draw_id(stored, draw_id);
}

}  // namespace xj::spotcheck

#include "spotcheck/plan_repo.h"

#include "collection/record_repo.h"
#include "spotcheck/catalogue_repo.h"

namespace xj::spotcheck {
namespace {

constexpr const char* kSelect =
    "SELECT p.id, p.name, p.matter_codes, p.model, p.areas, p.region_prefix, p.exclude_days,"
    " p.ratio_a, p.ratio_b, p.ratio_c, p.ratio_d, p.inspectors_per_task, p.filter_region_prefix,"
    " p.filter_domain, p.due_on, p.seed_commitment, p.created_on, p.created_by, d.id"
    " FROM spotcheck_plans p LEFT JOIN spotcheck_draws d ON d.plan_id = p.id";

Plan plan_of(const store::Row& r) {
  Plan p;
  p.id = r.integer(0);
  p.name = r.text(1);
  p.matter_codes = split_list(r.text(2));
  p.model = r.text(3);
  p.areas = split_list(r.text(4));
  p.region_prefix = r.text(5);
  p.exclude_days = static_cast<int>(r.integer(6));
  for (int s = 0; s < 4; ++s) p.ratio_bp[s] = static_cast<int>(r.integer(7 + s));
  p.inspectors_per_task = static_cast<int>(r.integer(11));
  p.filter_region_prefix = r.text(12);
  p.filter_domain = r.opt_text(13);
  p.due_on = r.text(14);
  p.seed_commitment = r.text(15);
  p.created_on = r.text(16);
  p.created_by = r.text(17);
  p.draw_id = r.opt_integer(18);
  return p;
}

}  // namespace

Result<std::int64_t> insert_plan(store::Session& s, const Plan& p) {
  XJ_TRY(auto rows,
         s.query(
             "INSERT INTO spotcheck_plans (name, matter_codes, model, areas, region_prefix,"
             " exclude_days, ratio_a, ratio_b, ratio_c, ratio_d, inspectors_per_task,"
             " filter_region_prefix, filter_domain, due_on, seed_commitment, created_on,"
             " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
             " RETURNING id",
             {p.name, collection::join_list(p.matter_codes), p.model,
              collection::join_list(p.areas), p.region_prefix, std::int64_t{p.exclude_days},
              std::int64_t{p.ratio_bp[0]}, std::int64_t{p.ratio_bp[1]}, std::int64_t{p.ratio_bp[2]},
              std::int64_t{p.ratio_bp[3]}, std::int64_t{p.inspectors_per_task},
              p.filter_region_prefix, store::null_or(p.filter_domain), p.due_on, p.seed_commitment,
              p.created_on, p.created_by}));
  return rows[0].integer(0);
}

Result<std::optional<Plan>> find_plan(store::Session& s, std::int64_t id) {
  XJ_TRY(auto rows, s.query(std::string(kSelect) + " WHERE p.id = ?", {id}));
  if (rows.empty()) return std::optional<Plan>();
  return std::optional<Plan>(plan_of(rows[0]));
}

Result<std::vector<Plan>> list_plans(store::Session& s, std::string_view region,
                                     std::int64_t offset, std::int64_t limit) {
  XJ_TRY(auto rows,
         s.query(std::string(kSelect) + " WHERE p.region_prefix LIKE ? || '%' ORDER BY p.id DESC"
                                        " LIMIT ? OFFSET ?",
                 {std::string(region), limit, offset}));
  std::vector<Plan> out;
  for (const auto& r : rows.rows) out.push_back(plan_of(r));
  return out;
}

Result<std::int64_t> count_plans(store::Session& s, std::string_view region) {
  XJ_TRY(auto rows,
         s.query("SELECT COUNT(*) FROM spotcheck_plans WHERE region_prefix LIKE ? || '%'",
                 {std::string(region)}));
  return rows[0].integer(0);
}

}  // namespace xj::spotcheck

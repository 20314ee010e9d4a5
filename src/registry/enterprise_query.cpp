#include "registry/enterprise_query.h"

#include "registry/enterprise_repo.h"

namespace xj::registry {
namespace {

constexpr std::string_view kInFts =
    " AND e.uscc IN (SELECT uscc FROM enterprise_names WHERE enterprise_names MATCH ?)";

// An active key-area list entry (重点领域企业清单) in the area.
constexpr std::string_view kInArea =
    " AND EXISTS (SELECT 1 FROM keylist_entries k WHERE k.uscc = e.uscc AND k.area = ?"
    " AND k.removed_on IS NULL)";

constexpr std::string_view kHasClass =
    " AND EXISTS (SELECT 1 FROM risk_current r WHERE r.uscc = e.uscc AND r.model = ?"
    " AND r.class = ?)";
constexpr std::string_view kUnclassified =
    " AND NOT EXISTS (SELECT 1 FROM risk_current r WHERE r.uscc = e.uscc AND r.model = ?)";

constexpr std::string_view kTags = R"sql(
SELECT DISTINCT area, subcategory FROM keylist_entries
WHERE uscc = ? AND removed_on IS NULL ORDER BY area, subcategory
)sql";

constexpr std::string_view kRiskOf = R"sql(
SELECT model, model_version, class, score, computed_at FROM risk_current
WHERE uscc = ? ORDER BY model
)sql";

std::string where_clause(store::Dialect dialect, const EnterpriseFilter& f, store::Params& params) {
  std::string sql = " FROM enterprises e WHERE 1 = 1";
  if (f.uscc) {
    sql += " AND e.uscc = ?";
    params.emplace_back(*f.uscc);
  }
  if (f.name) {
    if (dialect == store::Dialect::postgresql) {
      sql += " AND e.name ILIKE ? ESCAPE '\\'";
      params.emplace_back(f.name->like_pattern);
    } else if (f.name->fts_phrase) {
      sql += kInFts;
      params.emplace_back(*f.name->fts_phrase);
    } else {
      sql += " AND e.name LIKE ? ESCAPE '\\'";
      params.emplace_back(f.name->like_pattern);
    }
  }
  if (f.region_prefix) {
    sql += " AND e.region_code LIKE ?";
    params.emplace_back(*f.region_prefix + "%");
  }
  if (f.area) {
    sql += kInArea;
    params.emplace_back(*f.area);
  }
  if (f.risk) {
    if (f.risk->risk_class == "unclassified") {
      sql += kUnclassified;
      params.emplace_back(f.risk->model);
    } else {
      sql += kHasClass;
      params.emplace_back(f.risk->model);
      params.emplace_back(f.risk->risk_class);
    }
  }
  return sql;
}

}  // namespace

Result<EnterprisePage> search_enterprises(store::Session& session, const EnterpriseFilter& filter,
                                          std::string_view risk_model, std::int64_t limit,
                                          std::int64_t offset) {
  EnterprisePage page;
  store::Params count_params;
  const std::string where = where_clause(session.dialect(), filter, count_params);
  XJ_TRY(auto total, session.query("SELECT COUNT(*)" + where, count_params));
  page.total = total[0].integer(0);
  if (page.total <= offset) return page;

  store::Params params{std::string(risk_model)};
  params.insert(params.end(), count_params.begin(), count_params.end());
  std::string sql =
      "SELECT e.uscc, e.name, e.region_code, e.status, (SELECT r.class FROM risk_current r "
      "WHERE r.uscc = e.uscc AND r.model = ?)" +
      where + " ORDER BY ";
  if (filter.name) {
    const bool pg = session.dialect() == store::Dialect::postgresql;
    sql += pg ? "CASE WHEN e.name = ? THEN 0 WHEN e.name ILIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, "
              : "CASE WHEN e.name = ? THEN 0 WHEN e.name LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END, ";
    params.emplace_back(filter.name->text);
    params.emplace_back(filter.name->like_prefix);
  }
  sql += "e.uscc LIMIT ? OFFSET ?";
  params.emplace_back(limit);
  params.emplace_back(offset);
  XJ_CHECK(session.each(sql, params, [&](const store::Row& r) {
    page.items.push_back({r.text(0), r.text(1), r.text(2), r.text(3), {}, r.opt_text(4)});
    return true;
  }));
  for (auto& hit : page.items) {
    XJ_TRY(hit.tags, tags_of(session, hit.uscc));
  }
  return page;
}

Result<std::vector<Tag>> tags_of(store::Session& session, std::string_view uscc) {
  std::vector<Tag> tags;
  XJ_CHECK(session.each(kTags, {std::string(uscc)}, [&](const store::Row& r) {
    tags.push_back({r.text(0), r.opt_text(1)});
    return true;
  }));
  return tags;
}

Result<std::vector<RiskClass>> risk_classes_of(store::Session& session, std::string_view uscc) {
  std::vector<RiskClass> out;
  XJ_CHECK(session.each(kRiskOf, {std::string(uscc)}, [&](const store::Row& r) {
    out.push_back({r.text(0), r.text(1), r.text(2), r.integer(3), r.text(4)});
    return true;
  }));
  return out;
}

Result<std::string> enterprise_region(store::Session& session, std::string_view uscc) {
  XJ_TRY(auto found, find_enterprise(session, uscc));
  if (found && !found->region_code.empty()) return found->region_code;
  return std::string(uscc.substr(2, 6));
}

}  // namespace xj::registry

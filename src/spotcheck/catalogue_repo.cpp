#include "spotcheck/catalogue_repo.h"

namespace xj::spotcheck {
namespace {

constexpr std::string_view kSeparator = "；";

constexpr const char* kMatterColumns = "code, name, basis, area, kind, method";
constexpr const char* kItemColumns = "id, region_code, area, item, subject, object, measures";

Matter matter_of(const store::Row& r) {
  return {r.text(0), r.text(1), r.opt_text(2), r.text(3), r.text(4), r.opt_text(5)};
}

SupervisionItem item_of(const store::Row& r) {
  return {r.integer(0),  r.text(1),     r.text(2),    r.text(3),
          r.opt_text(4), r.opt_text(5), r.opt_text(6)};
}

// The items applying within `region`: their region is a prefix of it, or lies within it.
constexpr const char* kItemScope =
    " WHERE (? LIKE region_code || '%' OR region_code LIKE ? || '%')"
    " AND (? = '' OR area = ?)";

store::Params item_scope(std::string_view region, const std::optional<std::string>& area) {
  return {std::string(region), std::string(region), area.value_or(""), area.value_or("")};
}

constexpr const char* kInspectorColumns = "id, name, unit, region_code, domains, status";

collection::Inspector inspector_of(const store::Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), split_list(r.text(4)), r.text(5)};
}

// A domain filter admits the domain itself and 综合 (§8.7).
std::string inspector_where(const InspectorFilter& f, store::Params& params) {
  std::string sql = " WHERE region_code LIKE ? || '%'";
  params.push_back(f.region_prefix);
  if (f.domain) {
    sql += " AND (domains LIKE ? OR domains LIKE '%综合%')";
    params.push_back("%" + *f.domain + "%");
  }
  if (f.status) {
    sql += " AND status = ?";
    params.push_back(*f.status);
  }
  return sql;
}

}  // namespace

Result<std::vector<collection::Inspector>> list_inspectors(store::Session& s,
                                                           const InspectorFilter& filter,
                                                           std::int64_t offset,
                                                           std::int64_t limit) {
  store::Params params;
  const std::string sql = std::string("SELECT ") + kInspectorColumns + " FROM inspectors" +
                          inspector_where(filter, params) + " ORDER BY id LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  XJ_TRY(auto rows, s.query(sql, params));
  std::vector<collection::Inspector> out;
  for (const auto& r : rows.rows) out.push_back(inspector_of(r));
  return out;
}

Result<std::int64_t> count_inspectors(store::Session& s, const InspectorFilter& filter) {
  store::Params params;
  const std::string sql = "SELECT COUNT(*) FROM inspectors" + inspector_where(filter, params);
  XJ_TRY(auto rows, s.query(sql, params));
  return rows[0].integer(0);
}

Result<std::optional<collection::Inspector>> find_inspector(store::Session& s,
                                                            std::string_view id) {
  XJ_TRY(auto rows,
         s.query(std::string("SELECT ") + kInspectorColumns + " FROM inspectors WHERE id = ?",
                 {std::string(id)}));
  if (rows.empty()) return std::optional<collection::Inspector>();
  return std::optional<collection::Inspector>(inspector_of(rows[0]));
}

std::vector<std::string> split_list(std::string_view stored) {
  std::vector<std::string> out;
  if (stored.empty()) return out;
  std::size_t start = 0;
  for (auto at = stored.find(kSeparator); at != std::string_view::npos;
       at = stored.find(kSeparator, start)) {
    out.emplace_back(stored.substr(start, at - start));
    start = at + kSeparator.size();
  }
  out.emplace_back(stored.substr(start));
  return out;
}

Status insert_matter(store::Session& s, const Matter& m, std::string_view created_by) {
  XJ_CHECK(
      s.exec("INSERT INTO spotcheck_matters (code, name, basis, area, kind, method, created_by)"
             " VALUES (?, ?, ?, ?, ?, ?, ?)",
             {m.code, m.name, store::null_or(m.basis), m.area, m.kind, store::null_or(m.method),
              std::string(created_by)}));
  return {};
}

Result<std::vector<Matter>> list_matters(store::Session& s, std::optional<std::string> area,
                                         std::int64_t offset, std::int64_t limit) {
  XJ_TRY(auto rows, s.query(std::string("SELECT ") + kMatterColumns +
                                " FROM spotcheck_matters WHERE (? = '' OR area = ?)"
                                " ORDER BY code LIMIT ? OFFSET ?",
                            {area.value_or(""), area.value_or(""), limit, offset}));
  std::vector<Matter> out;
  for (const auto& r : rows.rows) out.push_back(matter_of(r));
  return out;
}

Result<std::int64_t> count_matters(store::Session& s, std::optional<std::string> area) {
  XJ_TRY(auto rows, s.query("SELECT COUNT(*) FROM spotcheck_matters WHERE (? = '' OR area = ?)",
                            {area.value_or(""), area.value_or("")}));
  return rows[0].integer(0);
}

Result<std::vector<Matter>> matters_named(store::Session& s,
                                          const std::vector<std::string>& codes) {
  std::vector<Matter> out;
  for (const auto& code : codes) {
    XJ_TRY(auto rows, s.query(std::string("SELECT ") + kMatterColumns +
                                  " FROM spotcheck_matters WHERE code = ?",
                              {code}));
    if (!rows.empty()) out.push_back(matter_of(rows[0]));
  }
  return out;
}

Result<std::int64_t> insert_item(store::Session& s, const SupervisionItem& item,
                                 std::string_view created_by) {
  XJ_TRY(auto rows,
         s.query("INSERT INTO key_supervision_items (region_code, area, item, subject, object,"
                 " measures, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {item.region_code, item.area, item.item, store::null_or(item.subject),
                  store::null_or(item.object), store::null_or(item.measures),
                  std::string(created_by)}));
  return rows[0].integer(0);
}

Result<std::vector<SupervisionItem>> list_items(store::Session& s, std::string_view region,
                                                std::optional<std::string> area,
                                                std::int64_t offset, std::int64_t limit) {
  auto params = item_scope(region, area);
  params.push_back(limit);
  params.push_back(offset);
  XJ_TRY(auto rows, s.query(std::string("SELECT ") + kItemColumns + " FROM key_supervision_items" +
                                kItemScope + " ORDER BY region_code, id LIMIT ? OFFSET ?",
                            params));
  std::vector<SupervisionItem> out;
  for (const auto& r : rows.rows) out.push_back(item_of(r));
  return out;
}

Result<std::int64_t> count_items(store::Session& s, std::string_view region,
                                 std::optional<std::string> area) {
  XJ_TRY(auto rows, s.query(std::string("SELECT COUNT(*) FROM key_supervision_items") + kItemScope,
                            item_scope(region, area)));
  return rows[0].integer(0);
}

Result<std::int64_t> insert_declaration(store::Session& s, const Declaration& d) {
  XJ_TRY(auto rows,
         s.query("INSERT INTO spotcheck_recusals (inspector_id, uscc, reason, declared_on,"
                 " valid_until, declared_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                 {d.inspector, d.uscc, d.reason, d.declared_on, store::null_or(d.valid_until),
                  d.declared_by}));
  return rows[0].integer(0);
}

Result<std::vector<Declaration>> declarations_in_force(store::Session& s, std::string_view today) {
  std::vector<Declaration> out;
  XJ_CHECK(
      s.each("SELECT id, inspector_id, uscc, reason, declared_on, valid_until, declared_by"
             " FROM spotcheck_recusals WHERE declared_on <= ?"
             " AND (valid_until IS NULL OR valid_until >= ?) ORDER BY uscc, inspector_id, id",
             {std::string(today), std::string(today)}, [&](const store::Row& r) {
               out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4),
                              r.opt_text(5), r.text(6)});
               return true;
             }));
  return out;
}

}  // namespace xj::spotcheck

#include "repair/repair_repo.h"

#include "collection/record_repo.h"

namespace xj::repair {
namespace {

using store::Value;

constexpr std::string_view kColumns =
    "id, uscc, target_type, target_id, applied_on, reason, obligations_fulfilled, rectified, "
    "commitment_id, repeat_offender, status, due_on, region_code, applied_by, first_approved_by, "
    "decided_on, decided_by, decision_reason";

Value flag(bool b) { return Value{std::int64_t{b ? 1 : 0}}; }

Repair repair_of(const store::Row& r) {
  Repair out;
  out.id = r.integer(0);
  out.uscc = r.text(1);
  out.target_type = parse_target_type(r.text(2)).value_or(TargetType::penalty);
  out.target_id = r.text(3);
  out.applied_on = r.text(4);
  out.reason = r.text(5);
  out.obligations_fulfilled = r.integer(6) != 0;
  out.rectified = r.integer(7) != 0;
  out.commitment_id = r.opt_integer(8);
  out.repeat_offender = r.integer(9) != 0;
  out.status = r.text(10);
  out.due_on = r.text(11);
  out.region_code = r.text(12);
  out.applied_by = r.text(13);
  out.first_approved_by = r.opt_text(14);
  out.decided_on = r.opt_text(15);
  out.decided_by = r.opt_text(16);
  out.decision_reason = r.opt_text(17);
  return out;
}

std::string where(const RepairFilter& f, store::Params& params) {
  std::string sql = " WHERE region_code LIKE ?";
  params.push_back(f.region_prefix + "%");
  if (f.uscc) {
    sql += " AND uscc = ?";
    params.push_back(*f.uscc);
  }
  if (f.status) {
    sql += " AND status = ?";
    params.push_back(*f.status);
  }
  if (f.overdue_on) {
    sql += " AND status IN ('submitted', 'pending_second_approval') AND due_on < ?";
    params.push_back(*f.overdue_on);
  }
  return sql;
}

std::optional<core::Date> date_of(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  auto d = core::parse_date(*text);
  if (!d) return std::nullopt;
  return *d;
}

}  // namespace

Result<std::int64_t> insert_repair(store::Session& s, const Repair& r) {
  XJ_TRY(auto rows,
         s.query("INSERT INTO repairs (uscc, target_type, target_id, applied_on, reason, "
                 "obligations_fulfilled, rectified, commitment_id, repeat_offender, status, "
                 "due_on, region_code, applied_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id",
                 {r.uscc, std::string(to_string(r.target_type)), r.target_id, r.applied_on,
                  r.reason, flag(r.obligations_fulfilled), flag(r.rectified),
                  store::null_or(r.commitment_id), flag(r.repeat_offender), r.status, r.due_on,
                  r.region_code, r.applied_by}));
  return rows[0].integer(0);
}

Result<std::optional<Repair>> find_repair(store::Session& s, std::int64_t id) {
  XJ_TRY(auto rows,
         s.query("SELECT " + std::string(kColumns) + " FROM repairs WHERE id = ?", {Value{id}}));
  if (rows.empty()) return std::optional<Repair>();
  return std::optional<Repair>(repair_of(rows[0]));
}

Result<bool> has_open_repair(store::Session& s, std::string_view uscc, TargetType type,
                             std::string_view target_id) {
  XJ_TRY(auto rows, s.query("SELECT COUNT(*) FROM repairs WHERE uscc = ? AND target_type = ? AND "
                            "target_id = ? AND status IN ('submitted', 'pending_second_approval')",
                            {std::string(uscc), std::string(to_string(type)),
                             std::string(target_id)}));
  return rows[0].integer(0) > 0;
}

Result<std::int64_t> count_repairs(store::Session& s, const RepairFilter& f) {
  store::Params params;
  const std::string sql = "SELECT COUNT(*) FROM repairs" + where(f, params);
  XJ_TRY(auto rows, s.query(sql, params));
  return rows[0].integer(0);
}

Result<std::vector<Repair>> list_repairs(store::Session& s, const RepairFilter& f,
                                         std::int64_t offset, std::int64_t limit) {
  store::Params params;
  std::string sql = "SELECT " + std::string(kColumns) + " FROM repairs" + where(f, params) +
                    " ORDER BY due_on, id LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  XJ_TRY(auto rows, s.query(sql, params));
  std::vector<Repair> out;
  for (const auto& r : rows.rows) out.push_back(repair_of(r));
  return out;
}

Result<bool> change_status(store::Session& s, std::int64_t id, const StatusChange& c) {
  XJ_TRY(auto changed,
         s.exec("UPDATE repairs SET status = ?, first_approved_by = COALESCE(?, first_approved_by), "
                "decided_on = ?, decided_by = ?, decision_reason = ? WHERE id = ? AND status = ?",
                {c.to, store::null_or(c.first_approved_by), store::null_or(c.decided_on),
                 store::null_or(c.decided_by), store::null_or(c.decision_reason), Value{id},
                 c.from}));
  return changed == 1;
}

Result<std::int64_t> insert_material(store::Session& s, const Material& m,
                                     const std::optional<std::string>& content) {
  XJ_TRY(auto rows,
         s.query("INSERT INTO repair_materials (repair_id, kind, filename, content_type, size, sm3, "
                 "text, content, added_by, added_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "RETURNING id",
                 {Value{m.repair_id}, m.kind, store::null_or(m.filename),
                  store::null_or(m.content_type), Value{m.size}, m.sm3, store::null_or(m.text),
                  store::null_or(content), m.added_by, m.added_on}));
  return rows[0].integer(0);
}

Result<std::vector<Material>> materials_of(store::Session& s, std::int64_t repair_id) {
  XJ_TRY(auto rows, s.query("SELECT id, repair_id, kind, filename, content_type, size, sm3, text, "
                            "added_by, added_on FROM repair_materials WHERE repair_id = ? "
                            "ORDER BY id",
                            {Value{repair_id}}));
  std::vector<Material> out;
  for (const auto& r : rows.rows) {
    out.push_back(Material{r.integer(0), r.integer(1), r.text(2), r.opt_text(3), r.opt_text(4),
                           r.integer(5), r.text(6), r.opt_text(7), r.text(8), r.text(9)});
  }
  return out;
}

Result<std::optional<std::string>> material_content(store::Session& s, std::int64_t repair_id,
                                                    std::int64_t material_id) {
  XJ_TRY(auto rows, s.query("SELECT content FROM repair_materials WHERE id = ? AND repair_id = ? "
                            "AND kind = 'file'",
                            {Value{material_id}, Value{repair_id}}));
  if (rows.empty()) return std::optional<std::string>();
  return std::optional<std::string>(rows[0].text(0));
}

Result<std::int64_t> insert_decision(store::Session& s, const Decision& d) {
  XJ_TRY(auto rows, s.query("INSERT INTO repair_decisions (repair_id, decision, reason, "
                            "decided_on, officer) VALUES (?, ?, ?, ?, ?) RETURNING id",
                            {Value{d.repair_id}, d.decision, d.reason, d.decided_on, d.officer}));
  return rows[0].integer(0);
}

Result<std::vector<Decision>> decisions_of(store::Session& s, std::int64_t repair_id) {
  XJ_TRY(auto rows, s.query("SELECT id, repair_id, decision, reason, decided_on, officer FROM "
                            "repair_decisions WHERE repair_id = ? ORDER BY id",
                            {Value{repair_id}}));
  std::vector<Decision> out;
  for (const auto& r : rows.rows) {
    out.push_back(
        Decision{r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.text(5)});
  }
  return out;
}

Result<bool> mark_penalty_repaired(store::Session& s, std::string_view uscc,
                                   std::string_view decision_no, std::string_view on) {
  XJ_TRY(auto changed, s.exec("UPDATE penalties SET repaired_on = ? WHERE decision_no = ? AND "
                              "uscc = ? AND repaired_on IS NULL",
                              {std::string(on), std::string(decision_no), std::string(uscc)}));
  return changed == 1;
}

Result<EnterpriseFacts> enterprise_facts(store::Session& s, std::string_view uscc) {
  EnterpriseFacts f;
  f.uscc = std::string(uscc);
  XJ_TRY(f.penalties, collection::penalties_of(s, uscc));
  const Value code{std::string(uscc)};
  XJ_TRY(auto abnormal,
         s.query("SELECT id, listed_on, removed_on FROM abnormal_entries WHERE uscc = ?", {code}));
  for (const auto& r : abnormal.rows) {
    auto listed = date_of(r.opt_text(1));
    if (!listed) continue;
    f.abnormal_entries.push_back({r.integer(0), *listed, date_of(r.opt_text(2))});
  }
  XJ_TRY(auto dishonest, s.query("SELECT id, status, listed_on, expires_on, removed_on, "
                                 "basis_type, basis_id FROM dishonest_entries WHERE uscc = ?",
                                 {code}));
  for (const auto& r : dishonest.rows) {
    auto listed = date_of(r.opt_text(2));
    auto expires = date_of(r.opt_text(3));
    if (!listed || !expires) continue;
    f.dishonest_entries.push_back({r.integer(0), r.text(1), *listed, *expires,
                                   date_of(r.opt_text(4)), r.text(5), r.text(6)});
  }
  // §3: has or had a key-area entry, or a food-production or special-equipment licence.
  XJ_TRY(auto key_area,
         s.query("SELECT (SELECT COUNT(*) FROM keylist_entries WHERE uscc = ?) + "
                 "(SELECT COUNT(*) FROM licences WHERE uscc = ? AND licence_type IN "
                 "('食品生产许可', '特种设备生产许可', '移动式压力容器充装许可', '气瓶充装许可', "
                 "'特种设备检验检测机构核准'))",
                 {code, code}));
  f.key_area_enterprise = key_area[0].integer(0) > 0;
  return f;
}

}  // namespace xj::repair

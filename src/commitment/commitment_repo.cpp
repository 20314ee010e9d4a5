#include "commitment/commitment_repo.h"


namespace xj::commitment {
namespace {

using store::Value;

constexpr std::string_view kColumns =
    "id, uscc, kind, template_id, text, matter, made_on, verify_by, verification_result, "
    "verified_on, action, note, repaired_on, is_public, region_code, created_by";

Commitment commitment_of(const store::Row& r) {
  Commitment c;
  c.id = r.integer(0);
  c.uscc = r.text(1);
  c.kind = r.text(2);
  c.template_id = r.opt_integer(3);
  c.text = r.text(4);
  c.matter = r.opt_text(5);
  c.made_on = r.text(6);
  c.verify_by = r.opt_text(7);
  c.verification_result = r.text(8);
  c.verified_on = r.opt_text(9);
  c.action = r.opt_text(10);
  c.note = r.opt_text(11);
  c.repaired_on = r.opt_text(12);
  c.is_public = r.integer(13) != 0;
  c.region_code = r.text(14);
  c.created_by = r.text(15);
  return c;
}

Template template_of(const store::Row& r) {
  return Template{r.integer(0), r.text(1),  r.text(2), r.text(3),
                  r.opt_text(4), r.text(5), r.text(6)};
}

constexpr std::string_view kTemplateColumns =
    "SELECT id, kind, title, text, matter, region_code, created_by FROM commitment_templates";

Result<std::vector<Commitment>> commitments(store::Session& s, const std::string& sql,
                                            const store::Params& params) {
  XJ_TRY(auto rows, s.query(sql, params));
  std::vector<Commitment> out;
  for (const auto& r : rows.rows) out.push_back(commitment_of(r));
  return out;
}

std::string where(const CommitmentFilter& f, store::Params& params) {
  std::string sql = " WHERE region_code LIKE ?";
  params.push_back(f.region_prefix + "%");
  if (f.uscc) {
    sql += " AND uscc = ?";
    params.push_back(*f.uscc);
  }
  if (f.kind) {
    sql += " AND kind = ?";
    params.push_back(*f.kind);
  }
  if (f.pending_only || f.overdue_on) sql += " AND verification_result = 'pending'";
  if (f.overdue_on) {
    sql += " AND verify_by IS NOT NULL AND verify_by < ?";
    params.push_back(*f.overdue_on);
  }
  return sql;
}

}  // namespace

Result<std::int64_t> insert_template(store::Session& s, const Template& t) {
  XJ_TRY(auto rows, s.query("INSERT INTO commitment_templates (kind, title, text, matter, "
                            "region_code, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                            {t.kind, t.title, t.text, store::null_or(t.matter), t.region_code,
                             t.created_by}));
  return rows[0].integer(0);
}

Result<std::optional<Template>> find_template(store::Session& s, std::int64_t id) {
  XJ_TRY(auto rows, s.query(std::string(kTemplateColumns) + " WHERE id = ?", {Value{id}}));
  if (rows.empty()) return std::optional<Template>();
  return std::optional<Template>(template_of(rows[0]));
}

Result<std::vector<Template>> list_templates(store::Session& s,
                                             const std::optional<std::string>& kind) {
  std::string sql(kTemplateColumns);
  store::Params params;
  if (kind) {
    sql += " WHERE kind = ?";
    params.push_back(*kind);
  }
  XJ_TRY(auto rows, s.query(sql + " ORDER BY id DESC", params));
  std::vector<Template> out;
  for (const auto& r : rows.rows) out.push_back(template_of(r));
  return out;
}

Result<std::int64_t> insert_commitment(store::Session& s, const Commitment& c) {
  XJ_TRY(auto rows,
         s.query("INSERT INTO commitments (uscc, kind, template_id, text, matter, made_on, "
                 "verify_by, verification_result, is_public, region_code, created_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                 {c.uscc, c.kind, store::null_or(c.template_id), c.text, store::null_or(c.matter),
                  c.made_on, store::null_or(c.verify_by), c.verification_result,
                  Value{std::int64_t{c.is_public ? 1 : 0}}, c.region_code, c.created_by}));
  return rows[0].integer(0);
}

Result<std::optional<Commitment>> find_commitment(store::Session& s, std::int64_t id) {
  XJ_TRY(auto found, commitments(s, "SELECT " + std::string(kColumns) +
                                        " FROM commitments WHERE id = ?",
                                 {Value{id}}));
  if (found.empty()) return std::optional<Commitment>();
  return std::optional<Commitment>(std::move(found.front()));
}

Result<std::vector<Commitment>> commitments_of(store::Session& s, std::string_view uscc) {
  return commitments(
      s, "SELECT " + std::string(kColumns) + " FROM commitments WHERE uscc = ? ORDER BY made_on, id",
      {std::string(uscc)});
}

Result<std::int64_t> count_commitments(store::Session& s, const CommitmentFilter& f) {
  store::Params params;
  const std::string sql = "SELECT COUNT(*) FROM commitments" + where(f, params);
  XJ_TRY(auto rows, s.query(sql, params));
  return rows[0].integer(0);
}

Result<std::vector<Commitment>> list_commitments(store::Session& s, const CommitmentFilter& f,
                                                 std::int64_t offset, std::int64_t limit) {
  store::Params params;
  std::string sql = "SELECT " + std::string(kColumns) + " FROM commitments" + where(f, params) +
                    " ORDER BY id DESC LIMIT ? OFFSET ?";
  params.push_back(limit);
  params.push_back(offset);
  return commitments(s, sql, params);
}

Result<bool> record_verification(store::Session& s, std::int64_t id, std::string_view result,
                                 std::string_view verified_on,
                                 const std::optional<std::string>& action,
                                 const std::optional<std::string>& note) {
  // §6: the finding of an inconsistent commitment is public, whatever the kind.
  XJ_TRY(auto changed,
         s.exec("UPDATE commitments SET verification_result = ?, verified_on = ?, action = ?, "
                "note = ?, is_public = CASE WHEN ? = 1 THEN 1 ELSE is_public END "
                "WHERE id = ? AND verification_result = 'pending'",
                {std::string(result), std::string(verified_on), store::null_or(action),
                 store::null_or(note), Value{std::int64_t{result == kInconsistent ? 1 : 0}},
                 Value{id}}));
  return changed == 1;
}

Result<bool> dishonest_in_force(store::Session& s, std::string_view uscc, core::Date d) {
  const std::string day = d.to_string();
  XJ_TRY(auto rows, s.query("SELECT COUNT(*) FROM dishonest_entries WHERE uscc = ? AND "
                            "status = 'active' AND listed_on <= ? AND expires_on > ? AND "
                            "(removed_on IS NULL OR removed_on > ?)",
                            {std::string(uscc), day, day, day}));
  return rows[0].integer(0) > 0;
}

}  // namespace xj::commitment

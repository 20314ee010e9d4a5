#include "casebook/case_repo.h"

#include <nlohmann/json.hpp>

#include "disclosure/masking.h"
#include "store/outbox.h"

namespace xj::casebook {
namespace {

constexpr std::string_view kColumns =
    "id, title, uscc, summary, body, published_on, region_code, created_by";

// A row in kColumns order, its free text masked (§2: no personal data in public text).
CaseRecord masked_case(const store::Row& r) {
  CaseRecord c;
  c.id = r.integer(0);
  c.title = disclosure::mask_personal_data(r.text(1));
  c.uscc = r.opt_text(2);
  c.summary = disclosure::mask_personal_data(r.text(3));
  if (auto body = r.opt_text(4)) c.body = disclosure::mask_personal_data(*body);
  c.published_on = r.text(5);
  c.region_code = r.text(6);
  c.created_by = r.text(7);
  return c;
}

}  // namespace

Result<CaseRecord> insert_case(store::Session& session, CaseRecord draft) {
  XJ_TRY(store::Rows rows,
         session.query("INSERT INTO cases (title, uscc, summary, body, published_on, region_code, "
                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                       {draft.title, store::null_or(draft.uscc), draft.summary,
                        store::null_or(draft.body), draft.published_on, draft.region_code,
                        draft.created_by}));
  draft.id = rows[0].integer(0);
  const nlohmann::json payload = {{"id", draft.id}, {"published_on", draft.published_on}};
  XJ_CHECK(store::append_outbox(session, "case.published", draft.uscc.value_or(""),
                                payload.dump()));
  return draft;
}

Result<CasePage> public_cases(store::Session& session, core::Date today, std::int64_t limit,
                              std::int64_t offset) {
  const std::string day = today.to_string();
  CasePage page;
  XJ_TRY(store::Rows total,
         session.query("SELECT count(*) FROM cases WHERE published_on <= ?", {day}));
  page.total = total[0].integer(0);
  XJ_CHECK(session.each("SELECT " + std::string(kColumns) +
                            " FROM cases WHERE published_on <= ? "
                            "ORDER BY published_on DESC, id DESC LIMIT ? OFFSET ?",
                        {day, limit, offset}, [&](const store::Row& r) {
                          page.items.push_back(masked_case(r));
                          return true;
                        }));
  return page;
}

Result<std::optional<CaseRecord>> public_case(store::Session& session, core::Date today,
                                              std::int64_t id) {
  XJ_TRY(store::Rows rows,
         session.query("SELECT " + std::string(kColumns) +
                           " FROM cases WHERE id = ? AND published_on <= ?",
                       {id, today.to_string()}));
  if (rows.empty()) return std::optional<CaseRecord>{};
  return std::optional<CaseRecord>{masked_case(rows[0])};
}

}  // namespace xj::casebook

#include "sanctions/removal.h"

#include <string_view>

#include <nlohmann/json.hpp>

#include "store/outbox.h"

namespace xj::sanctions {
namespace {

std::string removal_payload(const Removal& r) {
  return nlohmann::json{{"id", r.id},
                        {"uscc", r.uscc},
                        {"removed_on", r.on.to_string()},
                        {"reason", r.reason}}
      .dump();
}

}  // namespace

// §4.1: an abnormal entry stays active until removed; removal keeps the row (history).
Status remove_abnormal_entry(store::Session& session, const Removal& r) {
  XJ_TRY(auto rows, session.query("SELECT removed_on FROM abnormal_entries WHERE id = ? AND uscc = ?",
                                  {store::Value{r.id}, store::Value{r.uscc}}));
  if (rows.empty()) return fail(ErrorCode::not_found, "经营异常名录记录不存在 (no such abnormal list entry)");
  if (!rows[0].is_null(0)) return fail(ErrorCode::conflict, "该记录已移出 (entry already removed)");
  XJ_CHECK(session.exec(
      "UPDATE abnormal_entries SET removed_on = ?, removal_reason = ?, removal_note = ? WHERE id = ?",
      {store::Value{r.on.to_string()}, store::Value{r.reason},
       r.note.empty() ? store::Value{} : store::Value{r.note}, store::Value{r.id}}));
  return store::append_outbox(session, "abnormal_list.removed", r.uscc, removal_payload(r));
}

// §4.2: only an entry in force on the removal date can be removed (pending, rejected, removed or
// expired entries have no effect to end).
Status remove_dishonest_entry(store::Session& session, const Removal& r) {
  XJ_TRY(auto rows,
         session.query("SELECT status, listed_on, expires_on, removed_on FROM dishonest_entries "
                       "WHERE id = ? AND uscc = ?",
                       {store::Value{r.id}, store::Value{r.uscc}}));
  if (rows.empty()) return fail(ErrorCode::not_found, "严重违法失信名单记录不存在 (no such dishonest list entry)");
  const auto& row = rows[0];
  const std::string day = r.on.to_string();
  const bool in_force = row.text(0) == "active" && row.is_null(3) && row.text(2) > day;
  if (!in_force) return fail(ErrorCode::conflict, "该记录不在有效期内，无法移出 (entry not in force)");
  XJ_CHECK(session.exec(
      "UPDATE dishonest_entries SET status = 'removed', removed_on = ?, removal_reason = ?, "
      "removal_note = ? WHERE id = ?",
      {store::Value{day}, store::Value{r.reason},
       r.note.empty() ? store::Value{} : store::Value{r.note}, store::Value{r.id}}));
  return store::append_outbox(session, "dishonest_list.removed", r.uscc, removal_payload(r));
}

}  // namespace xj::sanctions

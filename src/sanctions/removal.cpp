#include "sanctions/removal.h"

#include <nlohmann/json.hpp>

#include "sanctions/entries.h"
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

store::Value note_of(const Removal& r) { return r.note.empty() ? store::Value{} : store::Value{r.note}; }

}  // namespace

// §4.1: an abnormal entry stays active until removed; removal keeps the row (full history).
Status remove_abnormal_entry(store::Session& session, const Removal& r) {
  XJ_TRY(auto found, find_abnormal(session, r.id));
  if (!found || found->uscc != r.uscc) {
    return fail(ErrorCode::not_found, "经营异常名录记录不存在 (no such abnormal list entry)");
  }
  if (found->removed_on) return fail(ErrorCode::conflict, "该记录已移出 (entry already removed)");
  XJ_CHECK(session.exec(
      "UPDATE abnormal_entries SET removed_on = ?, removal_reason = ?, removal_note = ? WHERE id = ?",
      {store::Value{r.on.to_string()}, store::Value{r.reason}, note_of(r), store::Value{r.id}}));
  return store::append_outbox(session, "abnormal_list.removed", r.uscc, removal_payload(r));
}

// §4.2: only an entry in force on the removal date can be removed (a pending, rejected, removed
// or expired entry has no effect left to end).
Status remove_dishonest_entry(store::Session& session, const Removal& r) {
  XJ_TRY(auto found, find_dishonest(session, r.id));
  if (!found || found->uscc != r.uscc) {
    return fail(ErrorCode::not_found, "严重违法失信名单记录不存在 (no such dishonest list entry)");
  }
  if (!in_force(*found, r.on)) {
    return fail(ErrorCode::conflict, "该记录在移出日不在有效期内 (entry not in force on that day)");
  }
  XJ_CHECK(session.exec(
      "UPDATE dishonest_entries SET status = 'removed', removed_on = ?, removal_reason = ?, "
      "removal_note = ? WHERE id = ?",
      {store::Value{r.on.to_string()}, store::Value{r.reason}, note_of(r), store::Value{r.id}}));
  return store::append_outbox(session, "dishonest_list.removed", r.uscc, removal_payload(r));
}

}  // namespace xj::sanctions

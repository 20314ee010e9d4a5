#include "registry/keylist_repo.h"

#include <string>

namespace xj::registry {
namespace {

// The partial unique index keylist_entries_active makes area + USCC + licence number the key of
// an active entry (formats.md `keylist`); DO UPDATE (rather than DO NOTHING) so that RETURNING
// yields the existing id on both dialects. listed_on keeps the first listing.
constexpr std::string_view kInsert = R"sql(
INSERT INTO keylist_entries (area, subcategory, uscc, name, licence_no, remark, listed_on, source,
                             import_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (area, uscc, licence_no) WHERE removed_on IS NULL DO UPDATE SET
  subcategory = excluded.subcategory, name = excluded.name, remark = excluded.remark
RETURNING id
)sql";

constexpr std::string_view kOfUscc = R"sql(
SELECT id, area, subcategory, uscc, name, licence_no, remark, listed_on, removed_on,
       removal_reason, import_id
FROM keylist_entries WHERE uscc = ? ORDER BY listed_on, id
)sql";

}  // namespace

Result<std::int64_t> insert_keylist_entry(store::Session& session, const KeyListEntry& e,
                                          std::string_view source) {
  XJ_TRY(auto rows, session.query(kInsert, {e.area, store::null_or(e.subcategory), e.uscc, e.name,
                                            e.licence_no, store::null_or(e.remark), e.listed_on,
                                            std::string(source), store::null_or(e.import_id)}));
  if (rows.empty()) return fail(ErrorCode::internal, "keylist insert returned no id");
  return rows[0].integer(0);
}

KeyListEntry keylist_entry_of_row(const store::Row& r) {
  KeyListEntry e;
  e.id = r.integer(0);
  e.area = r.text(1);
  e.subcategory = r.opt_text(2);
  e.uscc = r.text(3);
  e.name = r.text(4);
  e.licence_no = r.text(5);
  e.remark = r.opt_text(6);
  e.listed_on = r.text(7);
  e.removed_on = r.opt_text(8);
  e.removal_reason = r.opt_text(9);
  e.import_id = r.opt_integer(10);
  return e;
}

Result<std::vector<KeyListEntry>> keylist_entries_of(store::Session& session,
                                                     std::string_view uscc) {
  std::vector<KeyListEntry> out;
  XJ_CHECK(session.each(kOfUscc, {std::string(uscc)}, [&](const store::Row& r) {
    out.push_back(keylist_entry_of_row(r));
    return true;
  }));
  return out;
}

}  // namespace xj::registry

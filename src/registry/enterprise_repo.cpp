#include "registry/enterprise_repo.h"

#include <string>

namespace xj::registry {
namespace {

// Re-delivery changes nothing: the update runs only when a data field differs, so updated_at
// keeps the time of the last real change. `source` follows the data it came with.
constexpr std::string_view kUpsert = R"sql(
INSERT INTO enterprises (uscc, name, legal_representative, address, region_code, established_on,
                         status, entity_type, phone, source)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (uscc) DO UPDATE SET
  name = excluded.name, legal_representative = excluded.legal_representative,
  address = excluded.address, region_code = excluded.region_code,
  established_on = excluded.established_on, status = excluded.status,
  entity_type = excluded.entity_type, phone = excluded.phone, source = excluded.source,
  updated_at = CURRENT_TIMESTAMP
WHERE enterprises.name IS DISTINCT FROM excluded.name
   OR enterprises.legal_representative IS DISTINCT FROM excluded.legal_representative
   OR enterprises.address IS DISTINCT FROM excluded.address
   OR enterprises.region_code IS DISTINCT FROM excluded.region_code
   OR enterprises.established_on IS DISTINCT FROM excluded.established_on
   OR enterprises.status IS DISTINCT FROM excluded.status
   OR enterprises.entity_type IS DISTINCT FROM excluded.entity_type
   OR enterprises.phone IS DISTINCT FROM excluded.phone
)sql";

constexpr std::string_view kFind = R"sql(
SELECT uscc, name, legal_representative, address, region_code, established_on, status,
       entity_type, phone
FROM enterprises WHERE uscc = ?
)sql";

}  // namespace

Status upsert_enterprise(store::Session& session, const Enterprise& e, std::string_view source) {
  // domain-rules.md §1.1: the region is region_code if given, else positions 3–8 of the USCC.
  std::string region = e.region_code.empty() ? e.uscc.substr(2, 6) : e.region_code;
  XJ_CHECK(session.exec(
      kUpsert, {e.uscc, e.name, store::null_or(e.legal_representative), store::null_or(e.address),
                std::move(region), store::null_or(e.established_on), e.status,
                store::null_or(e.entity_type), store::null_or(e.phone), std::string(source)}));
  return {};
}

Result<std::optional<Enterprise>> find_enterprise(store::Session& session, std::string_view uscc) {
  XJ_TRY(auto rows, session.query(kFind, {std::string(uscc)}));
  if (rows.empty()) return std::optional<Enterprise>();
  const store::Row& r = rows[0];
  Enterprise e;
  e.uscc = r.text(0);
  e.name = r.text(1);
  e.legal_representative = r.opt_text(2);
  e.address = r.opt_text(3);
  e.region_code = r.text(4);
  e.established_on = r.opt_text(5);
  e.status = r.text(6);
  e.entity_type = r.opt_text(7);
  e.phone = r.opt_text(8);
  return std::optional<Enterprise>(std::move(e));
}

}  // namespace xj::registry

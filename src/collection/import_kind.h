// Import kinds (formats.md "Kinds"): what a file holds, and the columns each kind expects.
//
//   XJ_TRY(ImportKind kind, parse_import_kind("penalties"));
//   std::span<const formats::ColumnSpec> cols = columns_of(kind);   // in formats.md order
//
// The column index constants (PenaltyColumn::fine_yuan, …) index columns_of(kind). Pure and
// thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "core/result.h"
#include "formats/header_match.h"

namespace xj::collection {

enum class ImportKind {
  keylist,
  enterprises,
  licences,
  penalties,
  inspections,
  events,
  inspectors
};

// "keylist", "enterprises", …; bad_request for anything else.
Result<ImportKind> parse_import_kind(std::string_view name);
std::string_view to_string(ImportKind kind);

// The columns of a kind, in formats.md order (required ones marked).
std::span<const formats::ColumnSpec> columns_of(ImportKind kind);

// Column positions within columns_of(kind), one enum per kind.
enum KeylistColumn {
  kl_area,
  kl_seq,
  kl_name,
  kl_uscc,
  kl_licence_no,
  kl_subcategory,
  kl_remark,
  kl_listed_on
};
enum EnterpriseColumn {
  en_uscc,
  en_name,
  en_legal_representative,
  en_address,
  en_region_code,
  en_established_on,
  en_status,
  en_entity_type,
  en_phone
};
enum LicenceColumn {
  li_licence_no,
  li_uscc,
  li_name,
  li_licence_type,
  li_scope,
  li_issuer,
  li_issued_on,
  li_valid_until,
  li_status
};
enum PenaltyColumn {
  pe_decision_no,
  pe_uscc,
  pe_name,
  pe_violation_type,
  pe_facts,
  pe_legal_basis,
  pe_penalty_types,
  pe_fine_yuan,
  pe_confiscation_yuan,
  pe_decided_on,
  pe_authority,
  pe_procedure,
  pe_area,
  pe_heavier,
  pe_public
};
enum InspectionColumn {
  in_inspection_no,
  in_uscc,
  in_name,
  in_kind,
  in_matter,
  in_checked_on,
  in_result,
  in_product,
  in_failed_items,
  in_findings,
  in_authority,
  in_public
};
enum EventColumn {
  ev_event_no,
  ev_uscc,
  ev_name,
  ev_event_type,
  ev_occurred_on,
  ev_count,
  ev_description,
  ev_source
};
enum InspectorColumn { ip_id, ip_name, ip_unit, ip_region_code, ip_domains, ip_status };

}  // namespace xj::collection

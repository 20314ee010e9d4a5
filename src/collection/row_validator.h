// Validation and normalisation of one row per kind (formats.md "Kinds", domain-rules §1–§3, §8,
// §10): a RowInput in, a typed record or the row's first problem out, plus warnings.
//
//   ValidatedRow v = validate_row(ImportKind::penalties, input, today, legacy);
//   if (v.error) reject(*v.error); else store(*v.record);
//
// Pure (no database) and thread-safe; the same rules serve imports and the single-record API.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "collection/import_kind.h"
#include "collection/model.h"
#include "collection/row_input.h"
#include "core/date.h"
#include "core/uscc_legacy.h"
#include "registry/model.h"

namespace xj::collection {

using Record = std::variant<registry::KeyListEntry, registry::Enterprise, Licence, Penalty,
                            Inspection, Event, Inspector>;

struct ValidatedRow {
  std::optional<Record> record;   // set when the row is valid
  std::optional<RowIssue> error;  // set when it is rejected
  std::vector<RowIssue> warnings;
};

ValidatedRow validate_row(ImportKind kind, const RowInput& input, core::Date today,
                          const core::LegacyCodes& legacy);

// What identifies the record (formats.md "Key"): keylist area|USCC|licence number, enterprises
// the USCC, inspectors the certificate number, the others their document number.
std::string record_key(const Record& record);

// The USCC the record hangs on; empty for inspectors.
std::string record_uscc(const Record& record);

// The division code that region scope checks (api.md "Region scope"): the enterprise's
// region_code, an inspector's region_code, else positions 3–8 of the USCC.
std::string record_region(const Record& record);

// The column that a region-scope refusal names: the USCC, or an inspector's region code.
std::size_t region_column(ImportKind kind);

// The column (index into columns_of(kind)) that names the key in a `duplicate` report.
std::size_t key_column(ImportKind kind);

}  // namespace xj::collection

// The SQL of the spot-check catalogues: matters (抽查事项清单), key supervision items
// (重点监管事项清单) and recusal declarations (回避). Runs inside the caller's transaction.
// Errors: internal from the store; conflict for a duplicate matter code. Thread safety: as the
// Session.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "collection/model.h"
#include "core/result.h"
#include "spotcheck/model.h"
#include "store/database.h"

namespace xj::spotcheck {

// The list-valued columns (matter codes, areas, result codes) are joined with '；'.
std::vector<std::string> split_list(std::string_view stored);

Status insert_matter(store::Session& s, const Matter& m, std::string_view created_by);
// Matters by code order, a page of them, and the total.
Result<std::vector<Matter>> list_matters(store::Session& s, std::optional<std::string> area,
                                         std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_matters(store::Session& s, std::optional<std::string> area);
// The matters of `codes` that exist, in the order of `codes` (unknown codes are skipped).
Result<std::vector<Matter>> matters_named(store::Session& s, const std::vector<std::string>& codes);

Result<std::int64_t> insert_item(store::Session& s, const SupervisionItem& item,
                                 std::string_view created_by);
// Items that apply within `region` (their region is a prefix of it or lies within it).
Result<std::vector<SupervisionItem>> list_items(store::Session& s, std::string_view region,
                                                std::optional<std::string> area,
                                                std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_items(store::Session& s, std::string_view region,
                                 std::optional<std::string> area);

// 执法检查人员名录库 (table `inspectors`, written through collection): a page within `region`,
// optionally of one domain (or 综合) and one status, by certificate number.
struct InspectorFilter {
  std::string region_prefix;
  std::optional<std::string> domain;
  std::optional<std::string> status;
};
Result<std::vector<collection::Inspector>> list_inspectors(store::Session& s,
                                                           const InspectorFilter& filter,
                                                           std::int64_t offset, std::int64_t limit);
Result<std::int64_t> count_inspectors(store::Session& s, const InspectorFilter& filter);
Result<std::optional<collection::Inspector>> find_inspector(store::Session& s, std::string_view id);

Result<std::int64_t> insert_declaration(store::Session& s, const Declaration& d);
// Declarations in force on `today`: declared_on ≤ today ≤ valid_until (or open-ended).
Result<std::vector<Declaration>> declarations_in_force(store::Session& s, std::string_view today);

}  // namespace xj::spotcheck

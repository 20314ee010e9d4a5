#include "collection/row_checker.h"

#include "core/region_code.h"

namespace xj::collection {
namespace {

// Rows between two progress reports.
constexpr std::int64_t kProgressEvery = 1000;

}  // namespace

RowChecker::RowChecker(const ImportRequest& request, RowSource& source, core::Date today,
                       const core::LegacyCodes& legacy, ImportProgress* progress,
                       std::int64_t import_id)
    : request_(request),
      source_(source),
      today_(today),
      legacy_(legacy),
      progress_(progress),
      import_id_(import_id) {}

std::optional<RowIssue> RowChecker::check(const SourceRow& row, ValidatedRow& v) {
  if (row.error) return row.error;
  v = validate_row(request_.kind, row.input, today_, legacy_);
  if (v.error) return v.error;
  auto column_name = [&](std::size_t c) { return (*row.input.names)[c]; };
  if (request_.region_scope &&
      !core::matches_prefix(record_region(*v.record), *request_.region_scope)) {
    return RowIssue{
        row.input.row_number, column_name(region_column(request_.kind)), "forbidden",
        "超出本账号的区划范围 (outside this account's region " + *request_.region_scope + ")"};
  }
  if (request_.area_scope) {
    const auto* entry = std::get_if<registry::KeyListEntry>(&*v.record);
    if (entry && entry->area != *request_.area_scope) {
      return RowIssue{row.input.row_number, column_name(kl_area), "forbidden",
                      "超出本账号的领域 (outside this account's area)"};
    }
  }
  if (!keys_.insert(record_key(*v.record)).second) {
    return RowIssue{row.input.row_number, column_name(key_column(request_.kind)), "duplicate",
                    "同一文件中重复的记录 (the same record appears earlier in this file)"};
  }
  return std::nullopt;
}

Result<std::vector<Record>> RowChecker::next_batch(std::size_t max_records) {
  std::vector<Record> batch;
  batch.reserve(max_records);
  while (batch.size() < max_records) {
    XJ_TRY(std::optional<SourceRow> row, source_.next());
    if (!row) break;
    if (!row->error && row->input.blank()) continue;  // formats.md: skipped, not counted
    ++rows_;
    if (progress_ && rows_ % kProgressEvery == 0)
      progress_->update(import_id_, {rows_, rejected_});
    ValidatedRow v;
    if (std::optional<RowIssue> error = check(*row, v)) {
      ++rejected_;
      errors_.push_back(std::move(*error));
      continue;
    }
    for (auto& w : v.warnings) row_warnings_.push_back(std::move(w));
    if (request_.mode == ImportMode::all_or_nothing && rejected_ > 0) continue;
    batch.push_back(std::move(*v.record));
  }
  return batch;
}

void RowChecker::take_results(ImportSummary& s) {
  s.rows = rows_;
  s.rejected = rejected_;
  s.errors = std::move(errors_);
  s.warnings = std::move(source_.warnings());
  for (auto& w : row_warnings_) s.warnings.push_back(std::move(w));
}

}  // namespace xj::collection

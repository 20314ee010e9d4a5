// RowChecker: the read-and-check stage of an import (importer.h). It reads the file's rows,
// validates each (row_validator.h), applies the request's region and area scope and the in-file
// `duplicate` rule (formats.md), and returns the records to store, in file order, a batch at a
// time. Rejected rows become errors; warnings are collected; blank rows are skipped uncounted.
//
//   RowChecker checker(request, *source, today, legacy, progress, import_id);
//   while (true) {
//     XJ_TRY(std::vector<Record> batch, checker.next_batch(256));
//     if (batch.empty()) break;          // end of the file
//   }
//   checker.take_results(summary);       // rows, rejected, errors, warnings
//
// all_or_nothing: once a row was rejected no further record is returned (the file will be
// refused), but every row is still read and checked so that all errors are reported.
// Errors: those of the row source (an unreadable file part-way). Memory: one key per accepted
// row (for `duplicate`) plus the problems. Not thread-safe; it runs on the importer's reading
// thread while the records are stored on another.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

#include "collection/import_progress.h"
#include "collection/import_summary.h"
#include "collection/importer.h"
#include "collection/row_source.h"
#include "collection/row_validator.h"

namespace xj::collection {

class RowChecker {
 public:
  // REQUIRES: request, source, legacy and progress (when given) outlive the checker.
  RowChecker(const ImportRequest& request, RowSource& source, core::Date today,
             const core::LegacyCodes& legacy, ImportProgress* progress, std::int64_t import_id);

  // Up to `max_records` records to store; empty at the end of the file.
  Result<std::vector<Record>> next_batch(std::size_t max_records);

  // Moves the counts (rows, rejected) and the problems into `s` (errors in file order; warnings:
  // the file-level ones first, then the rows').
  void take_results(ImportSummary& s);

 private:
  // The row's first problem, or nullopt when it is to be stored; fills `v`.
  std::optional<RowIssue> check(const SourceRow& row, ValidatedRow& v);

  const ImportRequest& request_;
  RowSource& source_;
  core::Date today_;
  const core::LegacyCodes& legacy_;
  ImportProgress* progress_;
  std::int64_t import_id_;
  std::unordered_set<std::string> keys_;  // formats.md keys accepted so far in this file
  std::int64_t rows_ = 0;
  std::int64_t rejected_ = 0;
  std::vector<RowIssue> errors_;
  std::vector<RowIssue> row_warnings_;
};

}  // namespace xj::collection

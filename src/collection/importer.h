// The import pipeline (formats.md "Reading rules"): a file of one kind in CSV, xlsx or JSON
// Lines → rows streamed one at a time → normalised and validated (row_validator.h) → stored with
// history and outbox events (record_writer.h) → a summary, kept in `imports`.
//
//   Importer importer(db, clock, legacy);
//   XJ_TRY(ImportSummary s, importer.run(request, ImportInput::file("penalties.xlsx")));
//   s.rejected;  // rows refused, each in s.errors with its row, column, code and message
//
// Two threads: the rows are read, validated and checked for duplicates on a thread of the run's
// own (row_checker.h) while the calling thread stores them (pipeline.h), in file order, so the
// results are those of reading and storing one row after the other.
//
// Transactions: the job row is created first (status `running`); then every record, its history,
// its outbox event and the final counts and problems are written in ONE transaction, so a crash
// leaves the records of that file either all stored or none, and the job visibly `running`
// (never `done`). `all_or_nothing` with a rejected row rolls that transaction back and records the
// job as `refused` (committed false, counts 0) with its problems. On SQLite a large import
// rebuilds the secondary indexes of the tables it fills once, inside that same transaction,
// instead of updating them row by row (deferred_indexes.h).
//
// Errors (no summary): bad_request when the file cannot be read (not CSV/xlsx/JSONL, a bad zip,
// undecodable text, an empty file), missing_column naming the first missing required column;
// internal from the store. Memory does not grow with the number of rows except by the problems
// reported and one key per row (to report a key repeated within the file as `duplicate`).
// Thread-safe: run() may be called concurrently (SQLite serialises the writes).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "collection/import_progress.h"
#include "collection/import_summary.h"
#include "core/clock.h"
#include "core/uscc_legacy.h"
#include "formats/text_decoder.h"
#include "store/database.h"

namespace xj::collection {

enum class InputFormat { detect, csv, xlsx, jsonl };

// "" or "auto" → detect; "csv", "xlsx", "jsonl"; bad_request otherwise.
Result<InputFormat> parse_input_format(std::string_view text);

struct ImportRequest {
  ImportKind kind = ImportKind::keylist;
  InputFormat format = InputFormat::detect;  // detect: by file extension, else by content
  formats::Encoding encoding = formats::Encoding::detect;  // CSV only
  ImportMode mode = ImportMode::partial;
  std::string source;      // providing department or API key name (provenance)
  std::string created_by;  // the account that ran it, for the job row
  // api.md "Region scope": when set, rows whose enterprise (or inspector) lies outside this
  // division-code prefix are rejected with code `forbidden`.
  std::optional<std::string> region_scope;
  // An area officer's area (api.md roles): key-area list rows of another area are rejected with
  // code `forbidden`.
  std::optional<std::string> area_scope;
};

// The file: a path (streamed from disk) or bytes already in memory (an HTTP body).
struct ImportInput {
  std::filesystem::path path;
  std::string bytes;
  bool in_memory = false;

  static ImportInput file(std::filesystem::path p) { return {std::move(p), {}, false}; }
  static ImportInput memory(std::string b) { return {{}, std::move(b), true}; }
};

class Importer {
 public:
  // REQUIRES: db, legacy and progress (when given) outlive the importer.
  Importer(store::Database& db, core::Clock clock, const core::LegacyCodes& legacy,
           ImportProgress* progress = nullptr);

  Result<ImportSummary> run(const ImportRequest& request, ImportInput input) const;

 private:
  store::Database& db_;
  core::Clock clock_;
  const core::LegacyCodes& legacy_;
  ImportProgress* progress_;
};

}  // namespace xj::collection

#include "collection/importer.h"

#include <fstream>
#include <streambuf>

#include "collection/deferred_indexes.h"
#include "collection/import_repo.h"
#include "collection/pipeline.h"
#include "collection/record_writer.h"
#include "collection/row_checker.h"
#include "collection/row_source.h"
#include "formats/csv_reader.h"
#include "formats/xlsx_reader.h"

namespace xj::collection {
namespace {

// Records handed from the reading thread to the writing one at a time, and batches that may wait
// between them: enough to keep both busy, little memory.
constexpr std::size_t kBatchRecords = 256;
constexpr std::size_t kQueuedBatches = 16;

// An istream over bytes held elsewhere, without copying them.
class ViewBuffer final : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());
    setg(begin, begin, begin + bytes.size());
  }
};

std::string_view format_name(InputFormat f) {
  switch (f) {
    case InputFormat::csv:
      return "csv";
    case InputFormat::xlsx:
      return "xlsx";
    case InputFormat::jsonl:
      return "jsonl";
    case InputFormat::detect:
      break;
  }
  return "detect";
}

// By content: a zip (xlsx) starts with PK\3\4; JSON Lines with '{' after a BOM and white space.
InputFormat sniff(std::string_view head) {
  if (head.starts_with("PK\x03\x04")) return InputFormat::xlsx;
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  auto first = head.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && head[first] == '{') return InputFormat::jsonl;
  return InputFormat::csv;
}

InputFormat detect_format(const ImportInput& input) {
  if (input.in_memory) return sniff(std::string_view(input.bytes).substr(0, 64));
  const auto ext = input.path.extension().string();
  if (ext == ".xlsx" || ext == ".XLSX") return InputFormat::xlsx;
  if (ext == ".jsonl" || ext == ".JSONL" || ext == ".ndjson") return InputFormat::jsonl;
  if (ext == ".csv" || ext == ".CSV") return InputFormat::csv;
  std::ifstream in(input.path, std::ios::binary);
  std::string head(64, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return sniff(head);
}

// The open file and the row source reading it; the stream members outlive the source.
struct OpenSource {
  std::unique_ptr<ViewBuffer> view;
  std::unique_ptr<std::istream> stream;
  std::unique_ptr<RowSource> rows;
};

Result<OpenSource> open_source(const ImportRequest& request, InputFormat format,
                               ImportInput& input) {
  OpenSource out;
  if (format == InputFormat::xlsx) {
    std::unique_ptr<formats::XlsxReader> reader;
    if (input.in_memory) {
      XJ_TRY(reader, formats::XlsxReader::open_bytes(std::move(input.bytes)));
    } else {
      XJ_TRY(reader, formats::XlsxReader::open_file(input.path));
    }
    XJ_TRY(out.rows, table_row_source(request.kind, std::move(reader)));
    return out;
  }
  if (input.in_memory) {
    out.view = std::make_unique<ViewBuffer>(input.bytes);
    out.stream = std::make_unique<std::istream>(out.view.get());
  } else {
    auto file = std::make_unique<std::ifstream>(input.path, std::ios::binary);
    if (!*file) {
      return fail(ErrorCode::bad_request,
                  "无法打开文件 (cannot open the file): " + input.path.string());
    }
    out.stream = std::move(file);
  }
  if (format == InputFormat::jsonl) {
    out.rows = jsonl_row_source(request.kind, *out.stream);
    return out;
  }
  auto reader = std::make_unique<formats::CsvReader>(
      *out.stream, formats::CsvOptions{.encoding = request.encoding});
  XJ_TRY(out.rows, table_row_source(request.kind, std::move(reader)));
  return out;
}

// The tables an import of `kind` adds rows to, whose secondary indexes may be deferred
// (deferred_indexes.h): the collected records' own tables and the outbox. Key-area list entries,
// enterprises and inspectors are looked up through their other indexes while they are written.
std::vector<std::string> tables_written(ImportKind kind) {
  switch (kind) {
    case ImportKind::licences:
      return {"licences", "outbox"};
    case ImportKind::penalties:
      return {"penalties", "outbox"};
    case ImportKind::inspections:
      return {"inspections", "outbox"};
    case ImportKind::events:
      return {"events", "outbox"};
    case ImportKind::keylist:
    case ImportKind::enterprises:
    case ImportKind::inspectors:
      break;
  }
  return {"outbox"};
}

void add(ImportSummary& s, Change change) {
  switch (change) {
    case Change::inserted:
      ++s.inserted;
      break;
    case Change::updated:
      ++s.updated;
      break;
    case Change::unchanged:
      ++s.unchanged;
      break;
  }
}

}  // namespace

Result<InputFormat> parse_input_format(std::string_view text) {
  if (text.empty() || text == "auto") return InputFormat::detect;
  if (text == "csv") return InputFormat::csv;
  if (text == "xlsx") return InputFormat::xlsx;
  if (text == "jsonl") return InputFormat::jsonl;
  return fail(ErrorCode::bad_request,
              "format 应为 csv、xlsx 或 jsonl (format must be csv, xlsx or jsonl)");
}

Importer::Importer(store::Database& db, core::Clock clock, const core::LegacyCodes& legacy,
                   ImportProgress* progress)
    : db_(db), clock_(clock), legacy_(legacy), progress_(progress) {}

Result<ImportSummary> Importer::run(const ImportRequest& request, ImportInput input) const {
  const InputFormat format =
      request.format == InputFormat::detect ? detect_format(input) : request.format;
  XJ_TRY(OpenSource source, open_source(request, format, input));

  ImportSummary s;
  s.kind = request.kind;
  s.mode = request.mode;
  s.format = std::string(format_name(format));
  s.source = request.source;
  XJ_CHECK(db_.write([&](store::Session& session) -> Status {
    XJ_TRY(s.import_id, create_import(session, s, request.created_by));
    return {};
  }));

  bool refused = false;
  Status stored = db_.write([&](store::Session& session) -> Status {
    RowChecker checker(request, *source.rows, clock_.today(), legacy_, progress_, s.import_id);
    XJ_TRY(DeferredIndexes deferred,
           DeferredIndexes::watch(session, tables_written(request.kind)));
    const Provenance provenance{request.source, s.import_id};
    // Rows are read and checked on a second thread while this one writes (pipeline.h).
    XJ_CHECK(run_pipeline<std::vector<PreparedRecord>>(
        kQueuedBatches,
        [&]() -> Result<std::optional<std::vector<PreparedRecord>>> {
          XJ_TRY(std::vector<Record> records, checker.next_batch(kBatchRecords));
          if (records.empty()) return std::nullopt;
          std::vector<PreparedRecord> batch;
          batch.reserve(records.size());
          for (Record& r : records) batch.push_back(prepare_record(std::move(r), provenance));
          return batch;
        },
        [&](std::vector<PreparedRecord>& batch) -> Status {
          std::int64_t changed = 0;
          for (PreparedRecord& record : batch) {
            XJ_TRY(Change change, store_record(session, record));
            add(s, change);
            if (change != Change::unchanged) ++changed;
          }
          return deferred.wrote(session, changed);
        }));
    checker.take_results(s);
    if (request.mode == ImportMode::all_or_nothing && s.rejected > 0) {
      refused = true;  // roll back everything this file wrote
      return fail(ErrorCode::conflict, "all_or_nothing: rows rejected");
    }
    XJ_CHECK(deferred.finish(session));
    s.committed = true;
    s.status = "done";
    return finish_import(session, s);
  });
  if (progress_) progress_->finish(s.import_id);
  if (stored) return s;
  if (!refused) {
    // The file turned out unreadable part-way, or the store failed: nothing was committed.
    ImportSummary failed = s;
    failed.status = "failed";
    failed.inserted = failed.updated = failed.unchanged = 0;
    failed.errors.clear();
    failed.warnings.clear();
    (void)db_.write([&](store::Session& session) { return finish_import(session, failed); });
    return fail(stored.error());
  }
  s.status = "refused";
  s.committed = false;
  s.inserted = s.updated = s.unchanged = 0;
  XJ_CHECK(db_.write([&](store::Session& session) { return finish_import(session, s); }));
  return s;
}

}  // namespace xj::collection

#include "collection/importer.h"

#include <fstream>
#include <streambuf>
#include <unordered_set>

#include "collection/import_repo.h"
#include "collection/record_writer.h"
#include "collection/row_source.h"
#include "collection/row_validator.h"
#include "core/region_code.h"
#include "formats/csv_reader.h"
#include "formats/xlsx_reader.h"

namespace xj::collection {
namespace {

// Rows between two progress reports.
constexpr std::int64_t kProgressEvery = 1000;

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

  const core::Date today = clock_.today();
  bool refused = false;
  Status stored = db_.write([&](store::Session& session) -> Status {
    std::unordered_set<std::string> keys;  // formats.md keys seen in this file
    const Provenance provenance{request.source, s.import_id};
    std::vector<RowIssue> row_warnings;
    while (true) {
      XJ_TRY(std::optional<SourceRow> row, source.rows->next());
      if (!row) break;
      if (!row->error && row->input.blank()) continue;  // formats.md: skipped, not counted
      ++s.rows;
      if (progress_ && s.rows % kProgressEvery == 0)
        progress_->update(s.import_id, {s.rows, s.rejected});
      std::optional<RowIssue> error = row->error;
      ValidatedRow v;
      if (!error) {
        v = validate_row(request.kind, row->input, today, legacy_);
        error = v.error;
      }
      const std::size_t key_col = key_column(request.kind);
      auto column_name = [&](std::size_t c) { return (*row->input.names)[c]; };
      if (!error && request.region_scope &&
          !core::matches_prefix(record_region(*v.record), *request.region_scope)) {
        error = RowIssue{
            row->input.row_number, column_name(region_column(request.kind)), "forbidden",
            "超出本账号的区划范围 (outside this account's region " + *request.region_scope + ")"};
      }
      if (!error && request.area_scope) {
        const auto* entry = std::get_if<registry::KeyListEntry>(&*v.record);
        if (entry && entry->area != *request.area_scope) {
          error = RowIssue{row->input.row_number, column_name(kl_area), "forbidden",
                           "超出本账号的领域 (outside this account's area)"};
        }
      }
      if (!error && !keys.insert(record_key(*v.record)).second) {
        error = RowIssue{row->input.row_number, column_name(key_col), "duplicate",
                         "同一文件中重复的记录 (the same record appears earlier in this file)"};
      }
      if (error) {
        ++s.rejected;
        s.errors.push_back(std::move(*error));
        continue;
      }
      for (auto& w : v.warnings) row_warnings.push_back(std::move(w));
      if (request.mode == ImportMode::all_or_nothing && s.rejected > 0) continue;
      XJ_TRY(Change change, store_record(session, *v.record, provenance));
      add(s, change);
    }
    s.warnings = std::move(source.rows->warnings());
    for (auto& w : row_warnings) s.warnings.push_back(std::move(w));
    if (request.mode == ImportMode::all_or_nothing && s.rejected > 0) {
      refused = true;  // roll back everything this file wrote
      return fail(ErrorCode::conflict, "all_or_nothing: rows rejected");
    }
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

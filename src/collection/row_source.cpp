#include "collection/row_source.h"

#include <set>

#include "collection/json_row.h"
#include "formats/header_match.h"
#include "formats/jsonl_reader.h"

namespace xj::collection {
namespace {

RowIssue unknown_column(std::string name) {
  return RowIssue{std::nullopt, name, "unknown_column",
                  "未识别的列，已忽略 (unknown column, ignored): " + name};
}

class TableRowSource final : public RowSource {
 public:
  TableRowSource(std::unique_ptr<formats::TableReader> reader, formats::HeaderMap map)
      : reader_(std::move(reader)), map_(std::move(map)) {
    for (const auto& name : map_.unknown) warnings_.push_back(unknown_column(name));
  }

  Result<std::optional<SourceRow>> next() override {
    XJ_TRY(std::optional<formats::TableRow> row, reader_->next());
    if (!row) return std::optional<SourceRow>();
    SourceRow out;
    out.input.row_number = row->row_number;
    out.input.names = &map_.names;
    out.input.cells.resize(map_.index.size());
    for (std::size_t i = 0; i < map_.index.size(); ++i) {
      const auto& column = map_.index[i];
      if (column && *column < row->cells.size())
        out.input.cells[i] = std::move(row->cells[*column]);
    }
    // Cells under unknown columns do not count: a row with text only there is still blank.
    return std::optional<SourceRow>(std::move(out));
  }

 private:
  std::unique_ptr<formats::TableReader> reader_;
  formats::HeaderMap map_;
};

class JsonlRowSource final : public RowSource {
 public:
  JsonlRowSource(ImportKind kind, std::istream& in) : kind_(kind), reader_(in) {}

  Result<std::optional<SourceRow>> next() override {
    XJ_TRY(std::optional<formats::JsonLine> line, reader_.next());
    if (!line) return std::optional<SourceRow>();
    SourceRow out;
    if (!line->object) {
      out.input.row_number = line->line_number;
      out.input.names = &english_names(kind_);
      out.error = RowIssue{line->line_number, "", "invalid_json",
                           "不是 JSON 对象 (not a JSON object): " + line->error};
      return std::optional<SourceRow>(std::move(out));
    }
    std::set<std::string> unknown;
    out.input = row_from_json(*line->object, kind_, line->line_number, &unknown);
    for (const auto& key : unknown) {
      if (reported_.insert(key).second) warnings_.push_back(unknown_column(key));
    }
    return std::optional<SourceRow>(std::move(out));
  }

 private:
  ImportKind kind_;
  formats::JsonlReader reader_;
  std::set<std::string> reported_;
};

}  // namespace

Result<std::unique_ptr<RowSource>> table_row_source(ImportKind kind,
                                                    std::unique_ptr<formats::TableReader> reader) {
  XJ_TRY(std::optional<formats::TableRow> header, reader->next());
  if (!header)
    return fail(ErrorCode::bad_request, "文件为空，缺少表头行 (the file is empty: no header row)");
  XJ_TRY(formats::HeaderMap map, formats::match_header(header->cells, columns_of(kind)));
  return std::unique_ptr<RowSource>(new TableRowSource(std::move(reader), std::move(map)));
}

std::unique_ptr<RowSource> jsonl_row_source(ImportKind kind, std::istream& in) {
  return std::make_unique<JsonlRowSource>(kind, in);
}

}  // namespace xj::collection

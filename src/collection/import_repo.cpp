#include "collection/import_repo.h"

#include <string>

namespace xj::collection {
namespace {

constexpr std::string_view kCreate = R"sql(
INSERT INTO imports (kind, source, mode, format, status, created_by)
VALUES (?, ?, ?, ?, 'running', ?) RETURNING id
)sql";

constexpr std::string_view kFinish = R"sql(
UPDATE imports SET status = ?, rows_read = ?, inserted = ?, updated = ?, unchanged = ?,
  rejected = ?, committed = ?, finished_at = CURRENT_TIMESTAMP
WHERE id = ?
)sql";

constexpr std::string_view kInsertIssue = R"sql(
INSERT INTO import_errors (import_id, severity, row_number, column_name, code, message)
VALUES (?, ?, ?, ?, ?, ?)
)sql";

constexpr std::string_view kFind = R"sql(
SELECT id, kind, source, mode, format, status, rows_read, inserted, updated, unchanged, rejected,
       committed, created_at, finished_at
FROM imports WHERE id = ?
)sql";

constexpr std::string_view kIssues = R"sql(
SELECT severity, row_number, column_name, code, message
FROM import_errors WHERE import_id = ? ORDER BY id
)sql";

Status insert_issues(store::Session& session, std::int64_t id, std::string_view severity,
                     const std::vector<RowIssue>& issues) {
  for (const auto& i : issues) {
    XJ_CHECK(session.exec(kInsertIssue, {id, std::string(severity), store::null_or(i.row), i.column,
                                         i.code, i.message}));
  }
  return {};
}

}  // namespace

Result<ImportMode> parse_import_mode(std::string_view text) {
  if (text.empty() || text == "partial") return ImportMode::partial;
  if (text == "all_or_nothing") return ImportMode::all_or_nothing;
  return fail(ErrorCode::bad_request,
              "mode 应为 partial 或 all_or_nothing (mode must be partial or all_or_nothing)");
}

std::string_view to_string(ImportMode mode) {
  return mode == ImportMode::partial ? "partial" : "all_or_nothing";
}

Result<std::int64_t> create_import(store::Session& session, const ImportSummary& s,
                                   std::string_view created_by) {
  XJ_TRY(auto rows,
         session.query(
             kCreate,
             {std::string(to_string(s.kind)), s.source, std::string(to_string(s.mode)), s.format,
              created_by.empty() ? store::Value{} : store::Value{std::string(created_by)}}));
  if (rows.empty()) return fail(ErrorCode::internal, "imports insert returned no id");
  return rows[0].integer(0);
}

Status finish_import(store::Session& session, const ImportSummary& s) {
  XJ_CHECK(session.exec(kFinish, {s.status, s.rows, s.inserted, s.updated, s.unchanged, s.rejected,
                                  std::int64_t{s.committed ? 1 : 0}, s.import_id}));
  XJ_CHECK(insert_issues(session, s.import_id, "error", s.errors));
  XJ_CHECK(insert_issues(session, s.import_id, "warning", s.warnings));
  return {};
}

Result<std::optional<ImportSummary>> find_import(store::Session& session, std::int64_t id) {
  XJ_TRY(auto rows, session.query(kFind, {id}));
  if (rows.empty()) return std::optional<ImportSummary>();
  const store::Row& r = rows[0];
  ImportSummary s;
  s.import_id = r.integer(0);
  XJ_TRY(s.kind, parse_import_kind(r.text(1)));
  s.source = r.text(2);
  XJ_TRY(s.mode, parse_import_mode(r.text(3)));
  s.format = r.text(4);
  s.status = r.text(5);
  s.rows = r.integer(6);
  s.inserted = r.integer(7);
  s.updated = r.integer(8);
  s.unchanged = r.integer(9);
  s.rejected = r.integer(10);
  s.committed = r.integer(11) != 0;
  s.created_at = r.text(12);
  s.finished_at = r.text(13);
  XJ_CHECK(session.each(kIssues, {id}, [&](const store::Row& i) {
    RowIssue issue{i.opt_integer(1), i.text(2), i.text(3), i.text(4)};
    (i.text(0) == "error" ? s.errors : s.warnings).push_back(std::move(issue));
    return true;
  }));
  return std::optional<ImportSummary>(std::move(s));
}

}  // namespace xj::collection

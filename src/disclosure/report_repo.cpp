#include "disclosure/report_repo.h"

#include "disclosure/credit_report.h"

namespace xj::disclosure {
namespace {

// RETURNING works on both backends (SQLite ≥ 3.35).
constexpr std::string_view kReserve = R"sql(
INSERT INTO credit_reports (uscc, as_of, issued_at) VALUES (?, ?, ?) RETURNING id
)sql";

constexpr std::string_view kNumber = "UPDATE credit_reports SET report_no = ? WHERE id = ?";

constexpr std::string_view kComplete =
    "UPDATE credit_reports SET canonical_json = ?, sm3 = ? WHERE report_no = ?";

constexpr std::string_view kFind = R"sql(
SELECT report_no, uscc, as_of, issued_at, canonical_json, sm3 FROM credit_reports
WHERE report_no = ? AND canonical_json IS NOT NULL
)sql";

}  // namespace

Result<std::string> reserve_report(store::Session& session, std::string_view uscc, core::Date as_of,
                                   std::string_view issued_at, core::Date issued_on) {
  XJ_TRY(store::Rows rows,
         session.query(kReserve, {std::string(uscc), as_of.to_string(), std::string(issued_at)}));
  if (rows.empty()) return fail(ErrorCode::internal, "credit report: no id returned");
  const std::int64_t id = rows[0].integer(0);
  std::string report_no = report_number(issued_on, id);
  XJ_CHECK(session.exec(kNumber, {report_no, id}));
  return report_no;
}

Status complete_report(store::Session& session, std::string_view report_no,
                       std::string_view canonical_json, std::string_view sm3) {
  XJ_TRY(std::int64_t changed, session.exec(kComplete, {std::string(canonical_json),
                                                        std::string(sm3), std::string(report_no)}));
  if (changed != 1) return fail(ErrorCode::internal, "credit report: no reserved row");
  return {};
}

Result<std::optional<StoredReport>> find_report(store::Session& session,
                                                std::string_view report_no) {
  XJ_TRY(store::Rows rows, session.query(kFind, {std::string(report_no)}));
  if (rows.empty()) return std::optional<StoredReport>();
  const store::Row& r = rows[0];
  return std::optional<StoredReport>(
      StoredReport{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
}

}  // namespace xj::disclosure

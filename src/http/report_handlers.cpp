#include "http/report_handlers.h"

#include <chrono>
#include <optional>

#include "audit/digest.h"
#include "audit/entry.h"
#include "core/uscc.h"
#include "disclosure/credit_report.h"
#include "disclosure/public_record.h"
#include "disclosure/report_repo.h"
#include "http/errors.h"
#include "http/report_json.h"
#include "http/report_page.h"
#include "http/report_pdf.h"

namespace xj::http {
namespace {

constexpr const char* kDigestHeader = "X-Xinjian-SM3";
constexpr const char* kReportsPath = "/api/v1/public/reports/";

struct Issued {
  ReportHeader header;
  disclosure::PublicRecord record;
  std::string canonical;
  std::string sm3;
};

// Reserves the number, builds the canonical JSON and stores it with its digest, in one
// transaction: a failed issue leaves no row behind.
Result<Issued> issue(store::Database& db, const std::string& uscc, core::Date as_of,
                     core::Date today) {
  Issued out;
  out.header.as_of = as_of.to_string();
  out.header.issued_at = audit::format_utc(std::chrono::duration_cast<std::chrono::seconds>(
                                               std::chrono::system_clock::now().time_since_epoch())
                                               .count());
  XJ_CHECK(db.write([&](store::Session& session) -> Status {
    XJ_TRY(out.record, disclosure::public_record(session, uscc, as_of));
    disclosure::drop_records_after(out.record, as_of);
    XJ_TRY(out.header.report_no,
           disclosure::reserve_report(session, uscc, as_of, out.header.issued_at, today));
    out.canonical = canonical_report_json(out.header, out.record);
    out.sm3 = audit::sm3_hex(out.canonical);
    return disclosure::complete_report(session, out.header.report_no, out.canonical, out.sm3);
  }));
  return out;
}

// Where the canonical JSON can be fetched: absolute when the request names its host.
std::string verify_url(const Request& req, const std::string& report_no) {
  const std::string host = req.header("host");
  if (host.empty()) return kReportsPath + report_no;
  const std::string scheme = req.header("x-forwarded-proto") == "https" ? "https" : "http";
  return scheme + "://" + host + kReportsPath + report_no;
}

// The issued report as the response body: canonical JSON, the HTML page or the PDF.
Result<Response> render(const std::string& format, const Issued& issued, const std::string& url) {
  if (format == "json") return Response::json(200, issued.canonical);
  if (format == "html") {
    return Response::text(200, report_page(issued.header, issued.record, issued.sm3, url),
                          "text/html; charset=utf-8");
  }
  XJ_TRY(std::string pdf, report_pdf(issued.header, issued.record, issued.sm3, url));
  Response res = Response::text(200, std::move(pdf), "application/pdf");
  res.set_header("Content-Disposition", "inline; filename=\"" + issued.header.report_no + ".pdf\"");
  return res;
}

Handler report_handler(store::Database& db, core::Clock clock, const core::LegacyCodes& legacy) {
  return [&db, clock, &legacy](Request& req) -> Response {
    auto uscc = core::Uscc::parse(req.param("uscc"), legacy);
    if (!uscc) return error_response(uscc.error(), req.request_id);
    const core::Date today = clock.today();
    auto as_of = disclosure::parse_as_of(req.query_param("as_of"), today);
    if (!as_of) return error_response(as_of.error(), req.request_id);
    const std::string format = req.query_param("format").value_or("html");
    if (format != "html" && format != "json" && format != "pdf") {
      return error_response(
          Error{ErrorCode::bad_request,
                "format 须为 html、json 或 pdf (format must be html, json or pdf)"},
          req.request_id);
    }
    auto issued = issue(db, uscc->str(), *as_of, today);
    if (!issued) return error_response(issued.error(), req.request_id);
    auto rendered = render(format, *issued, verify_url(req, issued->header.report_no));
    if (!rendered) return error_response(rendered.error(), req.request_id);
    Response res = std::move(*rendered);
    res.set_header("X-Xinjian-Report-No", issued->header.report_no);
    res.set_header(kDigestHeader, issued->sm3);
    res.set_header("Cache-Control", "no-store");
    return res;
  };
}

Handler stored_report_handler(store::Database& db) {
  return [&db](Request& req) -> Response {
    std::optional<disclosure::StoredReport> found;
    Status read = db.read([&](store::Session& session) -> Status {
      XJ_TRY(found, disclosure::find_report(session, req.param("no")));
      return {};
    });
    if (!read) return error_response(read.error(), req.request_id);
    if (!found) {
      return error_response(
          Error{ErrorCode::not_found, "未找到该报告 (no report with this number)"}, req.request_id);
    }
    Response res = Response::json(200, std::move(found->canonical_json));
    res.set_header(kDigestHeader, found->sm3);
    return res;
  };
}

}  // namespace

void register_report_handlers(App& app, store::Database& db, core::Clock clock,
                              const core::LegacyCodes& legacy) {
  app.router().get("/api/v1/public/enterprises/{uscc}/report", Access::open, "",
                   report_handler(db, clock, legacy));
  app.router().get("/api/v1/public/reports/{no}", Access::open, "", stored_report_handler(db));
}

}  // namespace xj::http

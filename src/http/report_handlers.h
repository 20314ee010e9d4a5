// Credit report routes (issue 5 item 6, api.md "Public"), Access::open with no permission:
//   GET /api/v1/public/enterprises/{uscc}/report[?as_of=YYYY-MM-DD][&format=html|json|pdf]
//       → issues a new report (a new number each call) of the public record as of `as_of`
//       (default today, never after today): 200 the printable HTML page, with format=json the
//       canonical JSON (http/report_json.h), with format=pdf the PDF (http/report_pdf.h,
//       application/pdf, Content-Disposition: inline; filename="<report_no>.pdf"). Headers
//       X-Xinjian-Report-No and X-Xinjian-SM3 (the lowercase hex SM3 of the canonical JSON).
//       422 invalid_uscc / invalid_date, 404 for an unknown enterprise, 400 for another format.
//   GET /api/v1/public/reports/{no} → 200 exactly the stored canonical JSON (application/json)
//       with X-Xinjian-SM3; 404 for an unknown number.
// `db` and `legacy` must outlive the app. Handlers are thread-safe.
#pragma once

#include "core/clock.h"
#include "core/uscc_legacy.h"
#include "http/app.h"
#include "store/database.h"

namespace xj::http {

void register_report_handlers(App& app, store::Database& db, core::Clock clock,
                              const core::LegacyCodes& legacy);

}  // namespace xj::http

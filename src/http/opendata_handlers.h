// Open data routes (api.md, formats.md "Open data sets"), Access::open:
//   GET /api/v1/public/opendata  → {"as_of","licence","datasets":[{"name","title","description",
//       "formats":["csv","jsonl"],"urls":{"csv","jsonl"},"columns":[{"key","title"}],
//       "row_count","last_updated"}]} — row counts of records public today; last_updated is the
//       time of the last recorded change of that kind of record (null when none). Computed by
//       reading every set, then kept until the business date, the outbox head or the record
//       cache's generation changes.
//   GET /api/v1/public/opendata/{dataset}.csv    → UTF-8 with BOM, Chinese header row, RFC 4180
//       quoting, CRLF; list values joined with '；', money in yuan.
//   GET /api/v1/public/opendata/{dataset}.jsonl  → one JSON object a line with the English keys
//       (no BOM: JSON text must not start with one); lists as arrays, money as numbers.
//   404 not_found for an unknown set or extension.
// Rows are read with Session::each in one read transaction and streamed to the client as they
// arrive (chunked transfer coding, http/message.h BodySink): neither the records nor the body are
// ever whole in memory. A slow client holds one worker thread and one reader connection for the
// duration of its download.
//
// `db` must outlive the app; `cache` supplies the generation that dates the catalogue.
// Thread-safe.
#pragma once

#include <memory>

#include "core/clock.h"
#include "disclosure/record_cache.h"
#include "http/app.h"
#include "store/database.h"

namespace xj::http {

void register_opendata_handlers(App& app, store::Database& db, core::Clock clock,
                                std::shared_ptr<const disclosure::PublicRecordCache> cache);

}  // namespace xj::http

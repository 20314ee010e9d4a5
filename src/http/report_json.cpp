#include "http/report_json.h"

#include <nlohmann/json.hpp>

#include "http/enterprise_json.h"

namespace xj::http {

std::string canonical_report_json(const ReportHeader& header,
                                  const disclosure::PublicRecord& record) {
  // nlohmann::json keeps objects in a std::map: keys come out sorted by bytes at every level.
  const nlohmann::json doc = {{"as_of", header.as_of},
                              {"issued_at", header.issued_at},
                              {"record", to_json(record)},
                              {"report_no", header.report_no}};
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace xj::http

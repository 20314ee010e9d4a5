#include "disclosure/credit_report.h"

#include <cstdio>

namespace xj::disclosure {

std::string report_number(core::Date issued_on, std::int64_t serial) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "XJ-%04d%02d%02d-%06lld", issued_on.year(), issued_on.month(),
                issued_on.day(), static_cast<long long>(serial));
  return buf;
}

Result<core::Date> parse_as_of(const std::optional<std::string>& raw, core::Date today) {
  if (!raw) return today;
  auto date = core::parse_date(*raw, "as_of");
  if (!date) {
    return invalid("as_of", "invalid_date", "报告日期格式错误 (as_of is not a date: YYYY-MM-DD)");
  }
  if (*date > today) {
    return invalid(
        "as_of", "invalid_date",
        "报告日期不能晚于今天 (as_of must not be after today, " + today.to_string() + ")");
  }
  return *date;
}

void drop_records_after(PublicRecord& record, core::Date as_of) {
  // Stored dates are YYYY-MM-DD, so text order is date order; "" (unknown) is kept.
  const std::string last = as_of.to_string();
  std::erase_if(record.key_areas, [&](const PublicKeyArea& k) { return k.listed_on > last; });
  std::erase_if(record.licences, [&](const PublicLicence& l) { return l.issued_on > last; });
  std::erase_if(record.inspections, [&](const PublicInspection& i) { return i.checked_on > last; });
}

}  // namespace xj::disclosure

#include "http/list_scope.h"

#include "core/region_code.h"
#include "core/uscc.h"
#include "registry/keylist_export.h"

namespace xj::http {

Result<std::string> scoped_region(const Request& req, const auth::Principal& who) {
  const auto wanted = req.query_param("region");
  if (!wanted || wanted->empty()) return who.region;
  if (!core::is_region_prefix(*wanted)) {
    return fail(ErrorCode::bad_request, "region 应为 2、4 或 6 位区划代码 (bad region prefix)");
  }
  if (wanted->starts_with(who.region)) return *wanted;
  if (who.region.starts_with(*wanted)) return who.region;
  return fail(ErrorCode::forbidden, "超出本账号的区划范围 (outside this account's region)");
}

Result<std::optional<std::string>> scoped_area(const Request& req, const auth::Principal& who) {
  std::optional<std::string> area;
  if (auto q = req.query_param("area"); q && !q->empty()) area = std::move(*q);
  if (area) XJ_CHECK(registry::area_name(*area));
  if (who.role == auth::Role::area_officer && who.area) {
    if (area) XJ_CHECK(who.require_area(*area));
    return std::optional<std::string>(*who.area);
  }
  return area;
}

Result<ListSubject> list_subject(const Request& req, const auth::Principal& who,
                                 const core::LegacyCodes& legacy) {
  ListSubject out;
  if (auto q = req.query_param("uscc"); q && !q->empty()) {
    XJ_TRY(core::Uscc uscc, core::Uscc::parse(*q, legacy));
    out.uscc = uscc.str();
  }
  if (who.role != auth::Role::enterprise) {
    XJ_TRY(out.region_prefix, scoped_region(req, who));
    return out;
  }
  if (!who.uscc || (out.uscc && *out.uscc != *who.uscc)) {
    return fail(ErrorCode::forbidden, "只能查看本企业的记录 (own enterprise only)");
  }
  out.uscc = who.uscc;
  return out;
}

}  // namespace xj::http

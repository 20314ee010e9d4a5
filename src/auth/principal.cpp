#include "auth/principal.h"

#include "core/region_code.h"

namespace xj::auth {
namespace {

tl::unexpected<Error> outside_region(std::string_view region) {
  return fail(ErrorCode::forbidden, "超出本账号的区划范围 (outside this account's region " +
                                        std::string(region) + ")");
}

}  // namespace

bool Principal::may_read(std::string_view region_code) const {
  return role != Role::enterprise && core::matches_prefix(region_code, region);
}

Status Principal::require_read(std::string_view region_code) const {
  if (!may_read(region_code)) return outside_region(region);
  return {};
}

Status Principal::require_write(std::string_view region_code) const {
  // Writing needs the same scope as reading non-public data (api.md "Region scope").
  return require_read(region_code);
}

Status Principal::require_enterprise_read(std::string_view target_uscc,
                                          std::string_view region_code) const {
  if (role == Role::enterprise) {
    if (uscc != target_uscc) {
      return fail(ErrorCode::forbidden, "企业账号只能访问本企业 (an enterprise account sees only its own enterprise)");
    }
    return {};
  }
  return require_read(region_code);
}

Status Principal::require_enterprise_write(std::string_view target_uscc,
                                           std::string_view region_code) const {
  return require_enterprise_read(target_uscc, region_code);
}

Status Principal::require_area(std::string_view wanted) const {
  if (role == Role::area_officer && area != wanted) {
    return fail(ErrorCode::forbidden, "超出本账号的领域 (outside this account's area)");
  }
  return {};
}

audit::Actor Principal::actor() const {
  return {name, kind == Kind::user ? "user" : "api_key", std::string(to_string(role)), region};
}

}  // namespace xj::auth

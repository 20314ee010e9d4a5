#include "auth/user.h"

#include "audit/audit_log.h"
#include "auth/password.h"
#include "auth/user_repo.h"
#include "auth/wall_clock.h"
#include "core/region_code.h"
#include "core/uscc.h"

namespace xj::auth {
namespace {

constexpr std::size_t kMinPasswordLength = 8;

}  // namespace

Result<User> create_user(store::Database& db, const NewUser& request, const audit::Actor& by,
                         std::int64_t now) {
  std::vector<ErrorDetail> problems;
  User user;
  user.username = request.username;
  if (user.username.empty() || user.username.size() > 64) {
    problems.push_back({"username", "missing_field", "用户名必填，且不超过64个字符 (username required, at most 64 characters)"});
  }
  if (request.password.size() < kMinPasswordLength) {
    problems.push_back({"password", "too_short", "密码至少8个字符 (password needs at least 8 characters)"});
  }
  auto role = parse_role(request.role);
  if (!role) {
    problems.push_back({"role", "invalid_enum", "未知角色 (unknown role): " + request.role});
  } else {
    user.role = *role;
  }
  if (request.region) {
    if (!core::is_region_prefix(*request.region)) {
      problems.push_back({"region", "invalid_region", "区划代码前缀应为2、4或6位数字 (region must be a 2-, 4- or 6-digit division code prefix)"});
    } else {
      user.region = *request.region;
    }
  }
  if (role == Role::area_officer) {
    if (request.area != "food_production" && request.area != "special_equipment") {
      problems.push_back({"area", "invalid_enum", "领域人员须指定领域 food_production 或 special_equipment (area_officer needs --area food_production|special_equipment)"});
    } else {
      user.area = request.area;
    }
  }
  if (role == Role::enterprise) {
    auto uscc = core::Uscc::parse(request.uscc.value_or(""));
    if (!uscc) {
      problems.push_back({"uscc", "invalid_uscc", "企业用户须指定有效的统一社会信用代码 (enterprise users need a valid --uscc)"});
    } else {
      user.uscc = uscc->str();
    }
  }
  if (!problems.empty()) {
    std::string message = problems.front().message;
    return fail(ErrorCode::validation_failed, std::move(message), std::move(problems));
  }
  XJ_TRY(std::string hash, hash_password(request.password));
  XJ_CHECK(db.write([&](store::Session& s) -> Status {
    XJ_TRY(user.id, insert_user(s, user, hash));
    audit::Entry e;
    e.at = audit::format_utc(now);
    e.actor = by;
    e.action = "user.create";
    e.target_uscc = user.uscc.value_or("");
    e.target_id = "user:" + user.username;
    e.digest = audit::change_digest(
        "", user.username + " " + std::string(to_string(user.role)) + " " + user.region);
    XJ_CHECK(audit::append(s, std::move(e)));
    return {};
  }));
  return user;
}

Result<User> create_user(store::Database& db, const NewUser& request) {
  return create_user(db, request, audit::cli_actor(), system_wall_clock()());
}

}  // namespace xj::auth

#include "auth/user_repo.h"

namespace xj::auth {

Result<std::int64_t> insert_user(store::Session& s, const User& user, std::string_view password_hash) {
  static constexpr std::string_view kInsert =
      "INSERT INTO users (username, password_hash, role, region, area, uscc, disabled, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, 0, CURRENT_TIMESTAMP) RETURNING id";
  auto rows = s.query(kInsert, {user.username, std::string(password_hash),
                                std::string(to_string(user.role)), user.region,
                                store::null_or(user.area), store::null_or(user.uscc)});
  if (!rows) {
    if (rows.error().code == ErrorCode::conflict) {
      return fail(ErrorCode::conflict, "用户名已存在 (username already exists)",
                 {ErrorDetail{"username", "duplicate", "用户名已存在 (username already exists)"}});
    }
    return fail(rows.error());
  }
  return rows->rows.at(0).integer(0);
}

}  // namespace xj::auth

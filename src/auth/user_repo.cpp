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

User user_from_row(const store::Row& row, std::size_t first) {
  User u;
  u.id = row.integer(first);
  u.username = row.text(first + 1);
  u.role = parse_role(row.text(first + 2)).value_or(Role::viewer);
  u.region = row.opt_text(first + 3).value_or("43");
  u.area = row.opt_text(first + 4);
  u.uscc = row.opt_text(first + 5);
  return u;
}

Result<std::optional<StoredUser>> find_user(store::Session& s, std::string_view username) {
  XJ_TRY(store::Rows rows,
         s.query("SELECT id, username, role, region, area, uscc, password_hash, disabled "
                 "FROM users WHERE username = ?",
                 {std::string(username)}));
  if (rows.empty()) return std::optional<StoredUser>{};
  return std::optional<StoredUser>{
      StoredUser{user_from_row(rows[0], 0), rows[0].text(6), rows[0].integer(7) != 0}};
}

}  // namespace xj::auth

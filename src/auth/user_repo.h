// SQL for the users table (store/schema.cpp creates it).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "auth/user.h"
#include "store/database.h"

namespace xj::auth {

// Inserts a user; returns its id. conflict when the username exists.
Result<std::int64_t> insert_user(store::Session& s, const User& user, std::string_view password_hash);

// A user row as login needs it.
struct StoredUser {
  User user;
  std::string password_hash;
  bool disabled = false;
};

// The user of that name, or nullopt. Errors: internal.
Result<std::optional<StoredUser>> find_user(store::Session& s, std::string_view username);

// Builds a User from the columns "id, username, role, region, area, uscc" starting at `first`.
User user_from_row(const store::Row& row, std::size_t first);

}  // namespace xj::auth

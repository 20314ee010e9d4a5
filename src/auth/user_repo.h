// SQL for the users table (store/schema.cpp creates it).
#pragma once

#include <string_view>

#include "auth/user.h"
#include "store/database.h"

namespace xj::auth {

// Inserts a user; returns its id. conflict when the username exists.
Result<std::int64_t> insert_user(store::Session& s, const User& user, std::string_view password_hash);

}  // namespace xj::auth

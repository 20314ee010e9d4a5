// Users of the console and the API, and how they are created.
//
// A user has one role and a region scope (a division-code prefix: "43" the province, "4301"
// Changsha, "430102" one district); an area_officer also has an area, an enterprise user its USCC.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "audit/entry.h"
#include "auth/role.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::auth {

struct User {
  std::int64_t id = 0;
  std::string username;
  Role role = Role::viewer;
  std::string region = "43";
  std::optional<std::string> area;  // food_production | special_equipment (area_officer)
  std::optional<std::string> uscc;  // enterprise users
};

struct NewUser {
  std::string username;
  std::string password;
  std::string role;
  std::optional<std::string> region;
  std::optional<std::string> area;
  std::optional<std::string> uscc;
};

// Validates and stores a new user with an Argon2id password hash, and appends "user.create" by
// `by` at `now` (Unix seconds) to the audit log in the same transaction.
// Errors: validation_failed (with a detail per bad field), conflict (username taken), internal.
Result<User> create_user(store::Database& db, const NewUser& request, const audit::Actor& by,
                         std::int64_t now);

// The command line's create_user: actor audit::cli_actor(), the system clock.
Result<User> create_user(store::Database& db, const NewUser& request);

}  // namespace xj::auth

#include <iostream>

#include "auth/user.h"
#include "cli/commands.h"
#include "cli/context.h"

namespace xj::cli {
namespace {

// The error and each of its field details, one per line.
std::string describe(const Error& e) {
  std::string out = e.message;
  for (const auto& d : e.details) out += "\n  " + d.field + ": " + d.code + " — " + d.message;
  return out;
}

}  // namespace

void add_user_command(CLI::App& app, Settings& settings) {
  auto* user = app.add_subcommand("user", "用户管理 (users)");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "创建用户 (create a user)");
  auto request = std::make_shared<auth::NewUser>();
  auto from_stdin = std::make_shared<bool>(false);
  add->add_option("--username", request->username, "用户名")->required();
  auto* password = add->add_option("--password", request->password, "密码 (at least 8 characters)");
  add->add_flag("--password-stdin", *from_stdin, "从标准输入读取密码 (read the password from stdin)")
      ->excludes(password);
  add->add_option("--role", request->role,
                  "admin|credit_officer|area_officer|inspector|data_provider|partner|enterprise|viewer")
      ->required();
  add->add_option("--region", request->region, "区划代码前缀 (division-code prefix: 43, 4301, 430102)");
  add->add_option("--area", request->area, "food_production|special_equipment (area_officer)");
  add->add_option("--uscc", request->uscc, "统一社会信用代码 (enterprise users)");
  add->callback([&settings, request, from_stdin] {
    if (*from_stdin) {
      std::getline(std::cin, request->password);
    } else if (request->password.empty()) {
      throw Exit{2, "需要 --password 或 --password-stdin (give --password or --password-stdin)"};
    }
    auto db = or_exit(open_database(settings));
    auto created = auth::create_user(*db, *request);
    db->close();
    if (!created) throw Exit{2, describe(created.error())};
    std::cout << "created user " << created->username << " (id " << created->id << ", role "
              << auth::to_string(created->role) << ", region " << created->region << ")\n";
  });
}

}  // namespace xj::cli

#include <iostream>

#include "audit/entry.h"
#include "auth/api_key.h"
#include "auth/wall_clock.h"
#include "cli/commands.h"
#include "cli/context.h"

namespace xj::cli {

void add_apikey_command(CLI::App& app, Settings& settings) {
  auto* apikey = app.add_subcommand("apikey", "合作系统 API 密钥 (API keys for partner systems)");
  apikey->require_subcommand(1);

  auto* create = apikey->add_subcommand("create", "创建密钥，仅显示一次 (create a key, shown once)");
  auto request = std::make_shared<auth::NewApiKey>();
  create->add_option("--name", request->name, "名称 (name)")->required();
  create->add_option("--role", request->role, "admin|credit_officer|inspector|data_provider|partner|viewer")
      ->required();
  create->add_option("--region", request->region, "区划代码前缀 (division-code prefix), default 43");
  create->callback([&settings, request] {
    auto db = or_exit(open_database(settings));
    auto issued = auth::create_api_key(*db, *request, auth::system_wall_clock()(), audit::cli_actor());
    db->close();
    if (!issued) throw Exit{2, issued.error().message};
    std::cout << issued->secret << "\n";
    std::cerr << "API key " << issued->key.id << " (" << issued->key.name << ", role "
              << auth::to_string(issued->key.role) << ", region " << issued->key.region
              << ") — store it now, it is not shown again\n";
  });

  auto* revoke = apikey->add_subcommand("revoke", "吊销密钥 (revoke a key)");
  auto id = std::make_shared<std::int64_t>(0);
  revoke->add_option("ID", *id, "密钥编号 (key id)")->required();
  revoke->callback([&settings, id] {
    auto db = or_exit(open_database(settings));
    auto done = auth::revoke_api_key(*db, *id, auth::system_wall_clock()(), audit::cli_actor());
    db->close();
    if (!done) throw Exit{2, done.error().message};
    std::cout << "revoked API key " << *id << "\n";
  });

  auto* list = apikey->add_subcommand("list", "列出密钥 (list keys)");
  list->callback([&settings] {
    auto db = or_exit(open_database(settings));
    auto keys = or_exit(auth::list_api_keys(*db));
    db->close();
    for (const auto& k : keys) {
      std::cout << k.id << "\t" << k.name << "\t" << auth::to_string(k.role) << "\t" << k.region
                << "\t" << (k.revoked_at ? "revoked" : "active") << "\n";
    }
  });
}

}  // namespace xj::cli

#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"

namespace xj::cli {

void add_migrate_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand("migrate", "创建或升级数据库结构 (create or migrate the database)");
  cmd->callback([&settings] {
    auto db = or_exit(open_database(settings));
    db->close();
    std::cout << "database is at the current schema: " << settings.db_url << "\n";
  });
}

}  // namespace xj::cli

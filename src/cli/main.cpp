// xinjian — the command-line entry point. main() only wires: shared flags, subcommands, exit codes
// (api.md: 0 success, 1 done but some input rejected, 2 usage or fatal error).
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/config_dir.h"

int main(int argc, char** argv) {
  xj::cli::Settings settings;
  CLI::App app{"信监 Xinjian — 重点领域信用监管平台 (credit supervision for key areas)"};
  app.require_subcommand(1);
  app.fallthrough();  // the shared flags may follow the subcommand: `xinjian serve --db …`
  std::string db_flag;
  std::string config_file;
  app.add_option("--db", db_flag, "数据库 (database): sqlite:PATH or postgresql://…")
      ->envname("XINJIAN_DB");
  app.add_option("--today", settings.today, "业务日期 (business date) YYYY-MM-DD");
  app.add_option("--config", config_file, "配置文件 (configuration file, TOML)");
  // The shared flags are resolved before any subcommand's callback runs.
  app.parse_complete_callback([&] {
    settings.config_dir = xj::core::config_dir();
    if (!config_file.empty()) {
      if (auto s = xj::cli::load_config_file(config_file, settings); !s) {
        throw xj::cli::Exit{2, s.error().message};
      }
    }
    if (!db_flag.empty()) settings.db_url = db_flag;
  });
  xj::cli::add_serve_command(app, settings);
  xj::cli::add_migrate_command(app, settings);
  xj::cli::add_demo_command(app, settings);
  xj::cli::add_user_command(app, settings);
  xj::cli::add_apikey_command(app, settings);
  xj::cli::add_audit_command(app, settings);
  xj::cli::add_import_command(app, settings);
  xj::cli::add_export_command(app, settings);
  xj::cli::add_classify_command(app, settings);
  xj::cli::add_verify_draw_command(app, settings);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  } catch (const xj::cli::Exit& e) {
    if (!e.message.empty()) std::cerr << "xinjian: " << e.message << "\n";
    return e.code;
  }
  return 0;
}

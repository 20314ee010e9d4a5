// The subcommands of `xinjian` (api.md "CLI"). Each add_* registers one subcommand whose
// callback does the work and throws cli::Exit for a non-zero exit code; `settings` holds the
// shared flags and is complete by the time a callback runs.
#pragma once

#include <CLI/App.hpp>

#include "cli/settings.h"

namespace xj::cli {

void add_serve_command(CLI::App& app, Settings& settings);
void add_migrate_command(CLI::App& app, Settings& settings);
void add_demo_command(CLI::App& app, Settings& settings);
void add_user_command(CLI::App& app, Settings& settings);
void add_apikey_command(CLI::App& app, Settings& settings);
void add_audit_command(CLI::App& app, Settings& settings);
void add_import_command(CLI::App& app, Settings& settings);
void add_export_command(CLI::App& app, Settings& settings);
void add_classify_command(CLI::App& app, Settings& settings);
void add_verify_draw_command(CLI::App& app, Settings& settings);

}  // namespace xj::cli

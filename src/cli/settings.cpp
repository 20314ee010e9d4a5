#include "cli/settings.h"

#include <toml++/toml.h>

namespace xj::cli {

Status load_config_file(const std::filesystem::path& file, Settings& settings) {
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return fail(ErrorCode::bad_request,
                "配置文件有误 (bad configuration file) " + file.string() + ":" +
                    std::to_string(e.source().begin.line) + ": " + std::string(e.description()));
  }
  settings.db_url = table["database"]["url"].value_or(settings.db_url);
  settings.db_pool = table["database"]["pool"].value_or(settings.db_pool);
  settings.listen = table["server"]["listen"].value_or(settings.listen);
  settings.io_threads = table["server"]["io_threads"].value_or(settings.io_threads);
  settings.worker_threads = table["server"]["worker_threads"].value_or(settings.worker_threads);
  settings.config_dir = std::filesystem::absolute(file).parent_path();
  return {};
}

}  // namespace xj::cli

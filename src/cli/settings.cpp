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
  settings.session_hours = table["security"]["session_hours"].value_or(settings.session_hours);
  settings.public_rate = table["security"]["public_rate"].value_or(settings.public_rate);
  settings.public_burst = table["security"]["public_burst"].value_or(settings.public_burst);
  if (auto* proxies = table["security"]["trusted_proxies"].as_array()) {
    settings.trusted_proxies.clear();
    for (const auto& p : *proxies) {
      if (auto v = p.value<std::string>()) settings.trusted_proxies.push_back(*v);
    }
  }
  settings.config_dir = std::filesystem::absolute(file).parent_path();
  return {};
}

}  // namespace xj::cli

#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "cli/context.h"
#include "http/api.h"
#include "http/server.h"
#include "http/static_files.h"

namespace xj::cli {
namespace {

// "127.0.0.1:8080" → host, port. Exit 2 on anything else.
http::ServerOptions listen_options(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw Exit{2, "--listen 应为 HOST:PORT (--listen must be HOST:PORT): " + listen};
  }
  http::ServerOptions options;
  options.host = listen.substr(0, colon);
  try {
    int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::out_of_range("port");
    options.port = static_cast<std::uint16_t>(port);
  } catch (const std::exception&) {
    throw Exit{2, "--listen 端口无效 (bad port): " + listen};
  }
  return options;
}

http::SecurityOptions security_options(const Settings& settings) {
  http::SecurityOptions options;
  options.login.session.ttl_seconds = static_cast<std::int64_t>(settings.session_hours * 3600);
  options.public_rate.rate = settings.public_rate;
  options.public_rate.burst = settings.public_burst;
  options.trusted_proxies = settings.trusted_proxies;
  return options;
}

// The browser UI (docs/web.md): --web DIR, or web/dist under the working folder when it holds
// index.html; without either the server answers the API only. A --web folder without index.html
// is a usage error (exit 2).
std::optional<http::StaticFiles> web_files(const std::string& web_dir) {
  constexpr const char* kDefault = "web/dist";
  if (web_dir.empty()) {
    auto found = http::StaticFiles::open(kDefault);
    if (found) return std::move(*found);
    spdlog::info("no {}/index.html: serving the API only", kDefault);
    return std::nullopt;
  }
  return or_exit(http::StaticFiles::open(web_dir));
}

}  // namespace

void add_serve_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand("serve", "提供 API 服务 (serve the API)");
  auto web_dir = std::make_shared<std::string>();
  cmd->add_option("--listen", settings.listen, "HOST:PORT, default 127.0.0.1:8080");
  cmd->add_option("--web", *web_dir, "界面文件目录 (browser UI folder), default web/dist");
  cmd->callback([&settings, web_dir] {
    auto options = listen_options(settings.listen);
    options.io_threads = static_cast<unsigned>(settings.io_threads);
    options.worker_threads = static_cast<unsigned>(settings.worker_threads);
    options.handle_signals = true;
    auto clock = or_exit(business_clock(settings));
    auto legacy = or_exit(legacy_codes(settings));
    const std::optional<http::StaticFiles> web = web_files(*web_dir);
    auto db = or_exit(open_database(settings));

    http::ApiOptions api_options;
    api_options.clock = clock;
    api_options.legacy = std::move(legacy);
    api_options.security = security_options(settings);
    api_options.config_dir = settings.config_dir;
    auto api = or_exit(http::Api::create(*db, std::move(api_options)));
    api->start_background();
    auto server = or_exit(http::Server::start(
        options,
        [&api, &web](http::Request& r) {
          return web && web->handles(r) ? web->serve(r) : api->handle(r);
        },
        [&api](http::Request& r) { return api->try_fast(r); }));
    std::cout << "信监 Xinjian serving at http://" << options.host << ":" << server->port()
              << (clock.is_fixed() ? " (business date " + clock.today().to_string() + ")" : "")
              << std::endl;
    server->run();  // returns after SIGTERM/SIGINT once in-flight requests have finished
    server.reset();
    db->close();
    spdlog::info("stopped");
  });
}

}  // namespace xj::cli

// xinjian verify-draw DRAW.json (api.md "CLI"): recomputes a draw from its internal or public
// record (domain-rules.md §8), prints each check as `ran:` or `skipped:` with its differences,
// then `ok` (exit 0) or the number of differences (exit 1). An unreadable or malformed file is a
// usage error (exit 2). Opens no database.
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "spotcheck/draw_json.h"
#include "spotcheck/verify.h"

namespace xj::cli {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Exit{2, "无法读取文件 (cannot read) " + path};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

void add_verify_draw_command(CLI::App& app, Settings&) {
  auto* cmd =
      app.add_subcommand("verify-draw", "复核双随机抽取记录 (recompute a draw from its record)");
  auto file = std::make_shared<std::string>();
  cmd->add_option("DRAW", *file, "抽取记录 JSON (internal or public draw record)")->required();
  cmd->callback([file] {
    auto parsed = or_exit(spotcheck::parse_draw_record(read_file(*file)));
    const bool internal = std::holds_alternative<spotcheck::DrawRecord>(parsed);
    const auto checks = std::visit([](const auto& r) { return spotcheck::verify_draw(r); }, parsed);
    std::cout << "record: " << (internal ? "internal" : "public") << "\n";
    std::size_t differences = 0;
    for (const auto& c : checks) {
      std::cout << (c.ran ? "ran: " : "skipped: ") << c.name << " — " << c.description << "\n";
      for (const auto& d : c.differences) std::cout << "  difference: " << d << "\n";
      differences += c.differences.size();
    }
    if (differences > 0) {
      std::cout << differences << " difference(s)\n";
      throw Exit{1, ""};
    }
    std::cout << "ok\n";
  });
}

}  // namespace xj::cli

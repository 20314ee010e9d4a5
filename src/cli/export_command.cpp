// xinjian export keylist [--area A] [--format xlsx|csv] [--out FILE] (api.md "CLI"): the key-area
// list in the seed attachment's layout (registry/keylist_export.h), written to FILE or stdout.
// The format defaults to the extension of FILE (.csv → csv), else xlsx. Exit 2 on any error,
// leaving no partial file.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "registry/keylist_export.h"

namespace xj::cli {
namespace {

struct ExportFlags {
  std::string what;
  std::string area;
  std::string format;
  std::string out;
};

void write_output(const std::string& path, const std::string& bytes) {
  if (path.empty()) {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return;
  }
  const std::string partial = path + ".partial";
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Exit{2, "无法写入文件 (cannot write): " + path};
  }
  std::error_code ec;
  std::filesystem::rename(partial, path, ec);
  if (ec) throw Exit{2, "无法写入文件 (cannot write): " + path + ": " + ec.message()};
}

}  // namespace

void add_export_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand("export", "导出重点领域企业清单 (export the key-area list)");
  auto flags = std::make_shared<ExportFlags>();
  cmd->add_option("what", flags->what, "keylist")->required()->check(CLI::IsMember({"keylist"}));
  cmd->add_option("--area", flags->area, "food_production | special_equipment (default: both)");
  cmd->add_option("--format", flags->format, "xlsx | csv");
  cmd->add_option("--out", flags->out, "输出文件 (output file; default stdout)");
  cmd->callback([&settings, flags] {
    std::string format = flags->format;
    if (format.empty()) {
      format = std::filesystem::path(flags->out).extension() == ".csv" ? "csv" : "xlsx";
    }
    const auto parsed = or_exit(registry::parse_export_format(format));
    registry::KeylistFilter filter;
    if (!flags->area.empty()) {
      or_exit(registry::area_name(flags->area));
      filter.area = flags->area;
    }
    auto db = or_exit(open_database(settings));
    std::string bytes;
    Status read = db->read([&](store::Session& s) -> Status {
      XJ_TRY(bytes, registry::export_keylist(s, filter, parsed));
      return {};
    });
    db->close();
    or_exit(read);
    write_output(flags->out, bytes);
  });
}

}  // namespace xj::cli

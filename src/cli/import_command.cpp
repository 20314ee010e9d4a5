// xinjian import KIND FILE [--mode partial|all_or_nothing] [--source DEPT] [--format F]
// [--encoding E] (api.md "CLI"): the same import as POST /api/v1/imports/{kind}; prints the
// summary JSON on stdout. Exit 0 when every row was accepted, 1 when some were rejected (or
// all_or_nothing refused the file), 2 when the file could not be imported at all.
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "collection/importer.h"
#include "http/collection_json.h"

namespace xj::cli {
namespace {

struct ImportFlags {
  std::string kind;
  std::string file;
  std::string mode;
  std::string source = "命令行导入";  // provenance when --source is not given
  std::string format;
  std::string encoding;
};

collection::ImportRequest request_of(const ImportFlags& f) {
  collection::ImportRequest r;
  r.kind = or_exit(collection::parse_import_kind(f.kind));
  r.mode = or_exit(collection::parse_import_mode(f.mode));
  r.format = or_exit(collection::parse_input_format(f.format));
  r.encoding = or_exit(formats::parse_encoding(f.encoding));
  r.source = f.source;
  r.created_by = "cli";
  return r;
}

}  // namespace

void add_import_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand("import", "导入数据文件 (import a CSV, xlsx or JSON Lines file)");
  auto flags = std::make_shared<ImportFlags>();
  cmd->add_option(
         "kind", flags->kind,
         "keylist | enterprises | licences | penalties | inspections | events | inspectors")
      ->required();
  cmd->add_option("file", flags->file, "文件 (file)")->required();
  cmd->add_option("--mode", flags->mode, "partial (default) | all_or_nothing");
  cmd->add_option("--source", flags->source, "提供部门 (providing department)");
  cmd->add_option("--format", flags->format, "csv | xlsx | jsonl (default: detected)");
  cmd->add_option("--encoding", flags->encoding, "CSV: utf-8 | gb18030 (default: detected)");
  cmd->callback([&settings, flags] {
    const collection::ImportRequest request = request_of(*flags);
    auto clock = or_exit(business_clock(settings));
    auto legacy = or_exit(legacy_codes(settings));
    auto db = or_exit(open_database(settings));
    collection::Importer importer(*db, clock, legacy);
    auto summary = importer.run(request, collection::ImportInput::file(flags->file));
    db->close();
    if (!summary) throw Exit{2, summary.error().message};
    std::cout << http::to_json(*summary).dump(2) << std::endl;
    if (summary->rejected > 0) throw Exit{1, ""};
  });
}

}  // namespace xj::cli

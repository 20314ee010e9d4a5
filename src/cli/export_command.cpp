// xinjian export keylist|opendata (api.md "CLI"):
//
//   xinjian export keylist [--area A] [--format xlsx|csv] [--out FILE]
//     The key-area list in the seed attachment's layout (registry/keylist_export.h), written to
//     FILE or stdout. The format defaults to the extension of FILE (.csv → csv), else xlsx.
//
//   xinjian export opendata [--dataset NAME] [--format csv|jsonl] [--out PATH]
//     The open data sets (formats.md "Open data sets") as the disclosure rules show them on the
//     business date (--today): csv (UTF-8 with BOM, Chinese header) or jsonl (English keys), the
//     same bytes as GET /api/v1/public/opendata/{NAME}.csv|.jsonl (http/opendata_render.h).
//     With --dataset: that one set, to PATH (a file) or stdout. Without: every set, one file
//     NAME.csv (or .jsonl) each, into the directory PATH (default opendata-YYYY-MM-DD, created
//     when missing); prints one line "NAME<TAB>rows<TAB>file" per set. The format defaults to the
//     extension of PATH (.jsonl → jsonl), else csv. All sets are read in one snapshot.
//
// Exit 2 on any error, leaving no partial file (each file is written as FILE.partial, then
// renamed).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/context.h"
#include "disclosure/opendata.h"
#include "disclosure/opendata_repo.h"
#include "http/opendata_render.h"
#include "registry/keylist_export.h"

namespace xj::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kFlushBytes = 1 << 20;

struct ExportFlags {
  std::string what;
  std::string area;
  std::string format;
  std::string out;
  std::string dataset;
};

Exit cannot_write(const std::string& path, const std::string& why = "") {
  return Exit{2, "无法写入文件 (cannot write): " + path + (why.empty() ? "" : ": " + why)};
}

// A file written as PATH.partial and renamed into place by commit(); removed if never committed.
class OutputFile {
 public:
  explicit OutputFile(std::string path) : path_(std::move(path)), partial_(path_ + ".partial") {
    out_.open(partial_, std::ios::binary | std::ios::trunc);
    if (!out_) throw cannot_write(path_);
  }
  ~OutputFile() {
    if (!committed_) {
      out_.close();
      std::error_code ec;
      fs::remove(partial_, ec);
    }
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  bool write(const std::string& bytes) {
    out_.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out_);
  }
  void commit() {
    out_.close();
    if (!out_) throw cannot_write(path_);
    std::error_code ec;
    fs::rename(partial_, path_, ec);
    if (ec) throw cannot_write(path_, ec.message());
    committed_ = true;
  }

 private:
  std::string path_;
  std::string partial_;
  std::ofstream out_;
  bool committed_ = false;
};

void write_output(const std::string& path, const std::string& bytes) {
  if (path.empty()) {
    std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::cout.flush();
    return;
  }
  OutputFile file(path);
  if (!file.write(bytes)) throw cannot_write(path);
  file.commit();
}

void export_keylist(const ExportFlags& flags, const Settings& settings) {
  std::string format = flags.format;
  if (format.empty()) format = fs::path(flags.out).extension() == ".csv" ? "csv" : "xlsx";
  const auto parsed = or_exit(registry::parse_export_format(format));
  registry::KeylistFilter filter;
  if (!flags.area.empty()) {
    or_exit(registry::area_name(flags.area));
    filter.area = flags.area;
  }
  auto db = or_exit(open_database(settings));
  std::string bytes;
  Status read = db->read([&](store::Session& s) -> Status {
    XJ_TRY(bytes, registry::export_keylist(s, filter, parsed));
    return {};
  });
  db->close();
  or_exit(read);
  write_output(flags.out, bytes);
}

http::OpenDataFormat opendata_format_of(const ExportFlags& flags) {
  std::string format = flags.format;
  if (format.empty()) format = fs::path(flags.out).extension() == ".jsonl" ? "jsonl" : "csv";
  const auto parsed = http::opendata_format(format);
  if (!parsed) throw Exit{2, "开放数据格式应为 csv 或 jsonl (--format must be csv or jsonl)"};
  return *parsed;
}

// Streams one set through `sink` (flushed every kFlushBytes); returns the number of rows.
Result<std::int64_t> stream_set(store::Session& session, const disclosure::DatasetInfo& set,
                                core::Date today, http::OpenDataFormat format,
                                const std::function<bool(const std::string&)>& sink) {
  std::string buffer = http::opendata_header(set, format);
  std::int64_t rows = 0;
  bool ok = true;
  XJ_CHECK(
      disclosure::each_public_row(session, set, today, {}, [&](const disclosure::OpenDataRow& row) {
        http::append_opendata_row(buffer, set, row, format);
        ++rows;
        if (buffer.size() >= kFlushBytes) {
          ok = sink(buffer);
          buffer.clear();
        }
        return ok;
      }));
  if (ok) ok = sink(buffer);
  if (!ok)
    return fail(ErrorCode::internal,
                std::string("写入失败 (write failed): ") + std::string(set.name));
  return rows;
}

void export_opendata(const ExportFlags& flags, const Settings& settings) {
  if (!flags.area.empty())
    throw Exit{2, "--area 仅适用于 keylist (--area applies to keylist only)"};
  const http::OpenDataFormat format = opendata_format_of(flags);
  const core::Date today = or_exit(business_clock(settings)).today();
  std::vector<const disclosure::DatasetInfo*> sets;
  if (!flags.dataset.empty()) {
    const auto* set = disclosure::find_dataset(flags.dataset);
    if (!set) throw Exit{2, "没有这个开放数据集 (no such open data set): " + flags.dataset};
    sets.push_back(set);
  } else {
    for (const auto& set : disclosure::open_datasets()) sets.push_back(&set);
  }
  const bool one_file = !flags.dataset.empty();
  const fs::path dir =
      flags.out.empty() ? fs::path("opendata-" + today.to_string()) : fs::path(flags.out);
  if (!one_file) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
      throw Exit{2, "--out 应为目录 (--out must be a directory): " + dir.string()};
    }
  }
  auto db = or_exit(open_database(settings));
  std::vector<std::unique_ptr<OutputFile>> files;
  std::vector<std::pair<std::string, std::int64_t>> written;
  Status read = db->read([&](store::Session& s) -> Status {
    for (const auto* set : sets) {
      std::function<bool(const std::string&)> sink;
      std::string path;
      if (one_file && flags.out.empty()) {
        sink = [](const std::string& bytes) {
          std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
          return static_cast<bool>(std::cout);
        };
      } else {
        path =
            one_file
                ? flags.out
                : (dir / (std::string(set->name) + "." + std::string(http::extension_of(format))))
                      .string();
        files.push_back(std::make_unique<OutputFile>(path));
        sink = [file = files.back().get()](const std::string& bytes) { return file->write(bytes); };
      }
      XJ_TRY(std::int64_t rows, stream_set(s, *set, today, format, sink));
      written.emplace_back(path, rows);
    }
    return {};
  });
  db->close();
  or_exit(read);
  for (auto& file : files) file->commit();
  std::cout.flush();
  if (one_file) return;
  for (std::size_t i = 0; i < sets.size(); ++i) {
    std::cout << sets[i]->name << '\t' << written[i].second << '\t' << written[i].first << '\n';
  }
}

}  // namespace

void add_export_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand(
      "export", "导出重点领域企业清单或开放数据 (export the key-area list or the open data sets)");
  auto flags = std::make_shared<ExportFlags>();
  cmd->add_option("what", flags->what, "keylist | opendata")
      ->required()
      ->check(CLI::IsMember({"keylist", "opendata"}));
  cmd->add_option("--area", flags->area,
                  "keylist: food_production | special_equipment (default: both)");
  cmd->add_option("--format", flags->format, "keylist: xlsx | csv; opendata: csv | jsonl");
  cmd->add_option("--out", flags->out,
                  "keylist: output file (default stdout); opendata: directory, or the file of "
                  "--dataset");
  cmd->add_option("--dataset", flags->dataset, "opendata: one set (keylist, licences, …)");
  cmd->callback([&settings, flags] {
    if (flags->what == "keylist") {
      if (!flags->dataset.empty()) throw Exit{2, "--dataset 仅适用于 opendata (opendata only)"};
      export_keylist(*flags, settings);
    } else {
      export_opendata(*flags, settings);
    }
  });
}

}  // namespace xj::cli

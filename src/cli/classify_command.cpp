// xinjian classify [--model M]… (api.md "CLI"): re-scores every enterprise with one or all risk
// models (domain-rules.md §7) as a full run, synchronously, on the business date (--today), and
// prints the run as one JSON line:
//   {"run_id":7,"status":"done","models":["general",…],"enterprises":N,"changed":N,"seconds":S}
// xinjian classify --uscc CODE… re-scores only those enterprises, one at a time, the way the
// outbox consumer does (incremental, every model), and prints the timings:
//   {"enterprises":N,"median_ms":M,"max_ms":X}
// The models are read from the configuration folder's models/ (config/models/*.toml).
// Exit codes: 0 done; 1 done, but a model file was refused (named with its line on stderr; the
// good models ran); 2 usage or fatal error (an unknown --model, no usable model, a failed run —
// the run's finished ranges stay written and the run is marked failed).
#include <algorithm>
#include <chrono>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/context.h"
#include "core/text.h"
#include "risk/assessment_json.h"
#include "risk/engine.h"

namespace xj::cli {
namespace {

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (const auto& i : items) out += (out.size() > 1 ? "," : "") + core::json_string(i);
  return out + "]";
}

// Re-scores each enterprise on its own (one transaction each) and reports the timings.
std::string rescore_each(risk::Engine& engine, const std::vector<std::string>& usccs) {
  std::vector<double> ms;
  for (const auto& uscc : usccs) {
    const auto started = std::chrono::steady_clock::now();
    if (auto s = engine.rescore({uscc}); !s) throw Exit{2, s.error().message};
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
  }
  std::sort(ms.begin(), ms.end());
  std::ostringstream out;
  out << "{\"enterprises\":" << ms.size() << ",\"median_ms\":" << ms[ms.size() / 2]
      << ",\"max_ms\":" << ms.back() << "}";
  return out.str();
}

}  // namespace

void add_classify_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand(
      "classify", "信用风险分类：全量重新评分 (re-score every enterprise with the risk models)");
  auto models = std::make_shared<std::vector<std::string>>();
  auto usccs = std::make_shared<std::vector<std::string>>();
  cmd->add_option("--model", *models, "只运行该模型 (only this model; repeatable), default all");
  cmd->add_option("--uscc", *usccs,
                  "只重新评分该企业 (re-score only this enterprise, incrementally; repeatable)");
  cmd->callback([&settings, models, usccs] {
    auto db = or_exit(open_database(settings));
    auto clock = or_exit(business_clock(settings));
    auto engine = std::make_shared<risk::Engine>(*db, clock, settings.config_dir / "models");
    const auto refused = engine->load();
    for (const auto& e : refused) std::cerr << "模型文件有误 (model file refused): " << e.text() << "\n";
    if (engine->models()->models.empty()) {
      throw Exit{2, "没有可用的风险分类模型 (no usable risk model in " +
                        (settings.config_dir / "models").string() + ")"};
    }
    if (!usccs->empty()) {
      std::cout << rescore_each(*engine, *usccs) << "\n";
      engine.reset();
      db->close();
      if (!refused.empty()) throw Exit{1, ""};
      return;
    }
    const auto started = std::chrono::steady_clock::now();
    auto run = engine->run_now(*models, "cli");
    if (!run) throw Exit{2, run.error().message};
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "{\"run_id\":" << run->id << ",\"status\":" << core::json_string(run->status)
              << ",\"models\":" << json_list(run->models) << ",\"enterprises\":" << run->done
              << ",\"changed\":" << run->changed << ",\"seconds\":" << seconds << "}\n";
    engine.reset();
    db->close();
    if (!refused.empty()) throw Exit{1, ""};
  });
}

}  // namespace xj::cli

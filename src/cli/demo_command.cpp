#include <iostream>

#include "auth/user.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "demo/loader.h"
#include "demo/showcase.h"
#include "risk/engine.h"

namespace xj::cli {
namespace {

// The demo logins `make run` prints. Demo only: a real deployment creates its users with
// `xinjian user add`.
constexpr const char* kDemoPassword = "Xinjian@2026";

struct DemoLogin {
  const char* username;
  const char* role;
  const char* region;
  const char* area;
  const char* what;
  bool showcase_enterprise = false;  // bound to showcase enterprise 0 (an enterprise account)
};

constexpr DemoLogin kDemoLogins[] = {
    {"admin", "admin", "43", nullptr, "系统管理员 (administrator, province)"},
    {"credit", "credit_officer", "43", nullptr, "省局信用监管处 (provincial credit officer)"},
    {"changsha", "credit_officer", "4301", nullptr, "长沙市局信用监管 (Changsha credit officer)"},
    {"food", "area_officer", "43", "food_production", "食品生产处 (food production officer)"},
    {"provider", "data_provider", "4301", nullptr, "长沙市局数据报送 (Changsha data provider)"},
    {"viewer", "viewer", "43", nullptr, "只读用户 (read-only)"},
    {"partner", "partner", "43", nullptr, "合作伙伴：约束查询与订阅 (partner: constraints, subscriptions)"},
    {"xiangjiang", "enterprise", "43", nullptr,
     "企业账号：长沙湘江食品有限公司 (enterprise account of the showcase food producer)", true},
};

void print_logins() {
  std::cout << "演示账号 (demo logins), password " << kDemoPassword << ":\n";
  for (const auto& l : kDemoLogins) {
    std::cout << "  " << l.username << "\t" << l.role << "\tregion " << l.region << "\t" << l.what
              << "\n";
  }
}

Status create_demo_users(store::Database& db) {
  for (const auto& l : kDemoLogins) {
    auth::NewUser u{l.username, kDemoPassword, l.role, std::string(l.region),
                    l.area ? std::optional<std::string>(l.area) : std::nullopt,
                    l.showcase_enterprise ? std::optional<std::string>(demo::showcase_uscc(0))
                                          : std::nullopt};
    auto created = auth::create_user(db, u);
    // Running the demo twice keeps the users of the first run.
    if (!created && created.error().code != ErrorCode::conflict) return fail(created.error());
  }
  return {};
}

}  // namespace

void add_demo_command(CLI::App& app, Settings& settings) {
  auto* cmd = app.add_subcommand("demo", "生成演示数据 (load the deterministic demo data set)");
  auto options = std::make_shared<demo::DemoOptions>();
  auto logins_only = std::make_shared<bool>(false);
  cmd->add_option("--enterprises", options->enterprises, "企业数 (enterprises), default 10000");
  cmd->add_option("--seed", options->seed, "随机种子 (seed), default 1");
  cmd->add_flag("--logins", *logins_only, "只显示演示账号 (only print the demo logins)");
  cmd->callback([&settings, options, logins_only] {
    if (*logins_only) {
      print_logins();
      return;
    }
    const core::Clock clock = or_exit(business_clock(settings));
    options->today = clock.today();
    options->progress = [](std::uint64_t done, std::uint64_t total) {
      std::cerr << "\rdemo: " << done << " / " << total << " enterprises" << std::flush;
    };
    auto db = or_exit(open_database(settings));
    auto summary = demo::load_demo(*db, *options);
    std::cerr << "\n";
    if (!summary) {
      db->close();
      throw Exit{2, summary.error().message};
    }
    or_exit(create_demo_users(*db));
    // Every enterprise classified (domain-rules.md §7), so that strata, the dashboard and the
    // enterprise filter have classes from the start.
    {
      auto engine = std::make_shared<risk::Engine>(*db, clock, settings.config_dir / "models");
      for (const auto& refused : engine->load()) {
        std::cerr << "demo: model file refused: " << refused.text() << "\n";
      }
      or_exit(engine->run_now({}, "demo"));
    }
    db->close();
    std::cout << "demo data set loaded: " << summary->enterprises << " enterprises, "
              << summary->keylist_entries << " key-area list entries, " << summary->licences
              << " licences, " << summary->penalties << " penalties, " << summary->inspections
              << " inspections, " << summary->events << " events, " << summary->inspectors
              << " inspectors\n";
    print_logins();
  });
}

}  // namespace xj::cli

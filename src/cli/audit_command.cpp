#include <iostream>

#include "audit/audit_log.h"
#include "cli/commands.h"
#include "cli/context.h"

namespace xj::cli {

void add_audit_command(CLI::App& app, Settings& settings) {
  auto* audit = app.add_subcommand("audit", "审计日志 (audit log)");
  audit->require_subcommand(1);
  auto* verify = audit->add_subcommand("verify", "校验审计日志哈希链 (check the audit log's SM3 chain)");
  verify->callback([&settings] {
    auto db = or_exit(open_database(settings));
    auto result = or_exit(audit::verify(*db));
    db->close();
    if (result.broken_at) {
      std::cout << "broken at entry " << *result.broken_at << ": " << result.reason << " ("
                << result.checked << " entries before it match)\n";
      throw Exit{1, "审计日志被篡改 (audit log tampered): first bad entry " +
                        std::to_string(*result.broken_at)};
    }
    std::cout << "ok: " << result.checked << " entries, chain intact\n";
  });
}

}  // namespace xj::cli

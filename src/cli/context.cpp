#include "cli/context.h"

#include <spdlog/spdlog.h>

#include "core/config_dir.h"
#include "core/date.h"
#include "store/migrations.h"

namespace xj::cli {

Result<std::unique_ptr<store::Database>> open_database(const Settings& settings) {
  store::Options options;
  options.reader_pool = settings.db_pool;
  XJ_TRY(auto db, store::open(settings.db_url, options));
  XJ_TRY(int applied, store::migrate(*db));
  if (applied > 0) spdlog::info("applied {} migration(s) to {}", applied, settings.db_url);
  return db;
}

Result<core::Clock> business_clock(const Settings& settings) {
  if (!settings.today) return core::Clock::real();
  auto day = core::parse_date(*settings.today, "today");
  if (!day) {
    return fail(ErrorCode::bad_request,
                "--today 应为 YYYY-MM-DD (--today must be a date YYYY-MM-DD): " + *settings.today);
  }
  return core::Clock::fixed(*day);
}

Result<core::LegacyCodes> legacy_codes(const Settings& settings) {
  return core::LegacyCodes::load(settings.config_dir / "uscc-legacy.txt");
}

}  // namespace xj::cli

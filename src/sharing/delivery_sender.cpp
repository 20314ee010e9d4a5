#include "sharing/delivery_sender.h"

#include <set>

#include "sharing/backoff.h"
#include "sharing/delivery_repo.h"
#include "sharing/signature.h"
#include "sharing/timestamps.h"

namespace xj::sharing {
namespace {

// A tick gives way to the other outbox consumers after this long (checked between rounds).
constexpr std::int64_t kTickBudgetMs = 2000;

// One POST of a due delivery, and what to record about it.
Attempt attempt(const DueDelivery& d, const DeliverySettings& settings,
                const Result<HttpPoster>& poster) {
  Attempt a;
  PostOutcome outcome;
  auto url = parse_target_url(d.url);
  if (url) {
    if (auto allowed = require_allowed(*url, settings.allowed_targets); !allowed) {
      outcome.error = allowed.error().message;
    } else if (!poster) {
      outcome.error = poster.error().message;
    } else {
      outcome = poster->post(*url, {{std::string(kSignatureHeader), signature(d.secret, d.body)}},
                             d.body, settings.timeout);
    }
  } else {
    outcome.error = url.error().message;
  }
  a.at_ms = unix_ms_now();
  a.http_status = outcome.status;
  a.delivered = outcome.status && *outcome.status / 100 == 2;
  if (a.delivered) return a;
  a.error = outcome.status ? "HTTP " + std::to_string(*outcome.status) : outcome.error;
  const int failed = d.attempts + 1;
  if (!is_dead(failed, settings.max_attempts)) {
    a.retry_at =
        a.at_ms + backoff_after(failed, settings.backoff_base, settings.backoff_cap).count();
  }
  return a;
}

}  // namespace

DeliverySender::DeliverySender(store::Database& db, DeliverySettings settings)
    : db_(db), settings_(std::move(settings)), poster_(HttpPoster::create(settings_.ca_file)) {}

Status DeliverySender::tick() {
  std::set<std::int64_t> silent;  // subscriptions whose receiver gave no answer this tick
  const std::int64_t started = unix_ms_now();
  while (unix_ms_now() - started < kTickBudgetMs) {
    std::vector<DueDelivery> due;
    XJ_CHECK(db_.read([&](store::Session& s) -> Status {
      XJ_TRY(due, due_deliveries(s, unix_ms_now(), settings_.batch));
      return {};
    }));
    bool progress = false;
    for (const auto& d : due) {
      if (silent.contains(d.subscription_id)) continue;
      const Attempt a = attempt(d, settings_, poster_);
      XJ_CHECK(db_.write([&](store::Session& s) { return record_attempt(s, d.id, a); }));
      progress = progress || a.delivered;
      if (!a.http_status) silent.insert(d.subscription_id);
    }
    if (!progress) return {};
  }
  return {};
}

}  // namespace xj::sharing

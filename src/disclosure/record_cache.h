// The cached public record (architecture.md "Out": serialised once per change, served many
// times): enterprise → the serialised body of its public record as of one business date, with a
// strong ETag.
//
//   PublicRecordCache cache(db);
//   XJ_TRY(auto cached, cache.get(uscc, clock.today(), [&]() -> Result<std::string> { … }));
//   respond(cached->body, cached->etag);
//   cache.invalidate(uscc);   // after a write that changes what the public sees
//
// Freshness:
//   - the key includes the business date, so a penalty whose publicity period lapses at midnight
//     is rebuilt away at 00:00 Asia/Shanghai (the first request of the new day misses);
//   - invalidate(uscc) drops one enterprise at once (write paths call it);
//   - get() also reads the outbox at most once per `outbox_poll` and drops every enterprise an
//     event names, so imports and other writers are reflected without wiring (on PostgreSQL an
//     event committed out of id order by a concurrent writer can be missed by this poll; the
//     writer's own invalidate() covers it).
// A build that raced with an invalidation is returned but not kept. Errors from the build or
// the outbox poll are returned and nothing is cached. Memory: at most `max_entries` records;
// when full, other dates' records go first, then everything.
// Thread-safe: every member may be called concurrently.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/date.h"
#include "core/result.h"
#include "store/database.h"

namespace xj::disclosure {

struct CachedRecord {
  core::Date as_of;
  std::string body;
  std::string etag;  // strong, quoted: "\"5f0c…\""
};

// A strong ETag for a body: a 64-bit FNV-1a fingerprint in hex, quoted. Deterministic across
// processes, so several servers behind one balancer agree.
std::string strong_etag(std::string_view body);

class PublicRecordCache {
 public:
  struct Options {
    std::size_t max_entries = 200'000;
    std::chrono::milliseconds outbox_poll{1000};  // 0: read the outbox on every get()
  };
  using Build = std::function<Result<std::string>()>;

  // `db` must outlive the cache.
  explicit PublicRecordCache(store::Database& db, Options options);
  explicit PublicRecordCache(store::Database& db) : PublicRecordCache(db, Options{}) {}

  // The record of `uscc` as of `today`: cached, or built with `build` and kept.
  Result<std::shared_ptr<const CachedRecord>> get(const std::string& uscc, core::Date today,
                                                  const Build& build);

  // The cached record of `uscc` as of `today` without touching the database: nullptr when it is
  // not cached or when the outbox poll is due (get() then polls). For the server's fast path.
  std::shared_ptr<const CachedRecord> peek(const std::string& uscc, core::Date today);

  // Drops the cached record of one enterprise (every date).
  void invalidate(std::string_view uscc);
  // Drops every cached record.
  void invalidate_all();
  // Changes whenever anything is invalidated: derived caches compare it.
  std::uint64_t generation() const { return generation_.load(); }
  std::size_t size() const;

 private:
  Status poll_outbox();

  store::Database& db_;
  const Options options_;
  std::atomic<std::uint64_t> generation_{0};

  mutable std::shared_mutex mutex_;  // guards entries_
  std::unordered_map<std::string, std::shared_ptr<const CachedRecord>> entries_;

  std::mutex poll_mutex_;  // guards the two below; try_lock: one thread polls, others go on
  std::optional<std::int64_t> outbox_seen_;  // the last event id applied; empty before the first
  std::chrono::steady_clock::time_point next_poll_{};
};

}  // namespace xj::disclosure

#include "disclosure/record_cache.h"

#include <cstdio>

#include "disclosure/outbox_repo.h"

namespace xj::disclosure {
namespace {

// Events read per poll; a larger backlog is worked off over the next polls.
constexpr std::int64_t kPollBatch = 10'000;

}  // namespace

std::string strong_etag(std::string_view body) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a 64 offset basis
  for (unsigned char c : body) {
    hash ^= c;
    hash *= 1099511628211ull;  // FNV prime
  }
  char hex[19];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string("\"") + hex + "\"";
}

PublicRecordCache::PublicRecordCache(store::Database& db, Options options)
    : db_(db), options_(options) {}

Result<std::shared_ptr<const CachedRecord>> PublicRecordCache::get(const std::string& uscc,
                                                                   core::Date today,
                                                                   const Build& build) {
  XJ_CHECK(poll_outbox());
  {
    std::shared_lock lock(mutex_);
    auto it = entries_.find(uscc);
    if (it != entries_.end() && it->second->as_of == today) return it->second;
  }
  const std::uint64_t generation = generation_.load();
  XJ_TRY(std::string body, build());
  std::string etag = strong_etag(body);
  auto record =
      std::make_shared<const CachedRecord>(CachedRecord{today, std::move(body), std::move(etag)});
  std::unique_lock lock(mutex_);
  // Keep it only if nothing was invalidated while it was built (it may predate that write).
  if (generation_.load() != generation) return record;
  if (entries_.size() >= options_.max_entries && !entries_.contains(uscc)) {
    std::erase_if(entries_, [&](const auto& e) { return e.second->as_of != today; });
    if (entries_.size() >= options_.max_entries) entries_.clear();
  }
  entries_[uscc] = record;
  return record;
}

std::shared_ptr<const CachedRecord> PublicRecordCache::peek(const std::string& uscc,
                                                            core::Date today) {
  {
    std::unique_lock poll(poll_mutex_, std::try_to_lock);
    // A thread polling right now is as good as a poll not due (get() goes on in both cases).
    if (poll.owns_lock() && (!outbox_seen_ || std::chrono::steady_clock::now() >= next_poll_)) {
      return nullptr;
    }
  }
  std::shared_lock lock(mutex_);
  auto it = entries_.find(uscc);
  if (it != entries_.end() && it->second->as_of == today) return it->second;
  return nullptr;
}

void PublicRecordCache::invalidate(std::string_view uscc) {
  std::unique_lock lock(mutex_);
  ++generation_;
  entries_.erase(std::string(uscc));
}

void PublicRecordCache::invalidate_all() {
  std::unique_lock lock(mutex_);
  ++generation_;
  entries_.clear();
}

std::size_t PublicRecordCache::size() const {
  std::shared_lock lock(mutex_);
  return entries_.size();
}

Status PublicRecordCache::poll_outbox() {
  std::unique_lock poll(poll_mutex_, std::try_to_lock);
  if (!poll.owns_lock()) return {};  // another thread is polling right now
  const auto now = std::chrono::steady_clock::now();
  if (outbox_seen_ && now < next_poll_) return {};
  OutboxChanges changes;
  XJ_CHECK(db_.read([&](store::Session& session) -> Status {
    if (!outbox_seen_) {
      // First poll: nothing is cached yet, so only the position matters.
      XJ_TRY(changes.last_id, outbox_head(session));
      return {};
    }
    XJ_TRY(changes, outbox_changes_since(session, *outbox_seen_, kPollBatch));
    return {};
  }));
  for (const auto& uscc : changes.usccs) invalidate(uscc);
  outbox_seen_ = changes.last_id;
  next_poll_ = now + options_.outbox_poll;
  return {};
}

}  // namespace xj::disclosure

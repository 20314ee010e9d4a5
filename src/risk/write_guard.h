// WriteGuard: keeps a full run from overwriting a fresher incremental re-score. A full run reads
// a range at one moment and writes it later; an enterprise re-scored incrementally in between
// must keep that newer result. Both kinds of writer take the guard's mutex around their write
// transaction; incremental writes stamp the USCC with a new epoch, and a full-run range skips
// every USCC stamped after the epoch at which it was read.
//
//   auto epoch = guard.epoch();               // before reading a range
//   std::lock_guard lock(guard.mutex());      // around the write transaction
//   if (guard.rescored_since(uscc, epoch)) skip;
//
// Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace xj::risk {

class WriteGuard {
 public:
  std::mutex& mutex() { return mu_; }
  std::int64_t epoch() {
    std::lock_guard lock(stamps_mu_);
    return epoch_;
  }
  // REQUIRES: mutex() held (an incremental write just committed). Only while a run is active.
  void stamp(const std::string& uscc) {
    std::lock_guard lock(stamps_mu_);
    if (runs_ > 0) stamps_[uscc] = ++epoch_;
  }
  bool rescored_since(const std::string& uscc, std::int64_t epoch) {
    std::lock_guard lock(stamps_mu_);
    auto it = stamps_.find(uscc);
    return it != stamps_.end() && it->second > epoch;
  }
  // Around a full run; the stamps are dropped when the last run ends.
  void run_started() {
    std::lock_guard lock(stamps_mu_);
    ++runs_;
  }
  void run_ended() {
    std::lock_guard lock(stamps_mu_);
    if (--runs_ == 0) stamps_.clear();
  }

 private:
  std::mutex mu_;          // held around every risk write transaction
  std::mutex stamps_mu_;   // guards epoch_, runs_ and stamps_
  std::int64_t epoch_ = 0;
  int runs_ = 0;
  std::unordered_map<std::string, std::int64_t> stamps_;
};

}  // namespace xj::risk

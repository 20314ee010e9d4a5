#include "collection/import_progress.h"

namespace xj::collection {

void ImportProgress::update(std::int64_t import_id, ProgressCounts counts) {
  std::lock_guard lock(mu_);
  running_[import_id] = counts;
}

void ImportProgress::finish(std::int64_t import_id) {
  std::lock_guard lock(mu_);
  running_.erase(import_id);
}

std::optional<ProgressCounts> ImportProgress::of(std::int64_t import_id) const {
  std::lock_guard lock(mu_);
  auto it = running_.find(import_id);
  if (it == running_.end()) return std::nullopt;
  return it->second;
}

}  // namespace xj::collection

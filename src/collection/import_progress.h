// ImportProgress: rows read and rejected so far by the imports running in this process, for
// `GET /api/v1/imports/{id}` while a job is `running` (its counts reach the database only with
// its single commit, importer.h).
//
//   auto progress = std::make_shared<ImportProgress>();
//   Importer importer(db, clock, legacy, progress.get());
//   progress->of(id);   // {rows, rejected} while running, nullopt otherwise
//
// Another process's imports are not visible here (their job row says `running`).
// Thread-safe: every member locks mu_.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace xj::collection {

struct ProgressCounts {
  std::int64_t rows = 0;
  std::int64_t rejected = 0;
};

class ImportProgress {
 public:
  void update(std::int64_t import_id, ProgressCounts counts);
  void finish(std::int64_t import_id);
  std::optional<ProgressCounts> of(std::int64_t import_id) const;

 private:
  mutable std::mutex mu_;
  std::map<std::int64_t, ProgressCounts> running_;  // guarded by mu_
};

}  // namespace xj::collection

#include "store/sqlite_statement_cache.h"

#include <algorithm>
#include <cctype>

#include "store/sqlite_error.h"

namespace xj::store {

StatementCache::~StatementCache() {
  for (auto& [sql, entry] : entries_) sqlite3_finalize(entry.stmt);
}

StatementCache::Handle::Handle(Handle&& other) noexcept : stmt_(other.stmt_), entry_(other.entry_) {
  other.stmt_ = nullptr;
}

StatementCache::Handle::~Handle() {
  if (stmt_ == nullptr) return;
  if (entry_ == nullptr) {
    sqlite3_finalize(stmt_);
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  entry_->lent = false;
}

StatementCache::Entry* StatementCache::recent(std::string_view sql) const {
  for (const auto& [text, entry] : recent_) {
    if (text != nullptr && *text == sql) return entry;
  }
  return nullptr;
}

void StatementCache::remember(const std::string& sql, Entry& entry) {
  if (recent_[0].second == &entry) return;
  auto last = recent_.end() - 1;  // dropped, unless `entry` is further down: then that slot
  for (auto it = recent_.begin(); it != recent_.end(); ++it) {
    if (it->second == &entry) last = it;
  }
  std::move_backward(recent_.begin(), last, last + 1);
  recent_[0] = {&sql, &entry};
}

Result<StatementCache::Handle> StatementCache::acquire(std::string_view sql) {
  Entry* entry = recent(sql);
  if (entry == nullptr) {
    auto found = entries_.find(sql);
    if (found != entries_.end()) {
      entry = &found->second;
      remember(found->first, *entry);
    }
  }
  if (entry != nullptr) {
    if (!entry->lent) {
      entry->lent = true;
      return Handle(entry->stmt, entry);
    }
    XJ_TRY(sqlite3_stmt * stmt, prepare(sql, 0));
    return Handle(stmt, nullptr);
  }
  if (entries_.size() >= kCapacity) evict_idle();
  XJ_TRY(sqlite3_stmt * stmt, prepare(sql, SQLITE_PREPARE_PERSISTENT));
  auto added = entries_.emplace(std::string(sql), Entry{stmt, true}).first;
  remember(added->first, added->second);
  return Handle(stmt, &added->second);
}

Result<sqlite3_stmt*> StatementCache::prepare(std::string_view sql, unsigned flags) {
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  const int rc =
      sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), flags, &stmt, &tail);
  if (rc != SQLITE_OK) return fail(sqlite_error(db_, rc, sql));
  const std::string_view rest(tail, sql.data() + sql.size() - tail);
  const bool only_space = std::all_of(rest.begin(), rest.end(), [](char c) {
    return c == ';' || std::isspace(static_cast<unsigned char>(c));
  });
  if (stmt == nullptr || !only_space) {
    sqlite3_finalize(stmt);
    return fail(ErrorCode::internal,
                "sqlite: expected exactly one statement [" + std::string(sql.substr(0, 200)) + "]");
  }
  return stmt;
}

void StatementCache::evict_idle() {
  recent_ = {};
  std::erase_if(entries_, [](auto& item) {
    if (item.second.lent) return false;
    sqlite3_finalize(item.second.stmt);
    return true;
  });
}

}  // namespace xj::store

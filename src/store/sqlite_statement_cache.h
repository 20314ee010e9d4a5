// Prepared statements of one SQLite connection, keyed by SQL text, so hot queries are prepared
// once.
//
// acquire() first compares the text with the few most recently used ones (a bulk load alternates
// between two or three statements: this spares hashing a long SQL text for every row), then looks
// it up by hash. It lends a statement; the handle resets it and clears its bindings when
// destroyed. When the cached statement for that text is already lent (a query run inside another
// query's each() callback) a one-off statement is prepared instead. When the cache is full the
// idle statements are finalized (dynamically built SQL must not grow it without bound). Not
// thread-safe: owned by its connection.
#pragma once

#include <sqlite3.h>

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"

namespace xj::store {

class StatementCache {
 public:
  explicit StatementCache(sqlite3* db) : db_(db) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;
  ~StatementCache();  // finalizes every statement; none may be lent

  struct Entry {
    sqlite3_stmt* stmt = nullptr;
    bool lent = false;
  };

  class Handle {
   public:
    Handle(Handle&& other) noexcept;
    Handle& operator=(Handle&&) = delete;
    ~Handle();
    sqlite3_stmt* get() const { return stmt_; }

   private:
    friend class StatementCache;
    Handle(sqlite3_stmt* stmt, Entry* entry) : stmt_(stmt), entry_(entry) {}
    sqlite3_stmt* stmt_;
    Entry* entry_;  // nullptr for a one-off statement, finalized on destruction
  };

  // Prepares (or reuses) the single statement `sql`; fails on a syntax error or when `sql`
  // holds more than one statement.
  Result<Handle> acquire(std::string_view sql);

 private:
  static constexpr std::size_t kCapacity = 256;

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  Result<sqlite3_stmt*> prepare(std::string_view sql, unsigned flags);
  void evict_idle();
  // The cached entry for `sql` among the recently used ones, or nullptr.
  Entry* recent(std::string_view sql) const;
  void remember(const std::string& sql, Entry& entry);

  sqlite3* db_;
  // Node-based: Entry pointers held by handles stay valid while other entries are added.
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> entries_;
  // Most recent first; the pointers are into entries_ (node-based), cleared with it.
  static constexpr std::size_t kRecent = 4;
  std::array<std::pair<const std::string*, Entry*>, kRecent> recent_{};
};

}  // namespace xj::store

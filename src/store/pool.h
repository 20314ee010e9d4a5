// A bounded pool of connections with blocking checkout.
//
// Connections are opened lazily by the factory, up to `capacity`; acquire() blocks while all
// are lent out. A returned connection is recycle()d and dropped if it is no longer usable, so a
// broken connection is replaced by a fresh one on a later acquire(). close() drops the idle
// connections and makes further acquire() calls fail; connections still lent out are dropped
// when they come back. Thread-safe. The pool must outlive its leases.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.h"
#include "store/connection.h"

namespace xj::store {

class Pool {
 public:
  using Factory = std::function<Result<std::unique_ptr<Connection>>()>;

  Pool(std::size_t capacity, Factory factory);
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;
  ~Pool();

  // A borrowed connection, returned to the pool on destruction.
  class Lease {
   public:
    Lease(Lease&& other) noexcept;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    friend class Pool;
    Lease(Pool* pool, std::unique_ptr<Connection> connection);
    Pool* pool_;
    std::unique_ptr<Connection> connection_;
  };

  // Waits for an idle connection or opens one; fails when the pool is closed or opening fails.
  Result<Lease> acquire();
  void close();

 private:
  void give_back(std::unique_ptr<Connection> connection);

  const std::size_t capacity_;
  const Factory factory_;
  std::mutex mutex_;
  std::condition_variable available_;
  // Guarded by mutex_: the idle connections; how many are open (idle, lent or being opened);
  // whether close() was called.
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;
  bool closed_ = false;
};

}  // namespace xj::store

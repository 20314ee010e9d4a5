#include "store/pool.h"

#include <utility>

namespace xj::store {

Pool::Pool(std::size_t capacity, Factory factory)
    : capacity_(capacity == 0 ? 1 : capacity), factory_(std::move(factory)) {}

Pool::~Pool() { close(); }

Pool::Lease::Lease(Pool* pool, std::unique_ptr<Connection> connection)
    : pool_(pool), connection_(std::move(connection)) {}

Pool::Lease::Lease(Lease&& other) noexcept
    : pool_(other.pool_), connection_(std::move(other.connection_)) {}

Pool::Lease::~Lease() {
  if (connection_) pool_->give_back(std::move(connection_));
}

Result<Pool::Lease> Pool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return closed_ || !idle_.empty() || open_ < capacity_; });
  if (closed_) return fail(ErrorCode::internal, "database is closed");
  if (!idle_.empty()) {
    std::unique_ptr<Connection> connection = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(connection));
  }
  ++open_;  // reserve the slot, then connect without holding the lock
  lock.unlock();
  Result<std::unique_ptr<Connection>> opened = factory_();
  if (!opened) {
    lock.lock();
    --open_;
    available_.notify_one();
    return fail(std::move(opened).error());
  }
  return Lease(this, std::move(*opened));
}

void Pool::give_back(std::unique_ptr<Connection> connection) {
  const bool keep = connection->recycle();
  std::lock_guard lock(mutex_);
  if (keep && !closed_) {
    idle_.push_back(std::move(connection));
  } else {
    connection.reset();
    --open_;
  }
  available_.notify_one();
}

void Pool::close() {
  std::vector<std::unique_ptr<Connection>> dropped;
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    open_ -= idle_.size();
    dropped.swap(idle_);
  }
  available_.notify_all();
}

}  // namespace xj::store

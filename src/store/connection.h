// A pooled connection: a Session that the pool can reset between callbacks.
//
// Implemented by the SQLite and PostgreSQL backends; used only inside store/. Not thread-safe:
// the pool lends a connection to one thread at a time.
#pragma once

#include "store/database.h"

namespace xj::store {

class Connection : public Session {
 public:
  // Commits the transaction; fails when nothing was committed.
  virtual Status commit() = 0;
  // False once the connection can no longer run statements (the server closed it).
  virtual bool usable() const = 0;
  // Ends a transaction a callback left open (it failed, or threw) so the next borrower starts
  // clean; returns usable() afterwards.
  virtual bool recycle() = 0;
};

}  // namespace xj::store

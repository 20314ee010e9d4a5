#include "support/test_server.h"

namespace xj::testing {

Status TestServer::start(http::Handler handler, http::FastHandler fast) {
  http::ServerOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.io_threads = 1;
  o.worker_threads = 2;
  XJ_TRY(server_, http::Server::start(o, std::move(handler), std::move(fast)));
  runner_ = std::thread([this] { server_->run(); });
  return {};
}

void TestServer::stop() {
  if (!server_) return;
  server_->stop();
  runner_.join();
  server_.reset();
}

}  // namespace xj::testing

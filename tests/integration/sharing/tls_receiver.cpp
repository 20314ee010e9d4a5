#include "tls_receiver.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <cstdlib>
#include <fstream>

#include "support/test_db.h"

namespace xj::sharing_test {
namespace {

namespace asio = boost::asio;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;

// Runs one shell command of the certificate set-up; fails the test on a non-zero exit.
void sh(const std::string& command) {
  ASSERT_EQ(std::system((command + " >/dev/null 2>&1").c_str()), 0) << command;
}

// A P-256 CA and a server certificate it signed for `san` (subjectAltName), valid 2 days.
void make_certificates(const std::filesystem::path& dir, const std::string& san) {
  const std::string d = dir.string();
  const std::string key = " -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes";
  sh("openssl req -x509" + key + " -keyout " + d + "/ca.key -out " + d +
     "/ca.pem -days 2 -subj '/CN=Xinjian Test CA'");
  sh("openssl req" + key + " -keyout " + d + "/server.key -out " + d +
     "/server.csr -subj '/CN=127.0.0.1'");
  std::ofstream(dir / "san.cnf") << "subjectAltName = " << san << "\n"
                                    "extendedKeyUsage = serverAuth\n";
  sh("openssl x509 -req -in " + d + "/server.csr -CA " + d + "/ca.pem -CAkey " + d +
     "/ca.key -CAcreateserial -days 2 -extfile " + d + "/san.cnf -out " + d + "/server.pem");
}

}  // namespace

struct TlsReceiver::Server {
  asio::io_context io;
  asio::ssl::context tls{asio::ssl::context::tls_server};
  tcp::acceptor acceptor{io};
};

TlsReceiver::TlsReceiver(const std::string& subject_alt_names)
    : server_(std::make_unique<Server>()) {
  const auto dir = testing::temp_dir();
  make_certificates(dir, subject_alt_names);
  ca_file_ = dir / "ca.pem";
  server_->tls.use_certificate_chain_file((dir / "server.pem").string());
  server_->tls.use_private_key_file((dir / "server.key").string(), asio::ssl::context::pem);
  const tcp::endpoint local(asio::ip::make_address("127.0.0.1"), 0);
  server_->acceptor.open(local.protocol());
  server_->acceptor.bind(local);
  server_->acceptor.listen();
  thread_ = std::thread([this] { serve(); });
}

TlsReceiver::~TlsReceiver() {
  asio::post(server_->io, [this] { server_->acceptor.close(); });
  thread_.join();
}

std::string TlsReceiver::url(const std::string& path, const std::string& host) const {
  return "https://" + host + ":" + std::to_string(server_->acceptor.local_endpoint().port()) + path;
}

std::vector<TlsPost> TlsReceiver::received() const {
  std::lock_guard lock(mutex_);
  return received_;
}

// Accepts until the acceptor is closed; each connection is served to its end on this thread.
void TlsReceiver::serve() {
  std::function<void()> accept = [&] {
    server_->acceptor.async_accept([&](boost::system::error_code ec, tcp::socket socket) {
      if (ec) return;  // closed
      asio::ssl::stream<tcp::socket> stream(std::move(socket), server_->tls);
      if (stream.handshake(asio::ssl::stream_base::server, ec); ec) {
        ++failed_handshakes_;
      } else {
        boost::beast::flat_buffer buffer;
        bhttp::request<bhttp::string_body> req;
        if (bhttp::read(stream, buffer, req, ec); !ec) {
          {
            std::lock_guard lock(mutex_);
            received_.push_back({std::string(req.target()),
                                 std::string(req["X-Xinjian-Signature"]), req.body()});
          }
          bhttp::response<bhttp::string_body> res{bhttp::status::ok, 11};
          res.set(bhttp::field::content_type, "application/json");
          res.set(bhttp::field::connection, "close");
          res.body() = "{}";
          res.prepare_payload();
          bhttp::write(stream, res, ec);
          stream.shutdown(ec);
        }
      }
      accept();
    });
  };
  accept();
  server_->io.run();
}

}  // namespace xj::sharing_test

// A real HTTPS receiver for the sharing suite: a test CA and a server certificate for 127.0.0.1
// / localhost (SAN IP:127.0.0.1, DNS:localhost), made at start with the `openssl` command into a
// temporary folder, and a small Boost.Asio/Beast TLS server on 127.0.0.1 (ephemeral port, one
// thread, one connection at a time) that records every POST and answers 200.
//
//   TlsReceiver tls;                       // ca_file() is the PEM to trust
//   TlsReceiver wrong("DNS:example.org");  // a certificate for another host
//   subscribe(…, {{"url", tls.url("/hook")}, …});
//   tls.received();                        // what arrived, decrypted
//   tls.failed_handshakes();               // connections whose TLS handshake did not complete
#pragma once

#include <atomic>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace xj::sharing_test {

struct TlsPost {
  std::string path;
  std::string signature;
  std::string body;
};

class TlsReceiver {
 public:
  explicit TlsReceiver(const std::string& subject_alt_names = "IP:127.0.0.1, DNS:localhost");
  ~TlsReceiver();
  TlsReceiver(const TlsReceiver&) = delete;
  TlsReceiver& operator=(const TlsReceiver&) = delete;

  // https://127.0.0.1:<port><path>, or with host "localhost".
  std::string url(const std::string& path, const std::string& host = "127.0.0.1") const;
  const std::filesystem::path& ca_file() const { return ca_file_; }
  std::vector<TlsPost> received() const;
  int failed_handshakes() const { return failed_handshakes_; }

 private:
  struct Server;
  void serve();

  std::filesystem::path ca_file_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  mutable std::mutex mutex_;  // guards received_
  std::vector<TlsPost> received_;
  std::atomic<int> failed_handshakes_{0};
};

}  // namespace xj::sharing_test

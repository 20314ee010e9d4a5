// A small blocking HTTP/1.1 client for the server tests (Boost.Beast behind a pimpl, so test
// files stay free of Boost). One connection; requests go out one after another on it. Every
// read and write has a 20 s deadline so a broken server fails the test instead of hanging it.
// Not thread-safe: one client per thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace xj::http::testing {

struct ClientRequest {
  std::string method = "GET";
  std::string target = "/";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  bool chunked = false;  // send the body with chunked transfer coding (no Content-Length)
};

struct ClientResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  bool keep_alive = false;

  std::string header(const std::string& lower_name) const;
};

class TestClient {
 public:
  // Connects to 127.0.0.1:port; throws std::runtime_error on failure.
  explicit TestClient(std::uint16_t port);
  ~TestClient();

  // Sends the request and reads the response. A failed write (the server may close before it
  // read everything) still reads the response. Throws std::runtime_error when no response comes.
  ClientResponse send(const ClientRequest& request);
  ClientResponse get(const std::string& target) { return send({"GET", target, "", {}, false}); }

  // Sends raw bytes (no HTTP framing added).
  void send_raw(const std::string& bytes);
  // Reads a response after send_raw().
  ClientResponse read_response();
  // Waits for the server to close the connection: true on end of stream, false if data arrives.
  bool closed_by_server();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace xj::http::testing

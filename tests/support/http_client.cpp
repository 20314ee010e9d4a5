#include "support/http_client.h"

// Boost 1.74's Asio under GCC 12 in C++20 needs <utility> before its headers.
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <chrono>
#include <stdexcept>
#include <utility>

namespace xj::http::testing {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr std::chrono::seconds kDeadline{20};

std::string str(beast::string_view s) { return std::string(s.data(), s.size()); }

std::string lower(beast::string_view s) {
  std::string out = str(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::string ClientResponse::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

struct TestClient::Impl {
  net::io_context ioc;
  beast::tcp_stream stream{ioc};
  beast::flat_buffer buffer;

  // Runs one asynchronous operation to completion under the deadline.
  template <typename Start>
  beast::error_code run(Start start) {
    beast::error_code result;
    stream.expires_after(kDeadline);
    start([&result](beast::error_code ec, std::size_t) { result = ec; });
    ioc.restart();
    ioc.run();
    return result;
  }
};

TestClient::TestClient(std::uint16_t port) : impl_(std::make_unique<Impl>()) {
  beast::error_code ec;
  impl_->stream.socket().connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port), ec);
  if (ec) throw std::runtime_error("connect: " + ec.message());
}

TestClient::~TestClient() = default;

ClientResponse TestClient::send(const ClientRequest& request) {
  bhttp::request<bhttp::string_body> req;
  req.method_string(request.method);
  req.target(request.target);
  req.version(11);
  req.set(bhttp::field::host, "127.0.0.1");
  for (const auto& [name, value] : request.headers) req.set(name, value);
  req.body() = request.body;
  if (request.chunked) {
    req.chunked(true);
  } else {
    req.prepare_payload();
  }
  // A write error is not fatal: the server may answer (413) and close before reading the body.
  impl_->run([&](auto done) { bhttp::async_write(impl_->stream, req, done); });
  return read_response();
}

void TestClient::send_raw(const std::string& bytes) {
  beast::error_code ec =
      impl_->run([&](auto done) { net::async_write(impl_->stream, net::buffer(bytes), done); });
  if (ec) throw std::runtime_error("write: " + ec.message());
}

ClientResponse TestClient::read_response() {
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  beast::error_code ec =
      impl_->run([&](auto done) { bhttp::async_read(impl_->stream, impl_->buffer, parser, done); });
  if (ec) throw std::runtime_error("read: " + ec.message());
  const auto& msg = parser.get();
  ClientResponse out;
  out.status = static_cast<int>(msg.result_int());
  for (const auto& field : msg) out.headers[lower(field.name_string())] = str(field.value());
  out.body = msg.body();
  out.keep_alive = msg.keep_alive();
  return out;
}

bool TestClient::closed_by_server() {
  char byte;
  std::size_t n = 0;
  beast::error_code ec = impl_->run([&](auto done) {
    impl_->stream.async_read_some(net::buffer(&byte, 1),
                                  [&n, done](beast::error_code e, std::size_t k) {
                                    n = k;
                                    done(e, k);
                                  });
  });
  return n == 0 && (ec == net::error::eof || ec == net::error::connection_reset);
}

}  // namespace xj::http::testing

#include "sharing/http_post.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include "sharing/tls_context.h"

namespace xj::sharing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = asio::ip::tcp;
using Deadline = std::chrono::steady_clock::time_point;

constexpr std::size_t kMaxResponse = 64 * 1024;  // we only need the status line

// Starts one asynchronous operation and runs `io` until it completes: sequential code whose
// every step is bounded by the tcp_stream's expiry (a timeout completes it with an error).
template <typename Start>
beast::error_code run(asio::io_context& io, Start&& start) {
  beast::error_code result = asio::error::would_block;
  start([&](beast::error_code ec, auto&&...) { result = ec; });
  io.restart();
  io.run();
  return result;
}

std::string cause(const beast::error_code& ec) {
  return ec == beast::error::timeout ? std::string("超时 (timed out)") : ec.message();
}

bhttp::request<bhttp::string_body> make_request(
    const TargetUrl& url, const std::vector<std::pair<std::string, std::string>>& headers,
    std::string_view body) {
  bhttp::request<bhttp::string_body> req{bhttp::verb::post, url.target, 11};
  req.set(bhttp::field::host, url.host_header());
  req.set(bhttp::field::user_agent, "xinjian-sharing/1");
  req.set(bhttp::field::content_type, "application/json; charset=utf-8");
  req.set(bhttp::field::connection, "close");
  for (const auto& [name, value] : headers) req.set(name, value);
  req.body() = std::string(body);
  req.prepare_payload();
  return req;
}

// Sends the request on a connected (and, for https, handshaken) stream and reads the answer's
// status; a body that is cut short or too long does not matter once the status line is in.
template <typename Stream>
PostOutcome exchange(asio::io_context& io, Stream& stream,
                     const bhttp::request<bhttp::string_body>& req) {
  PostOutcome out;
  if (auto ec = run(io, [&](auto h) { bhttp::async_write(stream, req, h); })) {
    out.error = "发送失败 (send failed): " + cause(ec);
    return out;
  }
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(kMaxResponse);
  const auto ec = run(io, [&](auto h) { bhttp::async_read(stream, buffer, parser, h); });
  if (parser.is_header_done()) {
    out.status = parser.get().result_int();
  } else if (ec == bhttp::error::end_of_stream) {
    out.error = "无应答 (no response: connection closed)";
  } else if (ec.category() == make_error_code(bhttp::error::bad_version).category()) {
    out.error = "应答无效 (bad response): " + ec.message();
  } else {
    out.error = "无应答 (no response): " + cause(ec);
  }
  return out;
}

// Connects `socket_layer` (a beast::tcp_stream) to the first endpoint that answers.
beast::error_code connect(asio::io_context& io, beast::tcp_stream& socket_layer,
                          const tcp::resolver::results_type& endpoints, Deadline deadline) {
  socket_layer.expires_at(deadline);
  return run(io, [&](auto h) { socket_layer.async_connect(endpoints, h); });
}

}  // namespace

Result<HttpPoster> HttpPoster::create(const std::optional<std::filesystem::path>& ca_file) {
  XJ_TRY(auto tls, make_tls_context(ca_file));
  return HttpPoster(std::move(tls));
}

PostOutcome HttpPoster::post(const TargetUrl& url,
                             const std::vector<std::pair<std::string, std::string>>& headers,
                             std::string_view body, std::chrono::milliseconds timeout) const {
  PostOutcome out;
  const Deadline deadline = std::chrono::steady_clock::now() + timeout;
  asio::io_context io;
  beast::error_code ec;
  tcp::resolver resolver(io);
  const auto endpoints = resolver.resolve(url.resolver_host(), std::to_string(url.port), ec);
  if (ec) {
    out.error = "地址解析失败 (resolve failed): " + ec.message();
    return out;
  }
  const auto req = make_request(url, headers, body);
  if (url.scheme == "http") {
    beast::tcp_stream stream(io);
    if (ec = connect(io, stream, endpoints, deadline); ec) {
      out.error = "连接失败 (connect failed): " + cause(ec);
      return out;
    }
    return exchange(io, stream, req);
  }
  beast::ssl_stream<beast::tcp_stream> stream(io, tls_->ssl);
  if (auto prepared = prepare_peer_check(stream.native_handle(), url.host); !prepared) {
    out.error = prepared.error().message;
    return out;
  }
  if (ec = connect(io, beast::get_lowest_layer(stream), endpoints, deadline); ec) {
    out.error = "连接失败 (connect failed): " + cause(ec);
    return out;
  }
  ec = run(io, [&](auto h) { stream.async_handshake(asio::ssl::stream_base::client, h); });
  if (ec) {
    out.error = ec == beast::error::timeout ? "TLS 握手超时 (TLS handshake timed out)"
                                            : describe_tls_failure(stream.native_handle(), ec);
    return out;
  }
  return exchange(io, stream, req);
}

}  // namespace xj::sharing

#include "http/server.h"

// Boost 1.74's Asio under GCC 12 in C++20 needs <utility> before its headers.
#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <condition_variable>
#include <csignal>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <random>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "http/errors.h"
#include "http/worker_pool.h"

namespace xj::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

constexpr std::string_view kImportsPrefix = "/api/v1/imports/";
// How long a connection whose request body was refused keeps draining input after the answer,
// so that the client reads the answer instead of a reset (the "lingering close").
constexpr std::chrono::seconds kLinger{5};

unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string str(beast::string_view s) { return std::string(s.data(), s.size()); }

bool is_parse_error(const beast::error_code& ec) {
  return ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category();
}

}  // namespace

namespace server_detail {
class Session;
}
using server_detail::Session;

// The state shared by the acceptor, the sessions and the Server facade.
class ServerCore {
 public:
  ServerCore(ServerOptions options, Handler handler, FastHandler fast);

  Status listen();
  void start_threads();
  std::uint16_t port() const { return port_; }

  // Non-blocking, any thread: stop accepting, close idle connections, wake run().
  void request_stop();
  // Blocking; waits for the connections (up to the deadline), then stops the threads. Idempotent.
  void shutdown();
  // Blocks until request_stop() has been called.
  void wait_for_stop_request();

  // For sessions.
  const ServerOptions& options() const { return options_; }
  bool stopping() const { return stopping_.load(); }
  std::string next_request_id();
  bool submit(std::function<void()> task) { return pool_.try_submit(std::move(task)); }
  Response call_handler(Request& req) const;
  std::optional<Response> call_fast(Request& req) const;
  void add_session(const std::shared_ptr<Session>& s);
  void remove_session(Session* s);

 private:
  void accept();
  void on_accept(beast::error_code ec, tcp::socket socket);

  const ServerOptions options_;
  const Handler handler_;
  const FastHandler fast_;
  const std::uint64_t id_seed_;
  std::atomic<std::uint64_t> id_counter_{0};
  std::atomic<bool> stopping_{false};
  std::uint16_t port_ = 0;
  WorkerPool pool_;

  std::mutex mutex_;
  std::condition_variable changed_;
  bool stop_requested_ = false;                          // guarded by mutex_
  std::map<Session*, std::weak_ptr<Session>> sessions_;  // guarded by mutex_
  std::once_flag shutdown_once_;

  // Declared last so it is destroyed first: pending handlers own sessions, whose destructors
  // still use the members above.
  net::io_context ioc_;
  net::executor_work_guard<net::io_context::executor_type> work_;
  tcp::acceptor acceptor_;
  std::optional<net::signal_set> signals_;
  std::vector<std::thread> io_threads_;
};

namespace server_detail {

// One connection: reads requests one after another, runs each on the worker pool, writes the
// answers. All members are used on the connection's strand only.
class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(ServerCore& server, tcp::socket socket) : server_(server), stream_(std::move(socket)) {
    beast::error_code ec;
    auto peer = stream_.socket().remote_endpoint(ec);
    if (!ec) remote_ = peer.address().to_string();
  }
  ~Session() { server_.remove_session(this); }

  void start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Session::read_header, shared_from_this()));
  }

  // On a graceful stop: a connection waiting for its next request is closed now; a busy one
  // closes after writing its response (read_header and respond check stopping()).
  void on_stop() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (self->idle_) self->close();
    });
  }

 private:
  void read_header() {
    if (server_.stopping()) return close();
    idle_ = true;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options().header_limit));
    // The parser checks Content-Length against body_limit while reading the header; the route's
    // own limit is known only after it, so the header read allows the largest.
    limit_ = std::max(server_.options().import_body_limit, server_.options().json_body_limit);
    parser_->body_limit(limit_);
    stream_.expires_after(first_ ? server_.options().read_timeout : server_.options().idle_timeout);
    bhttp::async_read_header(stream_, buffer_, *parser_,
                             beast::bind_front_handler(&Session::on_header, shared_from_this()));
  }

  void on_header(beast::error_code ec, std::size_t) {
    // Closed, reset, timed out or stopped while waiting: nothing to answer.
    if (ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
        (ec && !is_parse_error(ec))) {
      return close();
    }
    idle_ = false;
    first_ = false;
    started_ = std::chrono::steady_clock::now();
    request_id_ = server_.next_request_id();
    keep_alive_ = false;
    // Even a refused header usually has its request line, which the log line shows.
    const auto& head = parser_->get();
    method_ = head.method_string().empty() ? "-" : str(head.method_string());
    std::string target = str(head.target());
    log_path_ = target.empty() ? "-" : target.substr(0, target.find('?'));
    if (ec == bhttp::error::body_limit) {  // Content-Length over even the import limit
      limit_ = limit_for(log_path_);
      return refuse(too_large());
    }
    if (ec == bhttp::error::header_limit) {
      return refuse(
          error_envelope(400, "bad_request", "请求头过大 (request header fields too large)"));
    }
    if (ec) return refuse(malformed());

    version_ = head.version();
    keep_alive_ = head.keep_alive();
    req_ = Request{};
    req_.request_id = request_id_;
    req_.remote_address = remote_;
    req_.method = method_;
    req_.target = std::move(target);
    if (Status s = decode_target(req_); !s) return refuse(error_response(s.error(), request_id_));

    limit_ = limit_for(req_.path);
    if (auto length = parser_->content_length(); length && *length > limit_) {
      return refuse(too_large());
    }
    parser_->body_limit(limit_);
    stream_.expires_after(server_.options().read_timeout);
    if (!parser_->is_done() && lower(str(head[bhttp::field::expect])) == "100-continue") {
      auto cont =
          std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, version_);
      return bhttp::async_write(
          stream_, *cont, [self = shared_from_this(), cont](beast::error_code e, std::size_t) {
            if (e) return self->close();
            self->read_body();
          });
    }
    read_body();
  }

  void read_body() {
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Session::on_body, shared_from_this()));
  }

  void on_body(beast::error_code ec, std::size_t) {
    if (ec == bhttp::error::body_limit) return refuse(too_large());
    if (ec && is_parse_error(ec) && ec != bhttp::error::partial_message) return refuse(malformed());
    if (ec) return close();
    auto message = parser_->release();
    for (const auto& field : message) {
      std::string value = str(field.value());
      auto [it, inserted] = req_.headers.emplace(lower(str(field.name_string())), value);
      if (!inserted) it->second += ", " + value;  // RFC 9110 §5.3: repeated fields join with ", "
    }
    req_.body = std::move(message.body());
    dispatch();
  }

  // Answers on this strand when the fast path does (no thread hand-off); otherwise runs the
  // handler on the worker pool, and its response comes back to this strand.
  void dispatch() {
    if (std::optional<Response> fast = server_.call_fast(req_); fast && !fast->stream) {
      return respond(std::move(*fast), false);
    }
    stream_.expires_never();  // a slow handler is not a slow client
    bool queued = server_.submit([self = shared_from_this(), req = std::move(req_)]() mutable {
      Response res = self->server_.call_handler(req);
      if (res.stream) return self->stream_response(std::move(res));
      net::post(self->stream_.get_executor(),
                [self, res = std::move(res)]() mutable { self->respond(std::move(res), false); });
    });
    if (!queued) {
      Response busy = error_envelope(503, "unavailable",
                                     "服务器繁忙，请稍后重试 (server busy, try again later)");
      busy.set_header("Retry-After", "1");
      respond(std::move(busy), false);
    }
  }

  // api.md "Limits": import bodies may be large, every other body is JSON.
  std::size_t limit_for(std::string_view path) const {
    return path.starts_with(kImportsPrefix) ? server_.options().import_body_limit
                                            : server_.options().json_body_limit;
  }

  Response too_large() const {
    return error_response(Error(ErrorCode::payload_too_large,
                                fmt::format("请求体超过 {} 字节的上限 (request body exceeds the "
                                            "limit of {} bytes)",
                                            limit_, limit_)),
                          request_id_);
  }

  static Response malformed() {
    return error_envelope(400, "bad_request", "无效的 HTTP 请求 (malformed HTTP request)");
  }

  // Answers a request whose body was not (fully) read, then closes the connection.
  void refuse(Response res) { respond(std::move(res), true); }

  void respond(Response res, bool body_unread) {
    bool keep = keep_alive_ && !body_unread && !server_.stopping();
    res_.emplace(static_cast<bhttp::status>(res.status), version_);
    res_->set(bhttp::field::content_type, res.content_type);
    for (const auto& [name, value] : res.headers) res_->set(name, value);
    res_->set("X-Request-Id", request_id_);
    res_->body() = std::move(res.body);
    res_->keep_alive(keep);
    res_->prepare_payload();
    status_ = res.status;
    stream_.expires_after(server_.options().read_timeout);
    bhttp::async_write(
        stream_, *res_,
        [self = shared_from_this(), keep, body_unread](beast::error_code ec, std::size_t) {
          self->on_write(ec, keep, body_unread);
        });
  }

  void on_write(beast::error_code ec, bool keep, bool body_unread) {
    std::chrono::duration<double, std::milli> ms = std::chrono::steady_clock::now() - started_;
    spdlog::info("{} {} {} {:.1f}ms {}", method_, log_path_, status_, ms.count(), request_id_);
    res_.reset();
    head_serializer_.reset();
    head_.reset();
    if (ec) return close();
    if (keep) return read_header();
    if (body_unread) return linger();
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    close();
  }

  // Streaming (Response::stream). Runs on the worker thread that ran the handler: sends the head,
  // runs the producer into a ChunkSink, then the last chunk; the strand does the writes.
  void stream_response(Response res) {
    BodyProducer producer = std::move(res.stream);
    std::promise<bool> head_sent;
    std::future<bool> head = head_sent.get_future();
    net::post(stream_.get_executor(), [self = shared_from_this(), res = std::move(res),
                                       &head_sent]() mutable {
      self->write_head(std::move(res), head_sent);
    });
    if (!head.get()) return;  // the client has gone; the strand closed the connection
    ChunkSink sink(*this);
    Status produced = producer(sink);
    if (produced) produced = sink.flush();
    if (!produced) {
      spdlog::warn("{} {} stream stopped: {}", method_, log_path_, produced.error().message);
      net::post(stream_.get_executor(), [self = shared_from_this()] { self->close(); });
      return;
    }
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      self->stream_.expires_after(self->server_.options().read_timeout);
      net::async_write(self->stream_, bhttp::make_chunk_last(),
                       [self](beast::error_code ec, std::size_t) {
                         self->on_write(ec, self->stream_keep_, false);
                       });
    });
  }

  void write_head(Response res, std::promise<bool>& sent) {
    stream_keep_ = keep_alive_ && !server_.stopping();
    head_.emplace(static_cast<bhttp::status>(res.status), version_);
    head_->set(bhttp::field::content_type, res.content_type);
    for (const auto& [name, value] : res.headers) head_->set(name, value);
    head_->set("X-Request-Id", request_id_);
    head_->keep_alive(stream_keep_);
    head_->chunked(true);
    status_ = res.status;
    head_serializer_.emplace(*head_);
    stream_.expires_after(server_.options().read_timeout);
    bhttp::async_write_header(stream_, *head_serializer_,
                              [self = shared_from_this(), &sent](beast::error_code ec, std::size_t) {
                                if (ec) self->close();
                                sent.set_value(!ec);
                              });
  }

  // Called from the worker; blocks until the strand has written the chunk.
  bool write_chunk(std::shared_ptr<std::string> data) {
    std::promise<bool> written;
    std::future<bool> done = written.get_future();
    net::post(stream_.get_executor(), [self = shared_from_this(), data, &written] {
      self->stream_.expires_after(self->server_.options().read_timeout);
      net::async_write(self->stream_, bhttp::make_chunk(net::buffer(*data)),
                       [self, data, &written](beast::error_code ec, std::size_t) {
                         if (ec) self->close();
                         written.set_value(!ec);
                       });
    });
    return done.get();
  }

  // Gathers the producer's pieces into chunks of about kChunk bytes.
  class ChunkSink : public BodySink {
   public:
    static constexpr std::size_t kChunk = 64 * 1024;
    explicit ChunkSink(Session& session) : session_(session) { buffer_.reserve(kChunk); }
    bool write(std::string_view piece) override {
      if (gone_) return false;
      buffer_.append(piece);
      if (buffer_.size() >= kChunk) send();
      return !gone_;
    }
    Status flush() {
      if (!buffer_.empty() && !gone_) send();
      if (gone_) return fail(ErrorCode::internal, "client closed the connection");
      return {};
    }

   private:
    void send() {
      auto data = std::make_shared<std::string>(std::move(buffer_));
      buffer_ = std::string();
      buffer_.reserve(kChunk);
      gone_ = !session_.write_chunk(std::move(data));
    }
    Session& session_;
    std::string buffer_;
    bool gone_ = false;
  };

  // Half-closes, then discards what the client still sends until it closes or kLinger passes.
  void linger() {
    idle_ = true;
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(kLinger);
    drain();
  }

  void drain() {
    stream_.async_read_some(net::buffer(discard_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t) {
                              if (ec) return self->close();
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  ServerCore& server_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::string remote_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::optional<bhttp::response<bhttp::string_body>> res_;
  std::optional<bhttp::response<bhttp::empty_body>> head_;  // a streamed response's head
  std::optional<bhttp::response_serializer<bhttp::empty_body>> head_serializer_;
  bool stream_keep_ = false;  // keep-alive decided when a streamed head was sent
  Request req_;             // the request being read; moved to the worker when complete
  std::string request_id_;  // of the current request, for X-Request-Id and the log line
  std::string method_;
  std::string log_path_;   // the raw path without the query (which may hold personal data)
  std::size_t limit_ = 0;  // the body limit of the current request
  std::chrono::steady_clock::time_point started_;
  unsigned version_ = 11;
  bool keep_alive_ = false;
  int status_ = 0;
  bool idle_ = true;   // waiting for a request (or lingering): a stop closes the connection now
  bool first_ = true;  // no request yet: read_timeout applies instead of idle_timeout
  std::array<char, 16 * 1024> discard_;
};

}  // namespace server_detail

ServerCore::ServerCore(ServerOptions options, Handler handler, FastHandler fast)
    : options_(std::move(options)),
      handler_(std::move(handler)),
      fast_(std::move(fast)),
      id_seed_((std::uint64_t{std::random_device{}()} << 32) | std::random_device{}()),
      pool_(options_.worker_threads ? options_.worker_threads : 2 * cores(),
            options_.queue_capacity),
      ioc_(static_cast<int>(options_.io_threads ? options_.io_threads : cores())),
      work_(net::make_work_guard(ioc_)),
      acceptor_(net::make_strand(ioc_)) {}

Status ServerCore::listen() {
  beast::error_code ec;
  tcp::resolver resolver(ioc_);
  auto endpoints = resolver.resolve(options_.host, std::to_string(options_.port),
                                    tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || endpoints.empty()) {
    return fail(ErrorCode::bad_request,
                "无法解析监听地址 " + options_.host +
                    " (cannot resolve the listen address): " + ec.message());
  }
  tcp::endpoint endpoint = endpoints.begin()->endpoint();
  acceptor_.open(endpoint.protocol(), ec);
  if (!ec) acceptor_.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor_.bind(endpoint, ec);
  if (!ec) acceptor_.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    return fail(ErrorCode::internal, fmt::format("无法监听 {}:{} (cannot listen): {}",
                                                 options_.host, options_.port, ec.message()));
  }
  port_ = acceptor_.local_endpoint().port();
  if (options_.handle_signals) {
    signals_.emplace(ioc_, SIGINT, SIGTERM);
    signals_->async_wait([this](beast::error_code e, int signal) {
      if (e) return;
      spdlog::info("signal {} received: stopping", signal);
      request_stop();
    });
  }
  accept();
  return {};
}

void ServerCore::start_threads() {
  unsigned n = options_.io_threads ? options_.io_threads : cores();
  for (unsigned i = 0; i < n; ++i) io_threads_.emplace_back([this] { ioc_.run(); });
  spdlog::info("listening on {}:{} ({} io threads)", options_.host, port_, n);
}

void ServerCore::accept() {
  acceptor_.async_accept(net::make_strand(ioc_),
                         beast::bind_front_handler(&ServerCore::on_accept, this));
}

void ServerCore::on_accept(beast::error_code ec, tcp::socket socket) {
  if (stopping() || ec == net::error::operation_aborted) return;
  if (ec) {
    spdlog::warn("accept failed: {}", ec.message());
  } else {
    auto session = std::make_shared<Session>(*this, std::move(socket));
    add_session(session);
    session->start();
  }
  accept();
}

std::string ServerCore::next_request_id() {
  // splitmix64's finaliser is a bijection, so distinct counters give distinct ids.
  std::uint64_t x = id_seed_ + id_counter_.fetch_add(1) * 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  x ^= x >> 31;
  return fmt::format("{:016x}", x);
}

Response ServerCore::call_handler(Request& req) const {
  try {
    return handler_(req);
  } catch (const std::exception& e) {
    return error_response(Error(ErrorCode::internal, std::string("handler threw: ") + e.what()),
                          req.request_id);
  } catch (...) {
    return error_response(Error(ErrorCode::internal, "handler threw a non-exception"),
                          req.request_id);
  }
}

std::optional<Response> ServerCore::call_fast(Request& req) const {
  if (!fast_) return std::nullopt;
  try {
    return fast_(req);
  } catch (...) {
    return std::nullopt;  // the worker runs the full handler, which reports the error
  }
}

void ServerCore::add_session(const std::shared_ptr<Session>& s) {
  std::lock_guard lock(mutex_);
  sessions_.emplace(s.get(), s);
}

void ServerCore::remove_session(Session* s) {
  {
    std::lock_guard lock(mutex_);
    sessions_.erase(s);
  }
  changed_.notify_all();
}

void ServerCore::request_stop() {
  // Set before the snapshot: a session registered after it sees the flag in read_header().
  stopping_ = true;
  std::vector<std::weak_ptr<Session>> open;
  {
    std::lock_guard lock(mutex_);
    if (stop_requested_) return;
    stop_requested_ = true;
    for (const auto& [ptr, weak] : sessions_) open.push_back(weak);
  }
  changed_.notify_all();
  net::post(acceptor_.get_executor(), [this] {
    beast::error_code ignored;
    acceptor_.close(ignored);
  });
  for (const auto& weak : open) {
    if (auto s = weak.lock()) s->on_stop();
  }
}

void ServerCore::wait_for_stop_request() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return stop_requested_; });
}

void ServerCore::shutdown() {
  std::call_once(shutdown_once_, [this] {
    request_stop();
    {
      std::unique_lock lock(mutex_);
      if (!changed_.wait_for(lock, options_.shutdown_timeout,
                             [this] { return sessions_.empty(); })) {
        spdlog::warn("{} connections still open after the shutdown deadline: closing them",
                     sessions_.size());
      }
    }
    work_.reset();
    ioc_.stop();
    for (std::thread& t : io_threads_) t.join();
    pool_.shutdown();
    spdlog::info("server stopped");
  });
}

Server::Server(std::unique_ptr<ServerCore> core) : core_(std::move(core)) {}

Server::~Server() { stop(); }

Result<std::unique_ptr<Server>> Server::start(ServerOptions options, Handler handler,
                                              FastHandler fast) {
  auto core =
      std::make_unique<ServerCore>(std::move(options), std::move(handler), std::move(fast));
  XJ_CHECK(core->listen());
  core->start_threads();
  return std::unique_ptr<Server>(new Server(std::move(core)));
}

std::uint16_t Server::port() const { return core_->port(); }

void Server::run() {
  core_->wait_for_stop_request();
  core_->shutdown();
}

void Server::stop() { core_->shutdown(); }

}  // namespace xj::http

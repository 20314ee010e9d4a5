// The TLS client side of event delivery (docs/sharing.md "HTTPS"): one OpenSSL context, built
// once, that every https attempt shares. TLS 1.2 or newer; the peer must present a certificate
// that chains to the system CA store (OpenSSL's default paths) or to the optional `ca_file` (PEM,
// e.g. a provincial government CA); there is deliberately no way to turn verification off.
//
//   XJ_TRY(auto tls, make_tls_context(settings.ca_file));   // bad_request naming ca_file
//   prepare_peer_check(stream.native_handle(), url.host);   // SNI + host name (or IP) check
//   … handshake fails …  → describe_tls_failure(ssl, ec)    // "证书校验失败 (…): …"
//
// A configured context is safe to share between threads (OpenSSL SSL_CTX).
#pragma once

#include <openssl/ssl.h>

#include <boost/asio/ssl/context.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <boost/system/error_code.hpp>

#include "core/result.h"

namespace xj::sharing {

struct TlsContext {
  boost::asio::ssl::context ssl{boost::asio::ssl::context::tls_client};
};

// The client context: system CA store plus `ca_file` when given. bad_request naming the file when
// it cannot be read or holds no PEM certificate; internal when OpenSSL cannot be set up.
Result<std::shared_ptr<TlsContext>> make_tls_context(
    const std::optional<std::filesystem::path>& ca_file);

// Before the handshake on `ssl`: SNI for a DNS host, and the name the certificate must carry
// (DNS name, or IP address for an IP literal; `host` as in TargetUrl, IPv6 in brackets).
Status prepare_peer_check(SSL* ssl, const std::string& host);

// Why the handshake on `ssl` failed, Chinese first: a certificate problem (untrusted, expired,
// wrong host …) as "证书校验失败 (certificate verification failed): <cause>", anything else as
// "TLS 握手失败 (TLS handshake failed): <cause>".
std::string describe_tls_failure(SSL* ssl, const boost::system::error_code& ec);

}  // namespace xj::sharing

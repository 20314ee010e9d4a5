#include "sharing/tls_context.h"

#include <openssl/err.h>
#include <openssl/x509v3.h>

namespace xj::sharing {
namespace {

bool is_ip_literal(const std::string& host) {
  if (host.starts_with('[')) return true;
  return !host.empty() && host.find_first_not_of("0123456789.") == std::string::npos;
}

}  // namespace

Result<std::shared_ptr<TlsContext>> make_tls_context(
    const std::optional<std::filesystem::path>& ca_file) {
  auto tls = std::make_shared<TlsContext>();
  SSL_CTX* ctx = tls->ssl.native_handle();
  if (SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1) {
    return fail(ErrorCode::internal, "TLS 初始化失败 (cannot require TLS 1.2)");
  }
  boost::system::error_code ec;
  tls->ssl.set_verify_mode(boost::asio::ssl::verify_peer, ec);
  if (!ec) tls->ssl.set_default_verify_paths(ec);
  if (ec) {
    return fail(ErrorCode::internal,
                "TLS 初始化失败：无法加载系统 CA 证书 (cannot load the system CA store): " +
                    ec.message());
  }
  if (ca_file) {
    tls->ssl.load_verify_file(ca_file->string(), ec);
    if (ec) {
      return fail(ErrorCode::bad_request,
                  "配置有误 (bad configuration): ca_file " + ca_file->string() +
                      " 无法作为 PEM 证书加载 (is not a readable PEM certificate file): " +
                      ec.message());
    }
  }
  return tls;
}

Status prepare_peer_check(SSL* ssl, const std::string& host) {
  X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
  X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
  bool ok = false;
  if (is_ip_literal(host)) {
    // An IP literal: no SNI (RFC 6066 §3); the certificate must list the address (SAN iPAddress).
    const std::string ip = host.starts_with('[') ? host.substr(1, host.size() - 2) : host;
    ok = X509_VERIFY_PARAM_set1_ip_asc(param, ip.c_str()) == 1;
  } else {
    ok = SSL_set_tlsext_host_name(ssl, host.c_str()) == 1 &&
         X509_VERIFY_PARAM_set1_host(param, host.c_str(), host.size()) == 1;
  }
  if (!ok) {
    ERR_clear_error();
    return fail(ErrorCode::internal, "TLS 初始化失败 (cannot set the expected host " + host + ")");
  }
  return {};
}

std::string describe_tls_failure(SSL* ssl, const boost::system::error_code& ec) {
  const long verify = SSL_get_verify_result(ssl);
  ERR_clear_error();
  if (verify != X509_V_OK) {
    return std::string("证书校验失败 (certificate verification failed): ") +
           X509_verify_cert_error_string(verify);
  }
  return "TLS 握手失败 (TLS handshake failed): " + ec.message();
}

}  // namespace xj::sharing

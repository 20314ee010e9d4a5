#include "sharing/target_url.h"

#include <cctype>
#include <charconv>

namespace xj::sharing {
namespace {

constexpr std::size_t kMaxUrl = 2048;

auto bad_url(std::string message) { return invalid("url", "invalid_url", std::move(message)); }

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool host_chars_ok(std::string_view host) {
  if (host.empty()) return false;
  if (host.front() == '[') {
    if (host.size() < 3 || host.back() != ']') return false;
    for (char c : host.substr(1, host.size() - 2)) {
      if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return false;
    }
    return true;
  }
  for (char c : host) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') return false;
  }
  return true;
}

}  // namespace

std::string TargetUrl::resolver_host() const {
  if (host.size() >= 2 && host.front() == '[') return host.substr(1, host.size() - 2);
  return host;
}

std::string TargetUrl::host_header() const {
  const std::uint16_t default_port = scheme == "https" ? 443 : 80;
  return port == default_port ? host : host + ":" + std::to_string(port);
}

Result<TargetUrl> parse_target_url(std::string_view text) {
  if (text.empty() || text.size() > kMaxUrl) {
    return bad_url("接收地址应为 1–2048 个字符的 URL (url must be 1–2048 characters)");
  }
  for (unsigned char c : text) {
    if (c <= 0x20 || c == 0x7f) {
      return bad_url("接收地址不得含空白或控制字符 (url must not contain spaces)");
    }
  }
  const auto scheme_end = text.find("://");
  if (scheme_end == std::string_view::npos) {
    return bad_url("接收地址应为 http:// 或 https:// 开头的绝对地址 (absolute URL required)");
  }
  TargetUrl url;
  url.scheme = lower(text.substr(0, scheme_end));
  if (url.scheme != "http" && url.scheme != "https") {
    return bad_url("接收地址只能使用 http 或 https (scheme must be http or https)");
  }
  std::string_view rest = text.substr(scheme_end + 3);
  if (rest.find('#') != std::string_view::npos) {
    return bad_url("接收地址不得含片段 (no fragment allowed)");
  }
  const auto authority_end = rest.find_first_of("/?");
  std::string_view authority = rest.substr(0, authority_end);
  url.target =
      authority_end == std::string_view::npos ? "/" : std::string(rest.substr(authority_end));
  if (url.target.front() == '?') url.target.insert(0, "/");
  if (authority.find('@') != std::string_view::npos) {
    return bad_url("接收地址不得含用户信息 (no user info allowed)");
  }
  std::string_view host = authority;
  std::string_view port_text;
  const auto bracket = authority.rfind(']');
  const auto colon = authority.rfind(':');
  if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
    host = authority.substr(0, colon);
    port_text = authority.substr(colon + 1);
  }
  if (!host_chars_ok(host)) return bad_url("接收地址的主机名无效 (bad host)");
  url.host = lower(host);
  url.port = url.scheme == "https" ? 443 : 80;
  if (!port_text.empty() || colon != std::string_view::npos) {
    unsigned port = 0;
    auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (ec != std::errc() || end != port_text.data() + port_text.size() || port == 0 ||
        port > 65535) {
      return bad_url("接收地址的端口无效 (bad port)");
    }
    url.port = static_cast<std::uint16_t>(port);
  }
  return url;
}

Status require_allowed(const TargetUrl& url, const std::vector<std::string>& patterns) {
  for (const auto& pattern : patterns) {
    const auto sep = pattern.find("://");
    if (sep == std::string::npos) continue;
    if (lower(pattern.substr(0, sep)) != url.scheme) continue;
    const std::string host = lower(pattern.substr(sep + 3));
    if (host == "*" || host == url.host) return {};
  }
  return bad_url(
      "该接收地址不在允许范围内：生产环境仅允许 https，http 仅限本机 (url not allowed: "
      "https only, http to loopback only)");
}

}  // namespace xj::sharing

#include "http/router.h"

#include <algorithm>
#include <stdexcept>
#include <string_view>

namespace xj::http {

namespace {

// "/a/b" → {"a", "b"}; "/" → {""}; "/a/" → {"a", ""}. REQUIRES: path starts with '/'.
std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> out;
  std::string_view rest = path.substr(1);
  while (true) {
    auto slash = rest.find('/');
    out.push_back(rest.substr(0, slash));
    if (slash == std::string_view::npos) break;
    rest = rest.substr(slash + 1);
  }
  return out;
}

bool is_param(std::string_view segment) {
  return segment.size() >= 2 && segment.front() == '{' && segment.back() == '}';
}

bool segments_match(const std::vector<std::string>& pattern,
                    const std::vector<std::string_view>& path) {
  if (pattern.size() != path.size()) return false;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (is_param(pattern[i]) ? path[i].empty() : pattern[i] != path[i]) return false;
  }
  return true;
}

// True when a beats b: at the first position where one has a literal and the other a parameter,
// the literal wins. Both patterns match the same path, so literals at a position are equal.
bool more_specific(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (std::size_t i = 0; i < a.size(); ++i) {
    bool pa = is_param(a[i]);
    bool pb = is_param(b[i]);
    if (pa != pb) return pb;
  }
  return false;
}

bool same_shape(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    bool pa = is_param(a[i]);
    if (pa != is_param(b[i]) || (!pa && a[i] != b[i])) return false;
  }
  return true;
}

}  // namespace

void Router::add(Route route) {
  if (route.pattern.empty() || route.pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + route.pattern);
  }
  std::vector<std::string> segments;
  for (std::string_view s : split(route.pattern)) segments.emplace_back(s);
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (routes_[i].method == route.method && same_shape(segments_[i], segments)) {
      throw std::invalid_argument("route registered twice: " + route.method + " " + route.pattern);
    }
  }
  routes_.push_back(std::move(route));
  segments_.push_back(std::move(segments));
}

void Router::get(std::string pattern, Access access, std::string permission, Handler h) {
  add(Route{"GET", std::move(pattern), access, std::move(permission), std::move(h)});
}

void Router::get(std::string pattern, Handler h, FastHandler fast) {
  add(Route{"GET", std::move(pattern), Access::open, "", std::move(h), std::move(fast)});
}

void Router::post(std::string pattern, Access access, std::string permission, Handler h) {
  add(Route{"POST", std::move(pattern), access, std::move(permission), std::move(h)});
}

void Router::put(std::string pattern, Access access, std::string permission, Handler h) {
  add(Route{"PUT", std::move(pattern), access, std::move(permission), std::move(h)});
}

void Router::del(std::string pattern, Access access, std::string permission, Handler h) {
  add(Route{"DELETE", std::move(pattern), access, std::move(permission), std::move(h)});
}

Match Router::match(const std::string& method, const std::string& path) const {
  Match result;
  if (path.empty() || path.front() != '/') return result;
  std::vector<std::string_view> parts = split(path);
  std::size_t best = routes_.size();
  for (std::size_t i = 0; i < routes_.size(); ++i) {
    if (!segments_match(segments_[i], parts)) continue;
    result.path_exists = true;
    const std::string& m = routes_[i].method;
    if (std::find(result.allowed.begin(), result.allowed.end(), m) == result.allowed.end()) {
      result.allowed.push_back(m);
    }
    if (m == method && (best == routes_.size() || more_specific(segments_[i], segments_[best]))) {
      best = i;
    }
  }
  std::sort(result.allowed.begin(), result.allowed.end());
  if (best == routes_.size()) return result;
  result.route = &routes_[best];
  const std::vector<std::string>& pattern = segments_[best];
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (is_param(pattern[i])) {
      result.params.emplace(pattern[i].substr(1, pattern[i].size() - 2), std::string(parts[i]));
    }
  }
  return result;
}

}  // namespace xj::http

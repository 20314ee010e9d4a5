// The router: method + path pattern → handler. Patterns are literal segments and `{name}`
// parameters ("/api/v1/public/enterprises/{uscc}"); a parameter matches one whole segment.
// A literal segment beats a parameter at the same position. Not std::regex.
//
// Each route declares whether it is public and which permission it needs (auth/ checks it; the
// security issue adds the permission table). Registration happens at start-up, before serving;
// match() is then called concurrently and is thread-safe because the table no longer changes.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace xj::http {

using Handler = std::function<Response(Request&)>;

enum class Access {
  open,      // no token: /healthz, /metrics, /api/v1/public/..., login
  internal,  // needs a token and the route's permission
};

struct Route {
  std::string method;
  std::string pattern;
  Access access = Access::internal;
  std::string permission;  // e.g. "enterprise.read"; empty for open routes
  Handler handler;
};

struct Match {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool path_exists = false;  // some route has this path but another method → 405
};

class Router {
 public:
  void add(Route route);
  void get(std::string pattern, Access access, std::string permission, Handler h);
  void post(std::string pattern, Access access, std::string permission, Handler h);
  void put(std::string pattern, Access access, std::string permission, Handler h);
  void del(std::string pattern, Access access, std::string permission, Handler h);

  Match match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace xj::http

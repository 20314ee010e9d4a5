// The router: method + path pattern → handler. Patterns are literal segments and `{name}`
// parameters ("/api/v1/public/enterprises/{uscc}"); a parameter matches one whole segment.
// A literal segment beats a parameter at the same position. Not std::regex.
//
// Each route declares whether it is public and which permission it needs (auth/ checks it; the
// security issue adds the permission table). Registration happens at start-up, before serving;
// match() is then called concurrently and is thread-safe because the table no longer changes.
//
//   router.get("/api/v1/public/enterprises/{uscc}", Access::open, "", handler);
//   Match m = router.match("GET", "/api/v1/public/enterprises/91430100MA4L0XXX0X");
//   // m.route->pattern, m.params["uscc"]; no route → m.route == nullptr, and
//   // m.path_exists tells 405 (another method has this path) from 404.
//
// Paths are compared segment by segment, exactly ("/a/" is not "/a"); a parameter matches one
// non-empty segment.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "http/message.h"

namespace xj::http {

using Handler = std::function<Response(Request&)>;
// A fast path of an open route, run on the server's io thread before the request is handed to a
// worker: it answers from memory, never blocks (no database, no file), and returns nullopt to let
// the route's Handler answer on a worker instead (e.g. on a cache miss).
using FastHandler = std::function<std::optional<Response>(Request&)>;

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
  FastHandler fast;  // optional; open routes only
};

struct Match {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  bool path_exists = false;  // a route of any method has this path: no route + path_exists → 405
  std::vector<std::string> allowed;  // the methods that have this path, sorted (the Allow header)
};

class Router {
 public:
  // Throws std::invalid_argument (a start-up bug) for a pattern not starting with '/' or one
  // that has the same shape as an existing route of the same method ("/a/{x}" vs "/a/{y}").
  void add(Route route);
  void get(std::string pattern, Access access, std::string permission, Handler h);
  // An open GET route with a fast path (FastHandler above).
  void get(std::string pattern, Handler h, FastHandler fast);
  void post(std::string pattern, Access access, std::string permission, Handler h);
  void put(std::string pattern, Access access, std::string permission, Handler h);
  void del(std::string pattern, Access access, std::string permission, Handler h);

  Match match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> segments_;  // routes_[i]'s pattern, split at '/'
};

}  // namespace xj::http

#include "http/router.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace xj::http {
namespace {

Handler named(std::string name) {
  return [name](Request&) { return Response::text(200, name); };
}

std::string run(const Match& m) {
  Request req;
  return m.route->handler(req).body;
}

TEST(Router, MatchesLiteralsAndCapturesParameters) {
  Router r;
  r.get("/api/v1/public/enterprises/{uscc}", Access::open, "", named("record"));
  r.get("/api/v1/public/enterprises/{uscc}/report", Access::open, "", named("report"));
  Match m = r.match("GET", "/api/v1/public/enterprises/91430100MA4L0XXX0X");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(run(m), "record");
  EXPECT_EQ(m.params.at("uscc"), "91430100MA4L0XXX0X");
  EXPECT_EQ(m.route->access, Access::open);

  Match report = r.match("GET", "/api/v1/public/enterprises/X1/report");
  ASSERT_NE(report.route, nullptr);
  EXPECT_EQ(run(report), "report");
  EXPECT_EQ(report.params.at("uscc"), "X1");
}

TEST(Router, LiteralBeatsParameterWhateverTheOrderOfRegistration) {
  Router r;
  r.get("/api/v1/risk/{uscc}", Access::internal, "risk.read", named("one"));
  r.get("/api/v1/risk/summary", Access::internal, "risk.read", named("summary"));
  r.get("/a/{x}/c", Access::open, "", named("param-first"));
  r.get("/a/b/{y}", Access::open, "", named("literal-first"));
  EXPECT_EQ(run(r.match("GET", "/api/v1/risk/summary")), "summary");
  EXPECT_EQ(run(r.match("GET", "/api/v1/risk/9143")), "one");
  EXPECT_EQ(run(r.match("GET", "/a/b/c")), "literal-first");
  EXPECT_EQ(run(r.match("GET", "/a/z/c")), "param-first");
}

TEST(Router, DistinguishesUnknownPathFromWrongMethod) {
  Router r;
  r.get("/api/v1/keylist", Access::internal, "keylist.read", named("list"));
  r.post("/api/v1/keylist", Access::internal, "keylist.write", named("add"));
  r.del("/api/v1/keylist/{id}", Access::internal, "keylist.write", named("remove"));

  Match wrong = r.match("PUT", "/api/v1/keylist");
  EXPECT_EQ(wrong.route, nullptr);
  EXPECT_TRUE(wrong.path_exists);
  EXPECT_EQ(wrong.allowed, (std::vector<std::string>{"GET", "POST"}));

  Match unknown = r.match("GET", "/api/v1/keylists");
  EXPECT_EQ(unknown.route, nullptr);
  EXPECT_FALSE(unknown.path_exists);
  EXPECT_TRUE(unknown.allowed.empty());

  EXPECT_EQ(run(r.match("DELETE", "/api/v1/keylist/7")), "remove");
  EXPECT_EQ(r.match("GET", "/api/v1/keylist/7").allowed, std::vector<std::string>{"DELETE"});
}

TEST(Router, SegmentsMatchExactly) {
  Router r;
  r.get("/healthz", Access::open, "", named("h"));
  r.get("/x/{id}", Access::open, "", named("x"));
  r.put("/api/v1/constraints:batch", Access::internal, "", named("batch"));
  EXPECT_EQ(r.match("GET", "/healthz/").route, nullptr);
  EXPECT_EQ(r.match("GET", "/healthzz").route, nullptr);
  EXPECT_EQ(r.match("GET", "/x/").route, nullptr);  // a parameter is never empty
  EXPECT_EQ(r.match("GET", "/x/1/2").route, nullptr);
  EXPECT_EQ(r.match("GET", "healthz").route, nullptr);
  EXPECT_EQ(r.match("GET", "").route, nullptr);
  EXPECT_EQ(run(r.match("PUT", "/api/v1/constraints:batch")), "batch");
}

TEST(Router, RejectsDuplicateAndMalformedPatterns) {
  Router r;
  r.get("/a/{x}", Access::open, "", named("a"));
  EXPECT_THROW(r.get("/a/{y}", Access::open, "", named("b")), std::invalid_argument);
  EXPECT_NO_THROW(r.post("/a/{y}", Access::open, "", named("c")));
  EXPECT_THROW(r.get("a/b", Access::open, "", named("d")), std::invalid_argument);
  EXPECT_EQ(r.routes().size(), 2u);
}

}  // namespace
}  // namespace xj::http

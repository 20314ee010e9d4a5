#include "http/metrics.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace xj::http {
namespace {

TEST(Metrics, RendersCountersAndCumulativeHistogram) {
  Metrics m;
  m.observe("/healthz", "GET", 200, 0.0002);
  m.observe("/healthz", "GET", 200, 0.003);
  m.observe("/healthz", "GET", 503, 20);
  std::string text = m.render();
  EXPECT_NE(text.find("# TYPE xinjian_http_requests_total counter\n"), std::string::npos);
  EXPECT_NE(text.find("# TYPE xinjian_http_request_duration_seconds histogram\n"),
            std::string::npos);
  EXPECT_NE(
      text.find(
          "xinjian_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 2\n"),
      std::string::npos);
  EXPECT_NE(
      text.find(
          "xinjian_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"503\"} 1\n"),
      std::string::npos);
  const char* lines[] = {
      "xinjian_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.0005\"} 1\n",
      "xinjian_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.0025\"} 1\n",
      "xinjian_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"0.005\"} 2\n",
      "xinjian_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"10\"} 2\n",
      "xinjian_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 3\n",
      "xinjian_http_request_duration_seconds_count{route=\"/healthz\"} 3\n",
  };
  for (const char* line : lines) EXPECT_NE(text.find(line), std::string::npos) << line << text;
}

TEST(Metrics, EscapesLabelValues) {
  Metrics m;
  m.observe("a\"b\\c\nd", "GET", 200, 0.1);
  EXPECT_NE(m.render().find("route=\"a\\\"b\\\\c\\nd\""), std::string::npos);
}

TEST(Metrics, CountsFromManyThreads) {
  Metrics m;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&m] {
      for (int i = 0; i < 1000; ++i) m.observe("/x", "GET", 200, 0.001);
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_NE(m.render().find("xinjian_http_request_duration_seconds_count{route=\"/x\"} 4000\n"),
            std::string::npos);
}

}  // namespace
}  // namespace xj::http

// Request metrics in the Prometheus text format (version 0.0.4), served by GET /metrics:
//   xinjian_http_requests_total{route,method,status}      counter
//   xinjian_http_request_duration_seconds{route}          histogram, buckets 0.0005 … 10 s
// `route` is the matched pattern ("/api/v1/public/enterprises/{uscc}"), or "unmatched", so the
// number of series stays bounded whatever paths clients send.
//
// Thread-safe: observe() and render() may be called from any thread (one mutex).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace xj::http {

class Metrics {
 public:
  // Upper bounds of the duration buckets, in seconds (+Inf is implied).
  static constexpr std::array<double, 14> kBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  // Counts one finished request and its duration.
  void observe(const std::string& route, const std::string& method, int status, double seconds);

  // The exposition text, series sorted by labels.
  std::string render() const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> in_bucket{};  // not cumulative; beyond → +Inf only
    std::uint64_t count = 0;
    double sum = 0;
  };

  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;  // by mutex_
  std::map<std::string, Histogram> durations_;                                   // by mutex_
};

}  // namespace xj::http

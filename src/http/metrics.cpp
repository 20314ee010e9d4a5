#include "http/metrics.h"

#include <fmt/format.h>

namespace xj::http {

namespace {

// Prometheus label values escape backslash, double quote and newline.
std::string escape_label(const std::string& value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void Metrics::observe(const std::string& route, const std::string& method, int status,
                      double seconds) {
  std::lock_guard lock(mutex_);
  ++requests_[{route, method, status}];
  Histogram& h = durations_[route];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++h.in_bucket[i];
      break;
    }
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::render() const {
  decltype(requests_) requests;
  decltype(durations_) durations;
  {
    std::lock_guard lock(mutex_);
    requests = requests_;
    durations = durations_;
  }
  std::string out;
  out += "# HELP xinjian_http_requests_total HTTP requests by route, method and status.\n";
  out += "# TYPE xinjian_http_requests_total counter\n";
  for (const auto& [key, n] : requests) {
    const auto& [route, method, status] = key;
    out +=
        fmt::format("xinjian_http_requests_total{{route=\"{}\",method=\"{}\",status=\"{}\"}} {}\n",
                    escape_label(route), escape_label(method), status, n);
  }
  out += "# HELP xinjian_http_request_duration_seconds HTTP request duration by route.\n";
  out += "# TYPE xinjian_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : durations) {
    std::string label = escape_label(route);
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      cumulative += h.in_bucket[i];
      out +=
          fmt::format("xinjian_http_request_duration_seconds_bucket{{route=\"{}\",le=\"{}\"}} {}\n",
                      label, kBuckets[i], cumulative);
    }
    out +=
        fmt::format("xinjian_http_request_duration_seconds_bucket{{route=\"{}\",le=\"+Inf\"}} {}\n",
                    label, h.count);
    out +=
        fmt::format("xinjian_http_request_duration_seconds_sum{{route=\"{}\"}} {}\n", label, h.sum);
    out += fmt::format("xinjian_http_request_duration_seconds_count{{route=\"{}\"}} {}\n", label,
                       h.count);
  }
  return out;
}

}  // namespace xj::http

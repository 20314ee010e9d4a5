#include "risk/assessment_json.h"

#include <cstdio>

namespace xj::risk {
namespace {

std::string class_or_null(std::optional<char> c) {
  return c ? json_string(std::string(1, *c)) : "null";
}

}  // namespace

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string factors_json(const std::vector<Factor>& factors) {
  std::string out = "[";
  for (const auto& f : factors) {
    if (out.size() > 1) out += ',';
    out += "{\"indicator\":" + json_string(f.indicator) + ",\"value\":" + f.value_json +
           ",\"points\":" + std::to_string(f.points) + ",\"reason\":" + json_string(f.reason) + "}";
  }
  return out + "]";
}

std::string class_changed_payload(std::string_view model, std::optional<char> from,
                                  std::optional<char> to, std::optional<std::int64_t> score) {
  return "{\"model\":" + json_string(model) + ",\"from\":" + class_or_null(from) +
         ",\"to\":" + class_or_null(to) +
         ",\"score\":" + (score ? std::to_string(*score) : std::string("null")) + "}";
}

}  // namespace xj::risk

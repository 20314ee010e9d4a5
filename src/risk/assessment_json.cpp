#include "risk/assessment_json.h"

#include "core/text.h"

namespace xj::risk {
namespace {

std::string class_or_null(std::optional<char> c) {
  return c ? core::json_string(std::string(1, *c)) : "null";
}

}  // namespace

std::string factors_json(const std::vector<Factor>& factors) {
  std::string out = "[";
  for (const auto& f : factors) {
    if (out.size() > 1) out += ',';
    out += "{\"indicator\":" + core::json_string(f.indicator) + ",\"value\":" + f.value_json +
           ",\"points\":" + std::to_string(f.points) + ",\"reason\":" + core::json_string(f.reason) + "}";
  }
  return out + "]";
}

std::string class_changed_payload(std::string_view model, std::optional<char> from,
                                  std::optional<char> to, std::optional<std::int64_t> score) {
  return "{\"model\":" + core::json_string(model) + ",\"from\":" + class_or_null(from) +
         ",\"to\":" + class_or_null(to) +
         ",\"score\":" + (score ? std::to_string(*score) : std::string("null")) + "}";
}

}  // namespace xj::risk

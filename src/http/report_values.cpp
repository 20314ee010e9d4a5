#include "http/report_values.h"

#include "core/money.h"

namespace xj::http {

std::string report_joined(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += "；";
    out += s;
  }
  return out;
}

std::optional<std::string> report_yuan(const std::optional<std::int64_t>& fen) {
  if (!fen) return std::nullopt;
  return core::Money::from_fen(*fen).to_yuan_string() + " 元";
}

}  // namespace xj::http

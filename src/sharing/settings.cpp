#include "sharing/settings.h"

#include <toml++/toml.h>

#include "sharing/tls_context.h"

namespace xj::sharing {
namespace {

Result<DeliverySettings> from_table(const toml::table& table, const std::filesystem::path& dir,
                                    const std::string& file) {
  DeliverySettings s;
  const auto delivery = table["delivery"];
  if (auto* targets = delivery["allowed_targets"].as_array()) {
    s.allowed_targets.clear();
    for (const auto& t : *targets) {
      auto v = t.value<std::string>();
      if (!v || v->find("://") == std::string::npos) {
        return fail(ErrorCode::bad_request, "配置有误 (bad configuration) " + file +
                                                ": allowed_targets 的每项应为 \"scheme://host\"");
      }
      s.allowed_targets.push_back(*v);
    }
  }
  const auto ms = [&](const char* key, std::chrono::milliseconds fallback) {
    return std::chrono::milliseconds(delivery[key].value_or<std::int64_t>(fallback.count()));
  };
  s.backoff_base = ms("backoff_base_ms", s.backoff_base);
  s.backoff_cap = ms("backoff_cap_ms", s.backoff_cap);
  s.timeout = ms("timeout_ms", s.timeout);
  s.max_attempts = delivery["max_attempts"].value_or(s.max_attempts);
  s.batch = delivery["batch"].value_or(s.batch);
  if (s.max_attempts < 1 || s.batch < 1 || s.backoff_base.count() < 0 ||
      s.backoff_cap < s.backoff_base || s.timeout.count() < 1) {
    return fail(ErrorCode::bad_request,
                "配置有误 (bad configuration) " + file +
                    ": max_attempts、batch ≥ 1，timeout_ms ≥ 1，0 ≤ backoff_base_ms ≤ "
                    "backoff_cap_ms");
  }
  if (auto ca = delivery["ca_file"]) {
    auto path = ca.value<std::string>();
    if (!path || path->empty()) {
      return fail(ErrorCode::bad_request,
                  "配置有误 (bad configuration) " + file + ": ca_file 应为 PEM 文件路径");
    }
    s.ca_file = dir / *path;  // an absolute path stays as it is
    XJ_CHECK(make_tls_context(s.ca_file));  // a file that does not load stops start-up
  }
  return s;
}

}  // namespace

Result<DeliverySettings> load_delivery_settings(const std::filesystem::path& config_dir) {
  const auto file = config_dir / "sharing.toml";
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return DeliverySettings{};
  toml::table table;
  try {
    table = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return fail(ErrorCode::bad_request, "配置文件有误 (bad configuration file) " + file.string() +
                                            ":" + std::to_string(e.source().begin.line) + ": " +
                                            std::string(e.description()));
  }
  return from_table(table, config_dir, file.string());
}

}  // namespace xj::sharing

#include "auth/api_key.h"

#include "audit/audit_log.h"
#include "auth/token.h"
#include "core/region_code.h"

namespace xj::auth {
namespace {

constexpr std::string_view kColumns = "id, name, role, region, created_at, revoked_at";

ApiKey from_row(const store::Row& r) {
  return {r.integer(0), r.text(1), parse_role(r.text(2)).value_or(Role::partner), r.text(3),
          r.integer(4), r.opt_integer(5)};
}

audit::Entry key_entry(std::string action, std::int64_t id, std::int64_t now,
                       const audit::Actor& by) {
  audit::Entry e;
  e.at = audit::format_utc(now);
  e.actor = by;
  e.action = std::move(action);
  e.target_id = "apikey:" + std::to_string(id);
  return e;
}

Result<ApiKey> validate(const NewApiKey& request, std::int64_t now) {
  std::vector<ErrorDetail> problems;
  ApiKey key;
  key.name = request.name;
  key.created_at = now;
  key.region = request.region.value_or("43");
  if (key.name.empty() || key.name.size() > 64) {
    problems.push_back({"name", "missing_field", "名称必填，且不超过64个字符 (name required, at most 64 characters)"});
  }
  auto role = parse_role(request.role);
  if (!role || *role == Role::area_officer || *role == Role::enterprise) {
    problems.push_back({"role", "invalid_enum", "API 密钥的角色无效 (API keys take a role other than area_officer and enterprise): " + request.role});
  } else {
    key.role = *role;
  }
  if (!core::is_region_prefix(key.region)) {
    problems.push_back({"region", "invalid_region", "区划代码前缀应为2、4或6位数字 (region must be a 2-, 4- or 6-digit division code prefix)"});
  }
  if (!problems.empty()) {
    std::string message = problems.front().message;
    return fail(ErrorCode::validation_failed, std::move(message), std::move(problems));
  }
  return key;
}

}  // namespace

Result<IssuedApiKey> create_api_key(store::Database& db, const NewApiKey& request,
                                    std::int64_t now, const audit::Actor& by) {
  XJ_TRY(ApiKey key, validate(request, now));
  IssuedApiKey issued{std::move(key), new_api_key_secret()};
  XJ_CHECK(db.write([&](store::Session& s) -> Status {
    XJ_TRY(store::Rows rows,
           s.query("INSERT INTO api_keys (name, key_hash, role, region, created_at) "
                   "VALUES (?, ?, ?, ?, ?) RETURNING id",
                   {issued.key.name, secret_hash(issued.secret),
                    std::string(to_string(issued.key.role)), issued.key.region, now}));
    issued.key.id = rows[0].integer(0);
    audit::Entry e = key_entry("apikey.create", issued.key.id, now, by);
    e.digest = audit::change_digest("", issued.key.name + " " +
                                            std::string(to_string(issued.key.role)) + " " +
                                            issued.key.region);
    XJ_CHECK(audit::append(s, std::move(e)));
    return {};
  }));
  return issued;
}

Status revoke_api_key(store::Database& db, std::int64_t id, std::int64_t now,
                      const audit::Actor& by) {
  return db.write([&](store::Session& s) -> Status {
    XJ_TRY(std::int64_t changed,
           s.exec("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                  {now, id}));
    if (changed == 0) {
      return fail(ErrorCode::not_found, "没有该有效的 API 密钥 (no active API key with id " +
                                            std::to_string(id) + ")");
    }
    XJ_CHECK(audit::append(s, key_entry("apikey.revoke", id, now, by)));
    return {};
  });
}

Result<std::vector<ApiKey>> list_api_keys(store::Database& db) {
  std::vector<ApiKey> keys;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    XJ_TRY(store::Rows rows,
           s.query("SELECT " + std::string(kColumns) + " FROM api_keys ORDER BY id DESC"));
    for (const auto& r : rows.rows) keys.push_back(from_row(r));
    return {};
  }));
  return keys;
}

Result<std::optional<Principal>> find_api_key(store::Database& db, const std::string& key_hash) {
  std::optional<Principal> found;
  XJ_CHECK(db.read([&](store::Session& s) -> Status {
    XJ_TRY(store::Rows rows,
           s.query("SELECT " + std::string(kColumns) +
                       " FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                   {key_hash}));
    if (rows.empty()) return {};
    ApiKey key = from_row(rows[0]);
    found = Principal{Principal::Kind::api_key, key.id, key.name, key.role, key.region,
                      std::nullopt, std::nullopt, 0};
    return {};
  }));
  return found;
}

}  // namespace xj::auth

#include "disclosure/change_feed.h"

#include <charconv>

namespace xj::disclosure {
namespace {

constexpr std::int64_t kDefaultLimit = 100;
constexpr std::int64_t kMaxLimit = 1000;

Error bad_cursor() {
  return Error(ErrorCode::bad_request, "游标无效 (since is not a cursor from this feed)");
}

}  // namespace

std::string_view to_string(Change change) {
  switch (change) {
    case Change::added: return "added";
    case Change::changed: return "changed";
    case Change::no_longer_public: return "no_longer_public";
  }
  return "changed";
}

bool ends_publicity(std::string_view event_type) {
  for (std::string_view type : {"penalty.publicity_ended", "penalty.repaired", "penalty.revoked",
                                "abnormal_list.removed", "dishonest_list.removed",
                                "dishonest_list.expired"}) {
    if (event_type == type) return true;
  }
  return false;
}

std::string encode_cursor(std::int64_t outbox_id) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, outbox_id, 16);
  (void)ec;  // 16 hex digits always fit
  std::string cursor = "c";
  cursor.append(buf, end);
  return cursor;
}

Result<std::int64_t> decode_cursor(std::string_view cursor) {
  if (cursor.size() < 2 || cursor.size() > 17 || cursor[0] != 'c') return fail(bad_cursor());
  const std::string_view digits = cursor.substr(1);
  for (char ch : digits) {
    const bool lower_hex = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f');
    if (!lower_hex) return fail(bad_cursor());
  }
  if (digits.size() > 1 && digits[0] == '0') return fail(bad_cursor());  // one spelling per id
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), id, 16);
  if (ec != std::errc() || end != digits.data() + digits.size()) return fail(bad_cursor());
  return id;
}

Result<std::int64_t> parse_change_limit(const std::optional<std::string>& raw) {
  if (!raw) return kDefaultLimit;
  std::int64_t limit = 0;
  auto [end, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), limit);
  if (raw->empty() || ec != std::errc() || end != raw->data() + raw->size() || limit < 1 ||
      limit > kMaxLimit) {
    return fail(ErrorCode::bad_request, "limit 须为 1–1000 的整数 (limit must be 1..1000)");
  }
  return limit;
}

}  // namespace xj::disclosure

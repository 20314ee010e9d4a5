#include "audit/entry.h"

#include <chrono>

#include <fmt/format.h>

#include "audit/digest.h"

namespace xj::audit {
namespace {

void netstring(std::string& out, std::string_view field) {
  out += std::to_string(field.size());
  out += ':';
  out += field;
  out += ',';
}

}  // namespace

std::string change_digest(std::string_view before, std::string_view after) {
  std::string bytes;
  netstring(bytes, before);
  netstring(bytes, after);
  return sm3_hex(bytes);
}

std::string canonical_bytes(const Entry& e) {
  const std::string seq = std::to_string(e.seq);
  std::string out;
  for (const std::string* field : {&seq, &e.at, &e.actor.name, &e.actor.kind, &e.actor.role,
                                   &e.actor.region, &e.action, &e.target_uscc, &e.target_id,
                                   &e.request_id, &e.digest}) {
    netstring(out, *field);
  }
  return out;
}

std::string chain_hash(std::string_view prev_hash, const Entry& entry) {
  std::string bytes(prev_hash);
  bytes += canonical_bytes(entry);
  return sm3_hex(bytes);
}

std::string format_utc(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_seconds t{seconds(unix_seconds)};
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                     hms.hours().count(), hms.minutes().count(), hms.seconds().count());
}

}  // namespace xj::audit

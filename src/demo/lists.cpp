#include "demo/lists.h"

#include <cstdint>
#include <string_view>

#include "disclosure/publicity.h"

namespace xj::demo {
namespace {

constexpr std::string_view kBy = "demo";

// FNV-1a: the same on every platform.
std::uint64_t fingerprint(std::string_view text) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

Status add_dishonest(store::Session& s, const collection::Penalty& p, core::Date today) {
  auto decided = core::parse_date(p.decided_on);
  if (!decided || p.revoked_on) return {};
  const core::Date listed = core::add_days(*decided, 30);
  const core::Date expires = core::add_years(listed, 3);  // §4.2
  if (listed > today || expires <= today) return {};
  XJ_TRY(auto found, s.query("SELECT 1 FROM dishonest_entries WHERE uscc = ? AND basis_id = ?",
                             {store::Value{p.uscc}, store::Value{p.decision_no}}));
  if (!found.empty()) return {};
  return s
      .exec("INSERT INTO dishonest_entries (uscc, basis_type, basis_id, grounds, decision_no, "
            "authority, listed_on, expires_on, notice_served_on, status, region_code, proposed_by, "
            "approved_by, approved_on) VALUES (?, 'penalty', ?, ?, ?, '湖南省市场监督管理局', ?, ?, ?, "
            "'active', '43', ?, ?, ?)",
            {store::Value{p.uscc}, store::Value{p.decision_no},
             store::Value{"因" + p.violation_type + "受到较重行政处罚"},
             store::Value{"湘市监失信〔" + std::to_string(listed.year()) + "〕" +
                          std::to_string(fingerprint(p.decision_no) % 900 + 100) + "号"},
             store::Value{listed.to_string()}, store::Value{expires.to_string()},
             store::Value{core::add_days(listed, -15).to_string()}, store::Value{std::string(kBy)},
             store::Value{std::string(kBy)}, store::Value{listed.to_string()}})
      .map([](auto) {});
}

Status add_abnormal(store::Session& s, const DemoRecords& r, std::uint64_t h, core::Date today) {
  static constexpr std::array<std::string_view, 4> kGrounds = {"annual_report", "instant_info",
                                                               "false_info", "unreachable"};
  const std::string uscc = r.enterprise.uscc;
  const std::string ground(kGrounds[(h >> 8) % kGrounds.size()]);
  const core::Date listed = core::add_days(today, -static_cast<std::int64_t>(30 + (h >> 16) % 1400));
  XJ_TRY(auto found, s.query("SELECT 1 FROM abnormal_entries WHERE uscc = ? AND created_by = ?",
                             {store::Value{uscc}, store::Value{std::string(kBy)}}));
  if (!found.empty()) return {};
  const bool removed = (h >> 24) % 5 == 0;
  const core::Date removed_on = core::add_days(listed, 20 + static_cast<std::int64_t>((h >> 32) % 200));
  const bool cured = removed && removed_on <= today;
  return s
      .exec("INSERT INTO abnormal_entries (uscc, ground, listed_on, decision_no, authority, "
            "region_code, removed_on, removal_reason, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {store::Value{uscc}, store::Value{ground}, store::Value{listed.to_string()},
             store::Value{"市监异〔" + std::to_string(listed.year()) + "〕" + std::to_string(h % 9000 + 1000) + "号"},
             store::Value{r.licence.issuer}, store::Value{r.enterprise.region_code},
             cured ? store::Value{removed_on.to_string()} : store::Value{},
             cured ? store::Value{std::string("cured")} : store::Value{}, store::Value{std::string(kBy)}})
      .map([](auto) {});
}

}  // namespace

Status write_demo_lists(store::Session& s, const DemoRecords& r, core::Date today) {
  const std::uint64_t h = fingerprint(r.enterprise.uscc);
  if (h % 3 == 0) {
    for (const auto& p : r.penalties) {
      if (disclosure::is_heavier(p)) {
        XJ_CHECK(add_dishonest(s, p, today));
        break;
      }
    }
  }
  if (h % 150 == 7) XJ_CHECK(add_abnormal(s, r, h, today));
  return {};
}

}  // namespace xj::demo

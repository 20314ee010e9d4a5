#include "disclosure/opendata_repo.h"

#include <string_view>

#include "collection/model.h"
#include "disclosure/masking.h"
#include "disclosure/public_record.h"

namespace xj::disclosure {
namespace {

using store::Row;

constexpr std::string_view kKeylist = R"sql(
SELECT area, subcategory, uscc, name, licence_no, listed_on
FROM keylist_entries WHERE removed_on IS NULL ORDER BY id
)sql";

constexpr std::string_view kLicences = R"sql(
SELECT licence_no, uscc, name, licence_type, scope, issuer, issued_on, valid_until, status
FROM licences ORDER BY id
)sql";

// Never-public penalties are filtered here; the period is decided per row (§2).
constexpr std::string_view kPenalties = R"sql(
SELECT decision_no, uscc, name, violation_type, facts, legal_basis, penalty_types, fine_fen,
       confiscation_fen, decided_on, authority, procedure, is_public, repaired_on, revoked_on
FROM penalties WHERE is_public = 1 ORDER BY id
)sql";

constexpr std::string_view kInspections = R"sql(
SELECT inspection_no, uscc, name, kind, matter, checked_on, results, product, failed_items,
       findings, authority
FROM inspections WHERE is_public = 1 ORDER BY id
)sql";

// §2: an abnormal entry is public while active on the day (listed_on ≤ d, not removed by d).
constexpr std::string_view kAbnormal = R"sql(
SELECT a.id, a.uscc, COALESCE((SELECT e.name FROM enterprises e WHERE e.uscc = a.uscc), ''),
       a.ground, a.listed_on, a.decision_no, a.authority
FROM abnormal_entries a
WHERE a.listed_on <= ? AND (a.removed_on IS NULL OR a.removed_on > ?) ORDER BY a.id
)sql";

// §2 / §4.2: a dishonest entry is public while in force: status active,
// listed_on ≤ d < expires_on, not removed by d.
constexpr std::string_view kDishonest = R"sql(
SELECT d.id, d.uscc, COALESCE((SELECT e.name FROM enterprises e WHERE e.uscc = d.uscc), ''),
       d.grounds, d.listed_on, d.expires_on, d.decision_no, d.authority
FROM dishonest_entries d
WHERE d.status = 'active' AND d.listed_on <= ? AND d.expires_on > ?
  AND (d.removed_on IS NULL OR d.removed_on > ?) ORDER BY d.id
)sql";

constexpr std::string_view kSpotcheckResults = R"sql(
SELECT inspection_no, uscc, name, matter, checked_on, results, findings, authority
FROM inspections WHERE is_public = 1 AND kind = '双随机抽查' ORDER BY id
)sql";

constexpr std::string_view kListSeparator = "；";  // collection/record_repo.h

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const auto at = text.find(kListSeparator);
    out.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + kListSeparator.size());
  }
  return out;
}

Cell text(const Row& r, std::size_t i) {
  if (r.is_null(i)) return std::monostate{};
  return r.text(i);
}

Cell masked(const Row& r, std::size_t i) {
  if (r.is_null(i)) return std::monostate{};
  return mask_personal_data(r.text(i));
}

Cell money(const Row& r, std::size_t i) {
  if (r.is_null(i)) return std::monostate{};
  return core::Money::from_fen(r.integer(i));
}

std::string area_title(const std::string& area) {
  if (area == "food_production") return "食品生产企业";
  if (area == "special_equipment") return "特种设备获证企业";
  return area;
}

std::optional<OpenDataRow> keylist_row(const Row& r) {
  return OpenDataRow{area_title(r.text(0)), text(r, 1), r.text(2), r.text(3), r.text(4), r.text(5)};
}

std::optional<OpenDataRow> licence_row(const Row& r, core::Date today) {
  collection::Licence l;
  l.valid_until = r.text(7);
  l.status = r.text(8);
  return OpenDataRow{r.text(0), r.text(1),  r.text(2),
                     r.text(3), text(r, 4), r.text(5),
                     r.text(6), r.text(7),  licence_status(l, today)};
}

std::optional<OpenDataRow> penalty_row(const Row& r, core::Date today,
                                       const PublicityConfig& config) {
  collection::Penalty p;
  p.uscc = r.text(1);
  p.penalty_types = split_list(r.text(6));
  p.fine_fen = r.opt_integer(7);
  p.decided_on = r.text(9);
  p.procedure = r.text(11);
  p.is_public = r.integer(12) != 0;
  p.repaired_on = r.opt_text(13);
  p.revoked_on = r.opt_text(14);
  // §2: the individual-business threshold applies to 92… codes.
  const PenaltyPublicity publicity = penalty_publicity(p, today, p.uscc.starts_with("92"), config);
  if (!publicity.is_public_today) return std::nullopt;
  return OpenDataRow{r.text(0),       p.uscc,       r.text(2),
                     r.text(3),       masked(r, 4), r.text(5),
                     p.penalty_types, money(r, 7),  money(r, 8),
                     p.decided_on,    r.text(10),   publicity.public_until->to_string()};
}

std::optional<OpenDataRow> inspection_row(const Row& r) {
  return OpenDataRow{r.text(0),
                     r.text(1),
                     r.text(2),
                     r.text(3),
                     text(r, 4),
                     r.text(5),
                     split_list(r.text(6)),
                     text(r, 7),
                     masked(r, 8),
                     masked(r, 9),
                     r.text(10)};
}

std::optional<OpenDataRow> abnormal_row(const Row& r) {
  return OpenDataRow{r.text(0),  r.text(1),  r.text(2), abnormal_ground_title(r.text(3)),
                     r.text(4), text(r, 5), text(r, 6)};
}

std::optional<OpenDataRow> dishonest_row(const Row& r) {
  return OpenDataRow{r.text(0), r.text(1),  r.text(2),  masked(r, 3),
                     r.text(4), r.text(5),  text(r, 6), text(r, 7)};
}

std::optional<OpenDataRow> spotcheck_row(const Row& r) {
  return OpenDataRow{r.text(0), r.text(1), r.text(2), text(r, 3), r.text(4),
                     split_list(r.text(5)), masked(r, 6), r.text(7)};
}

}  // namespace

Status each_public_row(store::Session& session, const DatasetInfo& dataset, core::Date today,
                       const PublicityConfig& config,
                       const std::function<bool(const OpenDataRow&)>& on_row) {
  std::string_view sql;
  std::function<std::optional<OpenDataRow>(const Row&)> map;
  store::Params params;
  const std::string day = today.to_string();
  switch (dataset.id) {
    case Dataset::keylist:
      sql = kKeylist, map = keylist_row;
      break;
    case Dataset::licences:
      sql = kLicences, map = [today](const Row& r) { return licence_row(r, today); };
      break;
    case Dataset::penalties:
      sql = kPenalties,
      map = [today, &config](const Row& r) { return penalty_row(r, today, config); };
      break;
    case Dataset::inspections:
      sql = kInspections, map = inspection_row;
      break;
    case Dataset::abnormal_list:
      sql = kAbnormal, map = abnormal_row, params = {day, day};
      break;
    case Dataset::dishonest_list:
      sql = kDishonest, map = dishonest_row, params = {day, day, day};
      break;
    case Dataset::spotcheck_results:
      sql = kSpotcheckResults, map = spotcheck_row;
      break;
  }
  return session.each(sql, params, [&](const Row& r) {
    const std::optional<OpenDataRow> row = map(r);
    return !row || on_row(*row);
  });
}

}  // namespace xj::disclosure

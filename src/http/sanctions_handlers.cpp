#include "http/sanctions_handlers.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>

#include "collection/record_repo.h"
#include "core/uscc.h"
#include "disclosure/publicity.h"
#include "http/body_fields.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "registry/enterprise_query.h"
#include "sanctions/constraints.h"
#include "sanctions/list_query.h"
#include "sanctions/listing.h"
#include "sanctions/proposals.h"
#include "sanctions/removal.h"
#include "sanctions/revocation.h"

namespace xj::http {
namespace {

using nlohmann::json;
using sanctions::AbnormalEntry;
using sanctions::DishonestEntry;

constexpr std::size_t kBatchLimit = 1000;  // api.md: constraints batch up to 1 000 codes

// ---- request bodies --------------------------------------------------------------------------

// A decision date (api.md): may lie in the past, not after today; missing → today.
Result<core::Date> decision_date(const json& body, const char* field, core::Date today) {
  XJ_TRY(auto text, optional_string(body, field));
  if (!text) return today;
  XJ_TRY(core::Date d, core::parse_date(*text, field));
  if (d > today) {
    return invalid(field, "invalid_date", std::string(field) + " 不得晚于今天 (must not be after today)");
  }
  return d;
}

Result<std::optional<std::string>> opt_decision_date(const json& body, const char* field,
                                                     core::Date today) {
  XJ_TRY(auto text, optional_string(body, field));
  if (!text) return std::optional<std::string>{};
  XJ_TRY(core::Date d, decision_date(body, field, today));
  return std::optional<std::string>{d.to_string()};
}

Result<std::string> one_of(const json& body, const char* field,
                           std::initializer_list<std::string_view> allowed) {
  XJ_TRY(std::string value, required_string(body, field));
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
    return invalid(field, "invalid_enum", std::string(field) + " 取值无效 (invalid value)");
  }
  return value;
}

Result<std::int64_t> path_id(const Request& req) {
  const std::string text = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return fail(ErrorCode::not_found, "记录不存在 (no such entry)");
  }
  return id;
}

Result<core::Uscc> uscc_field(const json& body, const core::LegacyCodes& legacy) {
  XJ_TRY(std::string raw, required_string(body, "uscc"));
  return core::Uscc::parse(raw, legacy);
}

// ---- JSON ------------------------------------------------------------------------------------

json region_item(json item, const std::string& uscc, const std::string& name,
                 const std::string& region) {
  item["uscc"] = uscc;
  item["name"] = name;
  item["region_code"] = region;
  return item;
}

template <typename Page, typename Map>
json items_of(const Page& page, Map map) {
  json items = json::array();
  for (const auto& l : page.items) items.push_back(region_item(map(l.entry), l.entry.uscc, l.name, l.region_code));
  return items;
}

Response respond(const Result<json>& r, const Request& req, int status = 200) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(status, *r);
}

// ---- the two lists ---------------------------------------------------------------------------

struct Deps {
  store::Database& db;
  core::Clock clock;
  const core::LegacyCodes& legacy;
  const Security& security;
  store::OutboxWorker& outbox;
};

// The region of an enterprise and the write check of the principal.
Result<std::string> writable_region(store::Session& s, const auth::Principal& who,
                                    const std::string& uscc) {
  XJ_TRY(std::string region, registry::enterprise_region(s, uscc));
  XJ_CHECK(who.require_enterprise_write(uscc, region));
  return region;
}

Result<json> add_abnormal(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const core::Date today = d.clock.today();
  XJ_TRY(core::Uscc uscc, uscc_field(body, d.legacy));
  sanctions::NewAbnormalEntry e;
  e.uscc = uscc.str();
  XJ_TRY(e.ground, one_of(body, "ground", {"annual_report", "instant_info", "false_info", "unreachable"}));
  XJ_TRY(e.listed_on, decision_date(body, "listed_on", today));
  XJ_TRY(e.decision_no, optional_string(body, "decision_no"));
  XJ_TRY(e.authority, optional_string(body, "authority"));
  XJ_TRY(e.proposed_from, optional_string(body, "proposed_from"));
  e.created_by = who.name;
  json out;
  XJ_CHECK(d.db.write([&](store::Session& s) -> Status {
    XJ_TRY(e.region_code, writable_region(s, who, e.uscc));
    if (e.proposed_from) {
      XJ_TRY(auto found, s.query("SELECT 1 FROM inspections WHERE inspection_no = ? AND uscc = ?",
                                 {store::Value{*e.proposed_from}, store::Value{e.uscc}}));
      if (found.empty()) {
        return invalid("proposed_from", "not_found",
                       "未找到该企业的这条检查记录 (no such inspection of this enterprise)");
      }
    }
    XJ_TRY(AbnormalEntry stored, sanctions::add_abnormal_entry(s, e));
    out = internal_json(stored, today);
    return {};
  }));
  d.outbox.wake();
  return out;
}

Result<json> remove_abnormal(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(std::int64_t id, path_id(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const core::Date today = d.clock.today();
  json out;
  XJ_CHECK(d.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::find_abnormal(s, id));
    if (!found) return fail(ErrorCode::not_found, "经营异常名录记录不存在 (no such abnormal list entry)");
    XJ_CHECK(writable_region(s, who, found->uscc).map([](auto&&) {}));
    // §4.1 removal reasons (repair goes through /repairs).
    XJ_TRY(std::string reason, one_of(body, "reason", {"cured", "revoked_decision"}));
    XJ_TRY(core::Date on, decision_date(body, "removed_on", today));
    if (on.to_string() < found->listed_on) {
      return invalid("removed_on", "invalid_date", "移出日期早于列入日期 (removed_on before listed_on)");
    }
    XJ_TRY(auto note, optional_string(body, "note"));
    XJ_CHECK(sanctions::remove_abnormal_entry(s, {id, found->uscc, on, reason, note.value_or(""), who.name}));
    XJ_TRY(auto stored, sanctions::find_abnormal(s, id));
    out = internal_json(*stored, today);
    return {};
  }));
  d.outbox.wake();
  return out;
}

Result<json> add_dishonest(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const core::Date today = d.clock.today();
  XJ_TRY(core::Uscc uscc, uscc_field(body, d.legacy));
  sanctions::DishonestProposal p;
  p.uscc = uscc.str();
  auto basis = body.find("basis");
  if (basis == body.end() || !basis->is_object()) {
    return invalid("basis", "missing_field", "缺少列入依据 basis (missing basis)");
  }
  XJ_TRY(p.basis_type, one_of(*basis, "type", {"penalty", "abnormal_list"}));
  auto id = basis->find("id");
  if (id != basis->end() && id->is_number_integer()) {
    p.basis_id = std::to_string(id->get<std::int64_t>());
  } else {
    XJ_TRY(p.basis_id, required_string(*basis, "id"));
  }
  XJ_TRY(p.grounds, optional_string(body, "grounds"));
  XJ_TRY(p.decision_no, optional_string(body, "decision_no"));
  XJ_TRY(p.authority, optional_string(body, "authority"));
  XJ_TRY(p.listed_on, decision_date(body, "listed_on", today));
  // Procedure (Order 44): prior notice, hearing requested and held, all before the decision.
  XJ_TRY(p.notice_served_on, opt_decision_date(body, "notice_served_on", today));
  XJ_TRY(p.hearing_held_on, opt_decision_date(body, "hearing_held_on", today));
  if (auto h = body.find("hearing_requested"); h != body.end() && !h->is_null()) {
    if (!h->is_boolean()) return invalid("hearing_requested", "invalid_value", "hearing_requested 应为布尔值 (must be a boolean)");
    p.hearing_requested = h->get<bool>();
  }
  const std::string listed = p.listed_on.to_string();
  if (p.notice_served_on && *p.notice_served_on > listed) {
    return invalid("notice_served_on", "invalid_date", "告知日期晚于列入日期 (notice after listed_on)");
  }
  if (p.hearing_held_on && (!p.hearing_requested || *p.hearing_held_on > listed)) {
    return invalid("hearing_held_on", "invalid_date",
                   "听证日期须在申请听证后且不晚于列入日期 (hearing held needs a request, before listed_on)");
  }
  p.proposer_region = who.region;
  p.proposed_by = who.name;
  json out;
  XJ_CHECK(d.db.write([&](store::Session& s) -> Status {
    XJ_CHECK(writable_region(s, who, p.uscc).map([](auto&&) {}));
    XJ_TRY(DishonestEntry stored, sanctions::propose_dishonest_entry(s, p));
    out = internal_json(stored, today);
    return {};
  }));
  d.outbox.wake();
  return out;
}

Result<json> approve_dishonest(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(std::int64_t id, path_id(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const core::Date today = d.clock.today();
  json out;
  XJ_CHECK(d.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::find_dishonest(s, id));
    if (!found) return fail(ErrorCode::not_found, "严重违法失信名单记录不存在 (no such dishonest list entry)");
    XJ_CHECK(writable_region(s, who, found->uscc).map([](auto&&) {}));
    // §4.2: approval by a higher level — a region prefix shorter than the proposer's, containing it.
    if (!(who.region.size() < found->region_code.size() && found->region_code.starts_with(who.region))) {
      return fail(ErrorCode::forbidden, "须由上级（区划前缀更短）的账号批准 (approval needs a higher-level account)");
    }
    XJ_TRY(core::Date on, decision_date(body, "approved_on", today));
    XJ_TRY(DishonestEntry stored, sanctions::approve_dishonest_entry(s, id, on, who.name));
    out = internal_json(stored, today);
    return {};
  }));
  d.outbox.wake();
  return out;
}

Result<json> remove_dishonest(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(std::int64_t id, path_id(req));
  XJ_TRY(json body, parse_json_object(req.body));
  const core::Date today = d.clock.today();
  json out;
  XJ_CHECK(d.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::find_dishonest(s, id));
    if (!found) return fail(ErrorCode::not_found, "严重违法失信名单记录不存在 (no such dishonest list entry)");
    XJ_CHECK(writable_region(s, who, found->uscc).map([](auto&&) {}));
    XJ_TRY(std::string reason, one_of(body, "reason", {"revoked_decision", "other"}));
    XJ_TRY(core::Date on, decision_date(body, "removed_on", today));
    XJ_TRY(auto note, optional_string(body, "note"));
    XJ_CHECK(sanctions::remove_dishonest_entry(s, {id, found->uscc, on, reason, note.value_or(""), who.name}));
    XJ_TRY(auto stored, sanctions::find_dishonest(s, id));
    out = internal_json(*stored, today);
    return {};
  }));
  d.outbox.wake();
  return out;
}

// Internal lists: within the account's region; an enterprise user sees its own entries only.
Result<sanctions::ListQuery> internal_query(const Deps& d, const Request& req,
                                            const auth::Principal& who, const Page& page) {
  sanctions::ListQuery q;
  q.as_of = d.clock.today();
  q.offset = page.offset();
  q.limit = page.page_size;
  if (who.role == auth::Role::enterprise) {
    q.uscc = who.uscc.value_or("-");
  } else {
    XJ_TRY(q.region_prefix, scoped_region(req, who));
  }
  return q;
}

Result<json> list_abnormal(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(auto q, internal_query(d, req, who, page));
  if (auto active = req.query_param("active")) {
    if (*active != "true" && *active != "false") {
      return fail(ErrorCode::bad_request, "active 应为 true 或 false (active must be true or false)");
    }
    q.state = *active == "true" ? "active" : "removed";
  }
  json out;
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::list_abnormal(s, q));
    out = list_envelope(items_of(found, [&](const AbnormalEntry& e) { return internal_json(e, q.as_of); }),
                        found.total, page);
    return {};
  }));
  return out;
}

Result<json> list_dishonest(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(auto q, internal_query(d, req, who, page));
  q.state = req.query_param("status");
  json out;
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::list_dishonest(s, q));
    out = list_envelope(items_of(found, [&](const DishonestEntry& e) { return internal_json(e, q.as_of); }),
                        found.total, page);
    return {};
  }));
  return out;
}

Result<json> abnormal_proposals(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(std::string region, scoped_region(req, who));
  json items = json::array();
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::abnormal_proposals(s, region, d.clock.today()));
    for (const auto& p : found) {
      items.push_back({{"inspection_no", p.inspection_no}, {"uscc", p.uscc}, {"name", p.name},
                       {"region_code", p.region_code}, {"ground", p.ground},
                       {"checked_on", p.checked_on}, {"authority", p.authority}});
    }
    return {};
  }));
  return json{{"items", items}, {"total", items.size()}};
}

Result<json> escalation_proposals(const Deps& d, const Request& req) {
  XJ_TRY(auth::Principal who, d.security.principal(req));
  XJ_TRY(std::string region, scoped_region(req, who));
  const core::Date today = d.clock.today();
  json items = json::array();
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto found, sanctions::escalation_proposals(s, region, today));
    for (const auto& p : found) {
      items.push_back({{"uscc", p.entry.uscc}, {"name", p.name},
                       {"region_code", p.entry.region_code},
                       {"basis", {{"type", "abnormal_list"}, {"id", p.entry.id}}},
                       {"abnormal_entry", internal_json(p.entry, today)},
                       {"eligible_on", p.eligible_on}, {"notice_due", p.notice_due}});
    }
    return {};
  }));
  return json{{"items", items}, {"total", items.size()}};
}

// ---- constraints ----------------------------------------------------------------------------

json constraints_json(const std::string& uscc, const sanctions::Constraints& c) {
  json measures = json::array();
  for (const auto& m : c.measures) {
    json basis_id = m.basis == "penalty" ? json(m.basis_id) : json(std::stoll(m.basis_id));
    measures.push_back({{"code", m.code}, {"basis", m.basis}, {"basis_id", basis_id},
                        {"since", m.since}, {"until", or_null(m.until)}});
  }
  return {{"uscc", uscc}, {"as_of", c.as_of.to_string()}, {"restricted", c.restricted},
          {"measures", measures}};
}

Result<core::Date> as_of_of(const Deps& d, const Request& req) {
  auto raw = req.query_param("as_of");
  if (!raw) return d.clock.today();
  auto parsed = core::parse_date(*raw, "as_of");
  if (!parsed) return fail(ErrorCode::bad_request, "as_of 应为 YYYY-MM-DD (as_of must be a date)");
  return *parsed;
}

Result<json> constraints_of(store::Session& s, const std::string& uscc, core::Date as_of) {
  XJ_TRY(auto facts, sanctions::load_constraint_facts(s, uscc));
  return constraints_json(uscc, sanctions::constraints_on(facts, as_of));
}

Result<json> constraints(const Deps& d, const Request& req) {
  XJ_TRY(core::Uscc uscc, core::Uscc::parse(req.param("uscc"), d.legacy));
  XJ_TRY(core::Date as_of, as_of_of(d, req));
  json out;
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    XJ_TRY(out, constraints_of(s, uscc.str(), as_of));
    return {};
  }));
  return out;
}

// Batch: one answer per code in request order; a malformed code answers its own error object
// ({"uscc", "error": {code, message}}) so one typo does not sink the batch.
Result<json> constraints_batch(const Deps& d, const Request& req) {
  XJ_TRY(json body, parse_json_object(req.body));
  auto list = body.find("uscc");
  if (list == body.end() || !list->is_array()) {
    return fail(ErrorCode::bad_request, "缺少 uscc 数组 (missing uscc array)");
  }
  if (list->size() > kBatchLimit) {
    return fail(ErrorCode::bad_request, "一次最多查询 1000 个代码 (at most 1 000 codes per batch)");
  }
  XJ_TRY(core::Date as_of, as_of_of(d, req));
  json items = json::array();
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    for (const auto& raw : *list) {
      const std::string text = raw.is_string() ? raw.get<std::string>() : raw.dump();
      auto uscc = core::Uscc::parse(text, d.legacy);
      if (!uscc) {
        items.push_back({{"uscc", text},
                         {"error", {{"code", "invalid_uscc"}, {"message", uscc.error().message}}}});
        continue;
      }
      XJ_TRY(json one, constraints_of(s, uscc->str(), as_of));
      items.push_back(std::move(one));
    }
    return {};
  }));
  return json{{"as_of", as_of.to_string()}, {"items", items}};
}

// ---- public lists ----------------------------------------------------------------------------

// ?region= of a public list: a 2, 4 or 6-digit prefix, or absent (everything).
Result<std::string> public_region(const Request& req) {
  auto raw = req.query_param("region");
  if (!raw || raw->empty()) return std::string();
  const bool digits = std::all_of(raw->begin(), raw->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || (raw->size() != 2 && raw->size() != 4 && raw->size() != 6)) {
    return fail(ErrorCode::bad_request, "region 应为 2、4 或 6 位区划代码前缀 (region must be a 2, 4 or 6-digit prefix)");
  }
  return *raw;
}

template <typename Lister>
Result<json> public_list(const Deps& d, const Request& req, Lister lister) {
  XJ_TRY(Page page, parse_page(req));
  sanctions::ListQuery q;
  XJ_TRY(q.region_prefix, public_region(req));
  q.state = "active";  // §4.1 active / §4.2 in force: never pending, removed or expired
  q.as_of = d.clock.today();
  q.offset = page.offset();
  q.limit = page.page_size;
  json out;
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    XJ_TRY(auto found, lister(s, q));
    out = list_envelope(items_of(found, [](const auto& e) { return public_json(e); }), found.total, page);
    return {};
  }));
  return out;
}

// 集中曝光 (seed task 9): enterprises with a dishonest entry in force, or with 3 or more
// published penalties (disclosure::is_published_penalty, neither repaired nor revoked) decided
// in the 3 years up to today; per region, most serious first.
Result<json> exposure(const Deps& d, const Request& req) {
  XJ_TRY(Page page, parse_page(req));
  XJ_TRY(std::string region, public_region(req));
  const core::Date today = d.clock.today();
  const std::string day = today.to_string();
  const std::string from = core::add_days(core::add_years(today, -3), 1).to_string();
  constexpr int kRepeatPenalties = 3;
  struct Offender {
    std::string name;
    std::string region_code;
    json dishonest = json::array();
    int penalties = 0;
  };
  std::map<std::string, Offender> found;
  XJ_CHECK(d.db.read([&](store::Session& s) -> Status {
    sanctions::ListQuery q{region, std::nullopt, "active", today, 0, 1'000'000};
    XJ_TRY(auto listed, sanctions::list_dishonest(s, q));
    for (const auto& l : listed.items) {
      Offender& o = found[l.entry.uscc];
      o.name = l.name;
      o.region_code = l.region_code;
      o.dishonest.push_back(public_json(l.entry));
    }
    std::map<std::string, std::pair<std::string, int>> counts;  // uscc → (name, count)
    XJ_CHECK(collection::each_penalty_decided_between(s, from, day, [&](const collection::Penalty& p) {
      const bool ended = (p.repaired_on && *p.repaired_on <= day) || (p.revoked_on && *p.revoked_on <= day);
      if (disclosure::is_published_penalty(p) && !ended) {
        auto& c = counts[p.uscc];
        c.first = p.name;
        ++c.second;
      }
      return true;
    }));
    for (const auto& [uscc, c] : counts) {
      if (c.second < kRepeatPenalties) continue;
      XJ_TRY(std::string r, registry::enterprise_region(s, uscc));
      if (!r.starts_with(region)) continue;
      Offender& o = found[uscc];
      if (o.name.empty()) o.name = c.first;
      o.region_code = r;
    }
    for (auto& [uscc, o] : found) o.penalties = counts.contains(uscc) ? counts[uscc].second : 0;
    return {};
  }));
  std::vector<std::pair<std::string, Offender>> ordered(found.begin(), found.end());
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    if (a.second.dishonest.empty() != b.second.dishonest.empty()) return !a.second.dishonest.empty();
    if (a.second.penalties != b.second.penalties) return a.second.penalties > b.second.penalties;
    return a.first < b.first;
  });
  json items = json::array();
  const auto begin = std::min<std::size_t>(page.offset(), ordered.size());
  const auto end = std::min<std::size_t>(begin + page.page_size, ordered.size());
  for (std::size_t i = begin; i < end; ++i) {
    const auto& [uscc, o] = ordered[i];
    json reasons = json::array();
    if (!o.dishonest.empty()) reasons.push_back("dishonest_list");
    if (o.penalties >= kRepeatPenalties) reasons.push_back("repeat_penalties");
    items.push_back({{"uscc", uscc}, {"name", o.name}, {"region_code", o.region_code},
                     {"reasons", reasons}, {"dishonest_list", o.dishonest},
                     {"published_penalties_3y", o.penalties}});
  }
  return list_envelope(std::move(items), static_cast<std::int64_t>(ordered.size()), page);
}

template <typename Fn>
Handler route(const Deps& d, Fn fn, int status = 200) {
  return [d, fn, status](Request& req) -> Response { return respond(fn(d, req), req, status); };
}

}  // namespace

json public_json(const AbnormalEntry& e) {
  return {{"id", e.id}, {"ground", e.ground}, {"listed_on", e.listed_on},
          {"decision_no", or_null(e.decision_no)}, {"authority", or_null(e.authority)}};
}

json public_json(const DishonestEntry& e) {
  return {{"id", e.id}, {"grounds", or_null(e.grounds)}, {"listed_on", e.listed_on},
          {"expires_on", e.expires_on}, {"decision_no", or_null(e.decision_no)},
          {"authority", or_null(e.authority)}};
}

json internal_json(const AbnormalEntry& e, core::Date today) {
  json out = public_json(e);
  out.update({{"uscc", e.uscc}, {"region_code", e.region_code},
              {"proposed_from", or_null(e.proposed_from)}, {"removed_on", or_null(e.removed_on)},
              {"removal_reason", or_null(e.removal_reason)}, {"removal_note", or_null(e.removal_note)},
              {"created_by", e.created_by}, {"status", sanctions::state_on(e, today)},
              {"is_public_today", sanctions::is_active(e, today)}});
  return out;
}

json internal_json(const DishonestEntry& e, core::Date today) {
  json out = public_json(e);
  out.update({{"uscc", e.uscc},
              {"basis", {{"type", e.basis_type}, {"id", e.basis_id}}},
              {"notice_served_on", or_null(e.notice_served_on)},
              {"hearing_requested", e.hearing_requested},
              {"hearing_held_on", or_null(e.hearing_held_on)},
              {"region_code", e.region_code}, {"proposed_by", e.proposed_by},
              {"approved_by", or_null(e.approved_by)}, {"approved_on", or_null(e.approved_on)},
              {"removed_on", or_null(e.removed_on)}, {"removal_reason", or_null(e.removal_reason)},
              {"removal_note", or_null(e.removal_note)},
              {"status", sanctions::state_on(e, today)},
              {"is_public_today", sanctions::in_force(e, today)}});
  return out;
}

Result<json> internal_lists_json(store::Session& s, const std::string& uscc, core::Date today) {
  XJ_TRY(auto abnormal, sanctions::abnormal_entries_of(s, uscc));
  XJ_TRY(auto dishonest, sanctions::dishonest_entries_of(s, uscc));
  json out = {{"abnormal_list", json::array()}, {"dishonest_list", json::array()}};
  for (const auto& e : abnormal) out["abnormal_list"].push_back(internal_json(e, today));
  for (const auto& e : dishonest) out["dishonest_list"].push_back(internal_json(e, today));
  return out;
}

void register_sanctions_handlers(App& app, const Capabilities& caps) {
  const Deps d{caps.db, caps.clock, caps.legacy, caps.security, caps.outbox};
  caps.outbox.add_consumer(std::make_shared<sanctions::RevocationConsumer>(caps.db, caps.clock));
  Router& r = app.router();
  r.post("/api/v1/abnormal-list", Access::internal, "list.write", route(d, add_abnormal, 201));
  r.get("/api/v1/abnormal-list", Access::internal, "enterprise.read", route(d, list_abnormal));
  r.get("/api/v1/abnormal-list/proposals", Access::internal, "list.write", route(d, abnormal_proposals));
  r.post("/api/v1/abnormal-list/{id}/removal", Access::internal, "list.write", route(d, remove_abnormal));
  r.post("/api/v1/dishonest-list", Access::internal, "list.write", route(d, add_dishonest, 201));
  r.get("/api/v1/dishonest-list", Access::internal, "enterprise.read", route(d, list_dishonest));
  r.get("/api/v1/dishonest-list/proposals", Access::internal, "list.write", route(d, escalation_proposals));
  r.post("/api/v1/dishonest-list/{id}/approval", Access::internal, "list.write", route(d, approve_dishonest));
  r.post("/api/v1/dishonest-list/{id}/removal", Access::internal, "list.write", route(d, remove_dishonest));
  r.get("/api/v1/constraints/{uscc}", Access::internal, "constraints.read", route(d, constraints));
  r.post("/api/v1/constraints:batch", Access::internal, "constraints.read", route(d, constraints_batch));
  r.get("/api/v1/public/abnormal-list", Access::open, "", route(d, [](const Deps& dd, const Request& req) {
          return public_list(dd, req, sanctions::list_abnormal);
        }));
  r.get("/api/v1/public/dishonest-list", Access::open, "", route(d, [](const Deps& dd, const Request& req) {
          return public_list(dd, req, sanctions::list_dishonest);
        }));
  r.get("/api/v1/public/exposure", Access::open, "", route(d, exposure));
}

}  // namespace xj::http

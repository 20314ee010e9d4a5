// GET /api/v1/keylist/proposals, POST /api/v1/keylist/proposals/{id}/decision, and the wiring of
// the "keylist_proposals" outbox consumer and its daily tick (enterprise_handlers.h).
#include <spdlog/spdlog.h>

#include <charconv>

#include "collection/record_writer.h"
#include "http/enterprise_handlers.h"
#include "http/errors.h"
#include "http/json.h"
#include "http/list_scope.h"
#include "registry/enterprise_query.h"
#include "registry/keylist_proposal_repo.h"
#include "registry/keylist_proposals.h"
#include "registry/keylist_query.h"
#include "registry/keylist_repo.h"

namespace xj::http {
namespace {

using nlohmann::json;

constexpr std::string_view kStatuses[] = {"pending", "accepted", "rejected", "withdrawn"};
constexpr std::size_t kMaxReasonBytes = 2000;

// The 移出原因 recorded on the entry for a removal proposal's reason code.
std::string removal_text(const registry::Proposal& p) {
  if (p.reason == "licence_revoked") return "许可证已吊销 (licence revoked)";
  if (p.reason == "licence_rescinded") return "许可证已撤销 (licence rescinded)";
  if (p.reason == "licence_cancelled") return "许可证已注销 (licence cancelled)";
  return "许可证已过期 (licence expired)";
}

// Applies an accepted proposal through the code of POST / DELETE /api/v1/keylist: the entry is
// listed with history and a keylist_entry.created event, or removed with keylist_entry.removed.
Status apply_proposal(store::Session& s, registry::Proposal& p, std::string_view decided_by,
                      core::Date today) {
  if (p.kind == registry::ProposalKind::remove) {
    if (!p.entry_id) return fail(ErrorCode::internal, "removal proposal without an entry");
    return registry::remove_keylist_entry(s, *p.entry_id, today.to_string(), removal_text(p));
  }
  registry::KeyListEntry e;
  e.area = p.area;
  e.subcategory = p.subcategory;
  e.uscc = p.uscc;
  e.name = p.name;
  e.licence_no = p.licence_no;
  e.remark = "依许可证调整建议列入 (listed from proposal " + std::to_string(p.id) + ")";
  e.listed_on = today.to_string();
  const collection::Record record = e;
  XJ_CHECK(collection::store_record(s, record, {std::string(decided_by), std::nullopt}));
  XJ_TRY(auto entries, registry::keylist_entries_of(s, p.uscc));
  for (const auto& listed : entries) {
    if (!listed.removed_on && listed.area == p.area && listed.licence_no == p.licence_no) {
      p.entry_id = listed.id;
    }
  }
  return {};
}

json to_json(const registry::Proposal& p) {
  return {{"id", p.id},
          {"kind", std::string(registry::to_string(p.kind))},
          {"area", p.area},
          {"subcategory", or_null(p.subcategory)},
          {"uscc", p.uscc},
          {"name", p.name},
          {"licence_no", p.licence_no},
          {"entry_id", or_null(p.entry_id)},
          {"reason", p.reason},
          {"licence_status", p.licence_status},
          {"proposed_on", p.proposed_on},
          {"status", p.status},
          {"decided_on", or_null(p.decided_on)},
          {"decided_by", or_null(p.decided_by)},
          {"decision_reason", or_null(p.decision_reason)}};
}

// ?status=: pending by default (the officer's to-do list), `all` for every status.
Result<std::optional<std::string>> status_filter(const Request& req) {
  const std::string status = req.query_param("status").value_or("pending");
  if (status == "all" || status.empty()) return std::optional<std::string>();
  for (auto s : kStatuses) {
    if (status == s) return std::optional<std::string>(status);
  }
  return fail(ErrorCode::bad_request,
              "status 应为 pending、accepted、rejected、withdrawn 或 all (bad status)");
}

Result<json> list(const Capabilities& caps, const Request& req) {
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  XJ_TRY(Page page, parse_page(req));
  registry::ProposalFilter filter;
  XJ_TRY(filter.area, scoped_area(req, who));
  XJ_TRY(filter.status, status_filter(req));
  XJ_TRY(std::string region, scoped_region(req, who));
  filter.region_prefix = region;
  json items = json::array();
  std::int64_t total = 0;
  XJ_CHECK(caps.db.read([&](store::Session& s) -> Status {
    XJ_TRY(total, registry::count_proposals(s, filter));
    XJ_TRY(auto found, registry::list_proposals(s, filter, page.offset(), page.page_size));
    for (const auto& p : found) items.push_back(to_json(p));
    return {};
  }));
  return list_envelope(std::move(items), total, page);
}

Result<json> decide(const Capabilities& caps, const Request& req,
                    const registry::ApplyProposal& apply) {
  XJ_TRY(auth::Principal who, caps.security.principal(req));
  const std::string text = req.param("id");
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return fail(ErrorCode::not_found, "未找到该调整建议 (no such proposal)");
  }
  XJ_TRY(json body, parse_json_object(req.body));
  const json decision = body.value("decision", json());
  if (!decision.is_string() || (decision != "accept" && decision != "reject")) {
    return invalid("decision", decision.is_null() ? "missing_field" : "invalid_enum",
                   "decision 应为 accept 或 reject (decision must be accept or reject)");
  }
  std::optional<std::string> reason;
  if (body.contains("reason") && !body["reason"].is_null()) {
    if (!body["reason"].is_string()) {
      return invalid("reason", "invalid_enum", "reason 应为文本 (reason must be text)");
    }
    reason = body["reason"].get<std::string>();
    if (reason->size() > kMaxReasonBytes) {
      return invalid("reason", "too_long", "reason 过长 (reason is too long)");
    }
  }
  const core::Date today = caps.clock.today();
  json out;
  XJ_CHECK(caps.db.write([&](store::Session& s) -> Status {
    XJ_TRY(auto found, registry::find_proposal(s, id));
    if (!found) return fail(ErrorCode::not_found, "未找到该调整建议 (no such proposal)");
    XJ_CHECK(who.require_area(found->area));
    XJ_TRY(std::string region, registry::enterprise_region(s, found->uscc));
    XJ_CHECK(who.require_enterprise_write(found->uscc, region));
    XJ_TRY(auto decided,
           registry::decide(s, id, decision == "accept", who.name, reason, today, apply));
    out = to_json(decided);
    return {};
  }));
  caps.outbox.wake();
  return out;
}

template <typename T>
Response answer(const Result<T>& r, const Request& req) {
  if (!r) return error_response(r.error(), req.request_id);
  return json_response(200, *r);
}

}  // namespace

void register_keylist_proposal_handlers(App& app, const Capabilities& caps) {
  const registry::ApplyProposal apply = apply_proposal;
  auto settings = registry::load_proposal_settings(caps.config_dir);
  if (!settings) {
    spdlog::error("{} — 按默认值运行 (using the defaults)", settings.error().message);
    settings = registry::ProposalSettings{};
  }
  auto consumer =
      std::make_shared<registry::ProposalConsumer>(caps.db, caps.clock, *settings, apply);
  caps.outbox.add_consumer(consumer);
  caps.outbox.add_tick([consumer] { return consumer->daily_check(); });
  app.router().get("/api/v1/keylist/proposals", Access::internal, "keylist.read",
                   [caps](Request& req) { return answer(list(caps, req), req); });
  app.router().post("/api/v1/keylist/proposals/{id}/decision", Access::internal, "keylist.write",
                    [caps, apply](Request& req) { return answer(decide(caps, req, apply), req); });
}

}  // namespace xj::http

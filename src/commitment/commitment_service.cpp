#include "commitment/commitment_service.h"

#include <nlohmann/json.hpp>

#include "commitment/commitment_repo.h"
#include "store/outbox.h"

namespace xj::commitment {
namespace {

// api.md: decision and event dates may lie in the past, not after today.
Status not_after_today(const std::optional<core::Date>& d, core::Date today, std::string field) {
  if (d && *d > today) {
    return invalid(std::move(field), "invalid_date", "日期不能晚于今天 (date after today)");
  }
  return {};
}

Result<Commitment> reread(store::Session& session, std::int64_t id) {
  XJ_TRY(auto found, find_commitment(session, id));
  if (!found) return fail(ErrorCode::internal, "stored commitment not found");
  return std::move(*found);
}

}  // namespace

Result<Commitment> make_commitment(store::Session& session, const NewCommitment& in,
                                   const Context& ctx) {
  if (!is_kind(in.kind)) {
    return invalid("kind", "invalid_enum",
                   "kind 应为 approval、registration、voluntary 或 repair (invalid kind)");
  }
  XJ_CHECK(not_after_today(in.made_on, ctx.today, "made_on"));
  const core::Date made_on = in.made_on.value_or(ctx.today);
  std::string text = in.text.value_or("");
  if (in.template_id) {
    XJ_TRY(auto tpl, find_template(session, *in.template_id));
    if (!tpl) return fail(ErrorCode::not_found, "未找到该承诺模板 (no such commitment template)");
    if (text.empty()) text = tpl->text;
  }
  if (text.empty()) return invalid("text", "missing_field", "请填写承诺内容 (text is required)");
  if (in.verify_by && *in.verify_by < made_on) {
    return invalid("verify_by", "invalid_date", "核查期限早于承诺日期 (verify_by before made_on)");
  }

  if (in.kind == "approval") {
    // §6: no approval route for an enterprise on the dishonest list or with a false commitment.
    XJ_TRY(bool listed, dishonest_in_force(session, in.uscc, made_on));
    XJ_TRY(auto existing, commitments_of(session, in.uscc));
    auto refusals = approval_route_refusals(listed, existing, made_on, ctx.rules);
    if (!refusals.empty()) {
      return fail(ErrorCode::not_eligible, "不适用告知承诺制 (the approval route is not available)",
                  std::move(refusals));
    }
  }

  Commitment c;
  c.uscc = in.uscc;
  c.kind = in.kind;
  c.template_id = in.template_id;
  c.text = std::move(text);
  c.matter = in.matter;
  c.made_on = made_on.to_string();
  auto verify_by =
      in.verify_by ? in.verify_by : default_verify_by(in.kind, made_on, ctx.calendar, ctx.rules);
  if (verify_by) c.verify_by = verify_by->to_string();
  c.is_public = is_public_kind(in.kind);
  c.region_code = in.region_code;
  c.created_by = ctx.actor;
  XJ_TRY(c.id, insert_commitment(session, c));
  XJ_CHECK(store::append_outbox(session, "commitment.created", c.uscc,
                                nlohmann::json{{"id", c.id},
                                               {"uscc", c.uscc},
                                               {"kind", c.kind},
                                               {"made_on", c.made_on},
                                               {"is_public", c.is_public}}
                                    .dump()));
  return reread(session, c.id);
}

Result<Commitment> verify_commitment(store::Session& session, std::int64_t id,
                                     const Verification& in, const Context& ctx) {
  if (in.result != kConsistent && in.result != kInconsistent) {
    return invalid("result", "invalid_enum", "result 应为 consistent 或 inconsistent (invalid result)");
  }
  if (in.action && !is_action(*in.action)) {
    return invalid("action", "invalid_enum",
                   "action 应为 terminate、rectify、revoke 或 penalty (invalid action)");
  }
  if (in.result == kInconsistent && !in.action) {
    // §6: an inconsistent finding records the action taken.
    return invalid("action", "missing_field", "核查不实须记录处理措施 (action is required)");
  }
  XJ_CHECK(not_after_today(in.verified_on, ctx.today, "verified_on"));
  XJ_TRY(auto found, find_commitment(session, id));
  if (!found) return fail(ErrorCode::not_found, "未找到该承诺 (no such commitment)");
  const core::Date verified_on = in.verified_on.value_or(ctx.today);
  if (verified_on.to_string() < found->made_on) {
    return invalid("verified_on", "invalid_date", "核查日期早于承诺日期 (verified_on before made_on)");
  }
  XJ_TRY(bool changed, record_verification(session, id, in.result, verified_on.to_string(),
                                           in.action, in.note));
  if (!changed) return fail(ErrorCode::conflict, "该承诺已核查 (commitment already verified)");
  XJ_CHECK(store::append_outbox(
      session, "commitment.verified", found->uscc,
      nlohmann::json{{"id", id},
                     {"uscc", found->uscc},
                     {"result", in.result},
                     {"verified_on", verified_on.to_string()},
                     {"action", in.action ? nlohmann::json(*in.action) : nlohmann::json(nullptr)}}
          .dump()));
  return reread(session, id);
}

}  // namespace xj::commitment

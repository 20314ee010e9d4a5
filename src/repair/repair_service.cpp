#include "repair/repair_service.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "audit/digest.h"
#include "commitment/commitment_service.h"
#include "repair/base64.h"
#include "repair/repair_repo.h"
#include "sanctions/removal.h"
#include "store/outbox.h"

namespace xj::repair {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxFilename = 255;

json target_json(const Repair& r) {
  return {{"type", to_string(r.target_type)}, {"id", r.target_id}};
}

Status event(store::Session& s, std::string_view type, const Repair& r, json payload) {
  payload["id"] = r.id;
  payload["uscc"] = r.uscc;
  payload["target"] = target_json(r);
  return store::append_outbox(s, type, r.uscc, payload.dump());
}

Result<Repair> reread(store::Session& s, std::int64_t id) {
  XJ_TRY(auto found, find_repair(s, id));
  if (!found) return fail(ErrorCode::internal, "stored repair not found");
  return std::move(*found);
}

Result<std::int64_t> entry_id(const Repair& r) {
  std::int64_t id = 0;
  const auto& t = r.target_id;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), id);
  if (ec != std::errc() || end != t.data() + t.size()) {
    return fail(ErrorCode::conflict, "修复对象已不存在 (the repaired entry no longer exists)");
  }
  return id;
}

Status store_text(store::Session& s, std::int64_t repair_id, const std::string& text,
                  const Context& ctx) {
  Material m;
  m.repair_id = repair_id;
  m.kind = "text";
  m.size = static_cast<std::int64_t>(text.size());
  m.sm3 = audit::sm3_hex(text);
  m.text = text;
  m.added_by = ctx.actor;
  m.added_on = ctx.today.to_string();
  XJ_CHECK(insert_material(s, m, std::nullopt));
  return {};
}

// §5 "Approval effects, in one transaction": publicity stops or the entry is removed; the events
// let the public record, constraints, risk and partners react.
Status grant(store::Session& s, const Repair& r, core::Date on, const std::string& reason,
             const Context& ctx) {
  const std::string day = on.to_string();
  switch (r.target_type) {
    case TargetType::penalty: {
      XJ_TRY(bool changed, mark_penalty_repaired(s, r.uscc, r.target_id, day));
      if (!changed) {
        return fail(ErrorCode::conflict, "该处罚已修复或不存在 (penalty already repaired or gone)");
      }
      XJ_CHECK(store::append_outbox(
          s, "penalty.repaired", r.uscc,
          json{{"decision_no", r.target_id}, {"uscc", r.uscc}, {"repaired_on", day}}.dump()));
      break;
    }
    case TargetType::abnormal_list: {
      XJ_TRY(std::int64_t id, entry_id(r));
      XJ_CHECK(sanctions::remove_abnormal_entry(s, {id, r.uscc, on, "repair", reason, ctx.actor}));
      break;
    }
    case TargetType::dishonest_list: {
      XJ_TRY(std::int64_t id, entry_id(r));
      XJ_CHECK(sanctions::remove_dishonest_entry(s, {id, r.uscc, on, "repair", reason, ctx.actor}));
      break;
    }
  }
  return event(s, "repair.granted", r, {{"decided_on", day}});
}

Status check_day(const std::optional<core::Date>& d, core::Date today, const char* field) {
  if (d && *d > today) return invalid(field, "invalid_date", "日期不能晚于今天 (date after today)");
  return {};
}

}  // namespace

Result<Repair> apply(store::Session& s, const NewRepair& in, const Context& ctx) {
  XJ_CHECK(check_day(in.applied_on, ctx.today, "applied_on"));
  if (in.reason.empty()) return invalid("reason", "missing_field", "请填写申请理由 (reason is required)");
  if (in.commitment.empty()) {
    return invalid("commitment", "missing_field", "请提交信用修复承诺书 (commitment is required)");
  }
  if (in.target_id.empty()) {
    return invalid("target.id", "missing_field", "请指明修复对象 (target.id is required)");
  }
  const core::Date applied_on = in.applied_on.value_or(ctx.today);
  XJ_TRY(EnterpriseFacts facts, enterprise_facts(s, in.uscc));
  const Verdict verdict = assess(
      {in.target_type, in.target_id, applied_on, in.obligations_fulfilled, in.rectified}, facts,
      ctx.rules);
  if (!verdict.eligible()) {
    return fail(ErrorCode::not_eligible, "不符合信用修复条件 (not eligible for credit repair)",
                verdict.failures);
  }
  XJ_TRY(bool open, has_open_repair(s, in.uscc, in.target_type, in.target_id));
  if (open) {
    return fail(ErrorCode::conflict,
                "该对象已有待审核的修复申请 (an application for this target is pending)");
  }
  // The 守信承诺书 is a commitment of kind `repair` (§6), not public.
  const core::WorkingCalendar& calendar = ctx.calendar;
  XJ_TRY(auto promise, commitment::make_commitment(
                           s,
                           {in.uscc, "repair", std::nullopt, in.commitment, applied_on,
                            std::nullopt, std::nullopt, in.region_code},
                           {ctx.today, calendar, {}, ctx.actor}));

  Repair r;
  r.uscc = in.uscc;
  r.target_type = in.target_type;
  r.target_id = in.target_id;
  r.applied_on = applied_on.to_string();
  r.reason = in.reason;
  r.obligations_fulfilled = in.obligations_fulfilled;
  r.rectified = in.rectified;
  r.commitment_id = promise.id;
  r.repeat_offender = verdict.repeat_offender;
  r.status = std::string(kSubmitted);
  // §5: decision due within 15 working days of submission (config).
  r.due_on = calendar.add_working_days(applied_on, ctx.rules.decision_working_days).to_string();
  r.region_code = in.region_code;
  r.applied_by = ctx.actor;
  XJ_TRY(r.id, insert_repair(s, r));
  for (const auto& text : in.evidence) XJ_CHECK(store_text(s, r.id, text, ctx));
  XJ_CHECK(event(s, "repair.submitted", r, {{"due_on", r.due_on}}));
  return reread(s, r.id);
}

Result<Material> add_file(store::Session& s, const Repair& repair, const Upload& up,
                          const Context& ctx) {
  // Keep the last path component only: a name, never a path.
  std::string name = up.filename;
  if (auto slash = name.find_last_of("/\\"); slash != std::string::npos) name.erase(0, slash + 1);
  if (name.empty()) return invalid("filename", "missing_field", "请提供文件名 (filename is required)");
  if (name.size() > kMaxFilename) return invalid("filename", "too_long", "文件名过长 (filename too long)");
  if (!is_open(repair.status)) {
    return fail(ErrorCode::conflict, "申请已办结，不能补充材料 (the application is decided)");
  }
  Material m;
  m.repair_id = repair.id;
  m.kind = "file";
  m.filename = name;
  m.content_type = up.content_type;
  m.size = static_cast<std::int64_t>(up.bytes.size());
  m.sm3 = audit::sm3_hex(up.bytes);
  m.added_by = ctx.actor;
  m.added_on = ctx.today.to_string();
  XJ_TRY(m.id, insert_material(s, m, base64_encode(up.bytes)));
  return m;
}

Result<Repair> decide(store::Session& s, const Repair& r, const DecisionInput& in,
                      const Context& ctx) {
  if (in.decision != "approve" && in.decision != "reject") {
    return invalid("decision", "invalid_enum", "decision 应为 approve 或 reject (invalid decision)");
  }
  if (in.reason.empty()) return invalid("reason", "missing_field", "请填写决定理由 (reason is required)");
  XJ_CHECK(check_day(in.decided_on, ctx.today, "decided_on"));
  const core::Date on = in.decided_on.value_or(ctx.today);
  if (on.to_string() < r.applied_on) {
    return invalid("decided_on", "invalid_date", "决定日期早于申请日期 (decided_on before applied_on)");
  }
  if (!is_open(r.status)) return fail(ErrorCode::conflict, "该申请已办结 (already decided)");
  const std::string day = on.to_string();
  XJ_CHECK(insert_decision(s, {0, r.id, in.decision, in.reason, day, ctx.actor}));

  StatusChange change{r.status, "", std::nullopt, day, ctx.actor, in.reason};
  if (in.decision == "reject") {
    change.to = kRejected;
  } else if (r.repeat_offender && r.status == kSubmitted) {
    // §5 maker–checker: a repeat offender's repair needs a second, different officer.
    change = {r.status, std::string(kPendingSecondApproval), ctx.actor, std::nullopt, std::nullopt,
              std::nullopt};
  } else {
    if (r.first_approved_by && *r.first_approved_by == ctx.actor) {
      return fail(ErrorCode::conflict,
                  "须由另一名信用监管人员复核 (a second, different officer must approve)");
    }
    change.to = kApproved;
    XJ_CHECK(grant(s, r, on, in.reason, ctx));
  }
  XJ_TRY(bool changed, change_status(s, r.id, change));
  if (!changed) return fail(ErrorCode::conflict, "该申请已办结 (already decided)");
  if (change.to == kRejected) XJ_CHECK(event(s, "repair.rejected", r, {{"decided_on", day}}));
  return reread(s, r.id);
}

}  // namespace xj::repair

#include "risk/facts.h"

#include <algorithm>
#include <array>

#include "disclosure/publicity.h"

namespace xj::risk {
namespace {

// §7 preamble: the results that make an inspection (other than sampling) a problem inspection.
constexpr std::array<std::string_view, 6> kProblemResults = {
    "发现问题已责令改正",
    "发现问题待后续处理",
    "未按规定公示应当公示的信息",
    "公示信息隐瞒真实情况弄虚作假",
    "通过登记的住所（经营场所）无法联系",
    "不配合检查情节严重"};

constexpr std::string_view kSampling = "监督抽检";
constexpr std::string_view kFailed = "不合格";
constexpr std::string_view kSeparator = "；";

// A date text that ends a state on or before `d` (an unparsable date does not end it).
bool ended_by(const std::optional<std::string>& text, core::Date d) {
  if (!text || text->empty()) return false;
  return *text <= d.to_string();
}

}  // namespace

bool is_deregistered(const EnterpriseFacts& facts) {
  return facts.status == "注销" || facts.status == "迁出";
}

std::optional<PenaltyFact> penalty_fact(const collection::Penalty& p, core::Date today) {
  // §3: "penalty" in §7 = a published penalty that has not been repaired (nor revoked).
  if (!disclosure::is_published_penalty(p)) return std::nullopt;
  if (ended_by(p.repaired_on, today) || ended_by(p.revoked_on, today)) return std::nullopt;
  PenaltyFact f;
  f.decided_on = p.decided_on;
  f.fine_fen = p.fine_fen.value_or(0);
  f.heavier = disclosure::is_heavier(p);
  f.revokes_licence = std::find(p.penalty_types.begin(), p.penalty_types.end(), "吊销许可证件") !=
                      p.penalty_types.end();
  return f;
}

InspectionFact inspection_fact(std::string checked_on, std::string_view kind,
                               const std::vector<std::string>& results) {
  InspectionFact f;
  f.checked_on = std::move(checked_on);
  f.sampling = kind == kSampling;
  auto has = [&](std::string_view r) {
    return std::find(results.begin(), results.end(), r) != results.end();
  };
  if (f.sampling) {
    f.failed_sampling = has(kFailed);
  } else {
    f.problem = std::any_of(kProblemResults.begin(), kProblemResults.end(), has);
  }
  return f;
}

bool abnormal_active_on(std::string_view listed_on, const std::optional<std::string>& removed_on,
                        core::Date d) {
  return listed_on <= d.to_string() && !ended_by(removed_on, d);
}

bool dishonest_in_force_on(std::string_view status, std::string_view listed_on,
                           std::string_view expires_on,
                           const std::optional<std::string>& removed_on, core::Date d) {
  const std::string day = d.to_string();
  return status == "active" && listed_on <= day && day < expires_on && !ended_by(removed_on, d);
}

bool false_commitment_counts(std::string_view verification_result,
                             const std::optional<std::string>& verified_on,
                             const std::optional<std::string>& repaired_on, core::Date d) {
  return verification_result == "inconsistent" && verified_on && !verified_on->empty() &&
         !ended_by(repaired_on, d);
}

std::vector<std::string> split_stored_list(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const auto at = text.find(kSeparator);
    out.emplace_back(text.substr(0, at));
    if (at == std::string_view::npos) break;
    text.remove_prefix(at + kSeparator.size());
  }
  return out;
}

}  // namespace xj::risk

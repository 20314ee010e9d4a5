// Dynamic adjustment of the key-area list from licences (issue 4 item 1): which entries to
// propose (列入建议) and which to propose for removal (移出建议), as pure rules over plain data.
// The service that reads and stores them is registry/keylist_proposals.h.
//
//   Evaluation ev = evaluate_enterprise(licences, active_entries, proposals, today);
//   for (const ProposalDraft& d : ev.create) store(d);   for (auto id : ev.withdraw) withdraw(id);
//
// Rules (docs/registry.md):
//   - A licence is in force on `today` when its status is 有效 and today ≤ valid_until (the last
//     day in force, api.md). 吊销 / 撤销 / 注销, or valid_until < today (过期), is not.
//   - Area of a licence type (formats.md `licences`): 食品生产许可 → food_production;
//     特种设备生产许可, 移动式压力容器充装许可, 气瓶充装许可 → special_equipment; other types
//     (特种设备检验检测机构核准) propose nothing.
//   - add: a licence in force whose area the enterprise is not yet listed in, counting only
//     active entries whose own licence is in force or not on file.
//   - remove: an active entry whose licence (same USCC and licence number) is on file and not in
//     force.
//   - A draft equal (kind, area, licence number, and for removals the entry) to a pending or
//     rejected proposal is not proposed again; a pending proposal no draft supports any more is
//     withdrawn.
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "registry/model.h"

namespace xj::registry {

// The licence facts the rules read (formats.md `licences`).
struct LicenceFact {
  std::string licence_no;
  std::string uscc;
  std::string name;
  std::string licence_type;          // 许可类别
  std::optional<std::string> scope;  // 许可项目
  std::string valid_until;           // 有效期至: last day in force
  std::string status = "有效";       // 有效 注销 撤销 吊销
};

enum class ProposalKind { add, remove };

// A proposal as stored (table keylist_proposals). status: pending | accepted | rejected |
// withdrawn. For a removal, entry_id is the entry to remove; for an accepted add, the entry made.
struct Proposal {
  std::int64_t id = 0;
  ProposalKind kind = ProposalKind::add;
  std::string area;
  std::optional<std::string> subcategory;
  std::string uscc;
  std::string name;
  std::string licence_no;
  std::optional<std::int64_t> entry_id;
  std::string reason;          // licence_issued | licence_expired | licence_revoked | …
  std::string licence_status;  // the licence's status as shown when proposed (有效, 过期, 吊销, …)
  std::string proposed_on;
  std::string status = "pending";
  std::optional<std::string> decided_on;
  std::optional<std::string> decided_by;
  std::optional<std::string> decision_reason;
};

struct Evaluation {
  std::vector<Proposal> create;        // new drafts (id 0, status pending, proposed_on today)
  std::vector<std::int64_t> withdraw;  // ids of pending proposals that no longer hold
};

std::string_view to_string(ProposalKind kind);  // "add" | "remove"
std::optional<ProposalKind> proposal_kind(std::string_view text);

// The status shown today: the stored one, or 过期 for a 有效 licence past valid_until.
std::string licence_status_on(const LicenceFact& licence, core::Date today);
bool is_in_force(const LicenceFact& licence, core::Date today);

// The key area of a licence type, nullopt when the type backs no entry.
std::optional<std::string> licence_area(std::string_view licence_type);

// 子类 where the licence shows it (formats.md `keylist` 子类): food — 特殊食品 for categories
// 127 128 129 (domain-rules §1.2), else 普通食品; 气瓶充装许可 → 气瓶充装; 移动式压力容器充装许可 →
// 移动式压力容器充装; 特种设备生产许可 — 电梯维保 when the scope names 维保 / 维护保养, else the
// first of 设计 制造 安装 改造 修理 in the scope; nullopt otherwise.
std::optional<std::string> licence_subcategory(const LicenceFact& licence);

// The reason code of a licence that is not in force: licence_revoked (吊销), licence_rescinded
// (撤销), licence_cancelled (注销), licence_expired (过期).
std::string removal_reason(const LicenceFact& licence, core::Date today);

// The rules above for one enterprise: its licences, its active entries and every proposal
// ever made for it.
Evaluation evaluate_enterprise(const std::vector<LicenceFact>& licences,
                               const std::vector<KeyListEntry>& active_entries,
                               const std::vector<Proposal>& proposals, core::Date today);

}  // namespace xj::registry

#include "auth/permissions.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace xj::auth {
namespace {

constexpr std::uint32_t of(std::initializer_list<Role> roles) {
  std::uint32_t mask = 0;
  for (Role r : roles) mask |= 1u << static_cast<unsigned>(r);
  return mask;
}

using enum Role;

// Officers who read internal data within their region (api.md: viewer is "read-only, within
// region"; area_officer reads the records of its area).
constexpr std::uint32_t kOfficersRead = of({admin, credit_officer, area_officer, viewer});

// api.md "Authentication and roles". Who holds the data (region, area, USCC) is the handler's
// check through Principal; this table only says who may attempt the operation at all.
constexpr std::array kTable = std::to_array<Permission>({
    {"session.self", of({admin, credit_officer, area_officer, inspector, data_provider, partner,
                         enterprise, viewer}),
     "GET /auth/me, POST /auth/logout: one's own session"},
    {"user.admin", of({admin}), "users, API keys, login lockouts"},
    {"audit.read", of({admin, credit_officer}), "GET /audit"},
    {"enterprise.read", kOfficersRead | of({enterprise}),
     "search, internal view and records (an enterprise user: its own only)"},
    {"enterprise.write", of({admin, area_officer, data_provider}),
     "PUT /enterprises/{uscc} (api.md names these three)"},
    {"keylist.read", kOfficersRead, "GET /keylist, /keylist/export"},
    {"keylist.write", of({admin, credit_officer, area_officer}), "POST, DELETE /keylist"},
    {"import.run", of({admin, area_officer, data_provider}), "POST /imports/{kind}"},
    {"import.read", of({admin, credit_officer, area_officer, data_provider, viewer}),
     "GET /imports/{id}, errors.csv"},
    {"record.write", of({admin, area_officer, data_provider}),
     "POST /licences, /penalties, /inspections, /events"},
    {"risk.read", kOfficersRead, "GET /risk/{uscc}, /risk/summary, /risk/models, /risk/runs/{id}"},
    {"risk.admin", of({admin, credit_officer}), "POST /risk/models/reload, /risk/runs"},
    {"supervision.read", kOfficersRead | of({inspector}), "GET /key-supervision-items"},
    {"supervision.write", of({admin, credit_officer}), "POST /key-supervision-items"},
    {"spotcheck.read", kOfficersRead, "GET matters, inspectors, plans"},
    {"spotcheck.write", of({admin, credit_officer}), "POST matters, inspectors, plans, draws"},
    {"spotcheck.conflict", of({admin, credit_officer, inspector}),
     "POST /spotcheck/inspectors/{id}/conflicts (an inspector: its own)"},
    {"spotcheck.task.read", kOfficersRead | of({inspector}),
     "GET /spotcheck/tasks (an inspector: its own)"},
    {"spotcheck.task.result", of({admin, inspector}),
     "POST /spotcheck/tasks/{id}/result (an inspector: its own)"},
    {"list.write", of({admin, credit_officer}),
     "abnormal and dishonest lists: entries, approvals, removals"},
    {"constraints.read", kOfficersRead | of({partner}), "GET /constraints/{uscc}, POST :batch"},
    {"subscription.manage", of({admin, partner}), "POST, GET, DELETE /subscriptions"},
    {"commitment.write", of({admin, credit_officer, area_officer, enterprise}),
     "POST /commitments (an enterprise user: its own)"},
    {"commitment.verify", of({admin, credit_officer, area_officer}),
     "POST /commitments/{id}/verification"},
    {"repair.apply", of({admin, credit_officer, enterprise}),
     "POST /repairs (an enterprise user: its own)"},
    {"repair.read", kOfficersRead | of({enterprise}), "GET /repairs (an enterprise user: its own)"},
    {"repair.decide", of({admin, credit_officer}), "POST /repairs/{id}/decision"},
    {"case.write", of({admin, credit_officer}), "POST /cases"},
    {"dashboard.read", kOfficersRead, "GET /dashboard"},
});

const Permission* find(std::string_view name) {
  auto it = std::find_if(kTable.begin(), kTable.end(),
                         [&](const Permission& p) { return p.name == name; });
  return it == kTable.end() ? nullptr : &*it;
}

}  // namespace

std::span<const Permission> permission_table() { return kTable; }

bool is_known_permission(std::string_view name) { return find(name) != nullptr; }

bool allows(std::string_view permission, Role role) {
  const Permission* p = find(permission);
  return p != nullptr && (p->roles & (1u << static_cast<unsigned>(role))) != 0;
}

std::vector<Role> roles_allowed(std::string_view permission) {
  std::vector<Role> out;
  for (Role r : all_roles()) {
    if (allows(permission, r)) out.push_back(r);
  }
  return out;
}

}  // namespace xj::auth

#include "http/collection_json.h"

#include "disclosure/publicity.h"
#include "http/json.h"

namespace xj::http {
namespace {

using nlohmann::json;

json issue(const collection::RowIssue& i) {
  return {{"row", or_null(i.row)}, {"column", i.column}, {"code", i.code}, {"message", i.message}};
}

json issues(const std::vector<collection::RowIssue>& list) {
  json out = json::array();
  for (const auto& i : list) out.push_back(issue(i));
  return out;
}

void add_provenance(json& out, const collection::Provenance& p) {
  out["source"] = p.source;
  out["import_id"] = or_null(p.import_id);
}

}  // namespace

json to_json(const collection::ImportSummary& s) {
  return {{"import_id", s.import_id},
          {"kind", std::string(collection::to_string(s.kind))},
          {"mode", std::string(collection::to_string(s.mode))},
          {"format", s.format},
          {"source", s.source},
          {"status", s.status},
          {"committed", s.committed},
          {"rows", s.rows},
          {"inserted", s.inserted},
          {"updated", s.updated},
          {"unchanged", s.unchanged},
          {"rejected", s.rejected},
          {"errors", issues(s.errors)},
          {"warnings", issues(s.warnings)}};
}

json to_json(const registry::Enterprise& e) {
  return {{"uscc", e.uscc},
          {"name", e.name},
          {"legal_representative", or_null(e.legal_representative)},
          {"address", or_null(e.address)},
          {"region_code", e.region_code},
          {"established_on", or_null(e.established_on)},
          {"status", e.status},
          {"entity_type", or_null(e.entity_type)},
          {"phone", or_null(e.phone)}};
}

json to_json(const registry::KeyListEntry& e) {
  return {{"id", e.id},
          {"area", e.area},
          {"subcategory", or_null(e.subcategory)},
          {"uscc", e.uscc},
          {"name", e.name},
          {"licence_no", e.licence_no},
          {"remark", or_null(e.remark)},
          {"listed_on", e.listed_on},
          {"removed_on", or_null(e.removed_on)},
          {"removal_reason", or_null(e.removal_reason)},
          {"import_id", or_null(e.import_id)},
          // §2: a key-area entry is public while active.
          {"is_public_today", !e.removed_on.has_value()}};
}

json to_json(const collection::Licence& l, core::Date today) {
  json out = {{"id", l.id},
              {"licence_no", l.licence_no},
              {"uscc", l.uscc},
              {"name", l.name},
              {"licence_type", l.licence_type},
              {"scope", or_null(l.scope)},
              {"issuer", l.issuer},
              {"issued_on", l.issued_on},
              {"valid_until", l.valid_until},
              {"status", disclosure::licence_status(l, today)},
              {"is_public_today", true}};  // §2: licences are always public
  add_provenance(out, l.provenance);
  return out;
}

json to_json(const collection::Penalty& p, core::Date today) {
  const bool individual = p.uscc.starts_with("92");
  const auto publicity = disclosure::penalty_publicity(p, today, individual, {});
  json types = json::array();
  for (const auto& t : p.penalty_types) types.push_back(t);
  json out = {{"id", p.id},
              {"decision_no", p.decision_no},
              {"uscc", p.uscc},
              {"name", p.name},
              {"violation_type", p.violation_type},
              {"facts", or_null(p.facts)},
              {"legal_basis", p.legal_basis},
              {"penalty_types", types},
              {"fine_yuan", yuan(p.fine_fen)},
              {"confiscation_yuan", yuan(p.confiscation_fen)},
              {"decided_on", p.decided_on},
              {"authority", p.authority},
              {"procedure", p.procedure},
              {"area", or_null(p.area)},
              {"heavier", disclosure::is_heavier(p)},
              {"public", p.is_public},
              {"repaired_on", or_null(p.repaired_on)},
              {"revoked_on", or_null(p.revoked_on)},
              {"public_until",
               publicity.public_until ? json(publicity.public_until->to_string()) : json(nullptr)},
              {"is_public_today", publicity.is_public_today}};
  add_provenance(out, p.provenance);
  return out;
}

json to_json(const collection::Inspection& i) {
  json results = json::array();
  for (const auto& r : i.results) results.push_back(r);
  json out = {{"id", i.id},
              {"inspection_no", i.inspection_no},
              {"uscc", i.uscc},
              {"name", i.name},
              {"kind", i.kind},
              {"matter", or_null(i.matter)},
              {"checked_on", i.checked_on},
              {"results", results},
              {"product", or_null(i.product)},
              {"failed_items", or_null(i.failed_items)},
              {"findings", or_null(i.findings)},
              {"authority", i.authority},
              {"public", i.is_public},
              {"is_public_today", i.is_public}};  // §2: always unless marked non-public
  add_provenance(out, i.provenance);
  return out;
}

json to_json(const collection::Event& e) {
  json out = {{"id", e.id},
              {"event_no", e.event_no},
              {"uscc", e.uscc},
              {"name", e.name},
              {"event_type", e.event_type},
              {"occurred_on", e.occurred_on},
              {"count", e.count},
              {"description", or_null(e.description)},
              {"source", e.source},
              {"provided_by", e.provenance.source},
              {"import_id", or_null(e.provenance.import_id)},
              {"is_public_today", false}};  // events feed the risk models only
  return out;
}

json to_json(const collection::Inspector& i) {
  json domains = json::array();
  for (const auto& d : i.domains) domains.push_back(d);
  return {{"id", i.id},         {"name", i.name},
          {"unit", i.unit},     {"region_code", i.region_code},
          {"domains", domains}, {"status", i.status}};
}

}  // namespace xj::http

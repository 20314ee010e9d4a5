#include "http/enterprise_json.h"

#include <optional>
#include <string>

#include "http/json.h"

namespace xj::http {
namespace {

using nlohmann::json;

json key_area(const disclosure::PublicKeyArea& k) {
  return {{"area", k.area},
          {"subcategory", or_null(k.subcategory)},
          {"licence_no", k.licence_no},
          {"listed_on", k.listed_on}};
}

json licence(const disclosure::PublicLicence& l) {
  return {{"licence_no", l.licence_no}, {"licence_type", l.licence_type},
          {"scope", or_null(l.scope)},  {"issuer", l.issuer},
          {"issued_on", l.issued_on},   {"valid_until", l.valid_until},
          {"status", l.status}};
}

json penalty(const disclosure::PublicPenalty& p) {
  return {{"decision_no", p.decision_no},
          {"violation_type", p.violation_type},
          {"facts", or_null(p.facts)},
          {"legal_basis", p.legal_basis},
          {"penalty_types", p.penalty_types},
          {"fine_yuan", yuan(p.fine_fen)},
          {"confiscation_yuan", yuan(p.confiscation_fen)},
          {"decided_on", p.decided_on},
          {"authority", p.authority},
          {"public_until", p.public_until.to_string()}};
}

json inspection(const disclosure::PublicInspection& i) {
  return {{"inspection_no", i.inspection_no},
          {"kind", i.kind},
          {"matter", or_null(i.matter)},
          {"checked_on", i.checked_on},
          {"results", i.results},
          {"product", or_null(i.product)},
          {"failed_items", or_null(i.failed_items)},
          {"findings", or_null(i.findings)},
          {"authority", i.authority}};
}

json abnormal_entry(const disclosure::PublicAbnormalEntry& e) {
  return {{"id", e.id}, {"ground", e.ground}, {"listed_on", e.listed_on},
          {"decision_no", or_null(e.decision_no)}, {"authority", or_null(e.authority)}};
}

json dishonest_entry(const disclosure::PublicDishonestEntry& e) {
  return {{"id", e.id}, {"grounds", or_null(e.grounds)}, {"listed_on", e.listed_on},
          {"expires_on", e.expires_on}, {"decision_no", or_null(e.decision_no)},
          {"authority", or_null(e.authority)}};
}

json commitment(const disclosure::PublicCommitment& c) {
  return {{"id", c.id},
          {"kind", c.kind},
          {"text", c.text},
          {"made_on", c.made_on},
          {"verification_result", c.verification_result}};
}

template <typename T, typename Map>
json array_of(const std::vector<T>& items, Map map) {
  json out = json::array();
  for (const auto& item : items) out.push_back(map(item));
  return out;
}

}  // namespace

json to_json(const disclosure::PublicRecord& r) {
  return {{"uscc", r.uscc},
          {"name", r.name},
          {"legal_representative", or_null(r.legal_representative)},
          {"address", or_null(r.address)},
          {"region_code", r.region_code},
          {"status", or_null(r.status)},
          {"key_areas", array_of(r.key_areas, key_area)},
          {"licences", array_of(r.licences, licence)},
          {"penalties", array_of(r.penalties, penalty)},
          {"inspections", array_of(r.inspections, inspection)},
          {"commitments", array_of(r.commitments, commitment)},
          {"abnormal_list", array_of(r.abnormal_list, abnormal_entry)},
          {"dishonest_list", array_of(r.dishonest_list, dishonest_entry)}};
}

}  // namespace xj::http

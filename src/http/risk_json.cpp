#include "http/risk_json.h"

namespace xj::http {
namespace {

using nlohmann::json;

std::string_view record_name(risk::RecordKind k) {
  switch (k) {
    case risk::RecordKind::penalty:
      return "penalty";
    case risk::RecordKind::inspection:
      return "inspection";
    case risk::RecordKind::event:
      return "event";
    case risk::RecordKind::abnormal:
      return "abnormal";
    case risk::RecordKind::dishonest:
      return "dishonest";
    case risk::RecordKind::false_commitment:
      return "false_commitment";
    case risk::RecordKind::keylist_licence:
      return "keylist_licence";
  }
  return "";
}

std::string_view kind_name(risk::IndicatorKind k) {
  switch (k) {
    case risk::IndicatorKind::records:
      return "records";
    case risk::IndicatorKind::established:
      return "established";
    case risk::IndicatorKind::licence_category:
      return "licence_category";
    case risk::IndicatorKind::model_class:
      return "model_class";
  }
  return "";
}

json selector_json(const risk::Selector& s) {
  json j{{"record", record_name(s.record)}, {"window_months", s.window_months}};
  if (!s.filters.empty()) j["filter"] = s.filters;
  if (!s.event_type.empty()) j["event_type"] = s.event_type;
  if (!s.subcategory.empty()) j["subcategory"] = s.subcategory;
  if (s.measure == risk::Measure::fine_yuan) j["measure"] = "fine_yuan";
  return j;
}

json tiers_json(const std::vector<risk::Tier>& tiers, std::string_view key) {
  json out = json::array();
  for (const auto& t : tiers) out.push_back({{key, t.threshold}, {"points", t.points}});
  return out;
}

json indicator_json(const risk::Indicator& ind) {
  json j{{"id", ind.id}, {"kind", kind_name(ind.kind)}, {"reason", ind.reason}};
  if (!ind.group.empty()) j["group"] = ind.group;
  switch (ind.kind) {
    case risk::IndicatorKind::records:
      j.update(selector_json(ind.selector));
      if (ind.per_item != 0) j["per_item"] = ind.per_item;
      if (ind.cap) j["cap"] = *ind.cap;
      if (!ind.tiers.empty()) j["tiers"] = tiers_json(ind.tiers, "at_least");
      if (ind.unless) j["unless"] = selector_json(*ind.unless);
      break;
    case risk::IndicatorKind::established:
      j["tiers"] = tiers_json(ind.tiers, "within_months");
      break;
    case risk::IndicatorKind::licence_category:
      j["categories"] = ind.category_points;
      j["default"] = ind.default_points;
      break;
    case risk::IndicatorKind::model_class: {
      j["model"] = ind.model;
      json points = json::object();
      for (const auto& [cls, p] : ind.class_points) points[std::string(1, cls)] = p;
      j["points"] = points;
      break;
    }
  }
  return j;
}

json measures_json(const risk::Measures& m) {
  json j{{"spotcheck_ratio", m.spotcheck_ratio}, {"key_supervision", m.key_supervision}};
  if (!m.inspections_per_year.empty()) j["inspections_per_year"] = m.inspections_per_year;
  if (!m.note.empty()) j["note"] = m.note;
  return j;
}

}  // namespace

json to_json(const risk::Model& m) {
  json indicators = json::array();
  for (const auto& ind : m.indicators) indicators.push_back(indicator_json(ind));
  json groups = json::array();
  for (const auto& g : m.groups) groups.push_back({{"id", g.id}, {"cap", g.cap}, {"reason", g.reason}});
  json overrides = json::array();
  for (const auto& o : m.overrides) {
    json j = selector_json(o.when);
    j["id"] = o.id;
    j["at_least"] = o.at_least;
    j["class"] = std::string(1, o.to);
    j["reason"] = o.reason;
    overrides.push_back(std::move(j));
  }
  json measures = json::object();
  for (const auto& [cls, x] : m.measures) measures[std::string(1, cls)] = measures_json(x);
  json applies = json::object();
  if (!m.applies.area.empty()) applies["area"] = m.applies.area;
  if (!m.applies.subcategory.empty()) applies["subcategory"] = m.applies.subcategory;
  return {{"id", m.id},
          {"version", m.version},
          {"name", m.name},
          {"file", m.file},
          {"applies_to", applies.empty() ? json("all") : applies},
          {"bands", {{"A", m.bands[0]}, {"B", m.bands[1]}, {"C", m.bands[2]}}},
          {"floor", m.floor ? json(*m.floor) : json(nullptr)},
          {"indicators", indicators},
          {"groups", groups},
          {"overrides", overrides},
          {"measures", measures}};
}

json to_json(const risk::StoredAssessment& a, const risk::Model* model) {
  json j{{"model", a.model},
         {"model_version", a.model_version},
         {"score", a.score},
         {"class", std::string(1, a.cls)},
         {"computed_at", a.computed_at},
         {"factors", json::parse(a.factors_json, nullptr, false)}};
  if (model) {
    j["model_name"] = model->name;
    if (auto it = model->measures.find(a.cls); it != model->measures.end()) {
      j["measures"] = measures_json(it->second);
    }
  }
  return j;
}

json to_json(const risk::Run& r) {
  return {{"id", r.id},
          {"status", r.status},
          {"progress", r.progress()},
          {"models", r.models},
          {"origin", r.origin},
          {"business_date", r.business_date},
          {"total", r.total},
          {"done", r.done},
          {"changed", r.changed},
          {"error", r.error ? json(*r.error) : json(nullptr)},
          {"created_at", r.created_at},
          {"started_at", r.started_at.empty() ? json(nullptr) : json(r.started_at)},
          {"finished_at", r.finished_at.empty() ? json(nullptr) : json(r.finished_at)}};
}

}  // namespace xj::http

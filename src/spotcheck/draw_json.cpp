#include "spotcheck/draw_json.h"

#include <nlohmann/json.hpp>

namespace xj::spotcheck {
namespace {

using Json = nlohmann::ordered_json;

Json strata_json(const std::array<StratumCount, 4>& strata) {
  Json out = Json::object();
  for (int s = 0; s < 4; ++s) {
    out[std::string(1, kStrata[s])] = {{"size", strata[s].size}, {"selected", strata[s].selected}};
  }
  return out;
}

Json head(std::int64_t draw_id, bool with_id, std::int64_t plan_id, const std::string& drawn_on,
          const std::string& seed, const std::string& commitment) {
  Json j = Json::object();
  if (with_id) j["draw_id"] = draw_id;
  j["plan_id"] = plan_id;
  j["drawn_on"] = drawn_on;
  j["seed"] = seed;
  j["seed_commitment"] = commitment;
  return j;
}

// Reading: each accessor fails with bad_request naming the path of the offending field.
Error bad(const std::string& path, std::string_view want) {
  return Error(ErrorCode::bad_request, "抽取记录字段 " + path + " 缺失或类型错误 (field " + path +
                                           " is missing or not " + std::string(want) + ")");
}

Result<const Json*> member(const Json& j, const std::string& key, const std::string& path) {
  if (!j.is_object() || !j.contains(key)) return tl::unexpected(bad(path + key, "present"));
  return &j.at(key);
}

Result<std::string> text(const Json& j, const std::string& key, const std::string& path = "") {
  XJ_TRY(const Json* v, member(j, key, path));
  if (!v->is_string()) return tl::unexpected(bad(path + key, "a string"));
  return v->get<std::string>();
}

Result<std::int64_t> integer(const Json& j, const std::string& key, const std::string& path = "") {
  XJ_TRY(const Json* v, member(j, key, path));
  if (!v->is_number_integer()) return tl::unexpected(bad(path + key, "an integer"));
  return v->get<std::int64_t>();
}

Result<const Json*> array(const Json& j, const std::string& key, const std::string& path = "") {
  XJ_TRY(const Json* v, member(j, key, path));
  if (!v->is_array()) return tl::unexpected(bad(path + key, "an array"));
  return v;
}

Result<std::vector<std::string>> strings(const Json& j, const std::string& key,
                                         const std::string& path = "") {
  XJ_TRY(const Json* v, array(j, key, path));
  std::vector<std::string> out;
  for (const auto& item : *v) {
    if (!item.is_string()) return tl::unexpected(bad(path + key + "[]", "a string"));
    out.push_back(item.get<std::string>());
  }
  return out;
}

Result<char> stratum(const Json& j, const std::string& path) {
  XJ_TRY(std::string s, text(j, "stratum", path));
  if (s.size() != 1 || stratum_index(s[0]) < 0)
    return tl::unexpected(bad(path + "stratum", "A, B, C or D"));
  return s[0];
}

Result<std::array<StratumCount, 4>> strata_of(const Json& j) {
  XJ_TRY(const Json* strata, member(j, "strata", ""));
  std::array<StratumCount, 4> out{};
  for (int s = 0; s < 4; ++s) {
    const std::string name(1, kStrata[s]);
    XJ_TRY(const Json* one, member(*strata, name, "strata."));
    XJ_TRY(out[s].size, integer(*one, "size", "strata." + name + "."));
    XJ_TRY(out[s].selected, integer(*one, "selected", "strata." + name + "."));
  }
  return out;
}

Status read_head(const Json& j, std::int64_t& draw_id, std::int64_t& plan_id, std::string& drawn_on,
                 std::string& seed, std::string& commitment, std::int64_t& size,
                 std::string& digest) {
  XJ_TRY(draw_id, integer(j, "draw_id"));
  XJ_TRY(plan_id, integer(j, "plan_id"));
  XJ_TRY(drawn_on, text(j, "drawn_on"));
  XJ_TRY(seed, text(j, "seed"));
  XJ_TRY(commitment, text(j, "seed_commitment"));
  XJ_TRY(size, integer(j, "population_size"));
  XJ_TRY(digest, text(j, "population_digest"));
  return {};
}

Result<DrawRecord> internal_of(const Json& j) {
  DrawRecord r;
  XJ_CHECK(read_head(j, r.draw_id, r.plan_id, r.drawn_on, r.seed, r.seed_commitment,
                     r.population_size, r.population_digest));
  XJ_TRY(r.model, text(j, "model"));
  XJ_TRY(const Json* ratios, member(j, "ratios", ""));
  for (int s = 0; s < 4; ++s) {
    const std::string name(1, kStrata[s]);
    XJ_TRY(const Json* ratio, member(*ratios, name, "ratios."));
    if (!ratio->is_number()) return tl::unexpected(bad("ratios." + name, "a number"));
    r.ratio_bp[s] = basis_points(ratio->get<double>());
  }
  XJ_TRY(std::int64_t m, integer(j, "inspectors_per_task"));
  r.inspectors_per_task = static_cast<int>(m);
  XJ_TRY(const Json* population, array(j, "population"));
  for (const auto& p : *population) {
    XJ_TRY(std::string uscc, text(p, "uscc", "population[]."));
    XJ_TRY(char s, stratum(p, "population[]."));
    r.population.push_back({std::move(uscc), s});
  }
  XJ_TRY(r.strata, strata_of(j));
  XJ_TRY(const Json* selected, array(j, "selected"));
  for (const auto& t : *selected) {
    Task task;
    XJ_TRY(task.uscc, text(t, "uscc", "selected[]."));
    XJ_TRY(task.stratum, stratum(t, "selected[]."));
    XJ_TRY(task.inspectors, strings(t, "inspectors", "selected[]."));
    r.selected.push_back(std::move(task));
  }
  XJ_TRY(r.pool, strings(j, "pool"));
  XJ_TRY(const Json* recusals, array(j, "recusals"));
  for (const auto& x : *recusals) {
    Recusal rec;
    XJ_TRY(rec.inspector, text(x, "inspector", "recusals[]."));
    XJ_TRY(rec.uscc, text(x, "uscc", "recusals[]."));
    r.recusals.push_back(std::move(rec));
  }
  XJ_TRY(const Json* rotation, array(j, "rotation"));
  for (const auto& x : *rotation) {
    Rotation rot;
    XJ_TRY(rot.uscc, text(x, "uscc", "rotation[]."));
    XJ_TRY(rot.inspectors, strings(x, "inspectors", "rotation[]."));
    r.rotation.push_back(std::move(rot));
  }
  return r;
}

Result<PublicDrawRecord> public_of(const Json& j) {
  PublicDrawRecord r;
  XJ_CHECK(read_head(j, r.draw_id, r.plan_id, r.drawn_on, r.seed, r.seed_commitment,
                     r.population_size, r.population_digest));
  XJ_TRY(r.population, strings(j, "population"));
  XJ_TRY(r.strata, strata_of(j));
  XJ_TRY(const Json* selected, array(j, "selected"));
  for (const auto& t : *selected) {
    PublicTask task;
    XJ_TRY(task.uscc, text(t, "uscc", "selected[]."));
    XJ_TRY(task.units, strings(t, "units", "selected[]."));
    r.selected.push_back(std::move(task));
  }
  return r;
}

}  // namespace

std::string internal_json(const DrawRecord& r, bool with_id) {
  Json j = head(r.draw_id, with_id, r.plan_id, r.drawn_on, r.seed, r.seed_commitment);
  j["model"] = r.model;
  Json ratios = Json::object();
  for (int s = 0; s < 4; ++s) ratios[std::string(1, kStrata[s])] = r.ratio_bp[s] / 10000.0;
  j["ratios"] = std::move(ratios);
  j["inspectors_per_task"] = r.inspectors_per_task;
  j["population_size"] = r.population_size;
  j["population_digest"] = r.population_digest;
  Json population = Json::array();
  for (const auto& m : r.population) {
    population.push_back({{"uscc", m.uscc}, {"stratum", std::string(1, m.stratum)}});
  }
  j["population"] = std::move(population);
  j["strata"] = strata_json(r.strata);
  Json selected = Json::array();
  for (const auto& t : r.selected) {
    selected.push_back(
        {{"uscc", t.uscc}, {"stratum", std::string(1, t.stratum)}, {"inspectors", t.inspectors}});
  }
  j["selected"] = std::move(selected);
  j["pool"] = r.pool;
  Json recusals = Json::array();
  for (const auto& x : r.recusals)
    recusals.push_back({{"inspector", x.inspector}, {"uscc", x.uscc}});
  j["recusals"] = std::move(recusals);
  Json rotation = Json::array();
  for (const auto& x : r.rotation)
    rotation.push_back({{"uscc", x.uscc}, {"inspectors", x.inspectors}});
  j["rotation"] = std::move(rotation);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string public_json(const PublicDrawRecord& r, bool with_id) {
  Json j = head(r.draw_id, with_id, r.plan_id, r.drawn_on, r.seed, r.seed_commitment);
  j["population_size"] = r.population_size;
  j["population_digest"] = r.population_digest;
  j["population"] = r.population;
  j["strata"] = strata_json(r.strata);
  Json selected = Json::array();
  for (const auto& t : r.selected) selected.push_back({{"uscc", t.uscc}, {"units", t.units}});
  j["selected"] = std::move(selected);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string with_draw_id(std::string_view json, std::int64_t draw_id) {
  std::string out = "{\"draw_id\":" + std::to_string(draw_id) + ",";
  out.append(json.substr(1));
  return out;
}

Result<AnyDrawRecord> parse_draw_record(std::string_view text) {
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return fail(ErrorCode::bad_request,
                "抽取记录不是 JSON 对象 (the draw record is not a JSON object)");
  }
  const bool internal =
      j.contains("pool") || (j.contains("population") && j["population"].is_array() &&
                             !j["population"].empty() && j["population"][0].is_object());
  if (internal) {
    XJ_TRY(DrawRecord r, internal_of(j));
    return AnyDrawRecord(std::move(r));
  }
  XJ_TRY(PublicDrawRecord r, public_of(j));
  return AnyDrawRecord(std::move(r));
}

}  // namespace xj::spotcheck

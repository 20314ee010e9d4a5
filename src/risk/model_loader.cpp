#include "risk/model_loader.h"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <variant>

namespace xj::risk {
namespace {

// A problem in a model file at a line. Thrown only inside parse_model (configuration is read at
// start-up or on an explicit reload) and turned into a Result there.
struct Bad {
  std::int64_t line;
  std::string message;
};

std::int64_t line_of(const toml::node& n) { return static_cast<std::int64_t>(n.source().begin.line); }

[[noreturn]] void bad(const toml::node& n, std::string message) {
  throw Bad{line_of(n), std::move(message)};
}

void check_keys(const toml::table& t, std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, node] : t) {
    if (std::find(allowed.begin(), allowed.end(), key.str()) == allowed.end()) {
      bad(node, "未知的键 (unknown key) \"" + std::string(key.str()) + "\"");
    }
  }
}

const toml::table& as_table(const toml::node& n, std::string_view what) {
  if (const auto* t = n.as_table()) return *t;
  bad(n, std::string(what) + " 应为表 (must be a table)");
}

std::string text(const toml::table& t, std::string_view key, bool required = true) {
  const toml::node* n = t.get(key);
  if (!n) {
    if (required) bad(t, "缺少 (missing) \"" + std::string(key) + "\"");
    return "";
  }
  auto v = n->value<std::string>();
  if (!v) bad(*n, "\"" + std::string(key) + "\" 应为字符串 (must be a string)");
  return *v;
}

std::optional<std::int64_t> integer(const toml::table& t, std::string_view key) {
  const toml::node* n = t.get(key);
  if (!n) return std::nullopt;
  if (!n->is_integer()) bad(*n, "\"" + std::string(key) + "\" 应为整数 (must be an integer)");
  return n->value<std::int64_t>();
}

std::int64_t required_integer(const toml::table& t, std::string_view key) {
  auto v = integer(t, key);
  if (!v) bad(t, "缺少 (missing) \"" + std::string(key) + "\"");
  return *v;
}

std::vector<std::string> strings(const toml::table& t, std::string_view key) {
  std::vector<std::string> out;
  const toml::node* n = t.get(key);
  if (!n) return out;
  const auto* a = n->as_array();
  if (!a) bad(*n, "\"" + std::string(key) + "\" 应为字符串数组 (must be an array of strings)");
  for (const auto& e : *a) {
    auto v = e.value<std::string>();
    if (!v) bad(e, "\"" + std::string(key) + "\" 应为字符串数组 (must be an array of strings)");
    out.push_back(*v);
  }
  return out;
}

template <typename Fn>
void each_table(const toml::table& t, std::string_view key, Fn fn) {
  const toml::node* n = t.get(key);
  if (!n) return;
  const auto* a = n->as_array();
  if (!a) bad(*n, "\"" + std::string(key) + "\" 应为表数组 (must be an array of tables)");
  for (const auto& e : *a) fn(as_table(e, key));
}

RecordKind record_kind(const toml::table& t) {
  static const std::map<std::string, RecordKind, std::less<>> kinds = {
      {"penalty", RecordKind::penalty},
      {"inspection", RecordKind::inspection},
      {"event", RecordKind::event},
      {"abnormal", RecordKind::abnormal},
      {"dishonest", RecordKind::dishonest},
      {"false_commitment", RecordKind::false_commitment},
      {"keylist_licence", RecordKind::keylist_licence}};
  const std::string name = text(t, "record");
  auto it = kinds.find(name);
  if (it == kinds.end()) bad(*t.get("record"), "未知的记录类型 (unknown record) \"" + name + "\"");
  return it->second;
}

// The selector keys of a table (indicator, override or `unless`).
Selector selector_of(const toml::table& t) {
  Selector s;
  s.record = record_kind(t);
  s.filters = strings(t, "filter");
  static const std::map<RecordKind, std::set<std::string>> allowed = {
      {RecordKind::penalty, {"heavier", "revokes_licence"}},
      {RecordKind::inspection, {"problem", "failed_sampling", "not_sampling"}}};
  for (const auto& f : s.filters) {
    auto it = allowed.find(s.record);
    if (it == allowed.end() || !it->second.contains(f)) {
      bad(*t.get("filter"), "该记录类型没有此筛选 (unknown filter) \"" + f + "\"");
    }
  }
  s.event_type = text(t, "event_type", s.record == RecordKind::event);
  s.subcategory = text(t, "subcategory", false);
  if (auto w = integer(t, "window_months")) {
    if (*w < 0 || *w > 1200) bad(*t.get("window_months"), "window_months 超出范围 (out of range)");
    s.window_months = static_cast<int>(*w);
  }
  const std::string measure = text(t, "measure", false);
  if (measure == "fine_yuan") {
    if (s.record != RecordKind::penalty) bad(*t.get("measure"), "fine_yuan 仅用于 penalty");
    s.measure = Measure::fine_yuan;
  } else if (!measure.empty() && measure != "count") {
    bad(*t.get("measure"), "measure 应为 count 或 fine_yuan");
  }
  return s;
}

std::vector<Tier> tiers_of(const toml::table& t, std::string_view threshold_key) {
  std::vector<Tier> out;
  each_table(t, "tiers", [&](const toml::table& tier) {
    check_keys(tier, {threshold_key, "points"});
    out.push_back({required_integer(tier, threshold_key), required_integer(tier, "points")});
  });
  return out;
}

char class_of(const toml::node& n, std::string_view name) {
  if (name.size() != 1 || name[0] < 'A' || name[0] > 'D') {
    bad(n, "类别应为 A、B、C 或 D (class must be A, B, C or D)");
  }
  return name[0];
}

Indicator indicator_of(const toml::table& t) {
  Indicator ind;
  ind.id = text(t, "id");
  ind.reason = text(t, "reason");
  ind.group = text(t, "group", false);
  const std::string kind = text(t, "kind", false);
  if (kind.empty() || kind == "records") {
    check_keys(t, {"id", "kind", "reason", "group", "record", "filter", "event_type",
                   "subcategory", "window_months", "measure", "per_item", "cap", "tiers",
                   "unless"});
    ind.kind = IndicatorKind::records;
    ind.selector = selector_of(t);
    ind.per_item = integer(t, "per_item").value_or(0);
    ind.cap = integer(t, "cap");
    ind.tiers = tiers_of(t, "at_least");
    if (ind.per_item == 0 && ind.tiers.empty()) bad(t, "需要 per_item 或 tiers (needs per_item or tiers)");
    if (const toml::node* u = t.get("unless")) {
      const toml::table& ut = as_table(*u, "unless");
      check_keys(ut, {"record", "filter", "event_type", "subcategory", "window_months"});
      ind.unless = selector_of(ut);
    }
  } else if (kind == "established") {
    check_keys(t, {"id", "kind", "reason", "group", "tiers"});
    ind.kind = IndicatorKind::established;
    ind.tiers = tiers_of(t, "within_months");
    if (ind.tiers.empty()) bad(t, "需要 tiers (needs tiers)");
  } else if (kind == "licence_category") {
    check_keys(t, {"id", "kind", "reason", "group", "categories", "default"});
    ind.kind = IndicatorKind::licence_category;
    ind.default_points = required_integer(t, "default");
    each_table(t, "categories", [&](const toml::table& c) {
      check_keys(c, {"codes", "points"});
      const std::int64_t points = required_integer(c, "points");
      for (const auto& code : strings(c, "codes")) {
        if (!ind.category_points.emplace(code, points).second) bad(c, "类别重复 (duplicate category) " + code);
      }
    });
  } else if (kind == "model_class") {
    check_keys(t, {"id", "kind", "reason", "group", "model", "points"});
    ind.kind = IndicatorKind::model_class;
    ind.model = text(t, "model");
    const toml::node* p = t.get("points");
    if (!p) bad(t, "缺少 (missing) \"points\"");
    for (const auto& [cls, node] : as_table(*p, "points")) {
      auto v = node.value<std::int64_t>();
      if (!node.is_integer() || !v) bad(node, "分值应为整数 (points must be integers)");
      ind.class_points[class_of(node, cls.str())] = *v;
    }
  } else {
    bad(*t.get("kind"), "未知的指标种类 (unknown kind) \"" + kind + "\"");
  }
  return ind;
}

Model model_of(const toml::table& root, std::string_view source) {
  check_keys(root, {"id", "version", "name", "applies_to", "floor", "bands", "indicators",
                    "groups", "overrides", "measures"});
  Model m;
  m.file = std::string(source);
  m.id = text(root, "id");
  if (m.id.empty() || !std::all_of(m.id.begin(), m.id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      })) {
    bad(*root.get("id"), "id 只能含小写字母、数字和下划线 (id: [a-z0-9_]+)");
  }
  m.version = text(root, "version");
  m.name = text(root, "name");
  if (const toml::node* a = root.get("applies_to")) {
    const toml::table& at = as_table(*a, "applies_to");
    check_keys(at, {"area", "subcategory"});
    m.applies.area = text(at, "area", false);
    m.applies.subcategory = text(at, "subcategory", false);
  }
  m.floor = integer(root, "floor");
  const toml::node* b = root.get("bands");
  if (!b) bad(root, "缺少 (missing) \"bands\"");
  const toml::table& bands = as_table(*b, "bands");
  check_keys(bands, {"A", "B", "C"});
  m.bands = {required_integer(bands, "A"), required_integer(bands, "B"),
             required_integer(bands, "C")};
  if (!(m.bands[0] <= m.bands[1] && m.bands[1] <= m.bands[2])) {
    bad(bands, "分档上限应递增 (bands must be A ≤ B ≤ C)");
  }
  std::set<std::string> ids;
  each_table(root, "indicators", [&](const toml::table& t) {
    m.indicators.push_back(indicator_of(t));
    if (!ids.insert(m.indicators.back().id).second) bad(t, "指标 id 重复 (duplicate indicator id)");
  });
  each_table(root, "groups", [&](const toml::table& t) {
    check_keys(t, {"id", "cap", "reason"});
    m.groups.push_back({text(t, "id"), required_integer(t, "cap"), text(t, "reason")});
  });
  for (const auto& ind : m.indicators) {
    if (!ind.group.empty() &&
        std::none_of(m.groups.begin(), m.groups.end(), [&](const Group& g) { return g.id == ind.group; })) {
      bad(root, "指标 " + ind.id + " 的分组未定义 (undefined group) " + ind.group);
    }
  }
  each_table(root, "overrides", [&](const toml::table& t) {
    check_keys(t, {"id", "record", "filter", "event_type", "subcategory", "window_months",
                   "at_least", "class", "reason"});
    Override o;
    o.id = text(t, "id");
    o.when = selector_of(t);
    o.at_least = integer(t, "at_least").value_or(1);
    const std::string cls = text(t, "class");
    o.to = class_of(*t.get("class"), cls);
    o.reason = text(t, "reason");
    m.overrides.push_back(std::move(o));
  });
  if (const toml::node* ms = root.get("measures")) {
    for (const auto& [cls, node] : as_table(*ms, "measures")) {
      const toml::table& t = as_table(node, "measures");
      check_keys(t, {"spotcheck_ratio", "inspections_per_year", "key_supervision", "note"});
      Measures x;
      if (const toml::node* r = t.get("spotcheck_ratio")) {
        auto v = r->value<double>();
        if (!v || *v < 0 || *v > 1) bad(*r, "spotcheck_ratio 应在 0 到 1 之间 (between 0 and 1)");
        x.spotcheck_ratio = *v;
      }
      x.inspections_per_year = text(t, "inspections_per_year", false);
      if (const toml::node* k = t.get("key_supervision")) {
        auto v = k->value<bool>();
        if (!v) bad(*k, "key_supervision 应为布尔值 (must be a boolean)");
        x.key_supervision = *v;
      }
      x.note = text(t, "note", false);
      m.measures[class_of(node, cls.str())] = std::move(x);
    }
  }
  return m;
}

// Orders models so that each model_class indicator's model comes earlier; a reference to an
// unknown model or a cycle refuses the referring model.
void order(std::vector<Model>& models, std::vector<LoadError>& errors) {
  std::vector<Model> done;
  std::set<std::string> placed;
  while (!models.empty()) {
    bool progressed = false;
    for (auto it = models.begin(); it != models.end();) {
      bool ready = true;
      for (const auto& ind : it->indicators) {
        if (ind.kind == IndicatorKind::model_class && !placed.contains(ind.model)) ready = false;
      }
      if (ready) {
        placed.insert(it->id);
        done.push_back(std::move(*it));
        it = models.erase(it);
        progressed = true;
      } else {
        ++it;
      }
    }
    if (!progressed) {
      for (const auto& m : models) {
        errors.push_back({m.file, 0,
                          "引用了未知的或循环依赖的模型 (refers to an unknown model or a cycle): " + m.id});
      }
      break;
    }
  }
  models = std::move(done);
}

std::variant<Model, LoadError> parse(std::string_view text_in, std::string_view source) {
  try {
    toml::table root = toml::parse(text_in, source);
    return model_of(root, source);
  } catch (const toml::parse_error& e) {
    return LoadError{std::string(source), static_cast<std::int64_t>(e.source().begin.line),
                     "TOML 语法错误 (syntax error): " + std::string(e.description())};
  } catch (const Bad& b) {
    return LoadError{std::string(source), b.line, b.message};
  }
}

}  // namespace

std::string LoadError::text() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

Result<Model> parse_model(std::string_view text_in, std::string_view source) {
  auto parsed = parse(text_in, source);
  if (auto* e = std::get_if<LoadError>(&parsed)) return fail(ErrorCode::validation_failed, e->text());
  return std::get<Model>(std::move(parsed));
}

LoadedModels load_models(const std::filesystem::path& dir) {
  LoadedModels out;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".toml") files.push_back(entry.path());
  }
  if (ec) {
    out.errors.push_back({dir.string(), 0, "无法读取模型目录 (cannot read the models folder): " + ec.message()});
    return out;
  }
  std::sort(files.begin(), files.end());
  std::vector<Model> models;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto parsed = parse(buffer.str(), file.filename().string());
    if (auto* e = std::get_if<LoadError>(&parsed)) {
      out.errors.push_back(std::move(*e));
      continue;
    }
    Model& m = std::get<Model>(parsed);
    if (std::any_of(models.begin(), models.end(), [&](const Model& x) { return x.id == m.id; })) {
      out.errors.push_back({m.file, 1, "模型 id 重复 (duplicate model id) " + m.id});
      continue;
    }
    models.push_back(std::move(m));
  }
  order(models, out.errors);
  out.set.models = std::move(models);
  return out;
}

}  // namespace xj::risk

#include "spotcheck/draw.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace xj::spotcheck {
namespace {

// A member's or inspector's sort key and its position in the list being ranked.
struct Ranked {
  Digest key;
  std::size_t index;
};

}  // namespace

int stratum_index(char stratum) { return stratum >= 'A' && stratum <= 'D' ? stratum - 'A' : -1; }

int basis_points(double ratio) {
  // §8.5: ⌊ratio × 10000 + 0.5⌋; ratios carry at most 4 decimals, so this is exact.
  return static_cast<int>(std::floor(ratio * 10000.0 + 0.5));
}

std::int64_t stratum_quota(std::int64_t n, int bp) {
  // §8.5: k = min(n, ⌈n × bp / 10000⌉) computed as (n × bp + 9999) / 10000.
  return std::min(n, (n * bp + 9999) / 10000);
}

std::int64_t load_cap(std::int64_t tasks, int per_task, std::int64_t pool_size) {
  // §8.7: L = ⌈K × m / P⌉.
  return (tasks * per_task + pool_size - 1) / pool_size;
}

std::string population_digest(const std::vector<Member>& sorted) {
  // §8.4: SM3 over the lines "USCC,STRATUM\n" in USCC byte order.
  std::string text;
  text.reserve(sorted.size() * 21);
  for (const auto& m : sorted) {
    text += m.uscc;
    text += ',';
    text += m.stratum;
    text += '\n';
  }
  return to_hex(sm3(text));
}

Digest member_key(const Seed& seed, std::string_view uscc) {
  return sm3(seed_bytes(seed), uscc);  // §8.6: SM3(seed ‖ USCC)
}

Digest inspector_key(const Seed& seed, std::string_view uscc, std::string_view inspector) {
  return sm3(seed_bytes(seed), "|", uscc, "|", inspector);  // §8.7
}

Selection select_members(const Seed& seed, std::vector<Member> population,
                         const std::array<int, 4>& ratio_bp) {
  Selection out;
  std::sort(population.begin(), population.end(),
            [](const Member& a, const Member& b) { return a.uscc < b.uscc; });
  out.digest = population_digest(population);
  std::array<std::vector<Ranked>, 4> strata;
  for (std::size_t i = 0; i < population.size(); ++i) {
    const int s = stratum_index(population[i].stratum);
    strata[s].push_back({member_key(seed, population[i].uscc), i});
  }
  // §8.6: within each stratum by key ascending (bytewise), ties by USCC; the first k_s.
  auto before = [&](const Ranked& a, const Ranked& b) {
    if (a.key != b.key) return a.key < b.key;
    return population[a.index].uscc < population[b.index].uscc;
  };
  for (int s = 0; s < 4; ++s) {
    auto& ranked = strata[s];
    const auto n = static_cast<std::int64_t>(ranked.size());
    const std::int64_t k = stratum_quota(n, ratio_bp[s]);
    out.strata[s] = {n, k};
    std::nth_element(ranked.begin(), ranked.begin() + k, ranked.end(), before);
    std::sort(ranked.begin(), ranked.begin() + k, before);
    for (std::int64_t i = 0; i < k; ++i) {
      const Member& m = population[ranked[i].index];
      out.selected.push_back({m.uscc, m.stratum, {}});
    }
  }
  out.population = std::move(population);
  return out;
}

Result<std::vector<Task>> assign_inspectors(const Seed& seed, std::vector<Task> selected,
                                            const AssignmentInput& input) {
  const int m = input.per_task;
  if (m < 2) {
    return invalid("inspectors_per_task", "invalid_amount",
                   "每项任务至少 2 名检查人员 (at least 2 inspectors per task)");
  }
  const std::set<std::string> unique(input.pool.begin(), input.pool.end());
  const std::vector<std::string> pool(unique.begin(), unique.end());
  std::unordered_map<std::string, std::unordered_set<std::string>> excluded;
  for (const auto& r : input.recusals) excluded[r.uscc].insert(r.inspector);
  for (const auto& r : input.rotation)
    excluded[r.uscc].insert(r.inspectors.begin(), r.inspectors.end());

  const auto cap = pool.empty() ? 0
                                : load_cap(static_cast<std::int64_t>(selected.size()), m,
                                           static_cast<std::int64_t>(pool.size()));
  std::vector<std::int64_t> load(pool.size(), 0);
  std::vector<Ranked> candidates;
  candidates.reserve(pool.size());
  std::string prefix;
  for (Task& task : selected) {
    // candidates = pool − recusals for this USCC − the inspectors of its previous task.
    const auto ex = excluded.find(task.uscc);
    prefix.assign(seed_bytes(seed));
    prefix += '|';
    prefix += task.uscc;
    prefix += '|';
    candidates.clear();
    for (std::size_t i = 0; i < pool.size(); ++i) {
      if (ex != excluded.end() && ex->second.contains(pool[i])) continue;
      candidates.push_back({sm3(prefix, pool[i]), i});  // SM3(seed ‖ | ‖ USCC ‖ | ‖ id)
    }
    if (candidates.size() < static_cast<std::size_t>(m)) {
      return fail(ErrorCode::insufficient_inspectors,
                  "可选检查人员不足，无法为 " + task.uscc + " 分配 " + std::to_string(m) +
                      " 名检查人员 (not enough eligible inspectors for " + task.uscc + ")",
                  {ErrorDetail{"uscc", "insufficient_inspectors", task.uscc}});
    }
    std::sort(candidates.begin(), candidates.end(), [&](const Ranked& a, const Ranked& b) {
      if (a.key != b.key) return a.key < b.key;
      return pool[a.index] < pool[b.index];
    });
    // The first m whose load < L, then, if short, the next ones regardless of load.
    std::vector<std::size_t> chosen;
    for (const auto& c : candidates) {
      if (chosen.size() == static_cast<std::size_t>(m)) break;
      if (load[c.index] < cap) chosen.push_back(c.index);
    }
    for (const auto& c : candidates) {
      if (chosen.size() == static_cast<std::size_t>(m)) break;
      if (load[c.index] >= cap) chosen.push_back(c.index);
    }
    for (std::size_t i : chosen) {
      ++load[i];
      task.inspectors.push_back(pool[i]);
    }
  }
  return selected;
}

}  // namespace xj::spotcheck

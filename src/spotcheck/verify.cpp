#include "spotcheck/verify.h"

#include <algorithm>
#include <optional>
#include <set>

namespace xj::spotcheck {
namespace {

std::string strat(char s) { return std::string(1, s); }

Check commitment_check(const std::string& seed, const std::string& commitment,
                       std::optional<Seed>& parsed) {
  Check c{"commitment", "SM3(seed) = seed_commitment (§8.1)", true, {}};
  auto s = parse_seed(seed);
  if (!s) {
    c.differences.push_back("seed: 不是 64 位小写十六进制 (not 64 lowercase hex characters)");
    return c;
  }
  parsed = *s;
  const std::string actual = to_hex(sm3(seed_bytes(*s)));
  if (actual != commitment) {
    c.differences.push_back("seed_commitment: record " + commitment + ", SM3(seed) " + actual);
  }
  return c;
}

// USCCs strictly ascending (byte order, hence no duplicates) and as many as population_size.
template <typename UsccOf, typename Item>
Check population_check(const std::vector<Item>& population, std::int64_t size, UsccOf uscc_of) {
  Check c{"population", "sorted by USCC, no duplicates, population_size (§8.2, §8.4)", true, {}};
  if (static_cast<std::int64_t>(population.size()) != size) {
    c.differences.push_back("population_size: record " + std::to_string(size) +
                            ", population has " + std::to_string(population.size()));
  }
  for (std::size_t i = 1; i < population.size(); ++i) {
    if (!(uscc_of(population[i - 1]) < uscc_of(population[i]))) {
      c.differences.push_back("population[" + std::to_string(i) + "]: " + uscc_of(population[i]) +
                              " is not after " + uscc_of(population[i - 1]) +
                              " (unsorted or duplicate)");
      break;
    }
  }
  return c;
}

Check skipped(std::string name, std::string why) {
  return Check{std::move(name), std::move(why), false, {}};
}

}  // namespace

bool all_ok(const std::vector<Check>& checks) {
  for (const auto& c : checks) {
    if (c.ran && !c.differences.empty()) return false;
  }
  return true;
}

std::vector<Check> verify_draw(const DrawRecord& r) {
  std::vector<Check> out;
  std::optional<Seed> seed;
  out.push_back(commitment_check(r.seed, r.seed_commitment, seed));
  out.push_back(
      population_check(r.population, r.population_size, [](const Member& m) { return m.uscc; }));
  const bool population_ok = out.back().differences.empty();

  Check digest{"population_digest", "SM3 of the lines USCC,STRATUM (§8.4)", true, {}};
  const std::string actual = population_digest(r.population);
  if (actual != r.population_digest) {
    digest.differences.push_back("population_digest: record " + r.population_digest +
                                 ", recomputed " + actual);
  }
  out.push_back(std::move(digest));

  if (!seed || !population_ok) {
    const std::string why = "needs a valid seed and a sorted population without duplicates";
    out.push_back(skipped("strata", why));
    out.push_back(skipped("selection", why));
    out.push_back(skipped("inspectors", why));
    return out;
  }
  const Selection sel = select_members(*seed, r.population, r.ratio_bp);
  Check strata{
      "strata", "sizes per stratum and k = min(n, ⌈n × bp / 10000⌉) (§8.3, §8.5)", true, {}};
  for (int s = 0; s < 4; ++s) {
    const auto& have = r.strata[s];
    const auto& want = sel.strata[s];
    if (have.size != want.size) {
      strata.differences.push_back("strata." + strat(kStrata[s]) + ".size: record " +
                                   std::to_string(have.size) + ", recomputed " +
                                   std::to_string(want.size));
    }
    if (have.selected != want.selected) {
      strata.differences.push_back("strata." + strat(kStrata[s]) + ".selected: record " +
                                   std::to_string(have.selected) + ", recomputed " +
                                   std::to_string(want.selected));
    }
  }
  out.push_back(std::move(strata));

  Check selection{"selection", "order by SM3(seed ‖ USCC) within each stratum (§8.6)", true, {}};
  if (r.selected.size() != sel.selected.size()) {
    selection.differences.push_back("selected: record has " + std::to_string(r.selected.size()) +
                                    " enterprises, recomputed " +
                                    std::to_string(sel.selected.size()));
  }
  for (std::size_t i = 0; i < std::min(r.selected.size(), sel.selected.size()); ++i) {
    const auto& have = r.selected[i];
    const auto& want = sel.selected[i];
    if (have.uscc != want.uscc || have.stratum != want.stratum) {
      selection.differences.push_back("selected[" + std::to_string(i) + "]: record " + have.uscc +
                                      " (" + strat(have.stratum) + "), recomputed " + want.uscc +
                                      " (" + strat(want.stratum) + ")");
    }
  }
  out.push_back(std::move(selection));

  Check inspectors{"inspectors",
                   "pool minus recusals and rotation, ranked by SM3(seed ‖ | ‖ USCC ‖ | ‖ id), "
                   "load cap (§8.7)",
                   true,
                   {}};
  std::set<std::string> pool_set(r.pool.begin(), r.pool.end());
  std::set<std::string> selected_set;
  for (const auto& t : sel.selected) selected_set.insert(t.uscc);
  for (const auto& rot : r.rotation) {
    if (!selected_set.contains(rot.uscc)) {
      inspectors.differences.push_back("rotation: " + rot.uscc + " is not a selected enterprise");
    }
  }
  AssignmentInput in{r.inspectors_per_task, r.pool, r.recusals, r.rotation};
  auto assigned = assign_inspectors(*seed, sel.selected, in);
  if (!assigned) {
    inspectors.differences.push_back("recomputation fails: " + assigned.error().message);
  } else {
    for (std::size_t i = 0; i < std::min(r.selected.size(), assigned->size()); ++i) {
      const auto& have = r.selected[i];
      const auto& want = (*assigned)[i];
      if (have.uscc != want.uscc) continue;  // reported by the selection check
      if (have.inspectors != want.inspectors) {
        auto join = [](const std::vector<std::string>& v) {
          std::string s;
          for (const auto& x : v) s += (s.empty() ? "" : ",") + x;
          return "[" + s + "]";
        };
        inspectors.differences.push_back("selected[" + std::to_string(i) + "].inspectors (" +
                                         have.uscc + "): record " + join(have.inspectors) +
                                         ", recomputed " + join(want.inspectors));
      }
      for (const auto& id : have.inspectors) {
        if (!pool_set.contains(id)) {
          inspectors.differences.push_back("selected[" + std::to_string(i) + "]: inspector " + id +
                                           " is not in the pool");
        }
      }
    }
  }
  out.push_back(std::move(inspectors));
  return out;
}

std::vector<Check> verify_draw(const PublicDrawRecord& r) {
  std::vector<Check> out;
  std::optional<Seed> seed;
  out.push_back(commitment_check(r.seed, r.seed_commitment, seed));
  out.push_back(
      population_check(r.population, r.population_size, [](const std::string& u) { return u; }));

  Check members{"selected_in_population", "every selected enterprise is a member, once", true, {}};
  const std::set<std::string> population(r.population.begin(), r.population.end());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < r.selected.size(); ++i) {
    const std::string& u = r.selected[i].uscc;
    if (!population.contains(u)) {
      members.differences.push_back("selected[" + std::to_string(i) + "]: " + u +
                                    " is not in the population");
    }
    if (!seen.insert(u).second) {
      members.differences.push_back("selected[" + std::to_string(i) + "]: " + u + " appears twice");
    }
  }
  out.push_back(std::move(members));

  Check counts{
      "counts", "strata sizes add up to population_size, selected counts to the list", true, {}};
  std::int64_t sizes = 0, chosen = 0;
  for (int s = 0; s < 4; ++s) {
    sizes += r.strata[s].size;
    chosen += r.strata[s].selected;
    if (r.strata[s].selected > r.strata[s].size || r.strata[s].selected < 0) {
      counts.differences.push_back("strata." + strat(kStrata[s]) + ": selected " +
                                   std::to_string(r.strata[s].selected) + " of " +
                                   std::to_string(r.strata[s].size));
    }
  }
  if (sizes != r.population_size) {
    counts.differences.push_back("strata sizes add up to " + std::to_string(sizes) +
                                 ", population_size is " + std::to_string(r.population_size));
  }
  if (chosen != static_cast<std::int64_t>(r.selected.size())) {
    counts.differences.push_back("strata selected add up to " + std::to_string(chosen) +
                                 ", selected lists " + std::to_string(r.selected.size()));
  }
  out.push_back(std::move(counts));

  const std::string internal = "the public record has no strata (classes are internal)";
  out.push_back(skipped("population_digest", internal));
  out.push_back(skipped("strata", internal + " nor ratios"));
  out.push_back(skipped("selection", internal));
  out.push_back(skipped("inspectors", "the public record has no pool, recusals or rotation"));
  return out;
}

}  // namespace xj::spotcheck

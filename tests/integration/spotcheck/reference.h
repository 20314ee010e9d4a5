// An independent re-implementation of the draw from the contract (domain-rules.md §8), for the
// tests to compare the server's records with: SM3 through audit::sm3_hex (lowercase hex sorts
// like the bytes), sizes with the integer formula, assignment with the load cap.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "audit/digest.h"

namespace xj::spotcheck_test {

struct RefMember {
  std::string uscc;
  char stratum;
};

inline std::string hex_to_bytes(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  }
  return out;
}

inline long ref_quota(long n, double ratio) {
  const long bp = static_cast<long>(std::floor(ratio * 10000 + 0.5));
  return std::min(n, (n * bp + 9999) / 10000);
}

// (uscc, stratum) in selected order.
inline std::vector<std::pair<std::string, char>> ref_select(const std::string& seed,
                                                            const std::vector<RefMember>& pop,
                                                            const std::map<char, double>& ratios) {
  std::vector<std::pair<std::string, char>> out;
  for (char s : std::string("ABCD")) {
    std::vector<std::pair<std::string, std::string>> ranked;
    for (const auto& m : pop) {
      if (m.stratum == s) ranked.push_back({audit::sm3_hex(seed + m.uscc), m.uscc});
    }
    std::sort(ranked.begin(), ranked.end());
    const long k = ref_quota(static_cast<long>(ranked.size()), ratios.at(s));
    for (long i = 0; i < k; ++i) out.push_back({ranked[i].second, s});
  }
  return out;
}

inline std::vector<std::vector<std::string>> ref_assign(
    const std::string& seed, const std::vector<std::string>& selected,
    std::vector<std::string> pool, int m,
    const std::set<std::pair<std::string, std::string>>& excluded /* (uscc, id) */) {
  std::sort(pool.begin(), pool.end());
  const long cap = (static_cast<long>(selected.size()) * m + static_cast<long>(pool.size()) - 1) /
                   static_cast<long>(pool.size());
  std::map<std::string, long> load;
  std::vector<std::vector<std::string>> out;
  for (const auto& uscc : selected) {
    std::vector<std::pair<std::string, std::string>> ranked;
    for (const auto& id : pool) {
      if (!excluded.contains({uscc, id}))
        ranked.push_back({audit::sm3_hex(seed + "|" + uscc + "|" + id), id});
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> chosen;
    for (const auto& [k, id] : ranked) {
      if (static_cast<int>(chosen.size()) < m && load[id] < cap) chosen.push_back(id);
    }
    for (const auto& [k, id] : ranked) {
      if (static_cast<int>(chosen.size()) < m && load[id] >= cap) chosen.push_back(id);
    }
    for (const auto& id : chosen) ++load[id];
    out.push_back(chosen);
  }
  return out;
}

}  // namespace xj::spotcheck_test

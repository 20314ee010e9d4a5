// bench/draw: the pure draw of domain-rules.md §8 at scale — 1 000 000 members, 50 000 selected,
// 2 000 inspectors by default — timed in its two phases: selection (§8.3–8.6: sort, digest, one
// SM3 key per member) and inspector assignment (§8.7: one SM3 key per candidate and task).
// Built and run by bench/draw/run; prints one JSON line.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "spotcheck/draw.h"

using namespace xj::spotcheck;

int main(int argc, char** argv) {
  const long members = argc > 1 ? std::atol(argv[1]) : 1000000;
  const long inspectors = argc > 2 ? std::atol(argv[2]) : 2000;
  // Strata A 40 %, B 40 %, C 15 %, D 5 % of members; ratios chosen so that 5 % are selected.
  std::vector<Member> population;
  population.reserve(members);
  for (long i = 0; i < members; ++i) {
    char code[32];
    std::snprintf(code, sizeof code, "9143%04ldMA%08ldX", i % 10000, i);
    const long r = i % 20;
    population.push_back({code, r < 8 ? 'A' : r < 16 ? 'B' : r < 19 ? 'C' : 'D'});
  }
  const std::array<int, 4> bp = {200, 300, 1000, 3000};  // 0.4·2 + 0.4·3 + 0.15·10 + 0.05·30 = 5 %
  std::vector<std::string> pool;
  for (long i = 0; i < inspectors; ++i) pool.push_back("湘执" + std::to_string(43000000 + i));
  const Seed seed = sm3("bench-seed");

  // Wall time and this process's CPU time: on a shared machine the CPU time is the figure to keep.
  const auto t0 = std::chrono::steady_clock::now();
  const std::clock_t c0 = std::clock();
  Selection sel = select_members(seed, std::move(population), bp);
  const auto t1 = std::chrono::steady_clock::now();
  const std::clock_t c1 = std::clock();
  auto tasks = assign_inspectors(seed, sel.selected, {2, pool, {}, {}});
  const auto t2 = std::chrono::steady_clock::now();
  const std::clock_t c2 = std::clock();
  if (!tasks) {
    std::fprintf(stderr, "%s\n", tasks.error().message.c_str());
    return 1;
  }
  auto secs = [](auto a, auto b) { return std::chrono::duration<double>(b - a).count(); };
  auto cpu = [](std::clock_t a, std::clock_t b) { return double(b - a) / CLOCKS_PER_SEC; };
  std::printf(
      "{\"members\":%ld,\"selected\":%zu,\"inspectors\":%ld,\"sm3_keys\":%ld,"
      "\"selection_wall_s\":%.3f,\"assignment_wall_s\":%.3f,\"selection_cpu_s\":%.3f,"
      "\"assignment_cpu_s\":%.3f,\"total_cpu_s\":%.3f}\n",
      members, sel.selected.size(), inspectors,
      members + static_cast<long>(sel.selected.size()) * inspectors, secs(t0, t1), secs(t1, t2),
      cpu(c0, c1), cpu(c1, c2), cpu(c0, c2));
  return 0;
}

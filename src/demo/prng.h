// Prng: the demo generator's small, explicit pseudo-random generator (xoshiro256**, seeded with
// splitmix64), so that a seed gives the same data set on every platform and standard library.
//
//   Prng rng(seed, stream);              // one independent stream per enterprise index
//   auto k = rng.below(10);              // 0..9
//   if (rng.percent(60)) { … }           // true 60 times in 100
//   auto& word = rng.pick(kWords);
//
// Never use std::uniform_*_distribution here: their output differs across standard libraries.
// Not thread-safe (a value type: give each thread its own).
#pragma once

#include <cstdint>
#include <iterator>
#include <span>

namespace xj::demo {

// Streams from here on are reserved for the generator's fixed uses (USCC bijection, inspectors,
// showcase); enterprise i uses stream i.
inline constexpr std::uint64_t kReservedStreams = 1ULL << 62;

class Prng {
 public:
  // The stream for (seed, stream); different streams of one seed are independent.
  Prng(std::uint64_t seed, std::uint64_t stream);

  std::uint64_t next();

  // Uniform in [0, n). REQUIRES: n > 0.
  std::uint64_t below(std::uint64_t n);

  // Uniform in [lo, hi], both included. REQUIRES: lo <= hi.
  std::int64_t between(std::int64_t lo, std::int64_t hi);

  // True with probability p/100 (p/1000).
  bool percent(int p) { return static_cast<int>(below(100)) < p; }
  bool permille(int p) { return static_cast<int>(below(1000)) < p; }

  // An index drawn with the given non-negative integer weights. REQUIRES: a positive sum.
  std::size_t weighted(std::span<const int> weights);

  // A uniformly chosen element of an array, span or vector. REQUIRES: non-empty.
  template <typename Items>
  const auto& pick(const Items& items) {
    return items[below(std::size(items))];
  }

 private:
  std::uint64_t s_[4];
};

}  // namespace xj::demo

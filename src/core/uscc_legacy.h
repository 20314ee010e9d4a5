// LegacyCodes: the audited list of real pre-2016 pilot USCCs whose check character (position 18)
// fails GB 32100 but which were issued and must be accepted (domain-rules §1.1 "legacy").
//
//   XJ_TRY(auto legacy, LegacyCodes::load(config_dir() / "uscc-legacy.txt"));
//   check_uscc(text, legacy).verdict;  // legacy for a listed code
//
// File format: one code per line; `#` starts a comment; blank lines ignored; codes are
// normalised like any USCC. Immutable after loading; safe to share between threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>

#include "core/result.h"

namespace xj::core {

class LegacyCodes {
 public:
  // The empty list (no code is legacy).
  static const LegacyCodes& none();

  // Parses file contents. Fails (internal, naming `source` and the line) on a line that is not
  // 18 characters of the USCC alphabet.
  static Result<LegacyCodes> parse(std::string_view contents, std::string_view source);

  // Reads and parses a file; fails (internal) when it cannot be read.
  static Result<LegacyCodes> load(const std::filesystem::path& file);

  // True when the normalised `code` is listed.
  bool contains(std::string_view code) const;

  std::size_t size() const { return codes_.size(); }

 private:
  std::set<std::string, std::less<>> codes_;
};

}  // namespace xj::core

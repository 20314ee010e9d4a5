#include "core/uscc_legacy.h"

#include <fstream>
#include <sstream>

#include "core/text.h"
#include "core/uscc.h"

namespace xj::core {

const LegacyCodes& LegacyCodes::none() {
  static const LegacyCodes empty;
  return empty;
}

Result<LegacyCodes> LegacyCodes::parse(std::string_view contents, std::string_view source) {
  LegacyCodes out;
  std::size_t line_no = 0;
  while (!contents.empty()) {
    const auto eol = contents.find('\n');
    std::string_view line = contents.substr(0, eol);
    contents.remove_prefix(eol == std::string_view::npos ? contents.size() : eol + 1);
    ++line_no;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    const std::string code = normalize_code(line);
    if (code.empty()) continue;
    const bool shaped =
        code.size() == 18 && code.find_first_not_of(kUsccAlphabet) == std::string::npos;
    if (!shaped) {
      return fail(ErrorCode::internal,
                  std::string(source) + ":" + std::to_string(line_no) +
                      ": 不是18位统一社会信用代码 (not an 18-character USCC): " + code);
    }
    out.codes_.insert(code);
  }
  return out;
}

Result<LegacyCodes> LegacyCodes::load(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return fail(ErrorCode::internal, "无法读取 (cannot read) " + file.string());
  }
  std::ostringstream contents;
  contents << in.rdbuf();
  return parse(contents.str(), file.string());
}

bool LegacyCodes::contains(std::string_view code) const { return codes_.contains(code); }

}  // namespace xj::core

#include "collection/field_reader.h"

#include <algorithm>

#include "core/money.h"
#include "core/text.h"
#include "core/uscc.h"

namespace xj::collection {
namespace {

bool equal_ignoring_ascii_case(std::string_view a, std::string_view b) {
  return core::to_upper_ascii(a) == core::to_upper_ascii(b);
}

// Splits at `;`, `；`, `、` and `,` (formats.md penalty types, inspector domains), trimming items
// and dropping empty ones.
std::vector<std::string> split_items(std::string_view text) {
  static constexpr std::string_view kSeparators[] = {";", "；", "、", ",", "，"};
  std::vector<std::string> out;
  std::size_t start = 0;
  std::size_t i = 0;
  auto flush = [&](std::size_t end) {
    auto item = core::trim(text.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
  };
  while (i < text.size()) {
    std::size_t matched = 0;
    for (auto sep : kSeparators) {
      if (text.substr(i).starts_with(sep)) {
        matched = sep.size();
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    flush(i);
    i += matched;
    start = i;
  }
  flush(text.size());
  return out;
}

const Alias* find_alias(std::span<const Alias> aliases, std::string_view value) {
  for (const auto& a : aliases) {
    if (equal_ignoring_ascii_case(a.input, value)) return &a;
  }
  return nullptr;
}

std::string allowed_values(std::span<const Alias> aliases) {
  std::string out;
  for (const auto& a : aliases) {
    if (a.input == a.stored || !out.ends_with(std::string(a.stored))) {
      if (!out.empty()) out += "、";
      out += a.input;
    }
  }
  return out;
}

}  // namespace

FieldReader::FieldReader(const RowInput& input, core::Date today, const core::LegacyCodes& legacy)
    : input_(input), today_(today), legacy_(legacy) {}

const formats::Cell* FieldReader::cell(std::size_t column) const {
  if (column >= input_.cells.size() || !input_.cells[column]) return nullptr;
  return &*input_.cells[column];
}

std::string FieldReader::column_name(std::size_t column) const {
  if (input_.names && column < input_.names->size()) return (*input_.names)[column];
  return {};
}

void FieldReader::reject(std::size_t column, std::string code, std::string message) {
  if (error_) return;
  error_ = RowIssue{input_.row_number, column_name(column), std::move(code), std::move(message)};
}

void FieldReader::warn(std::size_t column, std::string code, std::string message) {
  warnings_.push_back(
      RowIssue{input_.row_number, column_name(column), std::move(code), std::move(message)});
}

void FieldReader::reject_with(std::size_t column, const Error& e, std::string_view fallback_code) {
  if (!e.details.empty()) {
    reject(column, e.details.front().code, e.details.front().message);
  } else {
    reject(column, std::string(fallback_code), e.message);
  }
}

std::optional<std::string> FieldReader::text(std::size_t column) {
  const formats::Cell* c = cell(column);
  if (!c) return std::nullopt;
  std::string_view value = core::trim(c->text);
  if (value.empty()) return std::nullopt;
  if (value.size() > kMaxTextBytes) {
    reject(column, "too_long", "内容过长 (value too long: at most 8000 bytes)");
    return std::nullopt;
  }
  return std::string(value);
}

std::string FieldReader::required(std::size_t column) {
  auto value = text(column);
  if (!value) {
    reject(column, "missing_field",
           "必填项为空：" + column_name(column) + " (required field is empty)");
    return {};
  }
  return *value;
}

std::string FieldReader::uscc(std::size_t column) {
  const formats::Cell* c = cell(column);
  if (c && c->type != formats::CellType::text && !core::trim(c->text).empty()) {
    // fixtures/README.md: Excel turned an all-digit code into a number and lost its digits.
    reject(column, "invalid_uscc",
           "统一社会信用代码被 Excel 存为数字 (" + c->text +
               ")，末位数字已丢失：请将该列设置为文本格式后重新录入代码 (the code was stored as a "
               "number and lost digits: format the column as text and re-enter the codes)");
    return {};
  }
  std::string raw = required(column);
  if (raw.empty()) return {};
  core::UsccCheck check = core::check_uscc(raw, legacy_);
  if (check.verdict == core::UsccVerdict::invalid) {
    reject(column, "invalid_uscc", check.reason);
    return {};
  }
  for (auto& w : check.warnings) warn(column, w.code, w.message);
  return check.code;
}

std::optional<std::string> FieldReader::date(std::size_t column, bool required_field,
                                             bool not_after_today) {
  auto raw = required_field ? std::optional<std::string>(required(column)) : text(column);
  if (!raw || raw->empty()) return std::nullopt;
  auto parsed = core::parse_date(*raw, column_name(column));
  if (!parsed) {
    reject_with(column, parsed.error(), "invalid_date");
    return std::nullopt;
  }
  if (not_after_today && *parsed > today_) {
    // api.md "Conventions": decision and event dates may not lie after today.
    reject(column, "invalid_date", "日期晚于今天 (date after today): " + parsed->to_string());
    return std::nullopt;
  }
  return parsed->to_string();
}

std::optional<std::int64_t> FieldReader::money(std::size_t column) {
  auto raw = text(column);
  if (!raw) return std::nullopt;
  auto parsed = core::Money::parse(*raw, column_name(column));
  if (!parsed) {
    reject_with(column, parsed.error(), "invalid_amount");
    return std::nullopt;
  }
  return parsed->fen();
}

std::optional<std::string> FieldReader::choice(std::size_t column, std::span<const Alias> aliases) {
  auto raw = text(column);
  if (!raw) return std::nullopt;
  if (const Alias* a = find_alias(aliases, *raw)) return std::string(a->stored);
  reject(column, "invalid_enum",
         "取值无效 (invalid value): " + *raw + "；可选 (allowed): " + allowed_values(aliases));
  return std::nullopt;
}

std::vector<std::string> FieldReader::list(std::size_t column, std::span<const Alias> allowed,
                                           bool required_field) {
  auto raw = required_field ? std::optional<std::string>(required(column)) : text(column);
  std::vector<std::string> out;
  if (!raw || raw->empty()) return out;
  for (const auto& item : split_items(*raw)) {
    const Alias* a = find_alias(allowed, item);
    if (!a) {
      reject(column, "invalid_enum",
             "取值无效 (invalid value): " + item + "；可选 (allowed): " + allowed_values(allowed));
      return {};
    }
    std::string stored(a->stored);
    if (std::find(out.begin(), out.end(), stored) == out.end()) out.push_back(std::move(stored));
  }
  return out;
}

std::optional<bool> FieldReader::yes_no(std::size_t column) {
  static constexpr Alias kYesNo[] = {{"是", "1"},  {"否", "0"}, {"true", "1"}, {"false", "0"},
                                     {"yes", "1"}, {"no", "0"}, {"1", "1"},    {"0", "0"},
                                     {"Y", "1"},   {"N", "0"}};
  auto v = choice(column, kYesNo);
  if (!v) return std::nullopt;
  return *v == "1";
}

bool RowInput::blank() const {
  for (const auto& c : cells) {
    if (c && !core::trim(c->text).empty()) return false;
  }
  return true;
}

}  // namespace xj::collection

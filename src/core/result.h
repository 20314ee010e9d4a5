// Result<T> and Error: how every module reports an expected failure.
//
// An Error carries one of api.md's codes (the HTTP layer maps codes to statuses; nothing here
// knows HTTP), a sentence for people, and optional field-level details.
//
//   Result<Uscc> r = Uscc::parse(text);
//   if (!r) return r.error();          // or: XJ_TRY(auto uscc, Uscc::parse(text));
//
// Exceptions are for start-up configuration and for bugs only.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tl/expected.hpp>

namespace xj {

// The error codes of api.md "Conventions", one enumerator each.
enum class ErrorCode {
  bad_request,
  missing_column,
  unauthenticated,
  forbidden,
  not_found,
  conflict,
  payload_too_large,
  validation_failed,
  not_eligible,
  seed_mismatch,
  insufficient_inspectors,
  rate_limited,
  internal,
};

// The api.md spelling of a code ("validation_failed", ...).
std::string_view to_string(ErrorCode code);

// One field-level problem: field name, field code (invalid_uscc, missing_field, ...), sentence.
struct ErrorDetail {
  std::string field;
  std::string code;
  std::string message;
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::vector<ErrorDetail> details;

  Error() = default;
  Error(ErrorCode c, std::string msg, std::vector<ErrorDetail> d = {})
      : code(c), message(std::move(msg)), details(std::move(d)) {}
};

// (GCC ignores [[nodiscard]] on an alias; functions returning these are marked where it matters.)
template <typename T>
using Result = tl::expected<T, Error>;

using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(ErrorCode code, std::string message,
                                  std::vector<ErrorDetail> details = {}) {
  return tl::unexpected<Error>(Error(code, std::move(message), std::move(details)));
}

inline tl::unexpected<Error> fail(Error e) { return tl::unexpected<Error>(std::move(e)); }

// A 422 validation_failed with one detail.
inline tl::unexpected<Error> invalid(std::string field, std::string code, std::string message) {
  std::string top = message;
  return fail(ErrorCode::validation_failed, std::move(top),
              {ErrorDetail{std::move(field), std::move(code), std::move(message)}});
}

}  // namespace xj

#define XJ_CONCAT_INNER(a, b) a##b
#define XJ_CONCAT(a, b) XJ_CONCAT_INNER(a, b)

// XJ_TRY(decl, expr): evaluates expr (a Result); on error returns the error from the enclosing
// function, otherwise binds the value to decl.
#define XJ_TRY(decl, expr) XJ_TRY_IMPL(XJ_CONCAT(xj_try_, __LINE__), decl, expr)
#define XJ_TRY_IMPL(tmp, decl, expr)                         \
  auto tmp = (expr);                                         \
  if (!tmp) return ::tl::unexpected<::xj::Error>(std::move(tmp).error()); \
  decl = std::move(*tmp)

// XJ_CHECK(expr): evaluates expr (a Status or Result); on error returns the error.
#define XJ_CHECK(expr)                                                        \
  do {                                                                        \
    auto xj_check_r = (expr);                                                 \
    if (!xj_check_r) return ::tl::unexpected<::xj::Error>(std::move(xj_check_r).error()); \
  } while (0)

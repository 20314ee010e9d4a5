// How the printable credit report (HTML page and PDF) shows record values that are not plain
// text: lists joined with "；", money in yuan with "元". Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace xj::http {

// The items joined with the full-width semicolon "；"; "" for none.
std::string report_joined(const std::vector<std::string>& items);

// "2000.50 元" from fen; nullopt stays nullopt (printed as "—").
std::optional<std::string> report_yuan(const std::optional<std::int64_t>& fen);

}  // namespace xj::http

// Scoring one enterprise under one model (domain-rules.md §7): indicators → factors → score →
// band → overrides. Every factor names its indicator, its value (a JSON literal: a count, a sum
// in yuan, a date, a class), its points and a one-line Chinese reason; the points of the factors
// always sum to the score (caps, group caps and the floor appear as factors of their own).
// Indicators that give 0 points are left out, except the 0-point notes the rules ask for
// (override applied, licence not on file).
//
//   if (applies(model, facts)) {
//     Assessment a = evaluate(model, facts, today, classes);   // classes: model id → class
//   }
//
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/date.h"
#include "risk/facts.h"
#include "risk/model.h"

namespace xj::risk {

struct Factor {
  std::string indicator;
  std::string value_json;  // a JSON literal
  std::int64_t points = 0;
  std::string reason;
  friend bool operator==(const Factor&, const Factor&) = default;
};

struct Assessment {
  std::string model;
  std::string model_version;
  std::int64_t score = 0;
  char cls = 'A';
  std::vector<Factor> factors;
};

// Whether `model` classifies this enterprise (§7: never a deregistered one).
bool applies(const Model& model, const EnterpriseFacts& facts);

// The assessment. `classes` holds the classes already computed for this enterprise on the same
// day (a model_class indicator whose model has no class gives no points).
Assessment evaluate(const Model& model, const EnterpriseFacts& facts, core::Date today,
                    const std::map<std::string, char>& classes);

// Every applicable model of `models`, in order (a later model may use an earlier one's class).
std::vector<Assessment> evaluate_all(const ModelSet& models, const EnterpriseFacts& facts,
                                     core::Date today);

}  // namespace xj::risk

// Reading the risk models from config/models/*.toml (domain-rules.md §7: models are data files,
// versioned). A file is checked completely — TOML syntax, required keys, known keys and values,
// references between models — and refused with "file:line: problem" when anything is wrong.
//
//   LoadedModels loaded = load_models(config_dir / "models");
//   if (!loaded.errors.empty()) …;            // keep the models in force (reload is atomic)
//
// The file format is documented in docs/risk.md and by config/models/general.toml.
// Pure apart from reading the files; thread-safe.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "risk/model.h"

namespace xj::risk {

struct LoadError {
  std::string file;
  std::int64_t line = 0;
  std::string message;
  std::string text() const;  // "file:line: message"
};

struct LoadedModels {
  ModelSet set;                   // the good models, in evaluation order
  std::vector<LoadError> errors;  // one per refused file (or reference problem)
};

// One model from TOML text; `source` names it in messages. validation_failed with
// "source:line: problem" otherwise.
Result<Model> parse_model(std::string_view text, std::string_view source);

// Every *.toml of `dir`, in evaluation order: a model_class indicator's model first. An unknown
// model reference, a duplicate id or a cycle is an error of the file that names it.
LoadedModels load_models(const std::filesystem::path& dir);

}  // namespace xj::risk

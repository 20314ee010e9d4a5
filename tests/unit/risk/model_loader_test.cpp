// Reading model files: the shipped four, refusals that name the file and line, reference order.
#include <fstream>

#include "risk_test_support.h"
#include "support/test_db.h"

namespace xj::risk::test {
namespace {

constexpr const char* kMinimal = R"(id = "tiny"
version = "1"
name = "测试模型"
[bands]
A = 1
B = 2
C = 3
[[indicators]]
id = "p"
record = "penalty"
window_months = 12
per_item = 1
reason = "处罚{value}起"
)";

TEST(ModelLoader, ShippedModelsInEvaluationOrder) {
  const ModelSet& set = shipped();
  ASSERT_EQ(set.models.size(), 4u);
  EXPECT_EQ(set.models[0].id, "elevator_maintenance");  // files in name order …
  // … except that food_production comes after general, whose class it uses.
  std::vector<std::string> ids;
  for (const auto& m : set.models) ids.push_back(m.id);
  auto pos = [&](const char* id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
  EXPECT_LT(pos("general"), pos("food_production"));
  EXPECT_EQ(model("general").measures.at('D').spotcheck_ratio, 0.60);
  EXPECT_TRUE(model("general").measures.at('C').key_supervision);
  EXPECT_EQ(model("food_production").measures.at('B').inspections_per_year, "1–2");
}

TEST(ModelLoader, MinimalModelParses) {
  auto m = parse_model(kMinimal, "tiny.toml");
  ASSERT_TRUE(m) << m.error().message;
  EXPECT_EQ(m->indicators.size(), 1u);
  EXPECT_EQ(m->indicators[0].selector.window_months, 12);
}

TEST(ModelLoader, RefusalsNameTheLine) {
  auto syntax = parse_model(std::string(kMinimal) + "per_item = = 3\n", "bad.toml");
  ASSERT_FALSE(syntax);
  EXPECT_EQ(syntax.error().code, ErrorCode::validation_failed);
  EXPECT_TRUE(syntax.error().message.starts_with("bad.toml:14:")) << syntax.error().message;

  std::string typo = kMinimal;
  typo.replace(typo.find("per_item"), 8, "per_iten");
  auto unknown = parse_model(typo, "typo.toml");
  ASSERT_FALSE(unknown);
  EXPECT_TRUE(unknown.error().message.starts_with("typo.toml:12:")) << unknown.error().message;
  EXPECT_NE(unknown.error().message.find("per_iten"), std::string::npos);

  std::string wrong_record = kMinimal;
  wrong_record.replace(wrong_record.find("\"penalty\""), 9, "\"fines\"");
  auto record = parse_model(wrong_record, "r.toml");
  ASSERT_FALSE(record);
  EXPECT_TRUE(record.error().message.starts_with("r.toml:10:")) << record.error().message;

  std::string bands = kMinimal;
  bands.replace(bands.find("C = 3"), 5, "C = 0");
  EXPECT_FALSE(parse_model(bands, "b.toml"));
}

TEST(ModelLoader, FolderWithABadFileAndAnUnknownReference) {
  const auto dir = xj::testing::temp_dir();
  std::ofstream(dir / "a.toml") << kMinimal;
  std::ofstream(dir / "b.toml") << "id = \"broken\"\nversion = 1\n";
  std::string uses = kMinimal;
  uses.replace(uses.find("\"tiny\""), 6, "\"uses\"");
  uses += "[[indicators]]\nid = \"g\"\nkind = \"model_class\"\nmodel = \"nope\"\npoints = { A = 1 }\nreason = \"x\"\n";
  std::ofstream(dir / "c.toml") << uses;
  LoadedModels loaded = load_models(dir);
  ASSERT_EQ(loaded.set.models.size(), 1u);
  EXPECT_EQ(loaded.set.models[0].id, "tiny");
  ASSERT_EQ(loaded.errors.size(), 2u);
  EXPECT_EQ(loaded.errors[0].file, "b.toml");
  EXPECT_EQ(loaded.errors[0].line, 2);
  EXPECT_EQ(loaded.errors[1].file, "c.toml");
}

}  // namespace
}  // namespace xj::risk::test

// The per-kind rules of formats.md "Kinds" on hand-made rows: typed cells, normalisation, every
// rejection code, warnings, and JSON input.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>

#include "collection/json_row.h"
#include "collection/row_validator.h"

namespace xj::collection {
namespace {

const core::Date kToday = *core::Date::from_ymd(2026, 11, 28);

// A row of `kind` from English key → text (cells typed text unless given as a Cell).
RowInput row(ImportKind kind, const std::map<std::string, formats::Cell>& values) {
  const auto& names = english_names(kind);
  RowInput in;
  in.row_number = 7;
  in.names = &names;
  in.cells.resize(names.size());
  for (const auto& [key, cell] : values) {
    auto it = std::find(names.begin(), names.end(), key);
    EXPECT_NE(it, names.end()) << key;
    in.cells[static_cast<std::size_t>(it - names.begin())] = cell;
  }
  return in;
}

formats::Cell text(std::string s) { return {std::move(s), formats::CellType::text}; }

std::map<std::string, formats::Cell> penalty_row() {
  return {{"decision_no", text("湘4301市监处罚〔２０２５〕1号")},
          {"uscc", text(" 914403001922038216　")},
          {"name", text("示例公司")},
          {"violation_type", text("销售过期食品")},
          {"legal_basis", text("食品安全法第一百二十四条")},
          {"penalty_types", text("警告、罚款")},
          {"fine_yuan", text("5万元")},
          {"decided_on", text("2025年3月5日")},
          {"authority", text("长沙市市场监督管理局")}};
}

ValidatedRow check(ImportKind kind, const std::map<std::string, formats::Cell>& values) {
  return validate_row(kind, row(kind, values), kToday, core::LegacyCodes::none());
}

TEST(PenaltyRow, NormalisesEveryValueForm) {
  auto v = check(ImportKind::penalties, penalty_row());
  ASSERT_FALSE(v.error) << v.error->message;
  const auto& p = std::get<Penalty>(*v.record);
  EXPECT_EQ(p.decision_no, "湘4301市监处罚〔2025〕1号");
  EXPECT_EQ(p.uscc, "914403001922038216");
  EXPECT_EQ(p.penalty_types, (std::vector<std::string>{"警告", "罚款"}));
  EXPECT_EQ(p.fine_fen, 5000000);
  EXPECT_EQ(p.decided_on, "2025-03-05");
  EXPECT_EQ(p.procedure, "普通");
  EXPECT_TRUE(p.is_public);
  EXPECT_FALSE(p.heavier);
  EXPECT_TRUE(v.warnings.empty());
}

TEST(PenaltyRow, ExcelDateCellAndSeparators) {
  auto values = penalty_row();
  values["decided_on"] = {"45722", formats::CellType::date};  // 2025-03-06
  values["penalty_types"] = text("罚款;没收违法所得，吊销许可证件");
  values["heavier"] = text("否");
  values["public"] = text("否");
  auto v = check(ImportKind::penalties, values);
  ASSERT_FALSE(v.error) << v.error->message;
  const auto& p = std::get<Penalty>(*v.record);
  EXPECT_EQ(p.decided_on, "2025-03-06");
  EXPECT_EQ(p.penalty_types.size(), 3u);
  EXPECT_EQ(p.heavier, false);
  EXPECT_FALSE(p.is_public);
}

TEST(PenaltyRow, FineWithoutAmountWarns) {
  auto values = penalty_row();
  values.erase("fine_yuan");
  auto v = check(ImportKind::penalties, values);
  ASSERT_FALSE(v.error);
  ASSERT_EQ(v.warnings.size(), 1u);
  EXPECT_EQ(v.warnings[0].code, "missing_amount");
  EXPECT_EQ(v.warnings[0].column, "fine_yuan");
}

struct Rejection {
  std::string key;
  formats::Cell cell;
  std::string code;
};

class PenaltyRejection : public ::testing::TestWithParam<Rejection> {};

TEST_P(PenaltyRejection, ReportsColumnAndCode) {
  auto values = penalty_row();
  if (GetParam().cell.text.empty()) {
    values.erase(GetParam().key);
  } else {
    values[GetParam().key] = GetParam().cell;
  }
  auto v = check(ImportKind::penalties, values);
  ASSERT_TRUE(v.error);
  EXPECT_FALSE(v.record);
  EXPECT_EQ(v.error->row, 7);
  EXPECT_EQ(v.error->column, GetParam().key);
  EXPECT_EQ(v.error->code, GetParam().code);
  EXPECT_FALSE(v.error->message.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Codes, PenaltyRejection,
    ::testing::Values(Rejection{"uscc", text("914403001922038217"), "invalid_uscc"},
                      Rejection{"uscc", {"9.14309E+17", formats::CellType::number}, "invalid_uscc"},
                      Rejection{"name", text(""), "missing_field"},
                      Rejection{"name", text("　 "), "missing_field"},
                      Rejection{"fine_yuan", text("五万"), "invalid_amount"},
                      Rejection{"fine_yuan", text("-5"), "invalid_amount"},
                      Rejection{"decided_on", text("2025-02-30"), "invalid_date"},
                      Rejection{"decided_on", text("2026-11-29"), "invalid_date"},
                      Rejection{"penalty_types", text("警告、打屁股"), "invalid_enum"},
                      Rejection{"procedure", text("特别"), "invalid_enum"},
                      Rejection{"public", text("也许"), "invalid_enum"},
                      Rejection{"facts", text(std::string(9000, 'x')), "too_long"}));

TEST(KeylistRow, SpecialEquipmentNumbersAreOpaqueWithAWarning) {
  auto v = check(ImportKind::keylist, {{"area", text("special_equipment")},
                                       {"name", text("某电梯公司")},
                                       {"uscc", text("91430602MAM1KQ1T1J")},
                                       {"licence_no", text("ts-unusual-1")},
                                       {"subcategory", text("电梯维保")},
                                       {"listed_on", text("2024/3/5")}});
  ASSERT_FALSE(v.error) << v.error->message;
  const auto& e = std::get<registry::KeyListEntry>(*v.record);
  EXPECT_EQ(e.licence_no, "TS-UNUSUAL-1");
  EXPECT_EQ(e.listed_on, "2024-03-05");
  ASSERT_EQ(v.warnings.size(), 1u);
  EXPECT_EQ(v.warnings[0].column, "licence_no");
  EXPECT_EQ(record_key(*v.record), "special_equipment|91430602MAM1KQ1T1J|TS-UNUSUAL-1");
}

TEST(KeylistRow, SubcategoryMustBelongToTheArea) {
  auto v = check(ImportKind::keylist, {{"area", text("食品生产企业")},
                                       {"name", text("某食品公司")},
                                       {"uscc", text("91430702MACBXHUN4D")},
                                       {"licence_no", text("SC10143070215630")},
                                       {"subcategory", text("电梯维保")}});
  ASSERT_TRUE(v.error);
  EXPECT_EQ(v.error->code, "invalid_enum");
  EXPECT_EQ(v.error->column, "subcategory");
}

TEST(EnterpriseRow, RegionDefaultsToTheUscc) {
  auto v = check(ImportKind::enterprises,
                 {{"uscc", text("91430702MACBXHUN4D")}, {"name", text("某公司")}});
  ASSERT_FALSE(v.error);
  const auto& e = std::get<registry::Enterprise>(*v.record);
  EXPECT_EQ(e.region_code, "430702");
  EXPECT_EQ(e.status, "存续");
  auto bad = check(ImportKind::enterprises, {{"uscc", text("91430702MACBXHUN4D")},
                                             {"name", text("某公司")},
                                             {"region_code", text("4307")}});
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->code, "invalid_region");
}

TEST(LicenceRow, FoodNumbersAreCheckedAndValidityMayBeFuture) {
  std::map<std::string, formats::Cell> values = {{"licence_no", text("sc10143070215630")},
                                                 {"uscc", text("91430702MACBXHUN4D")},
                                                 {"name", text("某食品公司")},
                                                 {"licence_type", text("食品生产许可")},
                                                 {"issuer", text("常德市市场监督管理局")},
                                                 {"issued_on", text("2024.01.02")},
                                                 {"valid_until", text("2029-01-01")}};
  auto v = check(ImportKind::licences, values);
  ASSERT_FALSE(v.error) << v.error->message;
  EXPECT_EQ(std::get<Licence>(*v.record).licence_no, "SC10143070215630");
  EXPECT_EQ(std::get<Licence>(*v.record).status, "有效");
  values["licence_no"] = text("SC99943010200123");
  auto bad = check(ImportKind::licences, values);
  ASSERT_TRUE(bad.error);
  EXPECT_EQ(bad.error->code, "invalid_licence_no");
}

TEST(InspectionRow, SamplingTakesPassOrFailOthersTakeResultCodes) {
  std::map<std::string, formats::Cell> values = {{"inspection_no", text("JC-1")},
                                                 {"uscc", text("91430702MACBXHUN4D")},
                                                 {"name", text("某食品公司")},
                                                 {"kind", text("监督抽检")},
                                                 {"checked_on", text("2025-01-02")},
                                                 {"result", text("不合格")},
                                                 {"authority", text("常德市市场监督管理局")}};
  auto v = check(ImportKind::inspections, values);
  ASSERT_FALSE(v.error) << v.error->message;
  EXPECT_EQ(std::get<Inspection>(*v.record).results, std::vector<std::string>{"不合格"});
  values["kind"] = text("双随机抽查");
  EXPECT_EQ(check(ImportKind::inspections, values).error->code, "invalid_enum");
  values["result"] = text("发现问题已责令改正；未按规定公示应当公示的信息");
  auto ok = check(ImportKind::inspections, values);
  ASSERT_FALSE(ok.error);
  EXPECT_EQ(std::get<Inspection>(*ok.record).results.size(), 2u);
}

TEST(EventRow, ChineseNameOrCodeAndPositiveCount) {
  std::map<std::string, formats::Cell> values = {{"event_no", text("SJ-1")},
                                                 {"uscc", text("91430702MACBXHUN4D")},
                                                 {"name", text("某公司")},
                                                 {"event_type", text("电梯困人救援超时")},
                                                 {"occurred_on", text("2025-06-01")},
                                                 {"count", {"3", formats::CellType::number}},
                                                 {"source", text("12345热线")}};
  auto v = check(ImportKind::events, values);
  ASSERT_FALSE(v.error) << v.error->message;
  EXPECT_EQ(std::get<Event>(*v.record).event_type, "rescue_late");
  EXPECT_EQ(std::get<Event>(*v.record).count, 3);
  values["count"] = text("0");
  EXPECT_EQ(check(ImportKind::events, values).error->column, "count");
}

TEST(InspectorRow, DomainsListAndRegion) {
  auto v = check(ImportKind::inspectors, {{"id", text("湘执43010001")},
                                          {"name", text("李四")},
                                          {"unit", text("长沙市市场监督管理局")},
                                          {"region_code", {"430100", formats::CellType::number}},
                                          {"domains", text("食品,综合")}});
  ASSERT_FALSE(v.error) << v.error->message;
  const auto& i = std::get<Inspector>(*v.record);
  EXPECT_EQ(i.domains, (std::vector<std::string>{"食品", "综合"}));
  EXPECT_EQ(i.status, "在岗");
  EXPECT_EQ(record_region(*v.record), "430100");
}

TEST(JsonRow, NumbersAreNumberCellsAndUnknownKeysAreCollected) {
  auto object = nlohmann::json::parse(
      R"({"decision_no": "X-1", "uscc": 914403001922038216, "name": "某公司", "penalty_types": ["警告", "罚款"],
          "fine_yuan": 50000.5, "public": false, "colour": "red", "facts": null})");
  std::set<std::string> unknown;
  RowInput in = row_from_json(object, ImportKind::penalties, 3, &unknown);
  EXPECT_EQ(unknown, std::set<std::string>{"colour"});
  EXPECT_EQ(in.cells[pe_uscc]->type, formats::CellType::number);
  EXPECT_EQ(in.cells[pe_penalty_types]->text, "警告；罚款");
  EXPECT_EQ(in.cells[pe_public]->text, "否");
  EXPECT_FALSE(in.cells[pe_facts]);
  auto v = validate_row(ImportKind::penalties, in, kToday, core::LegacyCodes::none());
  ASSERT_TRUE(v.error);
  EXPECT_EQ(v.error->code, "invalid_uscc");
  EXPECT_EQ(v.error->column, "uscc");
  EXPECT_EQ(v.error->row, 3);
}

TEST(RowInputBlank, OnlyEmptyCells) {
  RowInput in = row(ImportKind::events, {{"name", text(" 　")}});
  EXPECT_TRUE(in.blank());
  in = row(ImportKind::events, {{"name", text("x")}});
  EXPECT_FALSE(in.blank());
}

}  // namespace
}  // namespace xj::collection

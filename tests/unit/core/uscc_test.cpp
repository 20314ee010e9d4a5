#include "core/uscc.h"

#include <gtest/gtest.h>

#include <string>

#include "core/config_dir.h"

namespace xj::core {
namespace {

using ::testing::TestWithParam;
using ::testing::Values;

UsccVerdict verdict(std::string_view raw) { return check_uscc(raw, LegacyCodes::none()).verdict; }

// A code with the given first 8 characters, body "MA06DG30", and correct check characters.
std::string make_code(std::string_view first8) {
  std::string code(first8);
  code += "MA06DG30";
  code += org_code_check_char(code.substr(8, 8));
  code += uscc_check_char(code);
  return code;
}

class ValidExamples : public TestWithParam<const char*> {};

TEST_P(ValidExamples, AreValidWithoutWarnings) {
  const UsccCheck c = check_uscc(GetParam(), LegacyCodes::none());
  EXPECT_EQ(c.verdict, UsccVerdict::valid) << c.reason;
  EXPECT_EQ(c.code, GetParam());
  EXPECT_TRUE(c.reason.empty());
  EXPECT_TRUE(c.warnings.empty());
}

// domain-rules §1.1 examples, plus research §1.5 (Alibaba, Zoomlion, stdnum vector).
INSTANTIATE_TEST_SUITE_P(Spec, ValidExamples,
                         Values("914403001922038216", "91440300708461136T", "91110108551385082Q",
                                "9135020026015919XW", "91120222MA06DG3067", "91330100799655058B",
                                "914300007121944054", "91110000600037341L"));

TEST(CheckUscc, CheckCharacterMismatchIsInvalid) {
  const UsccCheck c = check_uscc("914403001922038217", LegacyCodes::none());
  EXPECT_EQ(c.verdict, UsccVerdict::invalid);
  EXPECT_NE(c.reason.find("校验位"), std::string::npos) << c.reason;
  EXPECT_NE(c.reason.find("expected 6"), std::string::npos) << c.reason;
}

TEST(CheckUscc, IdentityCardNumberFailsThePair) {
  const UsccCheck c = check_uscc("362322198709086409", LegacyCodes::none());
  EXPECT_EQ(c.verdict, UsccVerdict::invalid);
  EXPECT_NE(c.reason.find("pair 36"), std::string::npos) << c.reason;
}

TEST(CheckUscc, AllOnesIsInvalid) {
  EXPECT_EQ(verdict("111111111111111111"), UsccVerdict::invalid);
}

TEST(CheckUscc, FakeCodeFromSampleDataIsInvalid) {
  EXPECT_EQ(verdict("91110108717809965C"), UsccVerdict::invalid);
}

TEST(CheckUscc, ShapeFailures) {
  const auto reason = [](std::string_view raw) {
    return check_uscc(raw, LegacyCodes::none()).reason;
  };
  EXPECT_NE(reason("").find("为空"), std::string::npos);
  EXPECT_NE(reason("91440300192203821").find("got 17"), std::string::npos);
  EXPECT_NE(reason("9144030019220382160").find("got 19"), std::string::npos);
  // I, O, S, V, Z are not in the alphabet.
  for (char c : std::string("IOSVZ")) {
    std::string code = "91120222MA06DG3067";
    code[10] = c;
    EXPECT_NE(reason(code).find("position 11"), std::string::npos) << code;
  }
  EXPECT_NE(reason("91-20222MA06DG3067").find("position 3"), std::string::npos);
  EXPECT_NE(reason("9144A3001922038216").find("positions 3–8"), std::string::npos);
  EXPECT_NE(reason("长沙").find("position 1"), std::string::npos);
}

TEST(CheckUscc, NormalisesFullWidthSpacesAndCase) {
  const UsccCheck c =
      check_uscc("\xE3\x80\x80 ９１１２０２２２ｍａ０６ｄｇ３０６７ ", LegacyCodes::none());
  EXPECT_EQ(c.verdict, UsccVerdict::valid) << c.reason;
  EXPECT_EQ(c.code, "91120222MA06DG3067");
  EXPECT_EQ(verdict("9135020026015919xw"), UsccVerdict::valid);
}

TEST(CheckUscc, PositionSeventeenFailureIsOnlyAWarning) {
  // Huawei's body with position 17 altered, position 18 recomputed.
  std::string code = "9144030019220382";
  code += '7';
  code += uscc_check_char(code);
  const UsccCheck c = check_uscc(code, LegacyCodes::none());
  EXPECT_EQ(c.verdict, UsccVerdict::valid);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].code, "uscc_org_check");
  EXPECT_NE(c.warnings[0].message.find("expected 1"), std::string::npos);
}

TEST(CheckUscc, LetterAtPositionSeventeenOtherThanXWarns) {
  std::string code = "91120222MA06DG30";
  code += 'A';
  code += uscc_check_char(code);
  const UsccCheck c = check_uscc(code, LegacyCodes::none());
  EXPECT_EQ(c.verdict, UsccVerdict::valid);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].code, "uscc_org_check");
}

struct PairCase {
  char authority;
  std::string_view types;  // the valid second characters
};

class PairRule : public TestWithParam<PairCase> {};

TEST_P(PairRule, OnlyTheListedTypesAreValid) {
  const PairCase& p = GetParam();
  for (char type : kUsccAlphabet) {
    const std::string code = make_code(std::string{p.authority, type} + "430102");
    const bool expected = p.types.find(type) != std::string_view::npos;
    EXPECT_EQ(verdict(code) == UsccVerdict::valid, expected) << code;
  }
}

// §1.1: `1`{1,2,3,9} `2`{1,9} `3`{1,2,3,4,5,9} `4`{1,9} `5`{1,2,3,9} `6`{1,2,9} `7`{1,2,9}
// `8`{1,9} `9`{1,2,3} `A`{1,9} `N`{1,2,3,9} `Y`{1}.
INSTANTIATE_TEST_SUITE_P(Spec, PairRule,
                         Values(PairCase{'1', "1239"}, PairCase{'2', "19"}, PairCase{'3', "123459"},
                                PairCase{'4', "19"}, PairCase{'5', "1239"}, PairCase{'6', "129"},
                                PairCase{'7', "129"}, PairCase{'8', "19"}, PairCase{'9', "123"},
                                PairCase{'A', "19"}, PairCase{'N', "1239"}, PairCase{'Y', "1"},
                                PairCase{'0', ""}, PairCase{'B', ""}, PairCase{'X', ""}));

TEST(UsccCheckChar, MatchesWorkedExample) {
  EXPECT_EQ(uscc_check_char("91440300192203821"), '6');  // S = 831
  EXPECT_EQ(uscc_check_char("91120222MA06DG306"), '7');
  EXPECT_EQ(org_code_check_char("19220382"), '1');  // S = 164
  EXPECT_EQ(org_code_check_char("26015919"), 'X');
  EXPECT_EQ(org_code_check_char("MA06DG30"), '6');
}

TEST(UsccCheckChar, EleventhRemainderGivesZero) {
  // S mod 11 == 0 → 11 − 0 = 11 → '0'.
  EXPECT_EQ(org_code_check_char("00000000"), '0');
}

TEST(LegacyCodes, ListedCheckFailureIsLegacyWithWarning) {
  auto legacy = LegacyCodes::parse("# audited\n91350203M0001QAY9B  # 核实\n\n", "test");
  ASSERT_TRUE(legacy) << legacy.error().message;
  EXPECT_EQ(legacy->size(), 1u);
  const UsccCheck c = check_uscc("91350203m0001qay9b", *legacy);
  EXPECT_EQ(c.verdict, UsccVerdict::legacy);
  ASSERT_FALSE(c.warnings.empty());
  EXPECT_EQ(c.warnings[0].code, "uscc_legacy");
  EXPECT_EQ(verdict("91350203M0001QAY9B"), UsccVerdict::invalid);
}

TEST(LegacyCodes, ListDoesNotRescueShapeFailures) {
  auto legacy = LegacyCodes::parse("362322198709086409\n", "test");
  ASSERT_TRUE(legacy);
  EXPECT_EQ(check_uscc("362322198709086409", *legacy).verdict, UsccVerdict::invalid);
}

TEST(LegacyCodes, RejectsMalformedLineNamingIt) {
  auto legacy = LegacyCodes::parse("# header\n9135020\n", "uscc-legacy.txt");
  ASSERT_FALSE(legacy);
  EXPECT_NE(legacy.error().message.find("uscc-legacy.txt:2"), std::string::npos);
}

TEST(LegacyCodes, ShippedFileLoadsAndIsEmpty) {
  auto legacy = LegacyCodes::load(config_dir() / "uscc-legacy.txt");
  ASSERT_TRUE(legacy) << legacy.error().message;
  EXPECT_EQ(legacy->size(), 0u);
}

TEST(LegacyCodes, MissingFileFails) {
  EXPECT_FALSE(LegacyCodes::load(config_dir() / "no-such-file.txt"));
}

TEST(Uscc, ParseAcceptsValidAndExposesParts) {
  const std::string code = make_code("92430102");
  auto ok = Uscc::parse(code);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->str(), code);
  EXPECT_EQ(ok->region_code(), "430102");
  EXPECT_TRUE(ok->is_individual_business());
  auto enterprise = Uscc::parse("914300007121944054");
  ASSERT_TRUE(enterprise);
  EXPECT_FALSE(enterprise->is_individual_business());
  EXPECT_EQ(enterprise->region_code(), "430000");
}

TEST(Uscc, ParseRejectsWithInvalidUsccDetail) {
  auto r = Uscc::parse("914403001922038217");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::validation_failed);
  ASSERT_EQ(r.error().details.size(), 1u);
  EXPECT_EQ(r.error().details[0].field, "uscc");
  EXPECT_EQ(r.error().details[0].code, "invalid_uscc");
  EXPECT_NE(r.error().details[0].message.find("校验位"), std::string::npos);
}

TEST(Uscc, ParseAcceptsLegacyCodes) {
  auto legacy = LegacyCodes::parse("91350203M0001QAY9B", "test");
  ASSERT_TRUE(legacy);
  EXPECT_TRUE(Uscc::parse("91350203M0001QAY9B", *legacy));
  EXPECT_FALSE(Uscc::parse("91350203M0001QAY9B"));
}

}  // namespace
}  // namespace xj::core

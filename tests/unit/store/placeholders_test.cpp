#include "store/placeholders.h"

#include <gtest/gtest.h>

namespace xj::store {
namespace {

void expect_rewrite(std::string_view in, std::string_view out, int count) {
  const NumberedSql r = rewrite_placeholders(in);
  EXPECT_EQ(r.sql, out) << in;
  EXPECT_EQ(r.placeholders, count) << in;
}

TEST(RewritePlaceholders, NumbersEachPlaceholderInOrder) {
  expect_rewrite("SELECT a FROM t WHERE b = ? AND c IN (?, ?)",
                 "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)", 3);
}

TEST(RewritePlaceholders, LeavesSqlWithoutPlaceholdersAlone) {
  expect_rewrite("", "", 0);
  expect_rewrite("COMMIT", "COMMIT", 0);
}

TEST(RewritePlaceholders, SkipsSingleQuotedLiterals) {
  expect_rewrite("SELECT '?', ? FROM t", "SELECT '?', $1 FROM t", 1);
  expect_rewrite("SELECT 'it''s ?', ?", "SELECT 'it''s ?', $1", 1);
  expect_rewrite("SELECT '', ?", "SELECT '', $1", 1);
}

TEST(RewritePlaceholders, EscapeStringsUseBackslashes) {
  expect_rewrite(R"(SELECT E'a\'?', ?)", R"(SELECT E'a\'?', $1)", 1);
  // Not an escape string: the E ends an identifier, so the backslash is an ordinary character.
  expect_rewrite(R"(SELECT name'a\', ?)", R"(SELECT name'a\', $1)", 1);
}

TEST(RewritePlaceholders, SkipsDoubleQuotedIdentifiers) {
  expect_rewrite(R"(SELECT "what?" FROM t WHERE x = ?)", R"(SELECT "what?" FROM t WHERE x = $1)",
                 1);
  expect_rewrite(R"(SELECT "a""?" , ?)", R"(SELECT "a""?" , $1)", 1);
}

TEST(RewritePlaceholders, SkipsComments) {
  expect_rewrite("SELECT ? -- why?\n, ?", "SELECT $1 -- why?\n, $2", 2);
  expect_rewrite("SELECT ? -- why?", "SELECT $1 -- why?", 1);
  expect_rewrite("SELECT /* a? /* nested? */ b? */ ?", "SELECT /* a? /* nested? */ b? */ $1", 1);
}

TEST(RewritePlaceholders, KeepsChineseTextIntact) {
  expect_rewrite("SELECT '企业名称?' , ? AS 名称", "SELECT '企业名称?' , $1 AS 名称", 1);
}

TEST(RewritePlaceholders, UnterminatedLiteralIsCopiedForTheServerToReject) {
  expect_rewrite("SELECT ?, 'open ?", "SELECT $1, 'open ?", 1);
}

TEST(RewritePlaceholders, CountsBeyondNine) {
  const NumberedSql r = rewrite_placeholders("?,?,?,?,?,?,?,?,?,?,?");
  EXPECT_EQ(r.sql, "$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11");
  EXPECT_EQ(r.placeholders, 11);
}

}  // namespace
}  // namespace xj::store

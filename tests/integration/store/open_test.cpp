// Opening databases by URL.
#include <filesystem>
#include <fstream>

#include "integration/store/store_test.h"

namespace xj::store {
namespace {

using ::xj::ErrorCode;

TEST(OpenTest, UnknownSchemeIsRejected) {
  const auto db = open("mysql://localhost/x");
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::bad_request);
}

TEST(OpenTest, SqliteCreatesTheFileAndItsFolders) {
  const std::filesystem::path file = testing::temp_dir() / "a" / "b" / "xj.db";
  const auto db = open("sqlite:" + file.string());
  ASSERT_TRUE(db) << db.error().message;
  EXPECT_TRUE(std::filesystem::exists(file));
  EXPECT_EQ((*db)->dialect(), Dialect::sqlite);
}

TEST(OpenTest, SqliteRefusesAFileThatIsNotADatabase) {
  const std::filesystem::path file = testing::temp_dir() / "text.db";
  std::ofstream(file) << "this is not a database, just some text long enough to have a header";
  const auto db = open("sqlite:" + file.string());
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::internal);
}

TEST(OpenTest, PostgresqlWithoutAServerFailsWithTheReason) {
  const auto db = open("postgresql://xj@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(db);
  EXPECT_EQ(db.error().code, ErrorCode::internal);
  EXPECT_NE(db.error().message.find("127.0.0.1"), std::string::npos) << db.error().message;
}

TEST(OpenTest, FreshDatabaseIsOfTheBackendUnderTest) {
  const std::unique_ptr<Database> db = testing::fresh_database();
  EXPECT_EQ(db->dialect(), testing::backend() == "sqlite" ? Dialect::sqlite : Dialect::postgresql);
}

}  // namespace
}  // namespace xj::store

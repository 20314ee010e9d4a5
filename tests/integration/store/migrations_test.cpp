// The migration runner: applies pending migrations once, in order, atomically, concurrently safe.
#include "store/migrations.h"

#include <thread>

#include "integration/store/store_test.h"

namespace xj::store {
namespace {

using ::xj::ErrorCode;

const Migration kNotes{
    1, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL)",
    "CREATE TABLE notes (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
    "body TEXT NOT NULL)"};
const Migration kSeed{2, "seed a note",
                      "CREATE INDEX notes_body ON notes(body);\n"
                      "INSERT INTO notes(body) VALUES ('第一条');",
                      "CREATE INDEX notes_body ON notes(body);\n"
                      "INSERT INTO notes(body) VALUES ('第一条');"};
const Migration kBroken{3, "broken",
                        "CREATE TABLE half (x INTEGER); INSERT INTO missing VALUES (1);",
                        "CREATE TABLE half (x INTEGER); INSERT INTO missing VALUES (1);"};

class MigrationsTest : public StoreTest {
 protected:
  Rows recorded() {
    return query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
  }
};

TEST_F(MigrationsTest, AppliesPendingMigrationsOnceInOrder) {
  const Result<int> first = migrate(*db_, {kNotes, kSeed});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(*first, 2);
  const Rows rows = recorded();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].integer(0), 1);
  EXPECT_EQ(rows[0].text(1), "notes");
  EXPECT_EQ(rows[1].text(1), "seed a note");
  EXPECT_EQ(rows[1].text(2).size(), std::string("2024-01-01T00:00:00Z").size());

  const Result<int> again = migrate(*db_, {kNotes, kSeed});
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(*again, 0);
  EXPECT_EQ(count("notes"), 1);  // the seed ran once

  // Both dialects' identity columns hand out the next key.
  ASSERT_TRUE(write([](Session& s) -> Status {
    XJ_TRY(Rows r,
           s.query("INSERT INTO notes(body) VALUES (?) RETURNING id", {Value{std::string("二")}}));
    EXPECT_EQ(r[0].integer(0), 2);
    return {};
  }));
}

TEST_F(MigrationsTest, AppliesOnlyTheNewOnesLater) {
  ASSERT_TRUE(migrate(*db_, {kNotes}));
  const Result<int> later = migrate(*db_, {kNotes, kSeed});
  ASSERT_TRUE(later) << later.error().message;
  EXPECT_EQ(*later, 1);
  EXPECT_EQ(recorded().size(), 2u);
}

TEST_F(MigrationsTest, AFailedMigrationLeavesNothingBehind) {
  const Result<int> result = migrate(*db_, {kNotes, kSeed, kBroken});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::internal);
  EXPECT_NE(result.error().message.find("migration 3 (broken)"), std::string::npos)
      << result.error().message;
  EXPECT_EQ(recorded().size(), 2u);  // the earlier ones stay applied
  const Status half = db_->read([](Session& s) -> Status {
    XJ_CHECK(s.query("SELECT x FROM half"));
    return {};
  });
  EXPECT_FALSE(half) << "the broken migration's first statement was not rolled back";
}

TEST_F(MigrationsTest, RejectsVersionsOutOfOrder) {
  const Result<int> result = migrate(*db_, {kSeed, kNotes});
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::internal);
}

// Two servers starting at once against one database: each migration is applied exactly once.
TEST_F(MigrationsTest, ConcurrentRunnersApplyEachMigrationOnce) {
  constexpr int kMigrations = 12;
  std::vector<std::string> scripts;
  for (int i = 1; i <= kMigrations; ++i) {
    scripts.push_back("CREATE TABLE t" + std::to_string(i) +
                      " (x INTEGER); INSERT INTO notes(body) VALUES ('m" + std::to_string(i) +
                      "');");
  }
  std::vector<Migration> list{kNotes};
  for (int i = 0; i < kMigrations; ++i)
    list.push_back(Migration{10 + i, "table", scripts[i], scripts[i]});

  const std::string url = testing::fresh_database_url();
  Result<std::unique_ptr<Database>> a = open(url);
  Result<std::unique_ptr<Database>> b = open(url);
  ASSERT_TRUE(a && b);
  Result<int> applied_a = 0;
  Result<int> applied_b = 0;
  std::thread ta([&] { applied_a = migrate(**a, list); });
  std::thread tb([&] { applied_b = migrate(**b, list); });
  ta.join();
  tb.join();
  ASSERT_TRUE(applied_a) << applied_a.error().message;
  ASSERT_TRUE(applied_b) << applied_b.error().message;
  EXPECT_EQ(*applied_a + *applied_b, kMigrations + 1);
  Rows notes;
  ASSERT_TRUE((*a)->read([&](Session& s) -> Status {
    XJ_TRY(notes, s.query("SELECT count(*) FROM notes"));
    return {};
  }));
  EXPECT_EQ(notes[0].integer(0), kMigrations);
}

}  // namespace
}  // namespace xj::store

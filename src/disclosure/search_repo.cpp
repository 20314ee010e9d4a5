#include "disclosure/search_repo.h"

#include <string_view>

namespace xj::disclosure {
namespace {

constexpr std::string_view kByUscc =
    "SELECT uscc, name, region_code, status FROM enterprises WHERE uscc = ?";

// Parameters of every name query: the match (FTS phrase or LIKE pattern), then the exact name
// and the prefix pattern for the ordering, then limit and offset.
constexpr std::string_view kTrigramSqlite = R"sql(
SELECT e.uscc, e.name, e.region_code, e.status
FROM enterprise_names JOIN enterprises e ON e.uscc = enterprise_names.uscc
WHERE enterprise_names MATCH ?
ORDER BY CASE WHEN e.name = ? THEN 0 WHEN e.name LIKE ? ESCAPE '\' THEN 1 ELSE 2 END,
         e.name, e.uscc
LIMIT ? OFFSET ?
)sql";
constexpr std::string_view kTrigramCountSqlite =
    "SELECT count(*) FROM enterprise_names WHERE enterprise_names MATCH ?";

constexpr std::string_view kLikeSqlite = R"sql(
SELECT uscc, name, region_code, status FROM enterprises
WHERE name LIKE ? ESCAPE '\'
ORDER BY CASE WHEN name = ? THEN 0 WHEN name LIKE ? ESCAPE '\' THEN 1 ELSE 2 END, name, uscc
LIMIT ? OFFSET ?
)sql";
constexpr std::string_view kLikeCountSqlite =
    "SELECT count(*) FROM enterprises WHERE name LIKE ? ESCAPE '\\'";

// ILIKE: case-insensitive for Latin letters as SQLite's LIKE is; COLLATE "C" orders by code
// point as SQLite does, whatever the database's locale.
constexpr std::string_view kIlikePostgresql = R"sql(
SELECT uscc, name, region_code, status FROM enterprises
WHERE name ILIKE ? ESCAPE '\'
ORDER BY CASE WHEN name = ? THEN 0 WHEN name ILIKE ? ESCAPE '\' THEN 1 ELSE 2 END,
         name COLLATE "C", uscc COLLATE "C"
LIMIT ? OFFSET ?
)sql";
constexpr std::string_view kIlikeCountPostgresql =
    "SELECT count(*) FROM enterprises WHERE name ILIKE ? ESCAPE '\\'";

SearchHit hit_from(const store::Row& r) { return {r.text(0), r.text(1), r.text(2), r.text(3)}; }

}  // namespace

Result<SearchPage> search_enterprises(store::Session& session, const SearchQuery& query,
                                      std::int64_t limit, std::int64_t offset) {
  SearchPage page;
  if (query.kind == SearchKind::uscc) {
    XJ_TRY(store::Rows rows, session.query(kByUscc, {query.text}));
    page.total = static_cast<std::int64_t>(rows.size());
    if (offset == 0) {
      for (std::int64_t i = 0; i < limit && i < page.total; ++i)
        page.items.push_back(hit_from(rows[i]));
    }
    return page;
  }

  std::string_view select, count;
  std::string match;
  if (session.dialect() == store::Dialect::postgresql) {
    select = kIlikePostgresql, count = kIlikeCountPostgresql, match = like_contains(query.text);
  } else if (query.kind == SearchKind::name) {
    select = kTrigramSqlite, count = kTrigramCountSqlite, match = fts_phrase(query.text);
  } else {
    select = kLikeSqlite, count = kLikeCountSqlite, match = like_contains(query.text);
  }
  XJ_TRY(store::Rows total, session.query(count, {match}));
  page.total = total.empty() ? 0 : total[0].integer(0);
  if (page.total <= offset) return page;
  XJ_CHECK(session.each(select, {match, query.text, like_prefix(query.text), limit, offset},
                        [&](const store::Row& r) {
                          page.items.push_back(hit_from(r));
                          return true;
                        }));
  return page;
}

}  // namespace xj::disclosure

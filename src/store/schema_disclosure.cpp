#include "store/schema_disclosure.h"

namespace xj::store {
namespace {

// The FTS table keeps its own copy of the name and the USCC (not an external-content table on
// the enterprises rowid, which VACUUM may renumber). A change of name deletes by the UNINDEXED
// uscc, a scan of the index's content: names change rarely, and re-delivered unchanged names
// touch nothing (WHEN clause).
constexpr std::string_view kSqlite = R"sql(
CREATE VIRTUAL TABLE enterprise_names USING fts5(uscc UNINDEXED, name, tokenize = 'trigram');
INSERT INTO enterprise_names (uscc, name) SELECT uscc, name FROM enterprises;
CREATE TRIGGER enterprise_names_insert AFTER INSERT ON enterprises BEGIN
  INSERT INTO enterprise_names (uscc, name) VALUES (new.uscc, new.name);
END;
CREATE TRIGGER enterprise_names_delete AFTER DELETE ON enterprises BEGIN
  DELETE FROM enterprise_names WHERE uscc = old.uscc;
END;
CREATE TRIGGER enterprise_names_rename AFTER UPDATE OF uscc, name ON enterprises
WHEN old.name IS NOT new.name OR old.uscc IS NOT new.uscc BEGIN
  DELETE FROM enterprise_names WHERE uscc = old.uscc;
  INSERT INTO enterprise_names (uscc, name) VALUES (new.uscc, new.name);
END;
)sql";

constexpr std::string_view kPostgresql = R"sql(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX enterprises_name_trgm ON enterprises USING gin (name gin_trgm_ops);
)sql";

}  // namespace

const Migration& disclosure_migration() {
  static const Migration migration{5, "disclosure", kSqlite, kPostgresql};
  return migration;
}

}  // namespace xj::store

#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// The repair capability's tables (being written).
const Migration& repair_migration() {
  static const Migration& m = dialect_migration(10, "repair", R"sql(
CREATE TABLE repair_placeholder (id {ID});
)sql");
  return m;
}

}  // namespace xj::store

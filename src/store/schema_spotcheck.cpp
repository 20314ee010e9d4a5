#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// The spotcheck capability's tables (being written).
const Migration& spotcheck_migration() {
  static const Migration& m = dialect_migration(12, "spotcheck", R"sql(
CREATE TABLE spotcheck_placeholder (id {ID});
)sql");
  return m;
}

}  // namespace xj::store

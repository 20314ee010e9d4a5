#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// The risk capability's tables (being written).
const Migration& risk_migration() {
  static const Migration& m = dialect_migration(11, "risk", R"sql(
CREATE TABLE risk_placeholder (id {ID});
)sql");
  return m;
}

}  // namespace xj::store

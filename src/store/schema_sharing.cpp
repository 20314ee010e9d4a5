#include "store/schema_capabilities.h"
#include "store/schema_text.h"

namespace xj::store {

// The sharing capability's tables (being written).
const Migration& sharing_migration() {
  static const Migration& m = dialect_migration(13, "sharing", R"sql(
CREATE TABLE sharing_placeholder (id {ID});
)sql");
  return m;
}

}  // namespace xj::store

#include "cli/commands.h"

namespace xj::cli {

// Being written.
void add_classify_command(CLI::App&, Settings&) {}

}  // namespace xj::cli

#include "cli/commands.h"

namespace xj::cli {

// Being written.
void add_verify_draw_command(CLI::App&, Settings&) {}

}  // namespace xj::cli

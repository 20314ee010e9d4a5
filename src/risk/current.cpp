#include "risk/current.h"

namespace xj::risk {

Result<std::unordered_map<std::string, char>> current_classes(store::Session& session,
                                                              std::string_view model) {
  std::unordered_map<std::string, char> classes;
  XJ_CHECK(session.each("SELECT uscc, class FROM risk_current WHERE model = ?",
                        {std::string(model)}, [&](const store::Row& row) {
                          const std::string cls = row.text(1);
                          if (!cls.empty()) classes.emplace(row.text(0), cls[0]);
                          return true;
                        }));
  return classes;
}

}  // namespace xj::risk

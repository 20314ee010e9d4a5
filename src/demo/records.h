// DemoRecords: one demo enterprise and every record about it, as the generator hands them to the
// loader. Plain data.
#pragma once

#include <vector>

#include "collection/model.h"
#include "registry/model.h"

namespace xj::demo {

struct DemoRecords {
  registry::Enterprise enterprise;
  registry::KeyListEntry keylist_entry;  // its key-area list entry (food or special equipment)
  std::string keylist_source;            // the department listing it (食品生产处 …)
  collection::Licence licence;           // the licence the entry names
  std::vector<collection::Penalty> penalties;
  std::vector<collection::Inspection> inspections;
  std::vector<collection::Event> events;
};

// The department that provides enterprise master data (登记注册局).
inline constexpr std::string_view kRegistrationSource = "登记注册局";

}  // namespace xj::demo

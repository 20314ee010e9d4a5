#include "sharing/event_body.h"

#include "core/text.h"

namespace xj::sharing {

std::string event_id(std::int64_t outbox_id) { return "evt-" + std::to_string(outbox_id); }

std::string event_body(const PushedEvent& event) {
  std::string body = "{\"id\":" + core::json_string(event_id(event.outbox_id));
  body += ",\"type\":" + core::json_string(event.type);
  body += ",\"occurred_at\":" + core::json_string(event.occurred_at);
  body += ",\"uscc\":" + core::json_string(event.uscc);
  body += ",\"data\":";
  body += event.data_json.empty() ? "{}" : event.data_json;
  body += '}';
  return body;
}

}  // namespace xj::sharing

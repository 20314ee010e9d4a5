#include "sharing/event_body.h"

#include <cstdio>

namespace xj::sharing {

std::string event_id(std::int64_t outbox_id) { return "evt-" + std::to_string(outbox_id); }

std::string json_string(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

std::string event_body(const PushedEvent& event) {
  std::string body = "{\"id\":" + json_string(event_id(event.outbox_id));
  body += ",\"type\":" + json_string(event.type);
  body += ",\"occurred_at\":" + json_string(event.occurred_at);
  body += ",\"uscc\":" + json_string(event.uscc);
  body += ",\"data\":";
  body += event.data_json.empty() ? "{}" : event.data_json;
  body += '}';
  return body;
}

}  // namespace xj::sharing

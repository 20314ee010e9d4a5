// XmlPull: a small streaming pull parser for the parts of an xlsx package that may be large (the
// worksheet, the shared strings). Internal to formats/.
//
//   XmlPull xml(source);
//   while (true) {
//     XJ_TRY(XmlPull::Event e, xml.next());
//     if (e == XmlPull::Event::eof) break;
//     if (e == XmlPull::Event::start && xml.name() == "c") auto ref = xml.attribute("r");
//   }
//
// It reads the source in chunks and keeps only the current token, so memory does not grow with
// the document. Names are local names (a namespace prefix such as `x:` is dropped); entity and
// character references are decoded; `<x/>` gives a start then an end event; comments, processing
// instructions and DOCTYPE are skipped; CDATA is text. It does not check well-formedness beyond
// what it needs to tokenise. Errors: bad_request (a token larger than `max_token_bytes`, an
// unknown entity, a document cut inside a token) or the source's own error. Not thread-safe.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace xj::formats {

class XmlPull {
 public:
  // Reads up to `capacity` bytes into `buffer`; returns 0 at the end of the document.
  using Source = std::function<Result<std::size_t>(char* buffer, std::size_t capacity)>;

  enum class Event { start, end, text, eof };

  explicit XmlPull(Source source, std::size_t max_token_bytes = 64 * 1024 * 1024);

  Result<Event> next();

  // The local name of the element of the last start or end event.
  std::string_view name() const { return name_; }
  // The decoded character data of the last text event.
  std::string_view text() const { return text_; }
  // A decoded attribute of the last start event, by local name.
  std::optional<std::string_view> attribute(std::string_view local_name) const;

 private:
  // Makes at least `n` bytes available from pos_ if the source has them; false at the end.
  Result<bool> ensure(std::size_t n);
  // The offset from pos_ of `needle`, reading more as needed; nullopt if the document ends first.
  Result<std::optional<std::size_t>> find(std::string_view needle, std::size_t from = 0);
  // Reads the markup at pos_; nullopt for markup that yields no event (comment, PI, DOCTYPE).
  Result<std::optional<Event>> read_tag();
  Status parse_start_tag(std::string_view tag);

  Source source_;
  std::size_t max_token_bytes_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool source_done_ = false;
  bool pending_end_ = false;  // the start event of `<x/>` was returned; its end comes next
  std::string name_;
  std::string text_;
  std::vector<std::pair<std::string, std::string>> attributes_;
};

// Appends `raw` to `out` with entity and character references decoded. False on an unknown or
// malformed reference.
[[nodiscard]] bool decode_xml_entities(std::string_view raw, std::string& out);

}  // namespace xj::formats

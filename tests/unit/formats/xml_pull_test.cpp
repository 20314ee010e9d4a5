#include "formats/xml_pull.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace xj::formats {
namespace {

// Feeds `xml` one byte at a time, so that every token straddles a read.
XmlPull byte_by_byte(const std::string& xml) {
  auto pos = std::make_shared<std::size_t>(0);
  return XmlPull([xml, pos](char* buffer, std::size_t capacity) -> Result<std::size_t> {
    if (*pos == xml.size() || capacity == 0) return std::size_t{0};
    buffer[0] = xml[(*pos)++];
    return std::size_t{1};
  });
}

// The events as "<name a=…>", "</name>", "text".
std::vector<std::string> events(XmlPull xml, std::string_view attribute = "a") {
  std::vector<std::string> out;
  while (true) {
    auto event = xml.next();
    if (!event) return {"error: " + event.error().message};
    switch (*event) {
      case XmlPull::Event::eof:
        return out;
      case XmlPull::Event::start:
        out.push_back(
            "<" + std::string(xml.name()) +
            (xml.attribute(attribute) ? " " + std::string(*xml.attribute(attribute)) : "") + ">");
        break;
      case XmlPull::Event::end:
        out.push_back("</" + std::string(xml.name()) + ">");
        break;
      case XmlPull::Event::text:
        out.push_back(std::string(xml.text()));
        break;
    }
  }
}

TEST(XmlPull, TokenisesAcrossReads) {
  const std::string xml =
      "<?xml version=\"1.0\"?><!-- c > d --><x:root xmlns:x=\"u\"><a a='1 > 0'/>"
      "<b x:a=\"&lt;&#x4E2D;&#25991;&gt;\">t &amp; u</b><![CDATA[<raw>]]></x:root>";
  EXPECT_THAT(events(byte_by_byte(xml)),
              ::testing::ElementsAre("<root>", "<a 1 > 0>", "</a>", "<b <中文>>", "t & u", "</b>",
                                     "<raw>", "</root>"));
}

TEST(XmlPull, UnknownEntityIsBadRequest) {
  EXPECT_THAT(events(byte_by_byte("<a>&nbsp;</a>")).back(), ::testing::HasSubstr("error"));
}

TEST(XmlPull, DocumentCutInsideATagIsBadRequest) {
  EXPECT_THAT(events(byte_by_byte("<a><b c=\"1")).back(), ::testing::HasSubstr("error"));
}

}  // namespace
}  // namespace xj::formats

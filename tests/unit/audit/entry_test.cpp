#include "audit/entry.h"

#include <gtest/gtest.h>

#include "audit/digest.h"

namespace xj::audit {
namespace {

Entry sample() {
  Entry e;
  e.seq = 7;
  e.at = "2026-03-05T08:30:00Z";
  e.actor = {"zhang", "user", "credit_officer", "4301"};
  e.action = "keylist.add";
  e.target_uscc = "914403001922038216";
  e.target_id = "keylist:12";
  e.request_id = "00ff00ff00ff00ff";
  e.digest = change_digest("", "{\"area\":\"food_production\"}");
  return e;
}

TEST(Digest, Sm3MatchesTheStandardsExample) {
  // GB/T 32905-2016 Appendix A, example 1.
  EXPECT_EQ(sm3_hex("abc"), "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
}

TEST(Digest, Sha256MatchesTheKnownVector) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Entry, CanonicalBytesAreNetstringsInFixedOrder) {
  Entry e = sample();
  const std::string bytes = canonical_bytes(e);
  EXPECT_TRUE(bytes.starts_with("1:7,20:2026-03-05T08:30:00Z,5:zhang,4:user,14:credit_officer,"));
  EXPECT_TRUE(bytes.ends_with("64:" + e.digest + ","));
}

TEST(Entry, CanonicalBytesSeparateFieldBoundaries) {
  Entry a = sample(), b = sample();
  a.target_uscc = "ab";
  a.target_id = "c";
  b.target_uscc = "a";
  b.target_id = "bc";
  EXPECT_NE(canonical_bytes(a), canonical_bytes(b));
}

TEST(Entry, ChainHashCoversThePreviousHashAndEveryField) {
  Entry e = sample();
  const std::string h = chain_hash(kGenesisHash, e);
  EXPECT_EQ(h, sm3_hex(std::string(kGenesisHash) + canonical_bytes(e)));
  EXPECT_NE(h, chain_hash(std::string(63, '0') + "1", e));
  for (std::string Entry::*field : {&Entry::at, &Entry::action, &Entry::target_uscc,
                                    &Entry::target_id, &Entry::request_id, &Entry::digest}) {
    Entry changed = e;
    changed.*field += "x";
    EXPECT_NE(chain_hash(kGenesisHash, changed), h);
  }
  Entry other_actor = e;
  other_actor.actor.region = "4302";
  EXPECT_NE(chain_hash(kGenesisHash, other_actor), h);
  // The stored hashes are not part of what is hashed.
  Entry with_hashes = e;
  with_hashes.prev_hash = "p";
  with_hashes.hash = "h";
  EXPECT_EQ(chain_hash(kGenesisHash, with_hashes), h);
}

TEST(Entry, ChangeDigestDependsOnBeforeAndAfter) {
  EXPECT_NE(change_digest("a", "b"), change_digest("b", "a"));
  EXPECT_NE(change_digest("ab", ""), change_digest("a", "b"));
}

TEST(Entry, FormatsUtcTimestamps) {
  EXPECT_EQ(format_utc(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(format_utc(1772699400), "2026-03-05T08:30:00Z");
}

}  // namespace
}  // namespace xj::audit

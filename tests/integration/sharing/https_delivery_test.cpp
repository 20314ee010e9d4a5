// Delivery to an https receiver (docs/sharing.md "HTTPS"): a real TLS receiver on 127.0.0.1 whose
// certificate a test CA signed. Trusted through sharing.toml's ca_file, events arrive signed;
// without it the certificate is refused, the cause is recorded on the delivery, and the event is
// retried and ends as a dead letter — never sent in clear, never lost.
#include "sharing_fixture.h"
#include "tls_receiver.h"

namespace xj::sharing_test {
namespace {

const std::string kA = make_uscc("430102", "MA4L0001");
const std::string kB = make_uscc("430103", "MA4L0002");

json list_payload(int id, const std::string& uscc) {
  return {{"id", id}, {"uscc", uscc}, {"listed_on", "2026-06-15"}};
}

// The receiver's CA trusted through ca_file.
class HttpsTrustedTest : public SharingTest {
 protected:
  std::string extra_delivery_config() const override {
    return "ca_file = \"" + tls_.ca_file().string() + "\"\n";
  }
  TlsReceiver tls_;
};

// Only the system CA store: the test CA is unknown.
class HttpsUntrustedTest : public SharingTest {
 protected:
  TlsReceiver tls_;
};

// A trusted CA, but the certificate names another host than the URL's.
class HttpsWrongHostTest : public SharingTest {
 protected:
  std::string extra_delivery_config() const override {
    return "ca_file = \"" + tls_.ca_file().string() + "\"\n";
  }
  TlsReceiver tls_{"DNS:receiver.example.org"};
};

// Waits up to 2 s for the receiver to have seen `n` failed handshakes (it notices a refusal
// just after the sender has recorded it).
bool handshakes_failed(const TlsReceiver& tls, int n) {
  for (int i = 0; i < 400 && tls.failed_handshakes() < n; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return tls.failed_handshakes() == n;
}

TEST_F(HttpsTrustedTest, DeliversSignedEventsOverVerifiedTls) {
  json sub = subscribe(partner_, {{"url", tls_.url("/secure/hook?src=xj")},
                                  {"event_types", {"dishonest_list.added", "abnormal_list.added"}}});
  const std::string secret = sub["secret"];
  append("dishonest_list.added", kA, list_payload(1, kA));
  append("abnormal_list.added", kB, list_payload(2, kB));
  append("abnormal_list.added", kA, list_payload(3, kA));
  ASSERT_TRUE(deliver_until([&] { return tls_.received().size() >= 3; }));
  pass();

  const auto got = tls_.received();
  ASSERT_EQ(got.size(), 3u);
  std::vector<std::string> a_types;
  for (const auto& r : got) {
    EXPECT_EQ(r.path, "/secure/hook?src=xj");
    EXPECT_EQ(r.signature, "sha256=" + hmac_hex(secret, r.body));
    const json e = json::parse(r.body);
    if (e["uscc"] == kA) a_types.push_back(e["type"]);
  }
  EXPECT_EQ(a_types, (std::vector<std::string>{"dishonest_list.added", "abnormal_list.added"}));
  EXPECT_EQ(tls_.failed_handshakes(), 0);
  json listed = call_json("GET", "/api/v1/subscriptions", partner_, nullptr, 200);
  EXPECT_EQ(listed["items"][0]["deliveries"]["delivered"], 3);
  EXPECT_EQ(listed["items"][0]["deliveries"]["dead"], 0);
}

TEST_F(HttpsUntrustedTest, UnknownCaIsRefusedRecordedRetriedAndDeadLettered) {
  json sub = subscribe(partner_, {{"url", tls_.url("/hook")},
                                  {"event_types", {"dishonest_list.added"}}});
  const std::string id = std::to_string(sub["id"].get<std::int64_t>());
  append("dishonest_list.added", kA, list_payload(1, kA));
  pass();

  // The first attempt: refused at the handshake, the cause on the delivery, a retry scheduled.
  json pending = call_json("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=pending",
                           partner_, nullptr, 200);
  ASSERT_EQ(pending["total"], 1);
  const json& first = pending["items"][0];
  EXPECT_EQ(first["attempts"], 1);
  EXPECT_TRUE(first["last_status"].is_null());
  const std::string error = first["last_error"];
  EXPECT_TRUE(error.starts_with("证书校验失败 (certificate verification failed): ")) << error;
  EXPECT_NE(error.find("local issuer certificate"), std::string::npos) << error;

  // Retried with back-off until max_attempts, then a dead letter that still holds the event.
  auto dead = [&] {
    return call_json("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=dead", admin_,
                     nullptr, 200);
  };
  ASSERT_TRUE(deliver_until([&] { return dead()["total"] == 1; }));
  const json letter = dead()["items"][0];
  EXPECT_EQ(letter["attempts"], kMaxAttempts);
  EXPECT_EQ(letter["type"], "dishonest_list.added");
  EXPECT_TRUE(letter["last_error"].get<std::string>().starts_with("证书校验失败"));
  EXPECT_TRUE(handshakes_failed(tls_, kMaxAttempts));
  EXPECT_TRUE(tls_.received().empty());  // nothing ever went out over an unverified channel
}

// By name: SNI "localhost" and the certificate's DNS name checked (the other tests use the IP).
TEST_F(HttpsTrustedTest, HostNameUrlIsVerifiedByDnsName) {
  json sub = subscribe(partner_, {{"url", tls_.url("/by-name", "localhost")},
                                  {"event_types", {"repair.granted"}}});
  append("repair.granted", kA, {{"repair_id", 1}});
  ASSERT_TRUE(deliver_until([&] { return tls_.received().size() == 1; }));
  EXPECT_EQ(tls_.received()[0].signature,
            "sha256=" + hmac_hex(sub["secret"], tls_.received()[0].body));
}

TEST_F(HttpsWrongHostTest, CertificateForAnotherHostIsRefused) {
  json sub = subscribe(partner_, {{"url", tls_.url("/hook")}, {"event_types", {"repair.granted"}}});
  const std::string id = std::to_string(sub["id"].get<std::int64_t>());
  append("repair.granted", kA, {{"repair_id", 1}});
  pass();
  json pending = call_json("GET", "/api/v1/subscriptions/" + id + "/deliveries?status=pending",
                           partner_, nullptr, 200);
  ASSERT_EQ(pending["total"], 1);
  EXPECT_EQ(pending["items"][0]["last_error"],
            "证书校验失败 (certificate verification failed): IP address mismatch");
  EXPECT_TRUE(handshakes_failed(tls_, 1));
  EXPECT_TRUE(tls_.received().empty());
}

}  // namespace
}  // namespace xj::sharing_test

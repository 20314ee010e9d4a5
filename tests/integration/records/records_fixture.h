// Shared fixture of the records suite: a fresh, migrated database per test (on the backend of
// XJ_TEST_DB) and sample records.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "collection/model.h"
#include "core/uscc.h"
#include "registry/model.h"
#include "store/database.h"
#include "store/migrations.h"
#include "support/test_db.h"

namespace xj::records_test {

inline constexpr const char* kUscc = "914403001922038216";
inline constexpr const char* kOtherUscc = "91440300708461136T";

// A valid individual-business (92…) code.
inline std::string individual_uscc() {
  const std::string first17 =
      "92430102MA4L0000" + std::string(1, core::org_code_check_char("MA4L0000"));
  return first17 + core::uscc_check_char(first17);
}

class RecordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = testing::fresh_database();
    auto applied = store::migrate(*db_);
    ASSERT_TRUE(applied) << applied.error().message;
  }

  // Runs fn in a write transaction and fails the test on error.
  template <typename Fn>
  void write(Fn fn) {
    Status s = db_->write([&](store::Session& session) -> Status { return fn(session); });
    ASSERT_TRUE(s) << s.error().message;
  }

  // Runs a query on a read connection.
  store::Rows query(std::string_view sql, const store::Params& params = {}) {
    store::Rows rows;
    Status s = db_->read([&](store::Session& session) -> Status {
      XJ_TRY(rows, session.query(sql, params));
      return {};
    });
    EXPECT_TRUE(s) << s.error().message;
    return rows;
  }

  static registry::Enterprise enterprise(std::string uscc = kUscc) {
    registry::Enterprise e;
    e.uscc = std::move(uscc);
    e.name = "长沙市示例食品有限公司";
    e.legal_representative = "张三";
    e.address = "湖南省长沙市芙蓉区示例路1号";
    e.region_code = "430102";
    e.established_on = "2010-05-06";
    e.entity_type = "有限责任公司";
    e.phone = "13812341234";
    return e;
  }

  static collection::Penalty penalty(std::string decision_no, std::string decided_on) {
    collection::Penalty p;
    p.decision_no = std::move(decision_no);
    p.uscc = kUscc;
    p.name = "长沙市示例食品有限公司";
    p.violation_type = "生产经营超过保质期的食品";
    p.facts = "经查，当事人（负责人身份证号430102199003071234，电话13812341234）销售过期食品。";
    p.legal_basis = "《中华人民共和国食品安全法》第一百二十四条";
    p.penalty_types = {"警告", "罚款"};
    p.fine_fen = 5000050;
    p.decided_on = std::move(decided_on);
    p.authority = "长沙市市场监督管理局";
    p.area = "food";
    p.provenance = {"执法稽查局", 7};
    return p;
  }

  static collection::Licence licence(std::string licence_no, std::string valid_until) {
    collection::Licence l;
    l.licence_no = std::move(licence_no);
    l.uscc = kUscc;
    l.name = "长沙市示例食品有限公司";
    l.licence_type = "食品生产许可";
    l.scope = "糕点";
    l.issuer = "长沙市市场监督管理局";
    l.issued_on = "2020-01-02";
    l.valid_until = std::move(valid_until);
    l.provenance = {"食品生产处", std::nullopt};
    return l;
  }

  static collection::Inspection inspection(std::string inspection_no, bool is_public) {
    collection::Inspection i;
    i.inspection_no = std::move(inspection_no);
    i.uscc = kUscc;
    i.name = "长沙市示例食品有限公司";
    i.kind = "双随机抽查";
    i.matter = "食品生产企业监督检查";
    i.checked_on = "2024-04-01";
    i.results = {"发现问题已责令改正", "未按规定公示应当公示的信息"};
    i.findings = "现场负责人（手机15012345678）未能提供进货查验记录";
    i.authority = "长沙市芙蓉区市场监督管理局";
    i.is_public = is_public;
    i.provenance = {"食品生产处", 3};
    return i;
  }

  std::unique_ptr<store::Database> db_;
};

}  // namespace xj::records_test

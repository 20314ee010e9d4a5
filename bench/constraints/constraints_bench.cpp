// bench/constraints: the in-process cost of one constraints answer (GET /api/v1/constraints/{uscc},
// domain-rules.md §4.3) against a single indexed point lookup through the same store::Session.
// Built and run by bench/constraints/run; prints one JSON line.
//
//   constraints_bench DB_URL ENTERPRISES LOOKUPS AS_OF SEED
//
// It migrates the database and, when it has no enterprise yet, fills it (populate(), not timed,
// one transaction; then ANALYZE on PostgreSQL, as autovacuum would). Then LOOKUPS codes, a third each of: enterprises with some constraint fact ("listed": a list entry,
// false commitment, revoked or licence-revoking penalty), other registered enterprises ("clean")
// and valid codes nobody registered ("unknown"), in random order. For each code, alternately:
//   answer     db.read → load_constraint_facts + constraints_on (what the route does, minus JSON)
//   reference  db.read → SELECT uscc, name, region_code, status FROM enterprises WHERE uscc = ?
// Each call is timed on its own (steady_clock); p50, p99, max and mean per group and overall.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/uscc.h"
#include "sanctions/constraints.h"
#include "store/database.h"
#include "store/migrations.h"

using namespace xj;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "constraints_bench: %s\n", what.c_str());
  std::exit(1);
}

template <typename T>
T must(Result<T> r, const char* what) {
  if (!r) die(std::string(what) + ": " + r.error().message);
  return std::move(*r);
}

void must(const Status& s, const char* what) {
  if (!s) die(std::string(what) + ": " + s.error().message);
}

std::vector<std::string> column(store::Database& db, const std::string& sql) {
  std::vector<std::string> out;
  must(db.read([&](store::Session& s) -> Status {
         return s.each(sql, {}, [&](const store::Row& r) {
           out.push_back(r.text(0));
           return true;
         });
       }),
       sql.c_str());
  return out;
}

// A valid USCC: division (6 digits) + 8-character organisation body + both check characters.
std::string make_uscc(const std::string& division, const char* prefix, std::uint64_t n) {
  char body[9];
  std::snprintf(body, sizeof body, "%s%06llu", prefix, static_cast<unsigned long long>(n % 1000000));
  const std::string first17 =
      "91" + division + std::string(body) + std::string(1, core::org_code_check_char(body));
  return first17 + core::uscc_check_char(first17);
}

std::string date_of(int year, int month, int day) {
  char buf[11];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

// Fills an empty, migrated database with `n` enterprises and a register-like share of records
// (not timed): penalties for a quarter of them (1–4 each, 0.3 % licence-revoking food ones,
// 0.1 % revoked), abnormal entries 3 % (a third removed), dishonest entries 0.5 % (a fifth
// expired or removed), commitments 10 % (1 % found false, a third of those repaired).
void populate(store::Database& db, long n, std::mt19937_64& rng) {
  static const char* kDivisions[] = {"430102", "430103", "430104", "430111", "430121",
                                     "430202", "430302", "430602", "430702", "431002"};
  long penalty_no = 0;
  must(db.write([&](store::Session& s) -> Status {
         for (long i = 0; i < n; ++i) {
           const std::string division = kDivisions[i % 10];
           const std::string u = make_uscc(division, i < 1000000 ? "MA" : "MB", i);
           const store::Value code{u}, region{division};
           XJ_CHECK(s.exec("INSERT INTO enterprises (uscc, name, region_code, status, source) "
                           "VALUES (?, ?, ?, '存续', 'bench')",
                           {code, store::Value{"基准企业" + std::to_string(i) + "有限公司"}, region}));
           const std::uint64_t r = rng() % 1000;
           const int year = 2021 + static_cast<int>(rng() % 5);
           const std::string day = date_of(year, 1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
           if (r < 250) {
             const int k = 1 + static_cast<int>(rng() % 4);
             for (int j = 0; j < k; ++j) {
               const bool ban = j == 0 && r < 3;
               const bool revoked = j == 0 && r >= 3 && r < 4;
               XJ_CHECK(s.exec(
                   "INSERT INTO penalties (decision_no, uscc, name, violation_type, legal_basis, "
                   "penalty_types, fine_fen, decided_on, authority, procedure, area, heavier, "
                   "is_public, revoked_on, source) VALUES (?, ?, '基准企业', '生产经营不符合食品安全"
                   "标准的食品', '《中华人民共和国食品安全法》', ?, 5000000, ?, '市场监督管理局', "
                   "'普通', ?, ?, 1, ?, 'bench')",
                   {store::Value{"湘基准罚〔" + std::to_string(year) + "〕" + std::to_string(++penalty_no) + "号"},
                    code, store::Value{std::string(ban ? "罚款;吊销许可证件" : "罚款")},
                    store::Value{day}, ban ? store::Value{std::string("food")} : store::Value{},
                    store::Value{std::int64_t{ban}},
                    revoked ? store::Value{std::string("2026-03-02")} : store::Value{}}));
             }
           }
           if (r >= 250 && r < 280) {
             XJ_CHECK(s.exec("INSERT INTO abnormal_entries (uscc, ground, listed_on, region_code, "
                             "removed_on, removal_reason, created_by) VALUES (?, 'annual_report', ?, "
                             "?, ?, ?, 'bench')",
                             {code, store::Value{day}, region,
                              r < 260 ? store::Value{std::string("2026-05-01")} : store::Value{},
                              r < 260 ? store::Value{std::string("cured")} : store::Value{}}));
           }
           if (r >= 280 && r < 285) {
             const std::string listed = date_of(2023 + static_cast<int>(r % 3), 3, 15);
             XJ_CHECK(s.exec("INSERT INTO dishonest_entries (uscc, basis_type, basis_id, listed_on, "
                             "expires_on, status, region_code, proposed_by) VALUES (?, 'penalty', ?, "
                             "?, ?, 'active', ?, 'bench')",
                             {code, store::Value{"湘基准罚〔2023〕" + std::to_string(i) + "号"},
                              store::Value{listed},
                              store::Value{date_of(2026 + static_cast<int>(r % 3), 3, 15)}, region}));
           }
           if (r >= 285 && r < 385) {
             const bool found_false = r < 295;
             XJ_CHECK(s.exec("INSERT INTO commitments (uscc, kind, text, made_on, "
                             "verification_result, verified_on, repaired_on, is_public, region_code, "
                             "created_by) VALUES (?, 'approval', '承诺符合许可条件', '2025-01-06', ?, "
                             "?, ?, 1, ?, 'bench')",
                             {code, store::Value{std::string(found_false ? "inconsistent" : "consistent")},
                              store::Value{std::string("2025-03-03")},
                              found_false && r < 289 ? store::Value{std::string("2026-01-05")} : store::Value{},
                              region}));
           }
         }
         return {};
       }),
       "populating");
}

// A valid USCC that is not registered (division 439999 does not exist).
std::string unknown_code(std::uint64_t n) { return make_uscc("439999", "ZB", n); }

struct Stats {
  std::vector<double> us;
  std::string json(const char* name) const {
    if (us.empty()) return std::string("\"") + name + "\":null";
    std::vector<double> v = us;
    std::sort(v.begin(), v.end());
    double sum = 0;
    for (double x : v) sum += x;
    auto at = [&](double q) { return v[std::min(v.size() - 1, static_cast<std::size_t>(q * v.size()))]; };
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "\"%s\":{\"n\":%zu,\"p50_us\":%.1f,\"p99_us\":%.1f,\"max_us\":%.1f,\"mean_us\":%.1f}",
                  name, v.size(), at(0.50), at(0.99), v.back(), sum / v.size());
    return buf;
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) die("usage: constraints_bench DB_URL ENTERPRISES LOOKUPS AS_OF SEED");
  const std::string url = argv[1];
  const long enterprises = std::atol(argv[2]);
  const long lookups = std::atol(argv[3]);
  const core::Date as_of = must(core::parse_date(argv[4]), "AS_OF");
  std::mt19937_64 rng(std::strtoull(argv[5], nullptr, 10));
  auto db = must(store::open(url), "open");
  must(store::migrate(*db), "migrate");
  const auto load_started = Clock::now();
  if (column(*db, "SELECT uscc FROM enterprises LIMIT 1").empty()) {
    populate(*db, enterprises, rng);
    // PostgreSQL: the planner statistics autovacuum would have gathered by now in production.
    if (db->dialect() == store::Dialect::postgresql) {
      must(db->write([](store::Session& s) { return s.exec_script("ANALYZE"); }), "ANALYZE");
    }
  }
  const double load_s = std::chrono::duration<double>(Clock::now() - load_started).count();
  const auto all = column(*db, "SELECT uscc FROM enterprises ORDER BY uscc");
  const auto listed_v = column(
      *db,
      "SELECT uscc FROM dishonest_entries UNION SELECT uscc FROM abnormal_entries UNION SELECT "
      "uscc FROM commitments WHERE verification_result = 'inconsistent' UNION SELECT uscc FROM "
      "penalties WHERE revoked_on IS NOT NULL OR penalty_types LIKE '%吊销许可证件%' ORDER BY 1");
  const std::set<std::string> listed(listed_v.begin(), listed_v.end());
  std::vector<std::string> clean;
  for (const auto& u : all) {
    if (!listed.contains(u)) clean.push_back(u);
  }

  // The codes: a third of each group, shuffled together.
  std::vector<std::pair<int, std::string>> codes;  // group, code
  for (long i = 0; i < lookups; ++i) {
    const int g = static_cast<int>(i % 3);
    if (g == 0 && !listed_v.empty()) codes.emplace_back(0, listed_v[rng() % listed_v.size()]);
    if (g == 1) codes.emplace_back(1, clean[rng() % clean.size()]);
    if (g == 2) codes.emplace_back(2, unknown_code(rng()));
  }
  std::shuffle(codes.begin(), codes.end(), rng);

  // Warm-up: connections open, statements cached, pages in memory — for both sides alike.
  for (std::size_t i = 0; i < std::min<std::size_t>(codes.size(), 500); ++i) {
    must(db->read([&](store::Session& s) -> Status {
           XJ_TRY(auto f, sanctions::load_constraint_facts(s, codes[i].second));
           XJ_CHECK(s.query("SELECT uscc, name, region_code, status FROM enterprises WHERE uscc = ?",
                            {store::Value{codes[i].second}}));
           return {};
         }),
         "warm-up");
  }

  Stats answer[4], reference[4];  // listed, clean, unknown, all
  std::map<int, long> restricted;
  std::size_t measures = 0;
  for (const auto& [group, code] : codes) {
    const auto t0 = Clock::now();
    sanctions::Constraints c;
    must(db->read([&](store::Session& s) -> Status {
           XJ_TRY(auto facts, sanctions::load_constraint_facts(s, code));
           c = sanctions::constraints_on(facts, as_of);
           return {};
         }),
         "constraints");
    const auto t1 = Clock::now();
    bool found = false;
    must(db->read([&](store::Session& s) -> Status {
           XJ_TRY(auto rows, s.query("SELECT uscc, name, region_code, status FROM enterprises "
                                     "WHERE uscc = ?",
                                     {store::Value{code}}));
           found = !rows.empty();
           return {};
         }),
         "reference");
    const auto t2 = Clock::now();
    if (found != (group != 2)) die("reference lookup disagrees with the group of " + code);
    const double a = std::chrono::duration<double, std::micro>(t1 - t0).count();
    const double r = std::chrono::duration<double, std::micro>(t2 - t1).count();
    answer[group].us.push_back(a);
    answer[3].us.push_back(a);
    reference[group].us.push_back(r);
    reference[3].us.push_back(r);
    restricted[group] += c.restricted;
    measures += c.measures.size();
  }
  std::printf("{\"load_s\":%.1f,\"enterprises\":%zu,\"with_facts\":%zu,\"lookups\":%zu,\"restricted\":[%ld,%ld,%ld],"
              "\"measures\":%zu,\"answer\":{%s,%s,%s,%s},\"reference\":{%s,%s,%s,%s}}\n",
              load_s, all.size(), listed_v.size(), codes.size(), restricted[0], restricted[1],
              restricted[2], measures, answer[0].json("listed").c_str(),
              answer[1].json("clean").c_str(), answer[2].json("unknown").c_str(),
              answer[3].json("all").c_str(), reference[0].json("listed").c_str(),
              reference[1].json("clean").c_str(), reference[2].json("unknown").c_str(),
              reference[3].json("all").c_str());
  db->close();
  return 0;
}

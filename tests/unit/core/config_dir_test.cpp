#include "core/config_dir.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace xj::core {
namespace {

// Restores XJ_CONFIG_DIR when a test changes it.
class ConfigDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* v = std::getenv("XJ_CONFIG_DIR")) saved_ = v;
  }
  void TearDown() override {
    if (saved_) {
      setenv("XJ_CONFIG_DIR", saved_->c_str(), 1);
    } else {
      unsetenv("XJ_CONFIG_DIR");
    }
  }
  std::optional<std::string> saved_;
};

TEST_F(ConfigDirTest, EnvironmentWins) {
  setenv("XJ_CONFIG_DIR", "/tmp/xj-config", 1);
  EXPECT_EQ(config_dir(), std::filesystem::path("/tmp/xj-config"));
}

TEST_F(ConfigDirTest, FallsBackToSourceTree) {
  unsetenv("XJ_CONFIG_DIR");
  EXPECT_EQ(config_dir(), std::filesystem::path(XJ_SOURCE_CONFIG_DIR));
  setenv("XJ_CONFIG_DIR", "", 1);
  EXPECT_EQ(config_dir(), std::filesystem::path(XJ_SOURCE_CONFIG_DIR));
  EXPECT_TRUE(std::filesystem::exists(config_dir() / "holidays" / "2024.toml"));
}

}  // namespace
}  // namespace xj::core

#pragma once
// A fresh copy of the Kreis Düren example project (the `import_kreis_dueren` fixture's
// boundaries, `exchange::createDemoProject`'s eight applications) in a temporary folder, with
// the German UI language, as most window-part tests start. Needs BK_BINARY_DIR.

#include <gtest/gtest.h>

#include <string>

#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "tests/support/import_fixtures.hpp"

namespace testdata {

class DemoProjectTest : public ::testing::Test {
  protected:
    void SetUp() override {
        i18n::setLanguage(i18n::Lang::De);
        exchange::createDemoProject(std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg", path_);
    }
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }
    TempDir dir_;
    std::string path_ = dir_.file("beispiel.gpkg");
};

}  // namespace testdata

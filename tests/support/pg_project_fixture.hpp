#pragma once
// A project published to a schema of its own on the PostgreSQL test server (pg_test_server.hpp),
// from the boundary fixture (project_fixture.hpp), dropped again after the test; clients open it
// with a user name of their own.

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <string>

#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/publish.hpp"
#include "tests/support/pg_test_server.hpp"
#include "tests/support/project_fixture.hpp"

namespace testdata {

// A name no other test process uses at the same time: `stem`, the process id, a counter.
inline std::string uniqueName(const std::string& stem) {
    static std::atomic<int> n{0};
    return stem + std::to_string(getpid()) + "_" + std::to_string(++n);
}

class SharedProject : public ::testing::Test {
  protected:
    void SetUp() override {
        i18n::setLanguage(i18n::Lang::De);
        BK_REQUIRE_PG(uri);
        schema = uniqueName("p");
        location = uri + "?schema=" + schema;
        store::publishProject(testdata::boundaryProject(dir), location, false);
    }
    void TearDown() override {
        if (schema.empty()) return;
        store::pg::Address a = store::pg::parseAddress(location);
        store::pg::Connection c(a.conninfo, a.shown);
        c.exec("DROP SCHEMA IF EXISTS " + store::pg::identifier(schema) + " CASCADE");
    }
    project::Project open(const std::string& user) {
        return project::Project::open(location, project::OpenOptions{false, user});
    }

    TempDir dir;
    std::string uri, schema, location;
};

}  // namespace testdata

#pragma once
// The PostgreSQL 15 + PostGIS 3 test server: ctest starts it through the fixture "postgres"
// (tests/pg/cluster.sh, tests/pg/CMakeLists.txt) and gives each test that requires it
// (bk_requires_postgres) BK_PG_STATE, the folder with the server's URI. Tests share the one
// server and may run in parallel, so each works in its own schema.
//
//   TEST(Store, WritesToPostgres) {
//       std::string uri;
//       BK_REQUIRE_PG(uri);  // skips (or fails, see pgMaySkip) when there is no server
//       ...connect to uri...
//   }
//
// Nothing here needs libpq.

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace testsupport {

// postgresql://bk_admin@127.0.0.1:PORT/bk_test from $BK_PG_STATE/uri; nullopt when there is no
// server (pgSkipReason() says why).
std::optional<std::string> pgTestUri();

// Why there is no server, in one line: BK_PG_STATE not set, the start script's reason from
// $BK_PG_STATE/skip (PostgreSQL 15 or PostGIS not installed), or no $BK_PG_STATE/uri. Empty when
// there is a server.
std::string pgSkipReason();

// Whether a missing server is a reason to skip: BK_PG_STATE not set (the test binary run outside
// ctest) or the start script skipped (server binaries missing). False when BK_PG_STATE names a
// folder without a server (not started, or stopped): BK_REQUIRE_PG then fails the test.
bool pgMaySkip();

}  // namespace testsupport

// Assigns the test server's URI to the std::string `uriVar`, or ends the test (or SetUp):
// skipped with the reason when pgMaySkip(), failed with it otherwise.
#define BK_REQUIRE_PG(uriVar)                              \
    do {                                                   \
        if (auto bkPgUri_ = ::testsupport::pgTestUri()) {  \
            (uriVar) = *bkPgUri_;                          \
        } else if (::testsupport::pgMaySkip()) {           \
            GTEST_SKIP() << ::testsupport::pgSkipReason(); \
        } else {                                           \
            GTEST_FAIL() << ::testsupport::pgSkipReason(); \
        }                                                  \
    } while (false)

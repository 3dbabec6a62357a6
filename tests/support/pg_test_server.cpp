#include "tests/support/pg_test_server.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace testsupport {

namespace {

namespace fs = std::filesystem;

std::optional<fs::path> stateDir() {
    const char* dir = std::getenv("BK_PG_STATE");
    if (!dir || !*dir) return std::nullopt;
    return fs::path(dir);
}

// The file's contents without surrounding white space; nullopt when it is missing or blank.
std::optional<std::string> readTrimmed(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    const char* space = " \t\r\n";
    auto first = s.find_first_not_of(space);
    if (first == std::string::npos) return std::nullopt;
    auto last = s.find_last_not_of(space);
    return s.substr(first, last - first + 1);
}

}  // namespace

std::optional<std::string> pgTestUri() {
    auto dir = stateDir();
    if (!dir || fs::exists(*dir / "skip")) return std::nullopt;
    return readTrimmed(*dir / "uri");
}

std::string pgSkipReason() {
    auto dir = stateDir();
    if (!dir) {
        return "BK_PG_STATE not set: run through ctest, which starts the test server "
               "(tests/pg/cluster.sh)";
    }
    if (fs::exists(*dir / "skip")) {
        auto reason = readTrimmed(*dir / "skip");
        return "no PostgreSQL test server: " +
               reason.value_or("tests/pg/cluster.sh skipped without a reason");
    }
    if (!readTrimmed(*dir / "uri")) {
        return "no PostgreSQL test server: " + (*dir / "uri").string() +
               " missing (start one: bash tests/pg/cluster.sh start " + dir->string() + ")";
    }
    return {};
}

bool pgMaySkip() {
    auto dir = stateDir();
    return !dir || fs::exists(*dir / "skip");
}

}  // namespace testsupport

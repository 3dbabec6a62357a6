// Crash recovery on open (issue 9, 1.1) and the messages for a locked or damaged file (1.9):
// a real hot journal is made by a child process that starts a large write and is killed with
// SIGKILL before it commits; every opener must roll it back and see the file as before.

#include "app/store/map_data_reader.hpp"
#include "app/store/recovery.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "app/domain/map_data.hpp"
#include "app/project/project.hpp"
#include "app/store/sha256.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using testdata::TempDir;

std::string fileHash(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return store::sha256Hex(s.str());
}

bool journalHasContent(const std::string& path) {
    std::error_code ec;
    return fs::exists(path + "-journal", ec) && fs::file_size(path + "-journal", ec) > 0;
}

std::string rolledBack(const std::string& path) {
    // German, the default language (the English text: recovery window test, cli project_file).
    return path + ": Eine unterbrochene Änderung wurde zurückgenommen; das Projekt ist wie vor dieser Änderung";
}

// The child's part: hold the program's lock as an instance does, start a write that is far
// larger than the page cache (so SQLite spills changed pages into the file itself), and stop
// without committing. Never returns.
[[noreturn]] void writeWithoutCommit(const std::string& path, int readyFd) {
    store::ProjectLock lock(path);
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    int rc = sqlite3_exec(db,
                          "PRAGMA cache_size = 4; BEGIN IMMEDIATE; DELETE FROM bewerbungen; "
                          "UPDATE ballast SET x = randomblob(4000);",
                          nullptr, nullptr, nullptr);
    if (readyFd >= 0) {
        char ok = rc == SQLITE_OK ? 'y' : 'n';
        if (::write(readyFd, &ok, 1) != 1) _exit(2);
        pause();  // a live instance in the middle of its write, until the parent kills it
    }
    kill(getpid(), SIGKILL);
    _exit(3);
}

struct RecoveryTest : ::testing::Test {
    TempDir dir;
    std::string path;
    std::string before;  // SHA-256 of the committed file

    void SetUp() override {
        store::setRecoveryReporter(nullptr);  // the notes are checked, not printed
        path = testdata::boundaryProject(dir);
        {
            project::Project p = project::Project::open(path);
            domain::Application a;
            a.nr = "B-01";
            a.title = "Begegnungscafé";
            a.municipalityAgs = "05358008";
            p.apply(project::AddApplication{a});
        }
        // Ballast: 400 rows of 4 kB, committed, so that rewriting them spills out of the cache.
        testdata::sqliteExec(path,
                             "CREATE TABLE ballast (x BLOB); WITH RECURSIVE n(i) AS (SELECT 1 "
                             "UNION ALL SELECT i + 1 FROM n WHERE i < 400) INSERT INTO ballast "
                             "SELECT randomblob(4000) FROM n;");
        before = fileHash(path);
    }

    // A crash in the middle of a write: afterwards the journal is hot and the file itself holds
    // uncommitted pages.
    void crashMidWrite() {
        pid_t child = fork();
        if (child == 0) writeWithoutCommit(path, -1);
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFSIGNALED(status));
        ASSERT_EQ(WTERMSIG(status), SIGKILL);
        ASSERT_TRUE(journalHasContent(path));
        ASSERT_NE(fileHash(path), before) << "the write did not spill into the file";
    }

    void expectAsBefore() {
        EXPECT_FALSE(fs::exists(path + "-journal"));
        EXPECT_EQ(fileHash(path), before);
    }
};

TEST_F(RecoveryTest, ReadOnlyOpenRollsBackAndSaysSo) {
    crashMidWrite();
    project::Project p = project::Project::open(path, project::OpenOptions{true, ""});
    EXPECT_EQ(p.recoveryNote(), rolledBack(path));
    ASSERT_EQ(p.applications().size(), 1u);
    EXPECT_EQ(p.applications()[0].nr, "B-01");
    expectAsBefore();
}

TEST_F(RecoveryTest, WritableOpenRollsBackAndCanEdit) {
    crashMidWrite();
    project::Project p = project::Project::open(path);
    EXPECT_FALSE(p.readOnly());
    EXPECT_EQ(p.recoveryNote(), rolledBack(path));
    ASSERT_EQ(p.applications().size(), 1u);
    expectAsBefore();
    domain::Application a = p.applications()[0];
    a.title = "Neuer Titel";
    p.apply(project::UpdateApplication{a});
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST_F(RecoveryTest, LoadMapDataRollsBack) {
    crashMidWrite();
    domain::MapData map = store::loadMapData(path);
    EXPECT_EQ(map.municipalities.size(), 2u);
    expectAsBefore();
}

TEST_F(RecoveryTest, VerifyRecoversThenChecks) {
    crashMidWrite();
    project::VerifyReport r = project::verifyProject(path);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_EQ(r.recoveryNote, rolledBack(path));
    EXPECT_EQ(r.applications, 1);
    EXPECT_EQ(r.auditEntries, 1);
    expectAsBefore();
}

TEST_F(RecoveryTest, NothingToDoWithoutAJournal) {
    EXPECT_FALSE(store::recoverInterruptedWrite(path).has_value());
    EXPECT_TRUE(project::Project::open(path).recoveryNote().empty());
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(RecoveryTest, TheReporterGetsTheLineOnce) {
    static std::vector<std::string> lines;
    lines.clear();
    store::setRecoveryReporter([](const std::string& line) { lines.push_back(line); });
    crashMidWrite();
    project::Project::open(path, project::OpenOptions{true, ""});
    store::setRecoveryReporter(nullptr);
    EXPECT_EQ(lines, std::vector<std::string>{rolledBack(path)});
}

// A journal that belongs to a live instance's write in progress is not hot: leave it alone.
TEST_F(RecoveryTest, AJournalOfALiveInstanceIsLeftAlone) {
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    pid_t child = fork();
    if (child == 0) {
        ::close(ready[0]);
        writeWithoutCommit(path, ready[1]);
    }
    ::close(ready[1]);
    char ok = 0;
    ASSERT_EQ(::read(ready[0], &ok, 1), 1);
    ::close(ready[0]);
    ASSERT_EQ(ok, 'y');
    ASSERT_TRUE(journalHasContent(path));
    EXPECT_FALSE(store::recoverInterruptedWrite(path).has_value());
    EXPECT_TRUE(journalHasContent(path));
    // Its write ends with a crash: now the journal is hot and the next open recovers.
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    EXPECT_EQ(store::recoverInterruptedWrite(path), rolledBack(path));
    expectAsBefore();
}

TEST_F(RecoveryTest, WithoutWriteAccessItSaysWhatIsNeeded) {
    if (geteuid() == 0) GTEST_SKIP() << "root may write anywhere";
    crashMidWrite();
    fs::permissions(dir.path, fs::perms::owner_write, fs::perm_options::remove);
    try {
        project::Project::open(path, project::OpenOptions{true, ""});
        ADD_FAILURE() << "opened without recovering";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(
                      "the project has an interrupted write (a crash left projekt.gpkg-journal) "
                      "that needs write access to recover"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_EQ(project::verifyProject(path).problems.size(), 1u);
    fs::permissions(dir.path, fs::perms::owner_write, fs::perm_options::add);
    EXPECT_TRUE(project::Project::open(path).recoveryNote() == rolledBack(path));
    expectAsBefore();
}

// Another program (sqlite3, a script) holds the file locked: say so, not "not a project file".
TEST_F(RecoveryTest, ALockByAnotherProgramIsNamed) {
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE; UPDATE bk_meta SET value = value;", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    const std::string locked = path +
                               ": das Projekt ist von einem anderen Programm gesperrt (database is "
                               "locked); bitte dort schließen und erneut versuchen";
    for (bool readOnly : {true, false}) {
        try {
            project::Project::open(path, project::OpenOptions{readOnly, ""});
            ADD_FAILURE() << "opened a locked file";
        } catch (const std::runtime_error& e) {
            EXPECT_EQ(std::string(e.what()), locked);
        }
    }
    try {
        store::loadMapData(path);
        ADD_FAILURE() << "read a locked file";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), locked);
    }
    project::VerifyReport r = project::verifyProject(path);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0], locked);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(project::Project::open(path).applications().size(), 1u);
    EXPECT_EQ(fileHash(path), before);
}

// A file another program switched to WAL goes back to the rollback journal on a writable open:
// one file again, its committed -wal content folded in.
TEST_F(RecoveryTest, AWalFileGoesBackToTheRollbackJournal) {
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other,
                           "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; "
                           "DELETE FROM ballast;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(other);  // the last connection: SQLite checkpoints, the file stays in WAL mode
    {
        project::Project p = project::Project::open(path);
        EXPECT_EQ(p.applications().size(), 1u);
    }
    sqlite3* check = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &check), SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(check, "PRAGMA journal_mode", -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)), "delete");
    sqlite3_finalize(s);
    ASSERT_EQ(sqlite3_prepare_v2(check, "SELECT count(*) FROM ballast", -1, &s, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(s, 0), 0);
    sqlite3_finalize(s);
    sqlite3_close(check);
    EXPECT_FALSE(fs::exists(path + "-wal"));
}

TEST(LegacyTemporaries, OnlyTheOldNamesOfThisTargetGo) {
    TempDir dir;
    const std::string out = dir.file("projekt.gpkg");
    for (const char* name :
         {".projekt.gpkg.tmp-123456.gpkg", ".projekt.gpkg.tmp-123456.gpkg-journal",
          ".projekt.tmp.gpkg", ".projekt.tmp.gpkg-journal", ".anderes.gpkg.tmp-1.gpkg",
          "projekt.gpkg.tmp-1.gpkg", ".projekt.gpkg.tmp-x.gpkg", ".projekt.gpkg.bak-schema0"})
        testdata::write(dir.file(name), "x");
    EXPECT_EQ(store::removeLegacyTemporaries(out), 4);
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(dir.path)) left.push_back(e.path().filename());
    std::sort(left.begin(), left.end());
    EXPECT_EQ(left, (std::vector<std::string>{".anderes.gpkg.tmp-1.gpkg",
                                              ".projekt.gpkg.bak-schema0",
                                              ".projekt.gpkg.tmp-x.gpkg",
                                              "projekt.gpkg.tmp-1.gpkg"}));
}

}  // namespace

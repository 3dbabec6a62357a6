// The window after a crash: a project whose last write was interrupted (a hot rollback journal)
// opens without help, and the status line says in the window's language that the interrupted
// change was rolled back.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
const std::string kProject = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
const std::string kWork = std::string(BK_BINARY_DIR) + "/tests/recovery-window";

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A copy of the fixture whose write was killed half way: Python's sqlite3 rewrites 400 rows of
// ballast with a tiny page cache (so pages spill into the file) and SIGKILLs itself before the
// commit. The journal it leaves is hot.
std::string crashedCopy(const std::string& name) {
    fs::create_directories(kWork);
    const std::string copy = kWork + "/" + name;
    fs::remove(copy);
    fs::remove(copy + "-journal");
    fs::copy_file(kProject, copy);
    const std::string script =
        "import os, signal, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('CREATE TABLE ballast (x BLOB)')\n"
        "db.execute('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
        "INSERT INTO ballast SELECT randomblob(4000) FROM n')\n"
        "db.execute('PRAGMA cache_size = 2')\n"
        "db.execute('BEGIN')\n"
        "db.execute('UPDATE ballast SET x = randomblob(4000)')\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n";
    const std::string scriptFile = kWork + "/crash.py";
    std::ofstream(scriptFile) << script;
    const std::string cmd = "python3 '" + scriptFile + "' '" + copy + "' > /dev/null 2>&1";
    EXPECT_NE(std::system(cmd.c_str()), 0) << "the writer was meant to be killed";
    EXPECT_TRUE(fs::exists(copy + "-journal") && fs::file_size(copy + "-journal") > 0)
        << "no hot journal was left";
    return copy;
}

std::string windowText(const std::string& project, const std::string& lang) {
    const std::string dump = kWork + "/text-" + lang + ".txt";
    fs::remove(dump);
    const std::string cmd = "XDG_CONFIG_HOME='" + kWork + "/config' xvfb-run -a -s '-screen 0 1600x900x24' '" +
                            std::string(BK_EXE) + "' '" + project +
                            "' --width 1600 --height 900 --frames 4 --lang " + lang + " --dump-text '" +
                            dump + "' > '" + kWork + "/stderr-" + lang + ".txt' 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd << "\n" << readFile(kWork + "/stderr-" + lang + ".txt");
    return readFile(dump);
}

TEST(WindowRecovery, OpensACrashedProjectAndSaysTheWriteWasRolledBack) {
    ASSERT_EQ(std::system("command -v xvfb-run >/dev/null && command -v python3 >/dev/null"), 0)
        << "xvfb-run and python3 are needed";
    const std::string german = windowText(crashedCopy("de.gpkg"), "de");
    // The file is named (the blank filled), then the sentence.
    EXPECT_NE(german.find("de.gpkg: Eine unterbrochene Änderung wurde zurückgenommen"),
              std::string::npos)
        << german.substr(0, 2000);
    EXPECT_EQ(german.find("{1}"), std::string::npos);
    EXPECT_FALSE(fs::exists(kWork + "/de.gpkg-journal"));
    EXPECT_NE(readFile(kWork + "/stderr-de.txt").find("Hinweis: "), std::string::npos);

    const std::string english = windowText(crashedCopy("en.gpkg"), "en");
    EXPECT_NE(english.find("en.gpkg: an interrupted write was rolled back"), std::string::npos)
        << english.substr(0, 2000);

    // Opening it again: nothing left to recover, nothing said.
    const std::string again = windowText(kWork + "/en.gpkg", "en");
    EXPECT_EQ(again.find("interrupted write"), std::string::npos);
}

}  // namespace

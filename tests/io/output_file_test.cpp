// fileio::AtomicOutput and friends: a target is replaced completely or not at all, things that
// are not regular files are refused and left alone, symbolic links are followed, temporaries of
// dead writers are cleaned up, and write errors name the path.
//
// Never pointed at a real device: these tests run as root, and a bug would destroy it. A FIFO
// and a character device node made in a temporary folder are the stand-ins.

#include "app/io/output_file.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using fileio::AtomicOutput;
using fileio::OutputError;

namespace {

class OutputFileTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "bk-output-file-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        dir = pattern;
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }

    static std::string read(const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    static void put(const fs::path& p, const std::string& content) {
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out << content;
    }
    // The names in the folder, sorted.
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename());
        std::sort(out.begin(), out.end());
        return out;
    }
    static std::string messageOf(const std::function<void()>& f) {
        try {
            f();
        } catch (const OutputError& e) {
            return e.what();
        }
        return "(no error)";
    }

    fs::path dir;
};

using Names = std::vector<std::string>;

TEST_F(OutputFileTest, NewFileIsWrittenAndNothingElseIsLeft) {
    const fs::path target = dir / "karte.pdf";
    {
        AtomicOutput out(target);
        EXPECT_EQ(out.target(), target);
        EXPECT_EQ(out.resolvedTarget(), target);
        EXPECT_EQ(out.tempPath().parent_path(), dir);
        EXPECT_EQ(out.tempPath().extension(), ".pdf");  // GDAL and cairo go by the extension
        EXPECT_EQ(out.tempPath().filename().string().rfind(".karte.pdf.bk-tmp-", 0), 0u);
        EXPECT_FALSE(fs::exists(target));
        out.write("%PDF-1.5\n");
        out.write("rest");
        out.commit();
        EXPECT_TRUE(out.committed());
        EXPECT_THROW(out.write("more"), OutputError);
    }
    EXPECT_EQ(read(target), "%PDF-1.5\nrest");
    EXPECT_EQ(names(), Names{"karte.pdf"});
}

TEST_F(OutputFileTest, ExtensionOfTheTemporaryCanBeChosen) {
    AtomicOutput out(dir / "x.geojson", ".gpkg");
    EXPECT_EQ(out.tempPath().extension(), ".gpkg");
}

TEST_F(OutputFileTest, ReplacedFileStaysIntactUntilCommitAndKeepsItsPermissions) {
    const fs::path target = dir / "bericht.csv";
    put(target, "old content");
    ASSERT_EQ(::chmod(target.c_str(), 0640), 0);
    {
        AtomicOutput out(target);
        out.write("new content, longer than before");
        EXPECT_EQ(read(target), "old content");
        EXPECT_EQ(names().size(), 2u);  // the target and the temporary
        out.prepareCommit();
        EXPECT_EQ(read(target), "old content");
        out.finishCommit();
    }
    EXPECT_EQ(read(target), "new content, longer than before");
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(names(), Names{"bericht.csv"});
}

TEST_F(OutputFileTest, WithoutCommitTheTargetIsUnchangedAndTheTemporaryGone) {
    const fs::path target = dir / "map.svg";
    put(target, "<svg>old</svg>");
    fs::path temp;
    {
        AtomicOutput out(target);
        temp = out.tempPath();
        out.write("<svg>half");
        // A library writing by name leaves side files too (GDAL, SQLite).
        put(temp.string() + "-journal", "j");
        EXPECT_TRUE(fs::exists(temp));
    }
    EXPECT_FALSE(fs::exists(temp));
    EXPECT_EQ(read(target), "<svg>old</svg>");
    EXPECT_EQ(names(), Names{"map.svg"});

    // Also when nothing existed before: nothing is created.
    { AtomicOutput out(dir / "neu.png"); }
    EXPECT_EQ(names(), Names{"map.svg"});
}

TEST_F(OutputFileTest, AFifoIsRefusedAndLeftAlone) {
    const fs::path fifo = dir / "pipe.pdf";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string message = messageOf([&] { AtomicOutput out(fifo); });
    EXPECT_NE(message.find(fifo.string() + ": is a pipe (FIFO), not a regular file"),
              std::string::npos)
        << message;
    EXPECT_THROW(fileio::writeFileAtomically(fifo, "x"), OutputError);
    EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
    EXPECT_EQ(names(), Names{"pipe.pdf"});
}

TEST_F(OutputFileTest, AFolderIsRefusedAndLeftAlone) {
    const fs::path folder = dir / "ordner.csv";
    fs::create_directory(folder);
    put(folder / "inside", "kept");
    const std::string message = messageOf([&] { fileio::writeFileAtomically(folder, "x"); });
    EXPECT_NE(message.find(folder.string() + ": is a folder"), std::string::npos) << message;
    EXPECT_TRUE(fs::is_directory(folder));
    EXPECT_EQ(read(folder / "inside"), "kept");
    EXPECT_EQ(names(), Names{"ordner.csv"});
}

TEST_F(OutputFileTest, ADeviceNodeIsRefusedAndLeftAlone) {
    // The numbers of /dev/null, in our own folder: harmless even if something went wrong.
    const fs::path device = dir / "geraet.png";
    if (::mknod(device.c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0)
        GTEST_SKIP() << "mknod not permitted here (not root)";
    const std::string message = messageOf([&] { fileio::writeFileAtomically(device, "x"); });
    EXPECT_NE(message.find(device.string() + ": is a device"), std::string::npos) << message;
    struct stat st{};
    ASSERT_EQ(::lstat(device.c_str(), &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
    EXPECT_EQ(st.st_rdev, makedev(1, 3));
    EXPECT_EQ(names(), Names{"geraet.png"});
}

TEST_F(OutputFileTest, ASymlinkToAFileReplacesThatFileAndStaysALink) {
    fs::create_directory(dir / "real");
    const fs::path file = dir / "real" / "karte.pdf";
    put(file, "old");
    const fs::path link = dir / "link.pdf";
    fs::create_symlink("real/karte.pdf", link);  // relative, as users make them
    const fs::path link2 = dir / "link2.pdf";
    fs::create_symlink(link, link2);  // a chain

    EXPECT_EQ(fileio::resolveOutputTarget(link2), dir / "real" / "karte.pdf");
    fileio::writeFileAtomically(link2, "new");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_TRUE(fs::is_symlink(link2));
    EXPECT_EQ(fs::read_symlink(link), "real/karte.pdf");
    EXPECT_EQ(read(file), "new");
    EXPECT_EQ(read(link2), "new");
    EXPECT_EQ(names(), (Names{"link.pdf", "link2.pdf", "real"}));
    EXPECT_EQ(fs::directory_iterator(dir / "real")->path().filename(), "karte.pdf");
}

TEST_F(OutputFileTest, ADanglingSymlinkCreatesTheFileItNames) {
    const fs::path link = dir / "link.csv";
    fs::create_symlink(dir / "ziel.csv", link);
    fileio::writeFileAtomically(link, "a;b\n");
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(read(dir / "ziel.csv"), "a;b\n");

    // ...but not in a folder that does not exist.
    const fs::path nowhere = dir / "nowhere.csv";
    fs::create_symlink(dir / "fehlt" / "x.csv", nowhere);
    const std::string message = messageOf([&] { fileio::writeFileAtomically(nowhere, "x"); });
    EXPECT_NE(message.find(nowhere.string() + ": cannot write here"), std::string::npos)
        << message;
}

TEST_F(OutputFileTest, ASymlinkToAFifoIsRefused) {
    const fs::path fifo = dir / "pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const fs::path link = dir / "link.pdf";
    fs::create_symlink("pipe", link);
    const std::string message = messageOf([&] { fileio::writeFileAtomically(link, "x"); });
    EXPECT_NE(message.find(link.string() + ": is a pipe (FIFO)"), std::string::npos) << message;
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
    EXPECT_EQ(names(), (Names{"link.pdf", "pipe"}));
}

TEST_F(OutputFileTest, AMissingFolderIsNamed) {
    const fs::path target = dir / "fehlt" / "karte.png";
    const std::string message = messageOf([&] { AtomicOutput out(target); });
    EXPECT_EQ(message, target.string() + ": cannot write here, the folder " +
                           (dir / "fehlt").string() + " does not exist");
}

pid_t deadPid() {
    pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    int status = 0;
    ::waitpid(child, &status, 0);
    return child;
}

TEST_F(OutputFileTest, StaleTemporariesOfDeadWritersAreRemovedLiveOnesKept) {
    const fs::path target = dir / "projekt.gpkg";
    put(target, "old");
    const pid_t dead = deadPid();
    ASSERT_FALSE(fileio::processAlive(dead));
    ASSERT_TRUE(fileio::processAlive(::getpid()));
    const std::string deadTemp = ".projekt.gpkg.bk-tmp-" + std::to_string(dead) + "-17.gpkg";
    const std::string liveTemp = ".projekt.gpkg.bk-tmp-" + std::to_string(::getpid()) + "-18.gpkg";
    const std::string otherTarget = ".anderes.gpkg.bk-tmp-" + std::to_string(dead) + "-19.gpkg";
    // The temporary of a backup named after the target (import-boundaries keeps one).
    const std::string backupTemp = ".projekt.gpkg.bak-20240301-120000.bk-tmp-" +
                                   std::to_string(dead) + "-20.bak-20240301-120000";
    for (const std::string& name : {deadTemp, deadTemp + "-journal", deadTemp + "-wal", liveTemp,
                                    liveTemp + "-journal", otherTarget, backupTemp,
                                    std::string("notiz.txt")})
        put(dir / name, "x");

    const std::vector<fs::path> removed = fileio::removeStaleTemporaries(target);
    EXPECT_EQ(removed.size(), 4u);
    EXPECT_EQ(names(), (Names{otherTarget, liveTemp, liveTemp + "-journal", "notiz.txt",
                              "projekt.gpkg"}));

    // Opening an output cleans up as well, and a leftover never stops a run.
    put(dir / deadTemp, "x");
    fileio::writeFileAtomically(target, "new");
    EXPECT_FALSE(fs::exists(dir / deadTemp));
    EXPECT_TRUE(fs::exists(dir / liveTemp));
    EXPECT_EQ(read(target), "new");
    // Removing in a folder that does not exist is no error.
    EXPECT_TRUE(fileio::removeStaleTemporaries(dir / "fehlt" / "x.gpkg").empty());
}

// In a child (the limit and the ignored signal must not touch the test runner): a write beyond
// RLIMIT_FSIZE fails with EFBIG, the way a full disk fails with ENOSPC.
TEST_F(OutputFileTest, AFailedWriteIsReportedWithThePathAndTheOldFileSurvives) {
    const fs::path target = dir / "karte.png";
    const std::string previous(300, 'p');
    put(target, previous);
    int pipeFds[2];
    ASSERT_EQ(::pipe(pipeFds), 0);
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(pipeFds[0]);
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limit{1000, 1000};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        std::string message = "(no error)";
        try {
            fileio::writeFileAtomically(target, std::string(5000, 'n'));
        } catch (const OutputError& e) {
            message = e.what();
        } catch (...) {
            message = "(another exception)";
        }
        ssize_t ignored = ::write(pipeFds[1], message.data(), message.size());
        (void)ignored;
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    std::string message;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, static_cast<std::size_t>(n));
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    EXPECT_EQ(message, target.string() + ": writing failed (File too large)");
    EXPECT_EQ(read(target), previous);
    EXPECT_EQ(names(), Names{"karte.png"});
}

TEST_F(OutputFileTest, CommitAllReplacesEveryTarget) {
    const fs::path pdf = dir / "bericht.pdf", csv = dir / "bericht-bewertungen.csv";
    put(pdf, "old pdf");
    AtomicOutput a(pdf), b(csv);
    a.write("new pdf");
    b.write("new csv");
    fileio::commitAll({&a, &b});
    EXPECT_EQ(read(pdf), "new pdf");
    EXPECT_EQ(read(csv), "new csv");
    EXPECT_EQ(names(), (Names{"bericht-bewertungen.csv", "bericht.pdf"}));
}

TEST_F(OutputFileTest, CommitAllReplacesNothingWhenOneTargetCannotBeReplaced) {
    const fs::path pdf = dir / "bericht.pdf", csv = dir / "bericht-bewertungen.csv";
    put(pdf, "old pdf");
    {
        AtomicOutput a(pdf), b(csv);
        a.write("new pdf");
        b.write("new csv");
        // Meanwhile, something that is no file took the CSV's place.
        ASSERT_EQ(::mkfifo(csv.c_str(), 0600), 0);
        const std::string message = messageOf([&] { fileio::commitAll({&a, &b}); });
        EXPECT_NE(message.find(csv.string() + ": is a pipe"), std::string::npos) << message;
        EXPECT_FALSE(a.committed());
    }
    EXPECT_EQ(read(pdf), "old pdf");
    EXPECT_TRUE(fs::is_fifo(fs::symlink_status(csv)));
    EXPECT_EQ(names(), (Names{"bericht-bewertungen.csv", "bericht.pdf"}));
}

TEST_F(OutputFileTest, ALibraryMayRewriteTheTemporaryByName) {
    const fs::path target = dir / "export.geojson";
    put(target, "old");
    ASSERT_EQ(::chmod(target.c_str(), 0604), 0);
    AtomicOutput out(target);
    // GDAL deletes and creates the file it is given.
    fs::remove(out.tempPath());
    put(out.tempPath(), "{\"type\":\"FeatureCollection\"}");
    out.commit();
    EXPECT_EQ(read(target), "{\"type\":\"FeatureCollection\"}");
    // The new file has the old one's permission bits, not the library's.
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::others_read);
    EXPECT_EQ(names(), Names{"export.geojson"});
}

TEST_F(OutputFileTest, AnUnwritableFolderIsNamed) {
    if (::geteuid() == 0) GTEST_SKIP() << "root writes into read-only folders";
    fs::create_directory(dir / "ro");
    fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
    const std::string message = messageOf([&] { AtomicOutput out(dir / "ro" / "x.pdf"); });
    EXPECT_NE(message.find((dir / "ro" / "x.pdf").string() + ": cannot write here (Permission denied)"),
              std::string::npos)
        << message;
    fs::permissions(dir / "ro", fs::perms::owner_all);
}

}  // namespace

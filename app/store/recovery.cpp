#include "app/store/recovery.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <regex>
#include <stdexcept>
#include <system_error>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
namespace store {
namespace {

namespace fs = std::filesystem;

void printNote(const std::string& line) {
    std::fprintf(stderr, "%s\n", i18n::fill(i18n::text::kStoreNote, {line}).c_str());
}

RecoveryReporter reporter = printNote;

// SQLite's own test: a journal is hot when it exists, has content and its first byte is not
// zero (journal_mode PERSIST zeroes the header instead of deleting the file). Whether a live
// writer still owns it is decided by the locks, not here.
bool journalHasContent(const fs::path& journal) {
    std::FILE* f = std::fopen(journal.c_str(), "rb");
    if (!f) return false;
    int first = std::fgetc(f);
    std::fclose(f);
    return first != EOF && first != 0;
}

struct SqliteCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};

bool writable(const fs::path& p) {
    return ::access(p.c_str(), W_OK) == 0;
}

}  // namespace

ProjectLock::ProjectLock(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    if (fd_ >= 0 && flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd_);
        fd_ = -1;
    }
}

ProjectLock::~ProjectLock() {
    if (fd_ >= 0) ::close(fd_);
}

std::string lockedByAnotherProgram(const std::string& path) {
    // Keeps SQLite's "(database is locked)", which isLockedMessage recognises, in every language.
    return i18n::fill(i18n::text::kStoreLocked, {path});
}

bool isLockedMessage(const std::string& message) {
    return message.find("database is locked") != std::string::npos ||
           message.find("database table is locked") != std::string::npos;
}

void setRecoveryReporter(RecoveryReporter r) {
    reporter = r;
}

std::optional<std::string> recoverInterruptedWrite(const std::string& path) {
    const fs::path journal = path + "-journal";
    if (!journalHasContent(journal)) return std::nullopt;
    // A live instance holds the lock while its write is in progress: that journal is not hot,
    // and the instance itself finishes or rolls it back.
    ProjectLock lock(path);
    if (!lock.held()) return std::nullopt;
    const fs::path file(path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    // SQLite rolls back by writing the saved pages into the file and deleting the journal.
    if (!writable(file) || !writable(folder) || !writable(journal))
        throw std::runtime_error(
            path +
            ": the project has an interrupted write (a crash left " + journal.filename().string() +
            ") that needs write access to recover; open it once where the file and its folder "
            "are writable");
    {
        sqlite3* raw = nullptr;
        int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        std::unique_ptr<sqlite3, SqliteCloser> db(raw);
        if (rc == SQLITE_OK) {
            sqlite3_busy_timeout(raw, 2000);
            // The first read takes a shared lock; finding the hot journal, SQLite takes the
            // exclusive lock and plays the journal back.
            rc = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        }
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
            throw std::runtime_error(lockedByAnotherProgram(path));
        if (rc != SQLITE_OK)
            throw std::runtime_error(i18n::fill(i18n::text::kStoreRollbackFailed,
                                                  {path, raw ? sqlite3_errmsg(raw) : "out of memory"}));
    }
    // Still there: another program (not this one, it would hold the lock) is writing right now
    // and owns the journal; SQLite's locks keep readers off its half-written pages.
    if (journalHasContent(journal)) return std::nullopt;
    std::string line =
        i18n::fill(i18n::text::kRecoveredInterruptedWrite, {path});
    if (reporter) reporter(line);
    return line;
}

int removeLegacyTemporaries(const std::string& target) {
    int removed = 0;
    try {
        const fs::path out(target);
        const fs::path folder = out.has_parent_path() ? out.parent_path() : fs::path(".");
        auto escape = [](const std::string& s) {
            static const std::regex special(R"([.^$|()\[\]{}*+?\\])");
            return std::regex_replace(s, special, R"(\$&)");
        };
        const std::regex legacy("\\." + escape(out.filename().string()) +
                                R"(\.tmp-[0-9]{1,6}\.gpkg(-journal|-wal|-shm)?|\.)" +
                                escape(out.stem().string()) +
                                R"(\.tmp\.gpkg(-journal|-wal|-shm)?)");
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), last; !ec && it != last; it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (name.empty() || name[0] != '.' || !std::regex_match(name, legacy)) continue;
            std::error_code removeError;
            if (fs::is_regular_file(it->path(), removeError) && fs::remove(it->path(), removeError))
                ++removed;
        }
    } catch (...) {
        // Cleaning up after older versions must never stop this run.
    }
    return removed;
}

}  // namespace store

#pragma once
// Opening a project after a crash, and the one lock that says "this program has the file open".
//
// Journal mode. The project file keeps SQLite's rollback journal (journal_mode DELETE, the
// default, which GDAL also uses for GeoPackages), not WAL:
//  - a GeoPackage is meant to be one file. With the rollback journal the file alone is always
//    complete once a write has ended: a user who copies or mails `projekt.gpkg` copies all of it.
//    In WAL mode committed edits live in `projekt.gpkg-wal` until a checkpoint, and a copy of the
//    .gpkg alone silently lacks them;
//  - WAL needs shared memory (the `-shm` file, mmap'ed): it does not work on network shares
//    (SMB/NFS, where such projects are often kept), and every reader, even a read-only one,
//    needs write access to the folder or the `-shm` file. A project on a read-only medium, or
//    opened by QGIS/GDAL read-only from a share, would fail to open;
//  - edits here are small (one row, one transaction each), so WAL's gain, readers not waiting for
//    a writer, is not worth it: the longest write, an import, takes milliseconds.
// A file another program switched to WAL is switched back when this program opens it for
// writing (Project::open).
// The price of the rollback journal is the "hot journal" a crash mid-write leaves behind: only a
// connection that may write can roll it back, and until then every read-only opener (GDAL's
// probe, `snapshot`, `rank`, `verify`) fails with "attempt to write a readonly database". So
// every path that opens a project calls recoverInterruptedWrite() first.

#include <optional>
#include <string>

namespace store {

// An exclusive advisory lock (flock) on the project file for as long as this instance has it
// open for writing. The kernel drops it when the process dies, so a crash never leaves the file
// locked. Other programs (QGIS, sqlite3) do not take it; SQLite's own locks guard against them.
class ProjectLock {
  public:
    // Tries once, without waiting; held() says whether it was granted.
    explicit ProjectLock(const std::string& path);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;
    bool held() const { return fd_ >= 0; }

  private:
    int fd_ = -1;
};

// The message for a project that another program (sqlite3, QGIS, a script) holds locked:
// "PATH: the project is locked by another program (database is locked); close it there and try
// again".
std::string lockedByAnotherProgram(const std::string& path);

// True when SQLite's or GDAL's message says the database is locked/busy.
bool isLockedMessage(const std::string& message);

// Rolls back a write that a crash interrupted, before anything reads the file. When `path` has a
// hot rollback journal (PATH-journal with content) and no live instance of this program holds the
// ProjectLock: takes the lock, opens a writable SQLite connection (which rolls the journal back),
// checks the journal is gone, and releases the lock. Returns the one line to show
// ("PATH: an interrupted write was rolled back; the project is as it was before it"), nullopt
// when there was nothing to do (no journal, or a live instance has the file open: then the
// journal belongs to its write in progress and is not hot).
// Also hands the line to the recovery reporter (see below).
// Throws std::runtime_error naming the file when the journal cannot be rolled back: the file or
// its folder is not writable ("... has an interrupted write that needs write access to
// recover ..."), or another program holds it locked (lockedByAnotherProgram).
std::optional<std::string> recoverInterruptedWrite(const std::string& path);

// Where recoverInterruptedWrite() reports the line it returns, as well: by default to stderr as
// "note: LINE" (the command line shows it whatever the command); the window also reads it from
// Project::recoveryNote(). Tests or the window may replace it; an empty function is silent.
using RecoveryReporter = void (*)(const std::string& line);
void setRecoveryReporter(RecoveryReporter reporter);

// Removes the temporary files older versions left beside `target` after a crash, named without
// the owner's process id so they cannot be told apart from a running write:
// ".NAME.tmp-NNNNNN.gpkg" (import-boundaries, NAME = the file name) and ".STEM.tmp.gpkg" (demo,
// STEM = the name without extension), each with its "-journal", "-wal" and "-shm". Never
// throws; returns how many files it removed. (Today's temporaries are fileio::AtomicOutput's
// ".NAME.bk-tmp-PID-…", removed by it when their process is gone.)
int removeLegacyTemporaries(const std::string& target);

}  // namespace store

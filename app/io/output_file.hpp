#pragma once
// Safe outputs: every file the program writes (maps, sheets, reports, CSV, exports, project
// files built from scratch, settings) goes through one of these, so that
//  - the target is never touched until the new content is complete: it is written to a
//    temporary file in the same folder, flushed to disk (fsync), closed with its error checked
//    (a full disk is reported, naming the path), and only then renamed over the target;
//  - a path that names something other than a regular file (a device such as /dev/full, a
//    folder, a FIFO, a socket) is refused before anything is written; a symbolic link to a
//    regular file is followed, and the file it points to is replaced (the link stays);
//  - temporary files carry the writer's process id in their name, so a later run removes the
//    ones whose writer died (SIGKILL, power cut) and never fails because of one.
//
// io sits below the catalogue: an OutputError carries a kind, the path and a detail (the system's
// reason, or a folder); what() is an English fallback. The command line (cli::describeError) and
// the window word it from the catalogue through i18n::outputErrorText
// (app/i18n/output_error_text.hpp).

#include <sys/types.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fileio {

// An output could not be written: what went wrong (kind), the path the user named, and a detail
// (the system's reason for CannotWrite, CannotReadLink, WriteFailed, Gone, CannotReplace; the
// missing folder for MissingFolder; empty otherwise).
class OutputError : public std::runtime_error {
  public:
    enum class Kind {
        NoTarget,        // no output file given
        CannotWrite,     // the folder refuses a new file (permissions, read-only file system)
        MissingFolder,   // the folder does not exist
        TooManyLinks,    // a loop of symbolic links
        CannotReadLink,  // a symbolic link that cannot be read
        Folder,          // the target is a folder
        Device,          // ... a device (/dev/full)
        Fifo,            // ... a pipe (FIFO)
        Socket,          // ... a socket
        NotRegular,      // ... something else that is no regular file
        NoTempName,      // no free temporary file name
        Closed,          // written after closing (a programming slip)
        WriteFailed,     // write, fsync or close failed (full disk, file too large, I/O error)
        Gone,            // the temporary file vanished before the commit
        CannotReplace,   // the rename over the target failed
    };
    OutputError(Kind kind, std::string path, std::string detail = {});
    Kind kind() const { return kind_; }
    const std::string& path() const { return path_; }
    const std::string& detail() const { return detail_; }

  private:
    Kind kind_;
    std::string path_;
    std::string detail_;
};

// The file an output to `target` replaces: `target` itself, or, when it is a symbolic link, the
// regular file it finally points to (a dangling link's target is created). Throws OutputError
// when the target exists and is not a regular file, or when its folder does not exist.
std::filesystem::path resolveOutputTarget(const std::filesystem::path& target);

// The marker in every temporary file's name: ".NAME.bk-tmp-PID-RANDOM[EXT]".
inline constexpr std::string_view kTempMarker = ".bk-tmp-";

// Removes the temporary files of earlier runs beside `target` (".NAME.bk-tmp-PID-…" and their
// SQLite/GDAL side files "-journal", "-wal", "-shm", ".aux.xml"; also those of files named after
// the target, such as its backups ".NAME.bak-….bk-tmp-PID-…") whose process is gone. Files of
// a still running process are left alone. Never throws; returns the paths it removed.
std::vector<std::filesystem::path> removeStaleTemporaries(const std::filesystem::path& target);

// True when a process with this id runs (or exists but belongs to another user).
bool processAlive(pid_t pid);

// One output file, written completely or not at all.
//
//   fileio::AtomicOutput out("karte.pdf");
//   out.write(bytes);            // or: let a library write to out.tempPath()
//   out.commit();                // fsync, close, rename over the target, fsync the folder
//
// The constructor checks the target (resolveOutputTarget), removes stale temporaries of earlier
// runs and creates the temporary file (exclusively, mode 0666 less the umask; an existing
// target's permission bits are kept). Without commit() the destructor removes the temporary file
// and its side files: the target is left exactly as it was.
class AtomicOutput {
  public:
    // `extension` is appended to the temporary name (".gpkg" for GDAL, which picks the driver
    // from it); by default the target's own extension is used.
    explicit AtomicOutput(const std::filesystem::path& target, std::string extension = {});
    ~AtomicOutput();
    AtomicOutput(const AtomicOutput&) = delete;
    AtomicOutput& operator=(const AtomicOutput&) = delete;
    AtomicOutput(AtomicOutput&& other) noexcept;
    AtomicOutput& operator=(AtomicOutput&&) = delete;

    // What the user named, and the regular file that will be replaced (see resolveOutputTarget).
    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& resolvedTarget() const { return resolved_; }
    // The temporary file. A library that writes by file name may truncate and rewrite it.
    const std::filesystem::path& tempPath() const { return temp_; }

    // Appends bytes through the open descriptor; throws OutputError naming the target on a
    // failed write (ENOSPC, EIO).
    void write(std::string_view bytes);

    // Makes the content durable and visible: fsync and close the temporary file (errors name the
    // target), rename it over the resolved target, fsync the folder. Throws OutputError, and the
    // target stays as it was, when any step fails.
    void commit();
    bool committed() const { return committed_; }

    // Checks and flushes without renaming: commitAll() uses it so several files are complete
    // before the first one replaces its target.
    void prepareCommit();
    void finishCommit();

  private:
    void closeFd(bool checkErrors);
    void discard() noexcept;

    std::filesystem::path target_;
    std::filesystem::path resolved_;
    std::filesystem::path temp_;
    int fd_ = -1;
    bool prepared_ = false;
    bool committed_ = false;
};

// Commits several outputs together (the report's PDF and its CSV): all are flushed and checked
// first, then renamed; an error before the first rename leaves every target as it was.
void commitAll(const std::vector<AtomicOutput*>& outputs);

// Writes `content` to `target` atomically (AtomicOutput + write + commit).
void writeFileAtomically(const std::filesystem::path& target, std::string_view content);

}  // namespace fileio

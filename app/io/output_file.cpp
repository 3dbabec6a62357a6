#include "app/io/output_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <utility>

namespace fileio {
namespace fs = std::filesystem;

namespace {

std::string reason(int error) {
    return std::strerror(error);
}

OutputError::Kind kindOf(const struct stat& st) {
    if (S_ISDIR(st.st_mode)) return OutputError::Kind::Folder;
    if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) return OutputError::Kind::Device;
    if (S_ISFIFO(st.st_mode)) return OutputError::Kind::Fifo;
    if (S_ISSOCK(st.st_mode)) return OutputError::Kind::Socket;
    return OutputError::Kind::NotRegular;
}

// The English fallback of what(); the catalogue's wording is i18n::outputErrorText.
std::string englishText(OutputError::Kind kind, const std::string& path,
                        const std::string& detail) {
    using K = OutputError::Kind;
    switch (kind) {
        case K::NoTarget:
            return "no output file given";
        case K::CannotWrite:
            return path + ": cannot write here (" + detail + ")";
        case K::MissingFolder:
            return path + ": cannot write here, the folder " + detail + " does not exist";
        case K::TooManyLinks:
            return path + ": too many symbolic links";
        case K::CannotReadLink:
            return path + ": cannot read the link (" + detail + ")";
        case K::Folder:
            return path + ": is a folder, not a regular file; refusing to replace it";
        case K::Device:
            return path + ": is a device, not a regular file; refusing to replace it";
        case K::Fifo:
            return path + ": is a pipe (FIFO), not a regular file; refusing to replace it";
        case K::Socket:
            return path + ": is a socket, not a regular file; refusing to replace it";
        case K::NotRegular:
            return path + ": is not a regular file; refusing to replace it";
        case K::NoTempName:
            return path + ": no free temporary file name";
        case K::Closed:
            return path + ": the output is already closed";
        case K::WriteFailed:
            return path + ": writing failed (" + detail + ")";
        case K::Gone:
            return path + ": the written file is gone (" + detail + ")";
        case K::CannotReplace:
            return path + ": cannot replace the file (" + detail + ")";
    }
    return path;
}

// The side files SQLite and GDAL leave next to a database or dataset being written.
constexpr const char* kSideSuffixes[] = {"-journal", "-wal", "-shm", ".aux.xml"};

void removeWithSideFiles(const fs::path& p) noexcept {
    std::error_code ignored;
    fs::remove(p, ignored);
    for (const char* suffix : kSideSuffixes) fs::remove(fs::path(p.string() + suffix), ignored);
}

std::uint64_t randomNumber() {
    static thread_local std::mt19937_64 engine{std::random_device{}() ^
                                               (static_cast<std::uint64_t>(getpid()) << 32)};
    return engine();
}

void syncFolder(const fs::path& folder) {
    int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;  // not every file system lets a folder be opened; the rename is done
    ::fsync(fd);
    ::close(fd);
}

}  // namespace

OutputError::OutputError(Kind kind, std::string path, std::string detail)
    : std::runtime_error(englishText(kind, path, detail)),
      kind_(kind),
      path_(std::move(path)),
      detail_(std::move(detail)) {}

bool processAlive(pid_t pid) {
    if (pid <= 0) return false;
    return ::kill(pid, 0) == 0 || errno == EPERM;
}

fs::path resolveOutputTarget(const fs::path& target) {
    if (target.empty()) throw OutputError(OutputError::Kind::NoTarget, {});
    fs::path current = target;
    // Follow symbolic links one at a time (a dangling link names the file to create).
    for (int hops = 0;; ++hops) {
        struct stat st {};
        if (::lstat(current.c_str(), &st) != 0) {
            if (errno != ENOENT)
                throw OutputError(OutputError::Kind::CannotWrite, target.string(), reason(errno));
            break;  // a new file
        }
        if (S_ISLNK(st.st_mode)) {
            if (hops >= 40) throw OutputError(OutputError::Kind::TooManyLinks, target.string());
            std::error_code ec;
            fs::path next = fs::read_symlink(current, ec);
            if (ec)
                throw OutputError(OutputError::Kind::CannotReadLink, target.string(), ec.message());
            current = next.is_absolute() ? next : current.parent_path() / next;
            continue;
        }
        if (!S_ISREG(st.st_mode)) throw OutputError(kindOf(st), target.string());
        break;
    }
    fs::path folder = current.parent_path();
    std::error_code ec;
    if (!folder.empty() && !fs::is_directory(folder, ec))
        throw OutputError(OutputError::Kind::MissingFolder, target.string(), folder.string());
    return current;
}

std::vector<fs::path> removeStaleTemporaries(const fs::path& target) {
    std::vector<fs::path> removed;
    try {
        const fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        // The target's own temporaries (".NAME.bk-tmp-…") and those of files named after it,
        // such as its backups (".NAME.bak-20240301-120000.bk-tmp-…").
        const std::string prefix = "." + target.filename().string();
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), last; !ec && it != last; it.increment(ec)) {
            const std::string name = it->path().filename().string();
            if (name.compare(0, prefix.size(), prefix) != 0) continue;
            const std::size_t marker = name.find(kTempMarker, prefix.size());
            if (marker == std::string::npos) continue;
            // ".NAME….bk-tmp-PID-RANDOM…": the writer's process id follows the marker.
            const char* digits = name.c_str() + marker + kTempMarker.size();
            char* end = nullptr;
            long pid = std::strtol(digits, &end, 10);
            if (end == digits || *end != '-') continue;
            if (processAlive(static_cast<pid_t>(pid))) continue;
            std::error_code removeError;
            if (fs::remove(it->path(), removeError)) removed.push_back(it->path());
        }
    } catch (...) {
        // Cleaning up after others must never stop this run.
    }
    return removed;
}

AtomicOutput::AtomicOutput(const fs::path& target, std::string extension)
    : target_(target), resolved_(resolveOutputTarget(target)) {
    removeStaleTemporaries(resolved_);
    if (extension.empty()) extension = resolved_.extension().string();
    const fs::path folder = resolved_.parent_path();
    mode_t mode = 0666;
    struct stat st {};
    bool keepMode = ::stat(resolved_.c_str(), &st) == 0;
    for (int attempt = 0; attempt < 16; ++attempt) {
        std::string name = "." + resolved_.filename().string() + std::string(kTempMarker) +
                           std::to_string(getpid()) + "-" +
                           std::to_string(randomNumber() % 1000000000) + extension;
        temp_ = folder / name;
        fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd_ >= 0) break;
        if (errno != EEXIST)
            throw OutputError(OutputError::Kind::CannotWrite, target_.string(), reason(errno));
    }
    if (fd_ < 0) throw OutputError(OutputError::Kind::NoTempName, target_.string());
    if (keepMode) ::fchmod(fd_, st.st_mode & 07777);
}

AtomicOutput::AtomicOutput(AtomicOutput&& other) noexcept
    : target_(std::move(other.target_)),
      resolved_(std::move(other.resolved_)),
      temp_(std::move(other.temp_)),
      fd_(other.fd_),
      prepared_(other.prepared_),
      committed_(other.committed_) {
    other.fd_ = -1;
    other.temp_.clear();
    other.committed_ = true;
}

AtomicOutput::~AtomicOutput() {
    if (!committed_) discard();
}

void AtomicOutput::discard() noexcept {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (!temp_.empty()) removeWithSideFiles(temp_);
}

void AtomicOutput::write(std::string_view bytes) {
    if (fd_ < 0) throw OutputError(OutputError::Kind::Closed, target_.string());
    while (!bytes.empty()) {
        ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            throw OutputError(OutputError::Kind::WriteFailed, target_.string(), reason(errno));
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicOutput::closeFd(bool checkErrors) {
    if (fd_ < 0) return;
    int fd = fd_;
    fd_ = -1;
    int syncError = ::fsync(fd) == 0 ? 0 : errno;
    int closeError = ::close(fd) == 0 ? 0 : errno;
    if (!checkErrors) return;
    if (syncError && syncError != EINVAL && syncError != EROFS)
        throw OutputError(OutputError::Kind::WriteFailed, target_.string(), reason(syncError));
    if (closeError)
        throw OutputError(OutputError::Kind::WriteFailed, target_.string(), reason(closeError));
}

void AtomicOutput::prepareCommit() {
    if (committed_) return;
    // A library may have rewritten the temporary file by name: flush what is on disk now.
    closeFd(true);
    int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw OutputError(OutputError::Kind::Gone, target_.string(), reason(errno));
    // ...and keep the replaced file's permission bits even when the library made a new file.
    struct stat st {};
    if (::stat(resolved_.c_str(), &st) == 0 && S_ISREG(st.st_mode))
        ::fchmod(fd, st.st_mode & 07777);
    int syncError = ::fsync(fd) == 0 ? 0 : errno;
    ::close(fd);
    if (syncError && syncError != EINVAL && syncError != EROFS)
        throw OutputError(OutputError::Kind::WriteFailed, target_.string(), reason(syncError));
    // The target may have turned into something else meanwhile (a device put in its place).
    resolveOutputTarget(resolved_);
    prepared_ = true;
}

void AtomicOutput::finishCommit() {
    if (committed_) return;
    if (!prepared_) prepareCommit();
    if (::rename(temp_.c_str(), resolved_.c_str()) != 0)
        throw OutputError(OutputError::Kind::CannotReplace, target_.string(), reason(errno));
    committed_ = true;
    for (const char* suffix : kSideSuffixes) {
        std::error_code ignored;
        fs::remove(fs::path(temp_.string() + suffix), ignored);
    }
    syncFolder(resolved_.parent_path());
}

void AtomicOutput::commit() {
    prepareCommit();
    finishCommit();
}

void commitAll(const std::vector<AtomicOutput*>& outputs) {
    for (AtomicOutput* o : outputs) o->prepareCommit();
    for (AtomicOutput* o : outputs) o->finishCommit();
}

void writeFileAtomically(const fs::path& target, std::string_view content) {
    AtomicOutput out(target);
    out.write(content);
    out.commit();
}

}  // namespace fileio

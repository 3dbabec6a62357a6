#pragma once
// Shared by the libFuzzer targets: a private scratch folder per fuzzing process and the rule
// for exceptions.
//
// The rule: every parser promises std::runtime_error (or geo::GeoError, derived from it) with
// a message for the user. Any other exception (std::out_of_range from stoi, std::length_error,
// std::bad_alloc, ...) reaches the user as "error: stoi" or a crash, so it is a finding: it is
// not caught here, terminates the process, and libFuzzer saves the input as a crash.

#include <cpl_error.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "geo/gdal_util.hpp"

namespace fuzz {

namespace fs = std::filesystem;

// A broken promise of the code under test: says which, then aborts so that libFuzzer keeps
// the input as a crash.
[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "fuzz target: %s\n", what.c_str());
    std::abort();
}

// A folder of this process (in /dev/shm when there is one: faster than a disk), emptied
// before each input and removed at exit.
class Scratch {
  public:
    Scratch() {
        fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        path_ = base / ("bk_fuzz_" + std::to_string(getpid()));
        fs::create_directories(path_);
    }
    ~Scratch() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    // Empties the folder (lock files, backups and temporaries of the previous input).
    void clear() const {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(path_, ec)) fs::remove_all(entry.path(), ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    // Writes `size` bytes to a fresh file `name` and returns its path.
    std::string write(const std::string& name, const std::uint8_t* data, std::size_t size) const {
        std::string p = file(name);
        std::ofstream out(p, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!out) fail("cannot write " + p);  // without it every result is meaningless
        return p;
    }

  private:
    fs::path path_;
};

inline Scratch& scratch() {
    static Scratch s;
    return s;
}

// GDAL's handler would print every error of every input: thousands of lines a second. The
// parsers collect the failures they report themselves; warnings inside such a collection
// still reach stderr.
inline void quietGdal() {
    geo::initGdal();  // registers the drivers and installs its handler once ...
    CPLSetErrorHandler(CPLQuietErrorHandler);  // ... which this replaces for good
}

}  // namespace fuzz

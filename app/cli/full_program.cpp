#include "app/cli/full_program.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace cli {

std::string fullProgramPath() {
    if (const char* over = std::getenv("BK_FULL_PROGRAM"); over && *over) return over;
    std::error_code ec;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ((ec ? std::filesystem::path(".") : self.parent_path()) / "begegnungskarte").string();
}

namespace {
std::vector<char*> arguments;
}  // namespace

void rememberArguments(int argc, char** argv) { arguments.assign(argv, argv + argc); }

int runInFullProgram() {
    const std::string full = fullProgramPath();
    std::vector<char*> args = arguments;
    if (args.empty()) args.push_back(const_cast<char*>("begegnungskarte"));
    args.push_back(nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    execv(full.c_str(), args.data());
    const int error = errno;
    std::cerr << "error: " << i18n::fill(i18n::text::kCliNoFullProgram, {full, std::strerror(error)})
              << '\n';
    return 1;
}

}  // namespace cli

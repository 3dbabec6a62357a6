#pragma once
// The desktop around the window: whether a program is installed, opening a folder in the
// file manager (xdg-open) and running the desktop's file chooser (zenity) without blocking the
// window. POSIX only (fork/exec); nothing here touches ImGui or GL.

#include <optional>
#include <string>
#include <vector>

namespace ui {

// True when `program` is an executable file in one of $PATH's folders.
bool commandOnPath(const std::string& program);

// Starts `xdg-open folder` detached (its own session, output to /dev/null) and returns at
// once; the file manager outlives the window. False when xdg-open is not installed or the
// process could not be started.
bool openFolderDetached(const std::string& folder);

// What a program printed and how it ended.
struct CommandResult {
    int exitCode = -1;  // -1: could not be started or killed by a signal
    std::string output;  // standard output, the trailing newline removed
};

// Runs `argv` (argv[0] looked up in $PATH) and waits for it; standard error is discarded.
// Meant for a worker thread (file_chooser.hpp runs zenity this way).
CommandResult runCommand(const std::vector<std::string>& argv);

}  // namespace ui

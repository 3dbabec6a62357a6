#pragma once
// The recently opened projects, newest first, for the start view and the "Projekt" menu. Kept
// in $XDG_STATE_HOME/begegnungskarte/recent-projects (default ~/.local/state/…): state of the
// program, not a setting. The file is plain text, one absolute path per line, written
// atomically (fileio::writeFileAtomically). No GL, no ImGui: tested in
// tests/ui/recent_files_test.cpp.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace ui {

// At most this many projects are remembered.
inline constexpr std::size_t kRecentFilesCap = 10;

// $XDG_STATE_HOME/begegnungskarte/recent-projects; a relative or empty $XDG_STATE_HOME is
// ignored (XDG spec) and ~/.local/state used.
std::filesystem::path recentFilesPath();

struct RecentFiles {
    std::vector<std::string> paths;  // absolute, newest first, no duplicates, at most the cap
    // Not empty when the file could not be read as such a list (binary, too large, unreadable):
    // the list starts afresh and this names the file, for the status line. A missing file is
    // no problem (the first run).
    std::string warning;
};

// Reads the list; lines that are no absolute path are skipped, duplicates dropped, the cap
// kept. Never throws.
RecentFiles loadRecentFiles(const std::filesystem::path& file);

// `path` made absolute and put first (an earlier entry of it removed), the list cut to the cap.
std::vector<std::string> rememberRecent(std::vector<std::string> list, const std::string& path);

// Writes the list, creating the folder. Throws fileio::OutputError (or std::filesystem_error
// for the folder) when it cannot.
void saveRecentFiles(const std::vector<std::string>& paths, const std::filesystem::path& file);

// Load, remember, save in one step, for the moment a project was opened; false (and nothing
// thrown) when the list could not be written: the project opens all the same.
bool noteRecentlyOpened(const std::string& path, const std::filesystem::path& file = recentFilesPath());

}  // namespace ui

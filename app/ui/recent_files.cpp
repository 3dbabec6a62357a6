#include "app/ui/recent_files.hpp"

#include <algorithm>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <sstream>
#include <system_error>

#include "app/io/output_file.hpp"
#include "app/ui/settings.hpp"

namespace ui {
namespace {

// A list of ten paths is a few kilobytes; anything far larger is not our file.
constexpr std::uintmax_t kMaxFileBytes = 256 * 1024;

bool plausiblePath(const std::string& line) {
    if (line.empty() || line.front() != '/') return false;
    return std::none_of(line.begin(), line.end(),
                        [](char c) { return c == '\0' || c == '\r' || c == '\t'; });
}

}  // namespace

std::filesystem::path recentFilesPath() {
    return xdgBaseDir("XDG_STATE_HOME", std::filesystem::path(".local") / "state") /
           "begegnungskarte" / "recent-projects";
}

RecentFiles loadRecentFiles(const std::filesystem::path& file) {
    RecentFiles out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return out;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec || !std::filesystem::is_regular_file(file, ec) || size > kMaxFileBytes) {
        out.warning = file.string();
        return out;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        out.warning = file.string();
        return out;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string content = buffer.str();
    if (content.find('\0') != std::string::npos) {  // binary: not a list of paths
        out.warning = file.string();
        return out;
    }
    std::istringstream lines(content);
    std::string line;
    while (std::getline(lines, line)) {
        if (!plausiblePath(line)) continue;
        if (std::find(out.paths.begin(), out.paths.end(), line) != out.paths.end()) continue;
        out.paths.push_back(line);
        if (out.paths.size() == kRecentFilesCap) break;
    }
    return out;
}

std::vector<std::string> rememberRecent(std::vector<std::string> list, const std::string& path) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    const std::string entry = ec ? path : absolute.lexically_normal().string();
    list.erase(std::remove(list.begin(), list.end(), entry), list.end());
    list.insert(list.begin(), entry);
    if (list.size() > kRecentFilesCap) list.resize(kRecentFilesCap);
    return list;
}

void saveRecentFiles(const std::vector<std::string>& paths, const std::filesystem::path& file) {
    std::filesystem::create_directories(file.parent_path());
    std::string content;
    for (const std::string& p : paths)
        if (plausiblePath(p) && p.find('\n') == std::string::npos) content += p + '\n';
    fileio::writeFileAtomically(file, content);
}

bool noteRecentlyOpened(const std::string& path, const std::filesystem::path& file) {
    try {
        saveRecentFiles(rememberRecent(loadRecentFiles(file).paths, path), file);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace ui

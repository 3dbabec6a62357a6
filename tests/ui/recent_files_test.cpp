// Issue 11 §5: the recently opened projects, kept in $XDG_STATE_HOME.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/recent_files.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

TEST(RecentFiles, LivesInXdgStateHomeOrLocalState) {
    const char* oldState = std::getenv("XDG_STATE_HOME");
    const std::string saved = oldState ? oldState : "";
    setenv("XDG_STATE_HOME", "/srv/state", 1);
    EXPECT_EQ(ui::recentFilesPath(), "/srv/state/begegnungskarte/recent-projects");
    setenv("XDG_STATE_HOME", "relativ", 1);  // invalid per XDG: ignored
    setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/root", 1);
    EXPECT_EQ(ui::recentFilesPath(), std::filesystem::path(std::getenv("HOME")) / ".local/state" /
                                         "begegnungskarte" / "recent-projects");
    if (oldState)
        setenv("XDG_STATE_HOME", saved.c_str(), 1);
    else
        unsetenv("XDG_STATE_HOME");
}

TEST(RecentFiles, AMissingFileIsAnEmptyListWithoutWarning) {
    testdata::TempDir dir;
    const ui::RecentFiles r = ui::loadRecentFiles(dir.path / "nichts" / "recent-projects");
    EXPECT_TRUE(r.paths.empty());
    EXPECT_TRUE(r.warning.empty());
}

TEST(RecentFiles, SavedAndLoadedNewestFirst) {
    testdata::TempDir dir;
    const std::filesystem::path file = dir.path / "state" / "begegnungskarte" / "recent-projects";
    std::vector<std::string> list;
    list = ui::rememberRecent(list, "/a/eins.gpkg");
    list = ui::rememberRecent(list, "/a/zwei.gpkg");
    list = ui::rememberRecent(list, "/a/eins.gpkg");  // again: to the front, once
    EXPECT_EQ(list, (std::vector<std::string>{"/a/eins.gpkg", "/a/zwei.gpkg"}));
    ui::saveRecentFiles(list, file);  // creates the folders
    const ui::RecentFiles r = ui::loadRecentFiles(file);
    EXPECT_EQ(r.paths, list);
    EXPECT_TRUE(r.warning.empty());

    EXPECT_TRUE(ui::noteRecentlyOpened("/b/drei.gpkg", file));
    EXPECT_EQ(ui::loadRecentFiles(file).paths,
              (std::vector<std::string>{"/b/drei.gpkg", "/a/eins.gpkg", "/a/zwei.gpkg"}));
}

TEST(RecentFiles, ARelativePathIsRememberedAbsolute) {
    const std::vector<std::string> list = ui::rememberRecent({}, "projekt.gpkg");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0], (std::filesystem::current_path() / "projekt.gpkg").string());
}

TEST(RecentFiles, KeepsAtMostTheCap) {
    std::vector<std::string> list;
    for (int i = 0; i < 15; ++i) list = ui::rememberRecent(list, "/p/" + std::to_string(i) + ".gpkg");
    ASSERT_EQ(list.size(), ui::kRecentFilesCap);
    EXPECT_EQ(list.front(), "/p/14.gpkg");
    EXPECT_EQ(list.back(), "/p/5.gpkg");

    // A hand-edited file with more lines is cut on reading, too.
    testdata::TempDir dir;
    std::string content;
    for (int i = 0; i < 20; ++i) content += "/q/" + std::to_string(i) + ".gpkg\n";
    testdata::write(dir.file("recent"), content);
    EXPECT_EQ(ui::loadRecentFiles(dir.path / "recent").paths.size(), ui::kRecentFilesCap);
}

TEST(RecentFiles, ABadFileStartsAfreshAndSaysSo) {
    testdata::TempDir dir;
    testdata::write(dir.file("binaer"), std::string("/a.gpkg\n\0\x01\x02", 11));
    ui::RecentFiles r = ui::loadRecentFiles(dir.path / "binaer");
    EXPECT_TRUE(r.paths.empty());
    EXPECT_EQ(r.warning, dir.file("binaer"));

    // A folder where the file should be.
    std::filesystem::create_directories(dir.path / "ordner");
    r = ui::loadRecentFiles(dir.path / "ordner");
    EXPECT_TRUE(r.paths.empty());
    EXPECT_FALSE(r.warning.empty());

    // Lines that are no absolute paths are skipped, duplicates dropped.
    testdata::write(dir.file("gemischt"), "relativ.gpkg\n\n/x/a.gpkg\n/x/a.gpkg\r\n/x/b.gpkg\n");
    r = ui::loadRecentFiles(dir.path / "gemischt");
    EXPECT_EQ(r.paths, (std::vector<std::string>{"/x/a.gpkg", "/x/b.gpkg"}));
    EXPECT_TRUE(r.warning.empty());

    // The list cannot be written (a file where its folder should be): false, nothing thrown.
    testdata::write(dir.file("blockiert"), "");
    EXPECT_FALSE(ui::noteRecentlyOpened("/x/a.gpkg", dir.path / "blockiert" / "recent-projects"));
}

}  // namespace

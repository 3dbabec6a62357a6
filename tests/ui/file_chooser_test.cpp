// Issue 11 §5: the in-window file chooser's model (folder listing, filter by extension) and
// when the desktop's chooser is used.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/ui/file_chooser.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

std::vector<std::string> names(const ui::FolderListing& l) {
    std::vector<std::string> out;
    for (const ui::FolderEntry& e : l.entries) out.push_back(e.name + (e.folder ? "/" : ""));
    return out;
}

TEST(FileChooser, ListsFoldersFirstThenTheWantedFiles) {
    testdata::TempDir dir;
    std::filesystem::create_directories(dir.path / "zweiter");
    std::filesystem::create_directories(dir.path / "Erster");
    std::filesystem::create_directories(dir.path / ".versteckt");
    for (const char* f : {"b.csv", "A.XLSX", "c.gpkg", "notiz.txt", ".geheim.csv"})
        testdata::write(dir.file(f), "x");
    ui::FolderListing l;
    l.extensions = ui::chooserExtensions(ui::ChooserPurpose::ImportTable);
    l.enter(dir.path);
    EXPECT_TRUE(l.error.empty());
    EXPECT_EQ(names(l), (std::vector<std::string>{"Erster/", "zweiter/", "A.XLSX", "b.csv"}));

    l.extensions = ui::chooserExtensions(ui::ChooserPurpose::OpenProject);
    l.enter(dir.path);
    EXPECT_EQ(names(l), (std::vector<std::string>{"Erster/", "zweiter/", "c.gpkg"}));
}

TEST(FileChooser, FoldersAreEnteredFilesChosen) {
    testdata::TempDir dir;
    std::filesystem::create_directories(dir.path / "unter");
    testdata::write((dir.path / "unter" / "projekt.gpkg").string(), "x");
    ui::FolderListing l;
    l.extensions = {".gpkg"};
    l.enter(dir.path.string() + "/");  // a trailing slash is the same folder
    EXPECT_EQ(l.folder, dir.path);
    ASSERT_EQ(l.entries.size(), 1u);
    EXPECT_FALSE(l.activate(l.entries[0]).has_value());  // a folder: entered
    EXPECT_EQ(l.folder, dir.path / "unter");
    ASSERT_EQ(l.entries.size(), 1u);
    EXPECT_EQ(l.activate(l.entries[0]), dir.path / "unter" / "projekt.gpkg");
    l.up();
    EXPECT_EQ(l.folder, dir.path);
    ui::FolderListing root;
    root.enter("/");
    root.up();  // the root stays the root
    EXPECT_EQ(root.folder, "/");
}

TEST(FileChooser, AnUnreadableFolderIsSaidAndTheListingKept) {
    testdata::TempDir dir;
    ui::FolderListing l;
    l.extensions = {".gpkg"};
    l.enter(dir.path);
    l.enter(dir.path / "gibt-es-nicht");
    EXPECT_EQ(l.folder, dir.path);
    EXPECT_NE(l.error.find("gibt-es-nicht"), std::string::npos) << l.error;
}

TEST(FileChooser, SavingAddsTheExtensionWhenMissing) {
    ui::FolderListing l;
    l.folder = "/daten";
    l.extensions = ui::chooserExtensions(ui::ChooserPurpose::SaveMap);
    EXPECT_EQ(l.saveAs("karte", ".png"), std::filesystem::path("/daten/karte.png"));
    EXPECT_EQ(l.saveAs("karte.PDF", ".png"), std::filesystem::path("/daten/karte.PDF"));
    EXPECT_EQ(l.saveAs("/anders/k.svg", ".png"), std::filesystem::path("/anders/k.svg"));
    EXPECT_FALSE(l.saveAs("", ".png").has_value());
}

TEST(FileChooser, TheDesktopChooserOnlyWhenThereIsOne) {
    setenv("BK_NO_NATIVE_CHOOSER", "1", 1);
    EXPECT_TRUE(ui::nativeChooserCommand(ui::ChooserPurpose::OpenProject, "/tmp", "").empty());
    unsetenv("BK_NO_NATIVE_CHOOSER");
    // Without a display there is no desktop chooser, zenity or not.
    const char* display = std::getenv("DISPLAY");
    const std::string saved = display ? display : "";
    unsetenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    const std::string savedWayland = wayland ? wayland : "";
    unsetenv("WAYLAND_DISPLAY");
    EXPECT_TRUE(ui::nativeChooserCommand(ui::ChooserPurpose::ImportTable, "/tmp", "").empty());
    // With a display and a zenity on the PATH: its command line (a stand-in zenity here).
    testdata::TempDir bin;
    testdata::write(bin.file("zenity"), "#!/bin/sh\necho /gewaehlt.csv\n");
    std::filesystem::permissions(bin.file("zenity"), std::filesystem::perms::owner_all);
    const std::string oldPath = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", (bin.path.string() + ":" + oldPath).c_str(), 1);
    setenv("DISPLAY", ":99", 1);
    const std::vector<std::string> argv =
        ui::nativeChooserCommand(ui::ChooserPurpose::SaveMap, "/daten", "karte.png");
    ASSERT_FALSE(argv.empty());
    EXPECT_EQ(argv[0], "zenity");
    EXPECT_EQ(argv[1], "--file-selection");
    EXPECT_NE(std::find(argv.begin(), argv.end(), "--save"), argv.end());
    EXPECT_NE(std::find(argv.begin(), argv.end(), "--filename=/daten/karte.png"), argv.end());
    setenv("PATH", oldPath.c_str(), 1);
    if (display) setenv("DISPLAY", saved.c_str(), 1); else unsetenv("DISPLAY");
    if (wayland) setenv("WAYLAND_DISPLAY", savedWayland.c_str(), 1);
}

}  // namespace

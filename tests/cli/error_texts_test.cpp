// Issue 10: errors of the layers below the catalogue (the safe outputs of app/io) reach the user
// worded from the catalogue, German by default and English with --lang en, through
// cli::describeError (the command line's "error: ...") and i18n::errorText (the window's status).

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "app/cli/commands.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/output_error_text.hpp"
#include "app/io/output_file.hpp"
#include "app/store/map_data_reader.hpp"
#include "app/store/recovery.hpp"

namespace {
namespace fs = std::filesystem;

// The message of what `f` throws, described in `lang`.
template <class F>
std::string describedIn(i18n::Lang lang, F f) {
    const i18n::Lang before = i18n::language();
    i18n::setLanguage(lang);
    std::string text;
    try {
        f();
        text = "(nothing thrown)";
    } catch (const std::exception& e) {
        text = cli::describeError(e);
    }
    i18n::setLanguage(before);
    return text;
}

fs::path freshFolder(const std::string& name) {
    fs::path dir = fs::temp_directory_path() / ("bk-error-texts-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

TEST(ErrorTexts, MissingFolderInGermanAndEnglish) {
    const fs::path dir = freshFolder("missing");
    const std::string target = (dir / "fehlt" / "karte.png").string();
    const std::string folder = (dir / "fehlt").string();
    auto write = [&] { fileio::writeFileAtomically(target, "x"); };
    EXPECT_EQ(
        describedIn(i18n::Lang::De, write),
        target + ": hier lässt sich nicht schreiben, den Ordner " + folder + " gibt es nicht");
    EXPECT_EQ(describedIn(i18n::Lang::En, write),
              target + ": cannot write here, the folder " + folder + " does not exist");
    fs::remove_all(dir);
}

TEST(ErrorTexts, FolderAsTargetInGermanAndEnglish) {
    const fs::path dir = freshFolder("folder");
    const std::string target = (dir / "ordner.pdf").string();
    fs::create_directory(target);
    auto write = [&] { fileio::AtomicOutput out(target); };
    EXPECT_EQ(describedIn(i18n::Lang::De, write),
              target + ": ist ein Ordner, keine gewöhnliche Datei; wird nicht ersetzt");
    EXPECT_EQ(describedIn(i18n::Lang::En, write),
              target + ": is a folder, not a regular file; refusing to replace it");
    EXPECT_TRUE(fs::is_directory(target));
    fs::remove_all(dir);
}

TEST(ErrorTexts, OutputErrorCarriesKindPathAndDetail) {
    const fileio::OutputError e(fileio::OutputError::Kind::WriteFailed, "/tmp/x.csv",
                                "File too large");
    EXPECT_EQ(e.kind(), fileio::OutputError::Kind::WriteFailed);
    EXPECT_EQ(e.path(), "/tmp/x.csv");
    EXPECT_EQ(e.detail(), "File too large");
    EXPECT_EQ(describedIn(i18n::Lang::De, [&] { throw e; }),
              "/tmp/x.csv: Schreiben fehlgeschlagen (File too large)");
    EXPECT_EQ(describedIn(i18n::Lang::En, [&] { throw e; }),
              "/tmp/x.csv: writing failed (File too large)");
    // The window's status words it the same way.
    i18n::setLanguage(i18n::Lang::De);
    EXPECT_EQ(i18n::errorText(e), "/tmp/x.csv: Schreiben fehlgeschlagen (File too large)");
    // Other errors keep their own message.
    EXPECT_EQ(i18n::errorText(std::runtime_error("anders")), "anders");
}

// The store words its errors from the catalogue in the language of the moment.
TEST(ErrorTexts, StoreErrorsInGermanAndEnglish) {
    const fs::path dir = freshFolder("store");
    const std::string missing = (dir / "fehlt.gpkg").string();
    auto load = [&] { store::loadMapData(missing); };
    EXPECT_EQ(describedIn(i18n::Lang::De, load), missing + ": Datei nicht gefunden");
    EXPECT_EQ(describedIn(i18n::Lang::En, load), missing + ": file not found");
    const std::string p = (dir / "projekt.gpkg").string();
    auto locked = [&] { throw std::runtime_error(store::lockedByAnotherProgram(p)); };
    EXPECT_EQ(describedIn(i18n::Lang::De, locked),
              p + ": das Projekt ist von einem anderen Programm gesperrt (database is locked); "
                  "bitte dort schließen und erneut versuchen");
    EXPECT_EQ(describedIn(i18n::Lang::En, locked),
              p + ": the project is locked by another program (database is locked); close it "
                  "there and try again");
    // Both are still recognised as a lock (boundary import relies on it).
    EXPECT_TRUE(store::isLockedMessage(describedIn(i18n::Lang::De, locked)));
    fs::remove_all(dir);
}

}  // namespace

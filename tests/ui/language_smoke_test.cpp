// "The language switch changes every visible label": the real window on the example project,
// once with --lang de and once with --lang en; the text of the last frame is read back from
// ImGui's draw data (--dump-text) and compared with the string catalogue.

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "app/project/project.hpp"
#include "tests/support/catalogue_reader.hpp"

namespace {

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
const std::string kWork = std::string(BK_BINARY_DIR) + "/tests/language-smoke";

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool isWordChar(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '_'; }

// `needle` occurs in `text` as a whole: not inside a longer word ("no" is not in "none").
bool shows(const std::string& text, const std::string& needle) {
    if (needle.empty()) return false;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + 1)) {
        bool before = at == 0 || !isWordChar(static_cast<unsigned char>(text[at - 1])) ||
                      !isWordChar(static_cast<unsigned char>(needle.front()));
        std::size_t end = at + needle.size();
        bool after = end >= text.size() || !isWordChar(static_cast<unsigned char>(text[end])) ||
                     !isWordChar(static_cast<unsigned char>(needle.back()));
        if (before && after) return true;
    }
    return false;
}

void removeAll(std::string& text, const std::string& what) {
    if (what.empty()) return;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at))
        text.erase(at, what.size());
}

// Runs the window for a few frames in `lang` and returns the text of its last frame, with the
// project's own data (the call's title, entered by the users) taken out.
std::string windowText(const std::string& project, const std::string& lang) {
    std::string dump = kWork + "/text-" + lang + ".txt";
    std::string shot = kWork + "/window-" + lang + ".png";
    std::filesystem::remove(dump);
    // A settings directory of its own: the remembered language must not leak into the test.
    std::string cmd = "XDG_CONFIG_HOME='" + kWork + "/config' xvfb-run -a -s '-screen 0 1600x900x24' '" +
                      std::string(BK_EXE) + "' '" + project + "' --width 1600 --height 900 --frames 6 --lang " + lang +
                      " --dump-text '" + dump + "' --screenshot '" + shot + "' > /dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    std::string text = readFile(dump);
    project::Project p = project::Project::open(project, project::OpenOptions{true, ""});
    removeAll(text, p.call().title);
    return text;
}

TEST(Language, TheSwitchChangesEveryVisibleLabel) {
    ASSERT_EQ(std::system("command -v xvfb-run >/dev/null"), 0) << "xvfb-run is not installed";
    std::filesystem::create_directories(kWork);
    std::string project = kWork + "/beispiel.gpkg";
    std::filesystem::remove(project);
    std::string demo = "'" + std::string(BK_EXE) + "' demo --from '" + kBoundaries + "' --out '" +
                       project + "' > /dev/null 2>&1";
    ASSERT_EQ(std::system(demo.c_str()), 0) << demo;

    const std::string german = windowText(project, "de");
    const std::string english = windowText(project, "en");
    ASSERT_GT(german.size(), 200u) << german;
    ASSERT_GT(english.size(), 200u) << english;
    EXPECT_EQ(english.find("@EN@"), std::string::npos);

    std::vector<testsupport::CatalogueEntry> catalogue =
        testsupport::readCatalogue(std::string(BK_SOURCE_DIR) + "/app/i18n/strings.hpp");
    // German texts by English text: several entries share one word ("none" for keine/keiner).
    std::map<std::string, std::set<std::string>> germanFor;
    for (const auto& e : catalogue)
        if (e.de != e.en) germanFor[e.en].insert(e.de);

    int shownInEnglish = 0;
    for (const auto& e : catalogue) {
        if (e.de == e.en || e.de.find('{') != std::string::npos) continue;
        SCOPED_TRACE(e.name);
        // No German label in the English window (unless it is also an English text shown, e.g.
        // a label that is the same word in another entry).
        if (!germanFor.count(e.de)) {
            EXPECT_FALSE(shows(english, e.de)) << "German '" << e.de << "' in the English window";
        }
        // Every English label shown has its German counterpart in the German window.
        if (shows(english, e.en)) {
            ++shownInEnglish;
            bool found = false;
            for (const std::string& de : germanFor[e.en]) found = found || shows(german, de);
            EXPECT_TRUE(found) << "English '" << e.en << "' shown, German '" << e.de << "' not";
        }
    }
    // The start view: tabs, list, filters, legend, buttons.
    EXPECT_GT(shownInEnglish, 25);
    for (const char* label : {"Bewerbungen", "Gremium", "Auswahl", "Ausschreibung", "Karte",
                              "Neue Bewerbung", "Rückgängig", "eingegangen"})
        EXPECT_TRUE(shows(german, label)) << label;
    for (const char* label : {"Applications", "Committee", "Selection", "Call", "Map",
                              "New application", "Undo", "received", "2016-01-01"})
        EXPECT_TRUE(shows(english, label)) << label;
    EXPECT_TRUE(shows(german, "01.01.2016"));
}

}  // namespace

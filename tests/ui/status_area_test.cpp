// Issue 11 §4: the status area says what happened in words, and finds the folder of a file
// just written for "Ordner öffnen".

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "app/ui/edit_commands.hpp"
#include "app/ui/status_area.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

class StatusTexts : public ::testing::Test {
  protected:
    void SetUp() override { i18n::setLanguage(i18n::Lang::De); }
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }
};

TEST_F(StatusTexts, MapSavedNamesTheAbsolutePathAndSize) {
    const std::string cwd = std::filesystem::current_path().string();
    EXPECT_EQ(ui::mapSavedText("karte.png", 1280, 800),
              "Karte gespeichert: " + cwd + "/karte.png (1280 × 800)");
    EXPECT_EQ(ui::mapSavedText("/home/x/./karte.pdf", 10, 20),
              "Karte gespeichert: /home/x/karte.pdf (10 × 20)");
    i18n::setLanguage(i18n::Lang::En);
    EXPECT_EQ(ui::mapSavedText("/home/x/karte.png", 3, 4), "Map saved: /home/x/karte.png (3 × 4)");
}

TEST_F(StatusTexts, ReportSavedCountsItsPages) {
    EXPECT_EQ(ui::reportSavedText(7, "/p/bericht.pdf", "/p/bewertungen.csv"),
              "Bericht (7 Seiten) gespeichert: /p/bericht.pdf\nBewertungen: /p/bewertungen.csv");
    EXPECT_EQ(ui::reportSavedText(1, "/p/b.pdf", "/p/b.csv"),
              "Bericht (1 Seite) gespeichert: /p/b.pdf\nBewertungen: /p/b.csv");
    i18n::setLanguage(i18n::Lang::En);
    EXPECT_EQ(ui::reportSavedText(2, "/p/b.pdf", "/p/b.csv"),
              "Report (2 pages) saved: /p/b.pdf\nScores: /p/b.csv");
}

TEST_F(StatusTexts, EditsAreSaidInWords) {
    domain::DecisionSettings hidden;
    hidden.blind = true;
    hidden.revealed = false;
    project::ImportApplications import;
    import.applications.resize(6);
    EXPECT_EQ(ui::editDoneText(import, hidden), "6 Bewerbungen importiert");
    import.applications.resize(1);
    EXPECT_EQ(ui::editDoneText(import, hidden), "1 Bewerbung importiert");

    domain::DecisionSettings revealed = hidden;
    revealed.revealed = true;
    EXPECT_EQ(ui::editDoneText(project::UpdateDecisionSettings{revealed}, hidden),
              "Bewertungen aufgedeckt");
    EXPECT_EQ(ui::editDoneText(project::UpdateDecisionSettings{hidden}, revealed),
              "Bewertungen wieder verdeckt");
    // Another change of the settings is said as before.
    domain::DecisionSettings radius = hidden;
    radius.radiusKm += 1;
    EXPECT_EQ(ui::editDoneText(project::UpdateDecisionSettings{radius}, hidden),
              project::describe(project::UpdateDecisionSettings{radius}));
    i18n::setLanguage(i18n::Lang::En);
    EXPECT_EQ(ui::editDoneText(project::UpdateDecisionSettings{revealed}, hidden), "Scores revealed");
    import.applications.resize(6);
    EXPECT_EQ(ui::editDoneText(import, hidden), "6 applications imported");
}

// Before: "Entscheidungseinstellungen geändert" after "Aufdecken".
TEST_F(StatusTexts, RevealingThroughTheEditCommandsSaysSo) {
    testdata::TempDir dir;
    const std::string path = dir.file("beispiel.gpkg");
    exchange::createDemoProject(std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg", path);
    project::Project p = project::Project::open(path);
    domain::DecisionSettings s = p.committee().settings;
    s.blind = true;
    s.revealed = false;
    ui::UiState state;
    ui::Requests requests;
    std::string status;
    requests.actions.push_back(project::UpdateDecisionSettings{s});
    ui::applyRequests(p, state, requests, status);
    s.revealed = true;
    requests.actions.push_back(project::UpdateDecisionSettings{s});
    ui::applyRequests(p, state, requests, status);
    EXPECT_EQ(status, "Bewertungen aufgedeckt");
    EXPECT_TRUE(p.committee().settings.revealed);
}

TEST_F(StatusTexts, TheFolderOfAWrittenFileIsFoundInTheText) {
    testdata::TempDir dir;
    const std::filesystem::path folder = dir.path / "mit leerzeichen";
    std::filesystem::create_directories(folder);
    testdata::write((folder / "karte 1.png").string(), "png");
    testdata::write((dir.path / "bewertungen.csv").string(), "csv");
    EXPECT_EQ(ui::outputFolderIn(ui::mapSavedText((folder / "karte 1.png").string(), 10, 10)),
              folder);
    // The report: the PDF is missing here, the CSV on the second line is found.
    EXPECT_EQ(ui::outputFolderIn(ui::reportSavedText(3, (folder / "fehlt.pdf").string(),
                                                     (dir.path / "bewertungen.csv").string())),
              dir.path);
    EXPECT_FALSE(ui::outputFolderIn("Bewertungen aufgedeckt").has_value());
    EXPECT_FALSE(ui::outputFolderIn("Karte gespeichert: /gibt/es/nicht.png (1 × 1)").has_value());
    EXPECT_FALSE(ui::outputFolderIn("Fehler: a/b").has_value());
    // A folder is no written file.
    EXPECT_FALSE(ui::outputFolderIn("Karte gespeichert: " + folder.string()).has_value());
}

}  // namespace

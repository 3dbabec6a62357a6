// Issue 11 §5: the start view's state machine without a window – choose → opens, drops, a new
// project built in a worker thread – and a project that cannot be opened said in words.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/ui/project_menu.hpp"
#include "app/ui/start_view.hpp"
#include "app/ui/window_session.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

class StartView : public ::testing::Test {
  protected:
    void SetUp() override { i18n::setLanguage(i18n::Lang::De); }
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }
};

TEST_F(StartView, ChoosingAProjectOpensIt) {
    ui::StartViewState s;
    s.message = "alt";
    ui::chooseProject(s, "/p/a.gpkg");
    EXPECT_EQ(s.chosen, "/p/a.gpkg");
    EXPECT_TRUE(s.message.empty());
}

TEST_F(StartView, DroppingAProjectOpensItASpreadsheetIsExplained) {
    ui::StartViewState s;
    ui::dropPaths(s, {"/d/bewerbungen.csv"});
    EXPECT_FALSE(s.chosen.has_value());
    EXPECT_EQ(s.message,
              "bewerbungen.csv: Bewerbungen lassen sich erst importieren, wenn ein Projekt offen ist.");
    ui::dropPaths(s, {"/d/bild.jpg"});
    EXPECT_NE(s.message.find("bild.jpg: nur .gpkg"), std::string::npos) << s.message;
    ui::dropPaths(s, {"/d/bewerbungen.csv", "/d/Projekt.GPKG"});
    EXPECT_EQ(s.chosen, "/d/Projekt.GPKG");
}

TEST_F(StartView, ANewProjectNeedsAKeyASourceAndAFile) {
    ui::NewProjectForm form;
    form.districtKey = "5";
    EXPECT_EQ(ui::planNewProject(form).problem.rfind("Gebietsschlüssel „5“: erwartet werden 2 bis 8 Ziffern", 0), 0u)
        << ui::planNewProject(form).problem;
    form.districtKey = "DE";  // all of Germany is a key the form takes (it fails on the source)
    EXPECT_EQ(ui::planNewProject(form).problem.find("Gebietsschlüssel"), std::string::npos);
    form.districtKey = "05358";
    form.source = "/gibt/es/nicht";
    EXPECT_NE(ui::planNewProject(form).problem.find("/gibt/es/nicht: keine Grenzdaten gefunden"),
              std::string::npos);
    form.source = BK_VG250_DIR;
    form.file = "/tmp/neu";
    const ui::NewProjectPlan plan = ui::planNewProject(form);
    EXPECT_TRUE(plan.problem.empty()) << plan.problem;
    EXPECT_EQ(plan.options.municipalities, std::string(BK_VG250_DIR) + "/gemeinden.geo.json");
    EXPECT_EQ(plan.options.districts, std::string(BK_VG250_DIR) + "/kreise.geo.json");
    EXPECT_EQ(plan.options.out, "/tmp/neu.gpkg");
    EXPECT_EQ(plan.options.districtKey, "05358");
}

TEST_F(StartView, ANewProjectIsBuiltInAThreadWithProgressThenOpened) {
    ui::StartViewState s;
    s.form.source = BK_VG250_DIR;
    s.form.file = "/tmp/bk-start-view-neu.gpkg";
    exchange::BoundaryImportOptions seen;
    ASSERT_TRUE(ui::startNewProject(
        s, [&](const exchange::BoundaryImportOptions& o,
               const std::function<void(const exchange::ImportProgress&)>& progress) {
            seen = o;
            progress({"Gemeinden", 120, 396, false});
            return exchange::BoundaryImportReport{};
        }));
    EXPECT_EQ(s.mode, ui::StartViewState::Mode::Creating);
    ui::waitForNewProject(s);
    EXPECT_EQ(seen.districtKey, "05358");
    EXPECT_EQ(ui::creationProgressText(*s.progress),
              "Grenzen werden eingelesen: Kommunen 120 / 396");
    EXPECT_EQ(s.chosen, "/tmp/bk-start-view-neu.gpkg");
    EXPECT_EQ(s.mode, ui::StartViewState::Mode::Choose);
}

TEST_F(StartView, AFailedImportIsSaidAndTheFormStays) {
    ui::StartViewState s;
    s.mode = ui::StartViewState::Mode::NewProject;
    s.form.source = BK_VG250_DIR;
    s.form.file = "/tmp/bk-start-view-fehler.gpkg";
    ASSERT_TRUE(ui::startNewProject(
        s, [](const exchange::BoundaryImportOptions&,
              const std::function<void(const exchange::ImportProgress&)>&)
               -> exchange::BoundaryImportReport { throw std::runtime_error("kaputt"); }));
    ui::waitForNewProject(s);
    EXPECT_FALSE(s.chosen.has_value());
    EXPECT_EQ(s.mode, ui::StartViewState::Mode::NewProject);
    EXPECT_EQ(s.message, "Projekt nicht angelegt: kaputt");
}

TEST_F(StartView, AProjectThatCannotBeOpenedIsExplained) {
    testdata::TempDir dir;
    testdata::write(dir.file("keins.gpkg"), "ags;name\n");
    const std::optional<std::string> why = ui::whyProjectCannotOpen(dir.file("keins.gpkg"));
    ASSERT_TRUE(why.has_value());
    EXPECT_FALSE(why->empty());
    const std::string good = dir.file("beispiel.gpkg");
    exchange::createDemoProject(std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg", good);
    EXPECT_FALSE(ui::whyProjectCannotOpen(good).has_value());
}

TEST_F(StartView, TheMapWindowAsksForTheNextProject) {
    EXPECT_FALSE(ui::takeRequestedProject().has_value());
    ui::requestOpenProject("/p/b.gpkg");
    EXPECT_EQ(ui::takeRequestedProject(), "/p/b.gpkg");
    EXPECT_FALSE(ui::takeRequestedProject().has_value());  // taken once
}

TEST_F(StartView, FilesDroppedOntoTheMapWindow) {
    testdata::TempDir dir;
    const std::string path = dir.file("beispiel.gpkg");
    exchange::createDemoProject(std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg", path);
    project::Project p = project::Project::open(path);
    ui::Requests requests;
    ui::ImportDialogState import;
    EXPECT_EQ(ui::handleDroppedPaths(p, {"/d/liste.xlsx"}, requests, import), "");
    EXPECT_TRUE(import.open);
    EXPECT_EQ(import.path, "/d/liste.xlsx");
    EXPECT_FALSE(requests.openProject.has_value());
    EXPECT_EQ(ui::handleDroppedPaths(p, {"/d/liste.csv", "/d/anderes.gpkg"}, requests, import), "");
    EXPECT_EQ(requests.openProject, "/d/anderes.gpkg");
    requests.openProject.reset();
    EXPECT_EQ(ui::handleDroppedPaths(p, {path}, requests, import), "");  // the open one: nothing
    EXPECT_FALSE(requests.openProject.has_value());
    EXPECT_NE(ui::handleDroppedPaths(p, {"/d/x.doc"}, requests, import).find("x.doc"),
              std::string::npos);
}

}  // namespace

// Issue 10: once the committee records a choice that differs from the recommendation, every view
// shows that choice — the window's map (decided without GL by ui::mapSet over the selection
// model), the map sheet and its title, the report — and undoing the choice brings the
// recommendation back everywhere.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "app/decision/evidence.hpp"
#include "app/decision/pipeline.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/print/map_sheet.hpp"
#include "app/print/report.hpp"
#include "app/project/project.hpp"
#include "app/ui/selection_model.hpp"
#include "app/ui/shown_set.hpp"
#include "tests/support/import_fixtures.hpp"
#include "tests/support/pdf_text.hpp"

namespace {

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
constexpr const char* kReason = "Erreichbarkeit im Südkreis";

// The text a reader finds in a PDF, whitespace removed.
std::string pdfText(const std::string& pdf) {
    return testsupport::squeezed(testsupport::pdfText(pdf));
}

std::string nrsOf(const project::Project& p, const std::vector<std::int64_t>& ids, const char* sep) {
    std::string out;
    for (std::int64_t id : ids) out += (out.empty() ? "" : sep) + p.find(id)->nr;
    return out;
}

class DecidedSetTest : public ::testing::Test {
  protected:
    void SetUp() override {
        i18n::setLanguage(i18n::Lang::De);
        exchange::createDemoProject(kBoundaries, path_);
        project::Project p = project::Project::open(path_);
        const decision::Outcome outcome = decision::decide(p.state());
        ASSERT_GE(outcome.ranking.ranked.size(), 2u);
        recommended_ = outcome.recommendation;
        deviating_ = decision::setIds(outcome.input, outcome.ranking.ranked[1]);
        ASSERT_NE(recommended_, deviating_);
    }
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }

    // The set the window's map shows, through the UI model.
    static ui::MapSet windowShows(const project::Project& p, const ui::SetViewRequest& request) {
        ui::SelectionModel model;
        const decision::DistrictGeometry district = decision::analyseDistrict(p.map());
        model.update(p, district, p.committee().settings.weights, true);
        return ui::mapSet(model, p.committee(), request);
    }

    std::string sheetPdfText(const project::Project& p, const std::string& name) {
        const print::MapSheet sheet = print::mapSheetFor(p, {});
        const std::string pdf = dir_.file(name);
        print::writeMapSheet(sheet, pdf, 1600, 1000, true);
        return pdfText(pdf);
    }

    testdata::TempDir dir_;
    std::string path_ = dir_.file("beispiel.gpkg");
    std::vector<std::int64_t> recommended_, deviating_;
};

TEST_F(DecidedSetTest, EveryViewShowsTheRecordedChoiceAndUndoBringsTheRecommendationBack) {
    project::Project p = project::Project::open(path_);
    const std::string chosenNrs = nrsOf(p, deviating_, " + ");
    const std::string recommendedNrs = nrsOf(p, recommended_, " + ");

    // Before a choice: the recommendation, named as such, in the selection tab and the sheet.
    ui::MapSet shown = windowShows(p, {.selectionTabOpen = true});
    EXPECT_EQ(shown.shown.kind, decision::ShownKind::Recommendation);
    EXPECT_EQ(shown.shown.applications, recommended_);
    EXPECT_EQ(windowShows(p, {}).shown.kind, decision::ShownKind::None);  // other tabs: no set
    EXPECT_NE(sheetPdfText(p, "vorher.pdf").find("EmpfohleneAuswahl" + nrsOf(p, recommended_, "+")),
              std::string::npos);

    p.apply(project::RecordChoice{deviating_, kReason, {}});
    ASSERT_TRUE(p.committee().choice.has_value());
    // The edit engine recorded the recommendation it computed itself from the stored weights.
    EXPECT_EQ(p.committee().choice->recommended, recommended_);

    // The window: the choice in every tab and in the map-only view, named as the decision.
    for (const ui::SetViewRequest& request :
         {ui::SetViewRequest{}, ui::SetViewRequest{.selectionTabOpen = true},
          ui::SetViewRequest{.mapOnly = true}}) {
        shown = windowShows(p, request);
        EXPECT_EQ(shown.shown.kind, decision::ShownKind::Choice);
        EXPECT_EQ(shown.shown.applications, deviating_);
        ASSERT_TRUE(shown.set.has_value());
        EXPECT_EQ(shown.set->members.size(), deviating_.size());
    }
    // Key 1 shows the recommendation for a look (as a set looked at, not as the decision) ...
    shown = windowShows(p, {.selectionTabOpen = true, .rank = 1});
    EXPECT_EQ(shown.shown.kind, decision::ShownKind::Considered);
    EXPECT_EQ(shown.shown.applications, recommended_);
    EXPECT_EQ(shown.rank, 1);
    // ... and without the rank (Esc) the map returns to the choice.
    EXPECT_EQ(windowShows(p, {.selectionTabOpen = true}).shown.applications, deviating_);

    // The pipeline every command uses.
    EXPECT_EQ(decision::shownSet(p.state()).kind, decision::ShownKind::Choice);
    EXPECT_EQ(decision::shownSet(p.state()).applications, deviating_);

    // The map sheet (as `snapshot --sheet` and Ctrl+E write it): titled with the decided set.
    const print::MapSheet sheet = print::mapSheetFor(p, {});
    ASSERT_TRUE(sheet.set.has_value());
    EXPECT_EQ(sheet.set->kind, decision::ShownKind::Choice);
    EXPECT_EQ(sheet.set->nrs.size(), deviating_.size());
    const std::string sheetText = sheetPdfText(p, "beschluss.pdf");
    EXPECT_NE(sheetText.find("BeschlosseneAuswahl" + nrsOf(p, deviating_, "+")), std::string::npos)
        << sheetText.substr(0, 400);
    EXPECT_EQ(sheetText.find("EmpfohleneAuswahl"), std::string::npos);

    // The report: the decision, the recommendation at that moment, the reason.
    print::ReportOptions report;
    report.out = dir_.file("bericht.pdf");
    report.mapPage = false;
    print::writeReport(p, report);
    const std::string reportText = pdfText(report.out);
    for (const std::string& nr : {p.find(deviating_[0])->nr, p.find(deviating_[1])->nr})
        EXPECT_NE(reportText.find(nr), std::string::npos) << nr;
    EXPECT_NE(reportText.find("Erreichbarkeitim"), std::string::npos);
    EXPECT_NE(reportText.find("EmpfehlungbeimBeschluss"), std::string::npos);
    (void)chosenNrs;
    (void)recommendedNrs;
}

TEST_F(DecidedSetTest, UndoingTheChoiceBringsTheRecommendationBackEverywhere) {
    project::Project p = project::Project::open(path_);
    p.apply(project::RecordChoice{deviating_, kReason, {}});
    ASSERT_EQ(decision::shownSet(p.state()).applications, deviating_);

    p.undo();
    EXPECT_FALSE(p.committee().choice.has_value());
    EXPECT_EQ(decision::shownSet(p.state()).kind, decision::ShownKind::Recommendation);
    EXPECT_EQ(decision::shownSet(p.state()).applications, recommended_);
    const ui::MapSet shown = windowShows(p, {.selectionTabOpen = true});
    EXPECT_EQ(shown.shown.kind, decision::ShownKind::Recommendation);
    EXPECT_EQ(shown.shown.applications, recommended_);
    EXPECT_EQ(windowShows(p, {}).shown.kind, decision::ShownKind::None);
    const print::MapSheet sheet = print::mapSheetFor(p, {});
    ASSERT_TRUE(sheet.set.has_value());
    EXPECT_EQ(sheet.set->kind, decision::ShownKind::Recommendation);
    EXPECT_NE(sheetPdfText(p, "zurueck.pdf").find("EmpfohleneAuswahl" + nrsOf(p, recommended_, "+")),
              std::string::npos);

    // Redo records it again, and a reopened file shows it too.
    p.redo();
    EXPECT_EQ(decision::shownSet(p.state()).applications, deviating_);
    const project::Project reopened =
        project::Project::open(path_, {.readOnly = true, .user = {}});
    EXPECT_EQ(decision::shownSet(reopened.state()).kind, decision::ShownKind::Choice);
    EXPECT_EQ(decision::shownSet(reopened.state()).applications, deviating_);
}

}  // namespace

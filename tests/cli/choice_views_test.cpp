// Issue 10: once a choice is recorded, every view shows it. A choice that differs from the
// recommendation is recorded on the example project (real Kreis Düren boundaries, ctest fixture
// kreis_dueren_project) through project::RecordChoice, as the window does; then the one
// pipeline (decision::decide / shownSet), the map sheet's content, `snapshot --sheet` (its
// title in the SVG and PDF), `report` and `rank` (table and JSON) of the command-line program
// all name that choice. Undoing it brings the recommendation back everywhere.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/pipeline.hpp"
#include "app/exchange/demo.hpp"
#include "app/print/map_sheet.hpp"
#include "app/project/project.hpp"
#include "tests/support/import_fixtures.hpp"
#include "tests/support/pdf_text.hpp"

namespace {

using testsupport::readFile;
using testsupport::run;
using testsupport::squeezed;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
const std::string kReason = "Bessere Erreichbarkeit mit Bus und Bahn";


std::string cli(const std::string& args) {
    return run(std::string("'") + BK_CLI_EXE + "' " + args + " 2>&1");
}

std::string nrs(const project::Project& p, const std::vector<std::int64_t>& ids) {
    return decision::setNrs(p.state(), ids);
}

class ChoiceViews : public ::testing::Test {
  protected:
    void SetUp() override {
        exchange::createDemoProject(kBoundaries, path);
        // Kept open as the window keeps it (undo lives in this session); the commands read
        // the file beside it, read-only.
        session.emplace(project::Project::open(path));
        project::Project& p = *session;
        const decision::Outcome before = decision::decide(p.state());
        ASSERT_GE(before.ranking.ranked.size(), 2u);
        recommended = before.recommendation;
        chosen = decision::setIds(before.input, before.ranking.ranked[1]);
        ASSERT_NE(chosen, recommended);
        p.apply(project::RecordChoice{chosen, kReason, {}});
    }
    testdata::TempDir dir;
    std::string path = dir.file("beispiel.gpkg");
    std::vector<std::int64_t> recommended, chosen;
    std::optional<project::Project> session;
};

TEST_F(ChoiceViews, EveryViewShowsTheRecordedChoiceAndUndoBringsTheRecommendationBack) {
    std::string chosenNrs, recommendedNrs;
    {
        const project::Project p = project::Project::open(path, project::OpenOptions{true, ""});
        chosenNrs = nrs(p, chosen);
        recommendedNrs = nrs(p, recommended);
        // The pipeline: the choice is shown, the recommendation stays what the ranking says.
        const decision::Outcome out = decision::decide(p.state());
        EXPECT_EQ(out.shown.kind, decision::ShownKind::Choice);
        EXPECT_EQ(out.shown.applications, chosen);
        EXPECT_EQ(out.recommendation, recommended);
        EXPECT_EQ(decision::shownSet(p.state()), out.shown);
        EXPECT_EQ(decision::recommendedSet(p.state()), recommended);
        // The sheet's content (what PNG, PDF, SVG and the report's map page draw).
        const print::MapSheet sheet = print::mapSheetFor(p);
        ASSERT_TRUE(sheet.set);
        EXPECT_EQ(sheet.set->kind, decision::ShownKind::Choice);
        std::string sheetNrs;
        for (const std::string& nr : sheet.set->nrs) sheetNrs += (sheetNrs.empty() ? "" : " + ") + nr;
        EXPECT_EQ(sheetNrs, chosenNrs);
    }

    // snapshot --sheet: the title names the choice as such.
    const std::string svg = dir.file("blatt.svg"), pdf = dir.file("blatt.pdf");
    cli("snapshot '" + path + "' --sheet --out '" + svg + "' --width 1600 --height 1000");
    cli("snapshot '" + path + "' --sheet --out '" + pdf + "' --width 1600 --height 1000");
    const std::string svgText = readFile(svg);
    EXPECT_NE(svgText.find("Beschlossene Auswahl " + chosenNrs), std::string::npos) << chosenNrs;
    EXPECT_EQ(svgText.find("Empfohlene Auswahl"), std::string::npos);
    const std::string pdfText = squeezed(run("pdftotext -raw '" + pdf + "' -"));
    EXPECT_NE(pdfText.find(squeezed("Beschlossene Auswahl " + chosenNrs)), std::string::npos);

    // The report: both named, the choice as "Beschlossene Auswahl".
    const std::string report = dir.file("bericht.pdf");
    cli("report '" + path + "' --out '" + report + "'");
    const std::string layout = squeezed(run("pdftotext -layout -enc UTF-8 '" + report + "' -"));
    EXPECT_NE(layout.find(squeezed("Beschlossene Auswahl" + chosenNrs)), std::string::npos);
    EXPECT_NE(layout.find(squeezed("Empfohlene Auswahl" + recommendedNrs)), std::string::npos);

    // rank: the table names the choice and its reason; JSON lists it.
    const std::string table = cli("rank '" + path + "' --samples 0");
    EXPECT_NE(table.find("Beschlossene Auswahl: " + chosenNrs), std::string::npos) << table;
    EXPECT_NE(table.find(kReason), std::string::npos);
    const std::string json = cli("rank '" + path + "' --samples 0 --format json");
    EXPECT_NE(squeezed(json).find("\"chosen\":[\"" + nrs(project::Project::open(path, {true, ""}), {chosen[0]})),
              std::string::npos)
        << json;

    // Undo: the recommendation everywhere again.
    {
        project::Project& p = *session;
        p.undo();
        EXPECT_EQ(decision::shownSet(p.state()),
                  (decision::ShownSet{decision::ShownKind::Recommendation, recommended}));
        const print::MapSheet sheet = print::mapSheetFor(p);
        ASSERT_TRUE(sheet.set);
        EXPECT_EQ(sheet.set->kind, decision::ShownKind::Recommendation);
    }
    cli("snapshot '" + path + "' --sheet --out '" + svg + "' --width 1600 --height 1000");
    const std::string svgAfter = readFile(svg);
    EXPECT_NE(svgAfter.find("Empfohlene Auswahl " + recommendedNrs), std::string::npos);
    EXPECT_EQ(svgAfter.find("Beschlossene Auswahl"), std::string::npos);
    EXPECT_NE(cli("rank '" + path + "' --samples 0 --format json").find("\"chosen\": null"),
              std::string::npos);
}

}  // namespace

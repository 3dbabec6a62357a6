// The example project on the real Kreis Düren boundaries (ctest fixture kreis_dueren_project).

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "app/exchange/demo.hpp"
#include "app/domain/eligibility.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/project/project.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

TEST(DemoProject, EightFictionalApplicationsWithTheIntendedFlaws) {
    testdata::TempDir dir;
    std::string out = dir.file("beispiel.gpkg");
    exchange::createDemoProject(kBoundaries, out);
    EXPECT_THROW(exchange::createDemoProject(kBoundaries, out), std::runtime_error);

    project::Project p = project::Project::open(out, project::OpenOptions{true, ""});
    EXPECT_TRUE(p.isExample());
    EXPECT_EQ(p.call().title, "Orte der Begegnung – Beispieldaten (fiktiv)");
    ASSERT_EQ(p.applications().size(), 8u);
    std::map<std::string, std::string> failed;  // Nr -> summary of failed checks
    std::set<std::string> municipalities;
    for (const domain::Application& a : p.applications()) {
        domain::Eligibility e = domain::assessEligibility(p.state(), a);
        if (!e.eligible()) failed[a.nr] = i18n::eligibilitySummary(e);
        municipalities.insert(a.municipalityAgs);
        EXPECT_NE(a.title.find("(fiktiv)"), std::string::npos) << a.title;
    }
    EXPECT_EQ(municipalities.size(), 8u);  // spread over the district
    ASSERT_EQ(failed.size(), 3u);
    EXPECT_EQ(failed["B-04"], "Eingang per Post am 04.03.2024 nach der Frist 01.03.2024");
    EXPECT_EQ(failed["B-05"], "Formular unvollständig: Kostenplan, Unterschrift");
    EXPECT_EQ(failed["B-06"], "Standort liegt in Düren, genannt ist Kreuzau");
    EXPECT_TRUE(project::verifyProject(out).problems.empty());
    // Nothing but the project itself is left in the folder.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path)) ++files;
    EXPECT_EQ(files, 1);
}

// Issue 9, 1.7: a crashed `demo` left its temporary file. Older versions used the fixed name
// ".STEM.tmp.gpkg", and its leftover journal made every later `demo` fail; today's temporaries
// carry the writer's process id. Neither blocks the next run, and both are gone afterwards.
TEST(DemoProject, LeftoversOfACrashedRunDoNotBlockAndAreRemoved) {
    testdata::TempDir dir;
    std::string out = dir.file("beispiel.gpkg");
    pid_t dead = fork();
    if (dead == 0) _exit(0);
    waitpid(dead, nullptr, 0);
    std::string stale = dir.file(".beispiel.gpkg.bk-tmp-" + std::to_string(dead) + "-7.gpkg");
    std::filesystem::copy_file(kBoundaries, dir.file(".beispiel.tmp.gpkg"));
    testdata::write(dir.file(".beispiel.tmp.gpkg-journal"), "a journal left by a crash");
    std::filesystem::copy_file(kBoundaries, stale);
    testdata::write(stale + "-journal", "a journal left by a crash");

    exchange::createDemoProject(kBoundaries, out);
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))
        files.push_back(entry.path().filename().string());
    EXPECT_EQ(files, std::vector<std::string>{"beispiel.gpkg"});
    EXPECT_EQ(project::Project::open(out, project::OpenOptions{true, ""}).applications().size(), 8u);
}

}  // namespace

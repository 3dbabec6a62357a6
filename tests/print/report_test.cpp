// The decision report on a scored copy of the example project (real Kreis Düren boundaries,
// ctest fixture kreis_dueren_project): pages, the text a reader finds in the PDF (pdftotext
// from poppler-utils), what it must never contain, the anonymous variant, the scores CSV and
// its escaping, and that the project file stays as it was.

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include <cairo-pdf.h>
#include <nlohmann/json.hpp>

#include "app/i18n/language.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/page_layout.hpp"
#include "app/print/report.hpp"
#include "app/exchange/demo.hpp"
#include "app/domain/eligibility.hpp"
#include "app/project/project.hpp"
#include "app/decision/pipeline.hpp"
#include "app/store/sha256.hpp"
#include "tests/support/import_fixtures.hpp"
#include "tests/support/pdf_text.hpp"

namespace {

using testsupport::readFile;
using testsupport::squeezed;

// The report's text is hyphenated (soft hyphens, U+00AD, at syllable boundaries); pdftotext
// gives the soft hyphen at the end of a line where a word was broken. Without it the words are
// whole again, as a reader's search finds them.
std::string withoutSoftHyphens(std::string text) {
    for (std::size_t at = text.find("\u00AD"); at != std::string::npos; at = text.find("\u00AD", at))
        text.erase(at, 2);
    return text;
}
std::string run(const std::string& command) { return withoutSoftHyphens(testsupport::run(command)); }
std::string pdfText(const std::string& pdf) { return withoutSoftHyphens(testsupport::pdfText(pdf)); }
using testsupport::pdfPages;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
const std::string kReason = "Bessere Erreichbarkeit mit Bus und Bahn";
const std::string kFormulaTitle = "=HYPERLINK(\"http://x\") Treffpunkt (fiktiv)";






// The example project with every eligible application scored by both fictional members (one
// of them recused once), one title that looks like a spreadsheet formula, and a recorded choice
// that differs from the recommendation, with a reason.
struct ScoredExample {
    testdata::TempDir dir;
    std::string path = dir.file("beispiel.gpkg");
    std::vector<std::int64_t> chosen;
    std::vector<std::string> memberNames;

    ScoredExample() {
        exchange::createDemoProject(kBoundaries, path);
        project::Project p = project::Project::open(path);
        const auto members = p.committee().members;
        for (const auto& m : members) memberNames.push_back(m.name);
        std::int64_t recusedApp = 0;
        for (const domain::Application& a : p.applications()) {
            if (!domain::assessEligibility(p.state(), a).eligible()) continue;
            if (!recusedApp) recusedApp = a.id;
            for (std::size_t m = 0; m < members.size(); ++m)
                for (int k = 1; k < decision::kCriteria; ++k)
                    p.apply(project::SetScore{members[m].id, a.id, static_cast<decision::Criterion>(k),
                                            static_cast<int>((a.id * 3 + static_cast<std::int64_t>(m) + k) % 6)});
        }
        p.apply(project::SetRecusal{members.back().id, recusedApp, true});
        domain::Application renamed = p.applications().front();
        renamed.title = kFormulaTitle;
        p.apply(project::UpdateApplication{renamed});

        const decision::ProjectRanking r = decision::rankProject(decision::decisionInput(p.state()));
        const decision::DecisionInput in = decision::decisionInput(p.state());
        std::vector<std::int64_t> recommended;
        for (std::size_t i : r.ranked.front().members) recommended.push_back(in.candidates[i].id);
        for (std::size_t i : r.ranked.at(1).members) chosen.push_back(in.candidates[i].id);
        std::sort(recommended.begin(), recommended.end());
        std::sort(chosen.begin(), chosen.end());
        p.apply(project::RecordChoice{chosen, kReason, {}});
    }
};

class ReportTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { example = new ScoredExample(); }
    static void TearDownTestSuite() {
        delete example;
        example = nullptr;
    }
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }
    static ScoredExample* example;
};
ScoredExample* ReportTest::example = nullptr;

TEST_F(ReportTest, PdfHasItsPagesAndTheDecisionAndNoContactData) {
    const std::string shaBefore = store::sha256Hex(readFile(example->path));
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    print::ReportOptions o;
    o.out = example->dir.file("bericht.pdf");
    o.dateIso = "2024-04-15";
    const print::ReportResult r = print::writeReport(p, o);

    EXPECT_EQ(r.csv, example->dir.file("bericht-bewertungen.csv"));
    // BK_KEEP_REPORT=DIR keeps a copy of the report and the project to look at.
    if (const char* keep = std::getenv("BK_KEEP_REPORT")) {
        for (const std::string& f : {o.out, r.csv, example->path})
            std::filesystem::copy_file(f, std::filesystem::path(keep) / std::filesystem::path(f).filename(),
                                       std::filesystem::copy_options::overwrite_existing);
    }
    EXPECT_GE(r.pages, 5);
    EXPECT_EQ(pdfPages(o.out), r.pages);
    // The map sheet is the last page, in landscape.
    const std::string last = run("pdfinfo -f " + std::to_string(r.pages) + " -l " +
                                 std::to_string(r.pages) + " '" + o.out + "'");
    EXPECT_NE(last.find("841.89 x 595.276"), std::string::npos) << last;

    const std::string raw = pdfText(o.out);
    const std::string text = squeezed(raw);
    ASSERT_FALSE(text.empty());
    for (const domain::Application& a : p.applications()) {
        EXPECT_NE(text.find(squeezed(a.nr)), std::string::npos) << a.nr;
        EXPECT_NE(text.find(squeezed(a.title)), std::string::npos) << a.title;
        for (const std::string* personal :
             {&a.contactName, &a.contactEmail, &a.contactPhone, &a.street})
            if (!personal->empty()) {
                EXPECT_EQ(text.find(squeezed(*personal)), std::string::npos) << *personal;
            }
    }
    // The chosen set and the reason; the recommendation it departs from.
    std::string chosenNrs;
    for (std::int64_t id : example->chosen) chosenNrs += (chosenNrs.empty() ? "" : "+") + p.find(id)->nr;
    // (-layout keeps a label and its value on one line.)
    const std::string layout = squeezed(run("pdftotext -layout -enc UTF-8 '" + o.out + "' -"));
    // Named as the map sheet names them (one pipeline: decision::decide).
    EXPECT_NE(layout.find("BeschlosseneAuswahl" + chosenNrs), std::string::npos) << chosenNrs;
    const decision::Outcome outcome = decision::decide(p.state());
    EXPECT_EQ(outcome.shown.kind, decision::ShownKind::Choice);
    EXPECT_EQ(outcome.shown.applications, example->chosen);
    std::string recommendedNrs;
    for (std::int64_t id : outcome.recommendation)
        recommendedNrs += (recommendedNrs.empty() ? "" : "+") + p.find(id)->nr;
    EXPECT_NE(recommendedNrs, chosenNrs);
    EXPECT_NE(layout.find("EmpfohleneAuswahl" + recommendedNrs), std::string::npos) << recommendedNrs;
    EXPECT_NE(text.find(squeezed(kReason)), std::string::npos);
    EXPECT_NE(text.find(squeezed("Empfehlung beim Beschluss")), std::string::npos);
    EXPECT_NE(text.find(squeezed("© GeoBasis-DE / BKG (2016)")), std::string::npos);
    EXPECT_NE(text.find(shaBefore), std::string::npos);
    EXPECT_NE(text.find(squeezed("Seite 1 von " + std::to_string(r.pages))), std::string::npos);
    EXPECT_NE(text.find(squeezed("Seite " + std::to_string(r.pages) + " von " +
                                 std::to_string(r.pages))),
              std::string::npos);
    EXPECT_NE(text.find("15.04.2024"), std::string::npos);
    EXPECT_NE(text.find(squeezed(std::string("Begegnungskarte ") + print::programVersion())),
              std::string::npos);
    EXPECT_NE(text.find(squeezed("Beispieldaten (fiktiv)")), std::string::npos);
    EXPECT_NE(text.find(squeezed("1.500 €")), std::string::npos);  // the call's Sachmittel
    EXPECT_NE(text.find("01.03.2024"), std::string::npos);          // its deadline
    for (const std::string& name : example->memberNames)
        EXPECT_NE(text.find(squeezed(name)), std::string::npos) << name;
    EXPECT_NE(text.find("befangen"), std::string::npos);
    // Written from a read-only project, which stays as it was.
    EXPECT_EQ(store::sha256Hex(readFile(example->path)), shaBefore);
}

TEST_F(ReportTest, AnonymousReportNamesNoMember) {
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    print::ReportOptions o;
    o.out = example->dir.file("anonym.pdf");
    o.anonymous = true;
    o.mapPage = false;
    const print::ReportResult r = print::writeReport(p, o);
    EXPECT_EQ(pdfPages(o.out), r.pages);
    const std::string text = squeezed(pdfText(o.out));
    const std::string csv = readFile(r.csv);
    for (const decision::Member& m : p.committee().members) {
        EXPECT_EQ(text.find(squeezed(m.name)), std::string::npos) << m.name;
        EXPECT_EQ(text.find(squeezed(m.role)), std::string::npos) << m.role;
        EXPECT_EQ(csv.find(m.name), std::string::npos) << m.name;
    }
    EXPECT_NE(text.find("Mitglied1"), std::string::npos);
    EXPECT_NE(text.find("Mitglied2"), std::string::npos);
    EXPECT_NE(csv.find(";Mitglied 2;"), std::string::npos);
}

TEST_F(ReportTest, EnglishReport) {
    i18n::setLanguage(i18n::Lang::En);
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    print::ReportOptions o;
    o.out = example->dir.file("report.pdf");
    o.scoresCsv = example->dir.file("scores.csv");
    o.dateIso = "2024-04-15";
    o.mapPage = false;
    const print::ReportResult r = print::writeReport(p, o);
    EXPECT_EQ(r.csv, *o.scoresCsv);
    const std::string text = squeezed(pdfText(o.out));
    EXPECT_NE(text.find("Decisionreport"), std::string::npos);
    EXPECT_NE(text.find("Chosenset"), std::string::npos);
    EXPECT_NE(text.find("Recommendedset"), std::string::npos);
    EXPECT_NE(text.find(squeezed("Page 1 of " + std::to_string(r.pages))), std::string::npos);
    EXPECT_NE(text.find("2024-04-15"), std::string::npos);
    EXPECT_NE(text.find(squeezed("€1,500")), std::string::npos);
    EXPECT_EQ(text.find("Seite"), std::string::npos);
}

TEST_F(ReportTest, ScoresCsvHasOneRowPerMemberApplicationAndCriterion) {
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    const std::string csv = print::scoresCsv(p, false);
    ASSERT_EQ(csv.rfind("\xEF\xBB\xBFnr;title;criterion;member;score;recused\n", 0), 0u);
    std::istringstream lines(csv.substr(3));
    std::string line;
    std::vector<std::string> first, second;
    bool inSecond = false;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) {
        if (line.empty()) {
            inSecond = true;
            continue;
        }
        (inSecond ? second : first).push_back(line);
    }
    const std::size_t members = p.committee().members.size();
    const std::size_t apps = p.applications().size();
    EXPECT_EQ(first.size(), apps * members * 5);
    ASSERT_FALSE(second.empty());
    EXPECT_EQ(second.front(), "nr;title;criterion;aggregate;spread;raters");
    const decision::DecisionInput in = decision::decisionInput(p.state());
    EXPECT_EQ(second.size() - 1, in.candidates.size() * 6);  // five criteria and the merit
    // The formula-like title is neutralised and quoted (it holds '"').
    EXPECT_NE(csv.find(";\"'=HYPERLINK(\"\"http://x\"\") Treffpunkt (fiktiv)\";akteure;"),
              std::string::npos);
    EXPECT_EQ(csv.find(";=HYPERLINK"), std::string::npos);
    // The recusal is marked, its score counted nowhere; nobody's e-mail address is in it.
    EXPECT_NE(csv.find(";ja\n"), std::string::npos);
    for (const domain::Application& a : p.applications())
        if (!a.contactEmail.empty()) {
            EXPECT_EQ(csv.find(a.contactEmail), std::string::npos);
        }
}

TEST_F(ReportTest, UnwritableOutputNamesTheFileAndChangesNothing) {
    const std::string shaBefore = store::sha256Hex(readFile(example->path));
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    print::ReportOptions o;
    o.out = example->dir.file("fehlt/bericht.pdf");
    o.mapPage = false;
    try {
        print::writeReport(p, o);
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(o.out), std::string::npos) << e.what();
    }
    EXPECT_FALSE(std::filesystem::exists(example->dir.file("fehlt")));
    // A CSV that cannot be written: no PDF either.
    o.out = example->dir.file("ohne-csv.pdf");
    o.scoresCsv = example->dir.file("fehlt/b.csv");
    EXPECT_THROW(print::writeReport(p, o), std::runtime_error);
    EXPECT_FALSE(std::filesystem::exists(o.out));
    for (const auto& e : std::filesystem::directory_iterator(example->dir.path))
        EXPECT_EQ(e.path().filename().string().find("tmp"), std::string::npos) << e.path();
    // Neither may replace the project file.
    o.out = example->dir.file("x.pdf");
    o.scoresCsv = example->path;
    EXPECT_THROW(print::writeReport(p, o), std::runtime_error);
    EXPECT_EQ(store::sha256Hex(readFile(example->path)), shaBefore);
}

// Whether `tool` can be run (poppler-utils' pdfinfo, qpdf).
bool haveTool(const std::string& tool) {
    return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

// The value of `key` ("Title", "Author", …) in pdfinfo's listing; empty when it has none.
std::string pdfInfo(const std::string& info, const std::string& key) {
    std::istringstream lines(info);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind(key + ":", 0) == 0) {
            const std::size_t value = line.find_first_not_of(' ', key.size() + 1);
            return value == std::string::npos ? "" : line.substr(value);
        }
    return {};
}

// Issue 12 §3: the document information a viewer, a file manager or an archive shows.
TEST_F(ReportTest, PdfCarriesTitleAuthorSubjectKeywordsAndCreator) {
    if (!haveTool("pdfinfo")) GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    print::ReportOptions o;
    o.out = example->dir.file("info.pdf");
    o.mapPage = false;
    print::writeReport(p, o);
    const std::string info = run("pdfinfo -enc UTF-8 '" + o.out + "'");
    const std::string& title = p.call().title;
    ASSERT_EQ(title, "Orte der Begegnung – Beispieldaten (fiktiv)");  // the demo's call
    EXPECT_EQ(pdfInfo(info, "Title"), "Entscheidungsbericht – " + title) << info;
    // The author is the office that ran the call (its contact, from the call settings).
    EXPECT_EQ(pdfInfo(info, "Author"), "amt52@kreis-dueren.de") << info;
    EXPECT_EQ(pdfInfo(info, "Author"), p.call().contact);
    EXPECT_EQ(pdfInfo(info, "Subject"),
              "Auswahl der geförderten Orte: Ausschreibung „" + title + "“")
        << info;
    const std::string keywords = pdfInfo(info, "Keywords");
    for (const char* word : {"Entscheidungsbericht", "Förderung", "Bewertung", "Orte der Begegnung"})
        EXPECT_NE(keywords.find(word), std::string::npos) << word << " in " << keywords;
    EXPECT_EQ(pdfInfo(info, "Creator"), std::string("Begegnungskarte ") + print::programVersion());
    EXPECT_EQ(pdfInfo(info, "Creator"), "Begegnungskarte 0.1.0");
    EXPECT_FALSE(pdfInfo(info, "CreationDate").empty()) << info;

    // In English, the subject and keywords are English; the title's call name stays the user's.
    i18n::setLanguage(i18n::Lang::En);
    o.out = example->dir.file("info-en.pdf");
    print::writeReport(p, o);
    const std::string en = run("pdfinfo -enc UTF-8 '" + o.out + "'");
    EXPECT_EQ(pdfInfo(en, "Title"), "Decision report – " + title) << en;
    EXPECT_EQ(pdfInfo(en, "Subject"), "Selection of the places funded: call for applications “" + title + "”");
}

// One bookmark (outline entry) in the PDF's `outlines` from `qpdf --json`: its title, the page
// it leads to (from 1), its children.
struct Bookmark {
    std::string title;
    int page = 0;
    std::vector<Bookmark> kids;
};

std::vector<Bookmark> bookmarks(const nlohmann::json& outlines) {
    std::vector<Bookmark> out;
    for (const nlohmann::json& o : outlines)
        out.push_back({o.value("title", ""), o.value("destpageposfrom1", 0),
                       bookmarks(o.value("kids", nlohmann::json::array()))});
    return out;
}

// Issue 12 §3: a bookmark per section, leading to the page its heading is on.
TEST_F(ReportTest, PdfHasABookmarkPerSectionLeadingToItsPage) {
    if (!haveTool("qpdf")) GTEST_SKIP() << "qpdf is not installed";
    const project::Project p = project::Project::open(example->path, project::OpenOptions{true, ""});
    print::ReportOptions o;
    o.out = example->dir.file("lesezeichen.pdf");
    o.dateIso = "2024-04-15";
    const print::ReportResult r = print::writeReport(p, o);
    const nlohmann::json doc =
        nlohmann::json::parse(run("qpdf --json --json-key=outlines '" + o.out + "'"));
    const std::vector<Bookmark> top = bookmarks(doc.at("outlines"));
    std::vector<std::string> titles;
    for (const Bookmark& b : top) titles.push_back(b.title);
    EXPECT_EQ(titles, (std::vector<std::string>{
                          "Entscheidungsbericht", "1 Ausschreibung",
                          "2 Bewerbungen und Förderfähigkeit", "3 Gremium und Bewertungen",
                          "4 Gewichte und Einstellungen", "5 Rangfolge der Auswahlen",
                          "6 Wie sicher ist die Empfehlung?", "7 Empfehlung und Beschluss",
                          "Karte der Auswahl"}));
    ASSERT_EQ(top.size(), 9u);
    EXPECT_EQ(top.front().page, 1);
    EXPECT_EQ(top.back().page, r.pages);  // the map sheet is the last page
    int previous = 0;
    for (std::size_t i = 0; i + 1 < top.size(); ++i) {
        const Bookmark& b = top[i];
        EXPECT_GE(b.page, previous) << b.title;
        previous = b.page;
        // The section's heading is on the page its bookmark leads to.
        const std::string page = squeezed(run("pdftotext -enc UTF-8 -f " + std::to_string(b.page) +
                                              " -l " + std::to_string(b.page) + " '" + o.out + "' -"));
        EXPECT_NE(page.find(squeezed(b.title)), std::string::npos) << b.title << " on page " << b.page;
    }
    // The subsections of section 3 (conflicts of interest, scores, aggregates) under it.
    const Bookmark& committee = top[3];
    ASSERT_GE(committee.kids.size(), 2u);
    EXPECT_EQ(committee.kids[0].title, "Befangenheit");
    for (const Bookmark& kid : committee.kids) EXPECT_GE(kid.page, committee.page) << kid.title;
}

TEST(PageLayout, WrapsAtSpacesAndCutsOverlongWords) {
    print::SurfacePtr surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10));
    print::ContextPtr cr(cairo_create(surface.get()));
    const print::TextStyle style{10, false, 0};
    // Too narrow for "Orte der Be-", the first syllable of "Begegnung" with its hyphen.
    const double width = print::textWidth(cr.get(), "Orte der Be-", style) - 1;
    std::vector<std::string> lines = print::wrapText(cr.get(), "Orte der Begegnung", style, width);
    for (std::string& line : lines) line = withoutSoftHyphens(line);
    EXPECT_EQ(lines, (std::vector<std::string>{"Orte der", "Begegnung"}));
    EXPECT_EQ(print::wrapText(cr.get(), "eins\nzwei", style, 1000),
              (std::vector<std::string>{"eins", "zwei"}));
    EXPECT_EQ(print::wrapText(cr.get(), "", style, 100), (std::vector<std::string>{""}));
    const auto pieces = print::wrapText(cr.get(), std::string(64, 'f') + "ü", style, 60);
    std::string joined;
    for (const std::string& piece : pieces) {
        EXPECT_LE(print::textWidth(cr.get(), piece, style), 60.0) << piece;
        joined += withoutSoftHyphens(piece);
    }
    EXPECT_EQ(joined, std::string(64, 'f') + "ü");
}

TEST(PageLayout, LongTableRepeatsItsHeaderOnEveryPage) {
    testdata::TempDir dir;
    const std::string pdf = dir.file("table.pdf");
    int pages = 0;
    {
        print::SurfacePtr surface(
            cairo_pdf_surface_create(pdf.c_str(), print::kA4Width, print::kA4Height));
        print::ContextPtr cr(cairo_create(surface.get()));
        print::PageFlow flow(cr.get(), {}, 0);
        print::Table t;
        t.columns = {{"Kopfzeile", 1}, {"Wert", 1, true}};
        for (int i = 0; i < 150; ++i) t.rows.push_back({"Zeile " + std::to_string(i), std::to_string(i * i)});
        flow.table(t);
        pages = flow.finish();
    }
    ASSERT_GE(pages, 3);
    EXPECT_EQ(pdfPages(pdf), pages);
    const std::string text = pdfText(pdf);
    std::size_t headers = 0;
    for (std::size_t at = text.find("Kopfzeile"); at != std::string::npos;
         at = text.find("Kopfzeile", at + 1))
        ++headers;
    EXPECT_EQ(headers, static_cast<std::size_t>(pages));
    for (int i : {0, 77, 149})
        EXPECT_NE(text.find("Zeile " + std::to_string(i) + "\n"), std::string::npos) << i;
}

}  // namespace

// The cooperation agreement's PDF draft: the text a reader finds in it (pdftotext from
// poppler-utils) for the default and for a stored agreement, German whatever the UI language,
// and that the file is replaced only by a complete new one.

#include "app/print/agreement.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "app/i18n/language.hpp"
#include "tests/support/pdf_text.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using testsupport::squeezed;

// The text in reading order (-layout: a list's numbers and a label's value on their line), soft
// hyphens (pdftotext keeps them where a word broke) and no-break spaces taken out, whitespace
// folded away: what a reader's search finds.
std::string readerText(const std::string& pdf) {
    std::string text = testsupport::run("pdftotext -layout -enc UTF-8 '" + pdf + "' -");
    for (const std::string mark : {"\u00AD", "\u00A0"})
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at))
            text.erase(at, mark.size());
    return squeezed(text);
}

bool has(const std::string& text, const std::string& part) {
    return text.find(squeezed(part)) != std::string::npos;
}

class AgreementPdfTest : public ::testing::Test {
  protected:
    void SetUp() override {
        state_.map.district = domain::AdminArea{"05358", "Düren", "Kreis", {}};
        domain::Municipality m;
        m.ags = "05358008";
        m.name = "Düren";
        m.bez = "Stadt";
        state_.map.municipalities.push_back(m);
        domain::Application a = testdata::sample("B-03");
        a.id = 3;
        state_.applications.push_back(a);
        domain::Application other = testdata::sample("B-04");
        other.id = 4;
        other.title = "Treffpunkt Bahnhof";
        state_.applications.push_back(other);
    }
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }

    // Writes the draft of application 3 and returns its text; BK_KEEP_AGREEMENT=DIR keeps a copy.
    std::string draftText(const std::string& name) {
        const std::string out = dir_.file(name);
        pages_ = print::writeAgreementPdf(state_, 3, out);
        EXPECT_EQ(testsupport::pdfPages(out), pages_);
        if (const char* keep = std::getenv("BK_KEEP_AGREEMENT"))
            std::filesystem::copy_file(out, std::filesystem::path(keep) / name,
                                       std::filesystem::copy_options::overwrite_existing);
        return readerText(out);
    }

    domain::ProjectState state_;
    testdata::TempDir dir_;
    int pages_ = 0;
};

TEST_F(AgreementPdfTest, TheDefaultDraftNamesPartiesPlaceFundingAndLists) {
    const std::string text = draftText("vertrag.pdf");
    EXPECT_GE(pages_, 2);
    EXPECT_TRUE(has(text, "Kooperationsvertrag"));
    EXPECT_TRUE(has(text, "Entwurf"));
    EXPECT_TRUE(has(text, "Seite 1 von " + std::to_string(pages_)));
    // The parties.
    EXPECT_TRUE(has(text, "Kreis Düren, Fachbereich Demografie (Fördergeber)"));
    EXPECT_TRUE(has(text, "Caritasverband für die Region Düren-Jülich e.V."));
    EXPECT_TRUE(has(text, "Stadt Düren (Kommune)"));
    // The place, not the other application.
    EXPECT_TRUE(has(text, "B-03"));
    EXPECT_TRUE(has(text, "Begegnungscafé am Markt"));
    EXPECT_TRUE(has(text, "Markt 1, 52349 Düren"));
    EXPECT_TRUE(has(text, "Di und Do 15–18 Uhr"));
    EXPECT_FALSE(has(text, "Treffpunkt Bahnhof"));
    // The funding: both lines per place, their sum, the terms verbatim.
    EXPECT_TRUE(has(text, "Sachmittel 1.500 €"));
    EXPECT_TRUE(has(text, "Beratungsleistungen 3.500 €"));
    EXPECT_TRUE(has(text, "Zusammen 5.000 €"));
    EXPECT_TRUE(has(text, "„" + state_.call.fundingTerms + "“"));
    EXPECT_TRUE(has(text, "auch nicht an die Kommune"));
    // The lists, numbered.
    EXPECT_TRUE(has(text, "§ 4 Zuständigkeiten"));
    EXPECT_TRUE(has(text, "§ 5 Aufgaben"));
    EXPECT_TRUE(has(text, "§ 6 Pflichten"));
    EXPECT_TRUE(has(text, "Keine Baumaßnahmen, Ausstattung oder Einrichtung aus Fördermitteln."));
    EXPECT_TRUE(has(text, "1. Kreis Düren: verwaltet die Fördermittel"));
    // Contact person, the adviser still to be named, the Kreis's contact, signatures.
    EXPECT_TRUE(has(text, "Erika Mustermann, erika@example.org"));
    EXPECT_TRUE(has(text, "wird vom Kreis nach Auswahl der Beratung benannt"));
    EXPECT_TRUE(has(text, "amt52@kreis-dueren.de"));
    EXPECT_TRUE(has(text, "§ 8 Laufzeit und Kündigung"));
    EXPECT_TRUE(has(text, "Für: Stadt Düren (Kommune)"));
    EXPECT_TRUE(has(text, "Ort, Datum"));
}

TEST_F(AgreementPdfTest, AStoredAgreementIsPrintedInsteadOfTheDefaults) {
    domain::Agreement g;
    g.application = 3;
    g.parties = {"Kreis Düren, Fachbereich Demografie", "Nachbarschaftsverein Birkesdorf e.V."};
    g.contactPerson = "Max Beispiel";
    g.adviser = "Beratungsbüro Quartier & Co.";
    g.responsibilities = {"Der Verein stellt den Raum im Pfarrheim."};
    g.tasks = {"Ein Sommerfest im Juli ausrichten.", "Eine Sprechstunde für Neuzugewanderte."};
    g.duties = {};
    state_.funding.agreements.push_back(g);
    state_.call.materialEurPerPlace = 1750.5;
    const std::string text = draftText("gespeichert.pdf");
    EXPECT_TRUE(has(text, "Nachbarschaftsverein Birkesdorf e.V."));
    EXPECT_TRUE(has(text, "Für: Nachbarschaftsverein Birkesdorf e.V."));
    EXPECT_TRUE(has(text, "Max Beispiel"));
    EXPECT_TRUE(has(text, "Beratungsbüro Quartier & Co."));
    EXPECT_TRUE(has(text, "1. Der Verein stellt den Raum im Pfarrheim."));
    EXPECT_TRUE(has(text, "2. Eine Sprechstunde für Neuzugewanderte."));
    EXPECT_TRUE(has(text, "(keine Einträge)"));  // the empty list of duties
    EXPECT_TRUE(has(text, "Sachmittel 1.750,50 €"));
    // None of the defaults.
    EXPECT_FALSE(has(text, "Erika Mustermann"));
    EXPECT_FALSE(has(text, "Keine Baumaßnahmen, Ausstattung oder Einrichtung aus Fördermitteln."));
    EXPECT_FALSE(has(text, "Stadt Düren (Kommune)"));
}

TEST_F(AgreementPdfTest, TheDocumentIsGermanWhateverTheUiLanguage) {
    const std::string german = draftText("deutsch.pdf");
    i18n::setLanguage(i18n::Lang::En);
    const std::string text = draftText("englisch.pdf");
    EXPECT_EQ(i18n::language(), i18n::Lang::En);  // the UI keeps its language
    EXPECT_TRUE(has(text, "Kooperationsvertrag"));
    EXPECT_TRUE(has(text, "Sachmittel 1.500 €"));
    EXPECT_FALSE(has(text, "€1,500"));
    EXPECT_FALSE(has(text, "Page"));
    // Hyphenated with the German patterns too ("Zu-stimmung", never "Zus-timmung"): the same
    // lines, soft hyphens and all.
    EXPECT_EQ(testsupport::pdfText(dir_.file("englisch.pdf")),
              testsupport::pdfText(dir_.file("deutsch.pdf")));
}

TEST_F(AgreementPdfTest, AnExistingFileIsReplacedOnlyBySuccess) {
    const std::string out = dir_.file("vertrag.pdf");
    testdata::write(out, "alt");
    try {
        print::writeAgreementPdf(state_, 99, out);
        ADD_FAILURE() << "no error for an unknown application";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()), "Bewerbung #99: nicht im Projekt");
    }
    EXPECT_EQ(testsupport::readFile(out), "alt");

    EXPECT_THROW(print::writeAgreementPdf(state_, 3, dir_.file("fehlt/vertrag.pdf")),
                 std::runtime_error);
    EXPECT_FALSE(std::filesystem::exists(dir_.file("fehlt")));

    print::writeAgreementPdf(state_, 3, out);
    EXPECT_EQ(testsupport::readFile(out).rfind("%PDF-", 0), 0u);
    // Nothing beside it: no temporary file left over.
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir_.path))
        ++files;
    EXPECT_EQ(files, 1);
}

}  // namespace

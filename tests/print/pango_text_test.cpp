// The report's text engine (app/print/pango_text.hpp): Pango's line breaking, kerning and hyphens,
// measured on a cairo context and checked in a PDF with poppler's pdftotext (word boxes from
// -bbox-layout).

#include <gtest/gtest.h>

#include <cairo-pdf.h>

#include <cctype>
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include "app/i18n/language.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/hyphenation.hpp"
#include "app/print/page_layout.hpp"
#include "app/print/pango_text.hpp"
#include "tests/support/import_fixtures.hpp"
#include "tests/support/pdf_text.hpp"

namespace {

using testsupport::pdfText;
using testsupport::run;
using testsupport::squeezed;

const std::string kParagraph =
    "Gefördert werden Orte der Begegnung, an denen sich Jüngere und Ältere, Alteingesessene und "
    "Zugezogene regelmäßig treffen können: Bürgerhäuser, Dorfgemeinschaftshäuser, Vereinsheime und "
    "Begegnungsstätten der Wohlfahrtsverbände. Die Förderung umfasst Sachmittel und "
    "Beratungsleistungen; Baumaßnahmen, Möbel und Ausstattung sind nicht förderfähig. Über die "
    "Auswahl entscheidet das Gremium nach den veröffentlichten Kriterien, gewichtet nach ihrer "
    "Bedeutung für die gleichmäßige Verteilung im Kreisgebiet.";

const std::string kSoftHyphen = "\u00AD";

std::string withoutSoftHyphens(std::string text) {
    for (std::size_t at = text.find(kSoftHyphen); at != std::string::npos; at = text.find(kSoftHyphen, at))
        text.erase(at, kSoftHyphen.size());
    return text;
}

struct Context {
    print::SurfacePtr surface{cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 10, 10)};
    print::ContextPtr cr{cairo_create(surface.get())};
};

// The right edges (xMax) of the words pdftotext finds in `pdf`, and the number of lines.
struct WordBoxes {
    std::vector<double> right;
    int lines = 0;
};

WordBoxes wordBoxes(const std::string& pdf) {
    WordBoxes boxes;
    const std::string html = run("pdftotext -bbox-layout -enc UTF-8 '" + pdf + "' -");
    static const std::regex word(R"re(<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)")re");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word); it != std::sregex_iterator();
         ++it)
        boxes.right.push_back(std::stod((*it)[1]));
    for (std::size_t at = html.find("<line"); at != std::string::npos; at = html.find("<line", at + 1))
        ++boxes.lines;
    return boxes;
}

// Issue 12 §3: a long German paragraph is broken into lines inside the text column, and every
// word comes out of the PDF again with its umlauts and ß.
TEST(PangoText, LongGermanParagraphWrapsInsideTheColumnWithUmlautsIntact) {
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    testdata::TempDir dir;
    const std::string pdf = dir.file("absatz.pdf");
    const double columnRight = print::kA4Width - print::PageFlow::kMargin;
    int expectedLines = 0;
    {
        print::SurfacePtr surface(
            cairo_pdf_surface_create(pdf.c_str(), print::kA4Width, print::kA4Height));
        print::ContextPtr cr(cairo_create(surface.get()));
        const print::TextStyle style{};
        expectedLines = print::TextBlock(cr.get(), kParagraph, style,
                                         columnRight - print::PageFlow::kMargin)
                            .lines();
        print::PageFlow flow(cr.get(), {}, 0);
        flow.paragraph(kParagraph, style);
        flow.finish();
    }
    EXPECT_GE(expectedLines, 5);
    // Where a word was hyphenated at the end of a line, pdftotext gives its soft hyphen.
    const std::string text = withoutSoftHyphens(pdfText(pdf));
    EXPECT_EQ(squeezed(text), squeezed(kParagraph)) << text;
    // A word hyphenated at a line end comes out in two pieces (Pango's hyphen is drawn, not text):
    // look for the words in the text without its line breaks.
    const std::string joined = squeezed(text);
    for (const char* word : {"Jüngere", "Ältere", "regelmäßig", "Förderung", "Baumaßnahmen",
                             "Möbel", "Über", "gleichmäßige", "förderfähig."})
        EXPECT_NE(joined.find(word), std::string::npos) << word;
    const WordBoxes boxes = wordBoxes(pdf);
    EXPECT_EQ(boxes.lines, expectedLines);
    ASSERT_FALSE(boxes.right.empty());
    double widest = 0;
    for (double right : boxes.right) widest = std::max(widest, right);
    EXPECT_LE(widest, columnRight + 0.5);
    // The lines are filled: the widest reaches close to the column's right edge.
    EXPECT_GE(widest, columnRight - 40);
}

// Kerning from the font: "AV" is narrower than "A" and "V" set apart (cairo's toy text API,
// which the report used before, does not kern).
TEST(PangoText, KernsLetterPairs) {
    Context c;
    const print::TextStyle style{20, false, 0};
    const double pair = print::textWidth(c.cr.get(), "AV", style);
    const double apart = print::textWidth(c.cr.get(), "A", style) + print::textWidth(c.cr.get(), "V", style);
    EXPECT_LT(pair, apart - 0.5) << pair << " vs " << apart;
}

// A word wider than the line that has no hyphenation points (here: a file number, which the
// dictionary hyphenation leaves alone) is broken between characters, with a hyphen where the
// break is between letters and none between digits (where it would read as part of the number);
// the lines together are the word.
TEST(PangoText, OverlongWordBreaksWithAHyphen) {
    Context c;
    const print::TextStyle style{10, false, 0};
    const std::string word = "Aktenzeichen4711Begegnungsstättenförderungsrichtlinie";
    const print::TextBlock block(c.cr.get(), word, style, 80);
    ASSERT_GE(block.lines(), 3);
    std::string joined;
    for (int i = 0; i < block.lines(); ++i) {
        joined += block.lineText(i);
        EXPECT_LE(block.lineWidth(i), 80.0) << i;
        if (i + 1 < block.lines()) {
            const double letters = print::textWidth(c.cr.get(), block.lineText(i), style);
            const std::string& line = block.lineText(i);
            const bool digits = std::isdigit(static_cast<unsigned char>(line.back())) &&
                                std::isdigit(static_cast<unsigned char>(block.lineText(i + 1).front()));
            if (digits)
                EXPECT_NEAR(block.lineWidth(i), letters, 0.5) << line;  // no hyphen inside "4711"
            else
                EXPECT_GT(block.lineWidth(i), letters + 2) << line;  // the inserted hyphen
        }
    }
    EXPECT_EQ(joined, word);
}

// A soft hyphen (U+00AD) is where Pango may break a compound: invisible in the unbroken word,
// a hyphen at the end of the line where it breaks.
TEST(PangoText, SoftHyphenBreaksACompoundWithAVisibleHyphen) {
    Context c;
    const print::TextStyle style{10, false, 0};
    const std::string soft = "Begegnungs\u00ADstätte";
    const double whole = print::textWidth(c.cr.get(), "Begegnungsstätte", style);
    EXPECT_NEAR(print::textWidth(c.cr.get(), soft, style), whole, 0.01);
    const double first = print::textWidth(c.cr.get(), "Begegnungs-", style);
    const print::TextBlock block(c.cr.get(), soft, style, first + 2);
    ASSERT_EQ(block.lines(), 2);
    EXPECT_EQ(block.lineText(0), "Begegnungs\u00AD");
    EXPECT_EQ(block.lineText(1), "stätte");
    EXPECT_NEAR(block.lineWidth(0), first, 0.5);
}

// Issue 12 §3, hyphenation for German: soft hyphens at the syllable boundaries of the German
// patterns, none in numbers, addresses and file names; Pango breaks there with a hyphen.
TEST(Hyphenation, GermanWordsBreakAtTheirSyllables) {
    if (!print::hyphenationAvailable(i18n::Lang::De))
        GTEST_SKIP() << "no German hyphenation (libhyphen-dev and hyphen-de; see data/setup.sh)";
    const std::string s = kSoftHyphen;
    EXPECT_EQ(print::insertSoftHyphens("Die Begegnungsstätte im Dorfgemeinschaftshaus", i18n::Lang::De),
              "Die Be" + s + "geg" + s + "nungs" + s + "stätte im Dorf" + s + "ge" + s + "mein" + s +
                  "schafts" + s + "haus");
    EXPECT_EQ(print::insertSoftHyphens("Förderungsrichtlinie, Übergänge", i18n::Lang::De),
              "För" + s + "de" + s + "rungs" + s + "richt" + s + "li" + s + "nie, Über" + s + "gänge");
    for (const char* alone : {"amt52@kreis-dueren.de", "beispiel.gpkg", "Aktenzeichen4711",
                              "https://www.bkg.bund.de", "Kreis", "Begegnungs\u00ADstätte"})
        EXPECT_EQ(print::insertSoftHyphens(alone, i18n::Lang::De), alone);
    if (print::hyphenationAvailable(i18n::Lang::En)) {
        EXPECT_EQ(print::insertSoftHyphens("applications", i18n::Lang::En),
                  "ap" + s + "pli" + s + "ca" + s + "tions");
    }

    // In a layout: too narrow for "Begegnungsstätte", the line ends after a syllable, drawn with
    // a hyphen.
    Context c;
    const print::TextStyle style{10, false, 0};
    const double width = print::textWidth(c.cr.get(), "Die Begegnungs-", style) + 1;
    const print::TextBlock block(c.cr.get(), "Die Begegnungsstätte", style, width);
    ASSERT_EQ(block.lines(), 2);
    EXPECT_EQ(block.lineText(0), "Die Be" + s + "geg" + s + "nungs" + s);
    EXPECT_EQ(block.lineText(1), "stätte");
    EXPECT_NEAR(block.lineWidth(0), width - 1, 0.5);
}

// Breaks at spaces and after a slash or hyphen inside a compound, as the report's tables need.
TEST(PangoText, BreaksAfterSlashesAndHyphens) {
    Context c;
    const print::TextStyle style{10, false, 0};
    const double width = print::textWidth(c.cr.get(), "Begegnungsstätte/", style) + 1;
    std::vector<std::string> lines =
        print::wrapText(c.cr.get(), "Begegnungsstätte/Bürgerhaus", style, width);
    for (std::string& line : lines) line = withoutSoftHyphens(line);
    EXPECT_EQ(lines, (std::vector<std::string>{"Begegnungsstätte/", "Bürgerhaus"}));
    lines = print::wrapText(c.cr.get(), "Nideggen-Schmidt Dorfhaus", style,
                            print::textWidth(c.cr.get(), "Nideggen-", style) + 1);
    for (std::string& line : lines) line = withoutSoftHyphens(line);
    EXPECT_EQ(lines, (std::vector<std::string>{"Nideggen-", "Schmidt", "Dorfhaus"}));
}

}  // namespace

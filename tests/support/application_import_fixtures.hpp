#pragma once
// Shared by the spreadsheet import's tests (tests/exchange/application_import*_test.cpp): rows
// of the template as maps from header to cell, CSV text made of them, an XLSX workbook written
// through GDAL, the import context of Kreis Düren's municipalities, and the test fixture
// ApplicationImport (English texts; German is tested on its own).

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/exchange/application_import.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/problem_text.hpp"
#include "geo/gdal_util.hpp"
#include "tests/support/import_fixtures.hpp"

namespace importtest {

using exchange::ImportProblem;
using testdata::TempDir;

// The columns of data/bewerbungen-vorlage.csv, in its order.
inline const std::vector<std::string> kTemplate = {"Nr",
                                                   "Kommune",
                                                   "Träger",
                                                   "Trägerart",
                                                   "Titel",
                                                   "Straße",
                                                   "PLZ",
                                                   "Ort",
                                                   "Breitengrad",
                                                   "Längengrad",
                                                   "Rechtswert",
                                                   "Hochwert",
                                                   "Liegenschaft",
                                                   "Phase",
                                                   "Akteure aktuell",
                                                   "Akteure Ziel",
                                                   "Akteursarten",
                                                   "Zielgruppen",
                                                   "Hauptamt Std/Woche",
                                                   "Ehrenamtliche",
                                                   "Eigenmittel EUR",
                                                   "Öffnungszeiten",
                                                   "Feste Ansprechperson",
                                                   "Ansprechperson",
                                                   "E-Mail",
                                                   "Telefon",
                                                   "Eingang E-Mail",
                                                   "Eingang Post",
                                                   "Vollständig",
                                                   "Konzept"};

using Row = std::map<std::string, std::string>;

// A complete, valid application in Düren, at the known point 50.8043 N, 6.4820 E
// (EPSG:25832: 322582.2, 5631084.9).
inline Row validRow(const std::string& nr) {
    return {{"Nr", nr},
            {"Kommune", "Düren"},
            {"Träger", "Caritasverband für die Region Düren-Jülich e.V."},
            {"Trägerart", "Wohlfahrtsverband"},
            {"Titel", "Begegnungscafé am Markt"},
            {"Straße", "Markt 1"},
            {"PLZ", "52349"},
            {"Ort", "Düren"},
            {"Breitengrad", "50.8043"},
            {"Längengrad", "6.4820"},
            {"Liegenschaft", "Bürger- / Gemeindehaus"},
            {"Phase", "Einrichtung"},
            {"Akteure aktuell", "4"},
            {"Akteure Ziel", "9"},
            {"Akteursarten", "Verein|Kommune"},
            {"Zielgruppen", "Senior*innen | Kinder"},
            {"Hauptamt Std/Woche", "12,5"},
            {"Ehrenamtliche", "7"},
            {"Eigenmittel EUR", "1.200"},
            {"Öffnungszeiten", "Di und Do 15–18 Uhr"},
            {"Feste Ansprechperson", "ja"},
            {"Ansprechperson", "Erika Mustermann"},
            {"E-Mail", "erika@example.org"},
            {"Telefon", "02421 000000"},
            {"Eingang E-Mail", "28.02.2024"},
            {"Eingang Post", "2024-03-01"},
            {"Vollständig", "nein"},
            {"Konzept", "Ein Ort für alle Generationen."}};
}

inline Row with(Row row, std::initializer_list<std::pair<const std::string, std::string>> changes) {
    for (const auto& [column, value] : changes) row[column] = value;
    return row;
}

inline std::string csvCell(const std::string& value, char separator) {
    if (value.find_first_of(std::string(1, separator) + "\"\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// CSV text with the given header and rows (missing cells empty), CRLF line ends as Excel writes.
inline std::string csv(const std::vector<std::string>& header, const std::vector<Row>& rows,
                       char separator = ';') {
    std::string out;
    auto line = [&](auto cell) {
        for (std::size_t i = 0; i < header.size(); ++i)
            out += (i ? std::string(1, separator) : "") + csvCell(cell(header[i]), separator);
        out += "\r\n";
    };
    line([](const std::string& h) { return h; });
    for (const Row& r : rows)
        line([&](const std::string& h) {
            auto it = r.find(h);
            return it == r.end() ? std::string() : it->second;
        });
    return out;
}

// Kreis Düren's municipalities; the district is a box around them (enough for these tests).
inline exchange::ImportContext context(std::set<std::string> existingNrs = {}) {
    exchange::ImportContext c;
    c.municipalities = {{"05358004", "Aldenhoven"},  {"05358008", "Düren"},
                        {"05358016", "Hürtgenwald"}, {"05358024", "Jülich"},
                        {"05358028", "Kreuzau"},     {"05358052", "Nörvenich"},
                        {"05358056", "Titz"},        {"05358060", "Vettweiß"}};
    c.existingNrs = std::move(existingNrs);
    c.insideDistrict = [](const geo::Vec2& p) {
        return p.x > 302000 && p.x < 340000 && p.y > 5608000 && p.y < 5659000;
    };
    return c;
}

// The expectations below are the English texts (--lang en); German is tested on its own.
struct ApplicationImport : ::testing::Test {
    TempDir dir;
    i18n::Lang languageBefore = i18n::language();
    ApplicationImport() { i18n::setLanguage(i18n::Lang::En); }
    ~ApplicationImport() override { i18n::setLanguage(languageBefore); }

    exchange::ApplicationFile read(const std::string& text,
                                   const exchange::ImportContext& c = context(),
                                   const std::string& name = "bewerbungen.csv") {
        std::string path = dir.file(name);
        testdata::write(path, text);
        return exchange::readApplicationFile(path, c);
    }
};

// The message without the row and column (English: the fixture sets it).
inline std::string messageOf(const ImportProblem& p) {
    return i18n::problemText(p.problem, i18n::Lang::En);
}

inline std::string describe(const std::vector<ImportProblem>& problems) {
    std::string out;
    for (const ImportProblem& p : problems) out += "\n  " + exchange::formatProblem(p);
    return out;
}

// Exactly one problem, at this row and column, whose message contains `text`.
inline void expectOneProblem(const exchange::ApplicationFile& f, int row, const std::string& column,
                             const std::string& text) {
    ASSERT_EQ(f.problems.size(), 1u) << describe(f.problems);
    EXPECT_EQ(f.problems[0].row, row) << describe(f.problems);
    EXPECT_EQ(f.problems[0].column, column) << describe(f.problems);
    EXPECT_NE(exchange::formatProblem(f.problems[0]).find(text), std::string::npos)
        << describe(f.problems);
}

inline void expectValidDueren(const domain::Application& a) {
    EXPECT_EQ(a.nr, "B-01");
    EXPECT_EQ(a.municipalityAgs, "05358008");
    EXPECT_EQ(a.applicant, "Caritasverband für die Region Düren-Jülich e.V.");
    EXPECT_EQ(a.applicantKind, domain::ApplicantKind::Wohlfahrtsverband);
    EXPECT_EQ(a.title, "Begegnungscafé am Markt");
    EXPECT_EQ(a.street, "Markt 1");
    EXPECT_EQ(a.postcode, "52349");
    EXPECT_EQ(a.town, "Düren");
    ASSERT_TRUE(a.site.has_value());
    EXPECT_NEAR(a.site->x, 322582.2, 0.1);
    EXPECT_NEAR(a.site->y, 5631084.9, 0.1);
    EXPECT_EQ(a.property, domain::PropertyKind::Buergerhaus);
    EXPECT_EQ(a.phase, domain::Phase::Einrichtung);
    EXPECT_EQ(a.actorsNow, 4);
    EXPECT_EQ(a.actorsTarget, 9);
    EXPECT_EQ(a.actorKinds, (std::vector<domain::ActorKind>{domain::ActorKind::Kommune,
                                                            domain::ActorKind::Verein}));
    EXPECT_EQ(a.targetGroups, (std::vector<domain::TargetGroup>{domain::TargetGroup::Kinder,
                                                                domain::TargetGroup::Senioren}));
    EXPECT_DOUBLE_EQ(a.staffHoursPerWeek, 12.5);
    EXPECT_EQ(a.volunteers, 7);
    EXPECT_DOUBLE_EQ(a.ownFundsEurPerYear, 1200);
    EXPECT_EQ(a.openingHours, "Di und Do 15–18 Uhr");
    EXPECT_TRUE(a.fixedContact);
    EXPECT_EQ(a.contactName, "Erika Mustermann");
    EXPECT_EQ(a.contactEmail, "erika@example.org");
    EXPECT_EQ(a.contactPhone, "02421 000000");
    EXPECT_EQ(a.receivedByEmail, domain::parseDate("2024-02-28"));
    EXPECT_EQ(a.receivedByPost, domain::parseDate("01.03.2024"));
    EXPECT_FALSE(a.formComplete);
    EXPECT_EQ(a.conceptText, "Ein Ort für alle Generationen.");
    EXPECT_EQ(a.status, domain::Status::Eingegangen);
    EXPECT_EQ(a.id, 0);
}

// ---- XLSX, written through GDAL's XLSX driver ------------------------------------------------

struct Dataset {
    GDALDatasetH ds;
    ~Dataset() {
        if (ds) GDALClose(ds);
    }
};

// Writes an XLSX workbook with one sheet: text columns, plus typed number and date cells for
// the columns in `typed` (as Excel stores them when the user types a number or a date).
inline void writeXlsx(const std::string& path, const std::vector<std::string>& header,
                      const std::vector<Row>& rows,
                      const std::map<std::string, OGRFieldType>& typed) {
    geo::initGdal();
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    ASSERT_NE(driver, nullptr);
    Dataset d{GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr)};
    ASSERT_NE(d.ds, nullptr) << geo::lastGdalError();
    OGRLayerH layer = GDALDatasetCreateLayer(d.ds, "Bewerbungen", nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const std::string& h : header) {
        auto it = typed.find(h);
        OGRFieldDefnH f = OGR_Fld_Create(h.c_str(), it == typed.end() ? OFTString : it->second);
        ASSERT_EQ(OGR_L_CreateField(layer, f, TRUE), OGRERR_NONE);
        OGR_Fld_Destroy(f);
    }
    for (const Row& r : rows) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (std::size_t i = 0; i < header.size(); ++i) {
            auto cell = r.find(header[i]);
            if (cell == r.end() || cell->second.empty()) continue;
            int k = static_cast<int>(i);
            auto type = typed.find(header[i]);
            if (type != typed.end() && type->second == OFTDate) {
                std::optional<domain::Date> date = domain::parseDate(cell->second);
                ASSERT_TRUE(date.has_value());
                OGR_F_SetFieldDateTime(feature, k, static_cast<int>(date->year()),
                                       static_cast<int>(static_cast<unsigned>(date->month())),
                                       static_cast<int>(static_cast<unsigned>(date->day())), 0, 0,
                                       0, 0);
            } else {
                OGR_F_SetFieldString(feature, k, cell->second.c_str());
            }
        }
        ASSERT_EQ(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
        OGR_F_Destroy(feature);
    }
}

}  // namespace importtest

// The export on the real Kreis Düren project (ctest fixture kreis_dueren_project): the written
// GeoPackage read back through GDAL, GeoJSON coordinates in longitude/latitude, the CSV read
// back by the importer, contact data only on request, the attribution in every file.

#include "app/exchange/application_export.hpp"

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "app/exchange/application_import.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "geo/gdal_util.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

namespace fs = std::filesystem;
using testdata::TempDir;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
const std::string kBkg = "© GeoBasis-DE / BKG (2016)";

// At the known point 50.8043 N, 6.4820 E in Düren, with every field set.
domain::Application withSite() {
    domain::Application a;
    a.nr = "E-01";
    a.municipalityAgs = "05358008";
    a.applicant = "Beispielverein Düren; \"Mitte\" e.V. (fiktiv)";
    a.applicantKind = domain::ApplicantKind::Verein;
    a.title = "Begegnungscafé am Markt (fiktiv)";
    a.street = "Markt 1";
    a.postcode = "52349";
    a.town = "Düren";
    a.site = geo::Vec2{322582.2, 5631084.9};
    a.property = domain::PropertyKind::Buergerhaus;
    a.phase = domain::Phase::Einrichtung;
    a.actorsNow = 4;
    a.actorsTarget = 9;
    a.actorKinds = {domain::ActorKind::Kommune, domain::ActorKind::SchuleKita};
    a.targetGroups = {domain::TargetGroup::Kinder, domain::TargetGroup::Senioren};
    a.staffHoursPerWeek = 12.5;
    a.fixedContact = true;
    a.openingHours = "Di und Do 15–18 Uhr";
    a.volunteers = 7;
    a.ownFundsEurPerYear = 1234.5;
    a.contactName = "Erika Beispiel";
    a.contactEmail = "erika@example.org";
    a.contactPhone = "02421 000000";
    a.receivedByEmail = domain::parseDate("28.02.2024");
    a.receivedByPost = domain::parseDate("01.03.2024");
    a.formComplete = true;
    a.conceptText = "Zwei Zeilen:\nJung und Alt.";
    return a;
}

// In Jülich, without a site and without dates.
domain::Application withoutSite() {
    domain::Application a;
    a.nr = "E-02";
    a.municipalityAgs = "05358024";
    a.applicant = "Stadt Jülich (fiktiv)";
    a.title = "Treff ohne Ort (fiktiv)";
    return a;
}

struct ApplicationExport : ::testing::Test {
    TempDir dir;
    std::string projectPath;

    void SetUp() override {
        projectPath = dir.file("projekt.gpkg");
        fs::copy_file(kBoundaries, projectPath);
        project::Project p = project::Project::open(projectPath);
        p.apply(project::AddApplication{withSite()});
        p.apply(project::AddApplication{withoutSite()});
    }

    exchange::ExportSummary write(const std::string& name, bool withContacts) {
        project::Project p = project::Project::open(projectPath, project::OpenOptions{true, ""});
        return exchange::exportApplications(p, {dir.file(name), withContacts});
    }
};

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Dataset {
    GDALDatasetH ds;
    ~Dataset() {
        if (ds) GDALClose(ds);
    }
};

std::string field(OGRFeatureH f, const char* name) {
    int i = OGR_F_GetFieldIndex(f, name);
    return i < 0 || !OGR_F_IsFieldSetAndNotNull(f, i) ? "" : OGR_F_GetFieldAsString(f, i);
}

TEST_F(ApplicationExport, GeoPackageReadBackThroughGdal) {
    exchange::ExportSummary s = write("bewerbungen.gpkg", false);
    EXPECT_EQ(s.format, exchange::ExportFormat::GeoPackage);
    EXPECT_EQ(s.applications, 2u);
    EXPECT_EQ(s.sites, 1u);

    geo::initGdal();
    const char* const drivers[] = {"GPKG", nullptr};
    Dataset d{GDALOpenEx(dir.file("bewerbungen.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                         drivers, nullptr, nullptr)};
    ASSERT_NE(d.ds, nullptr) << geo::lastGdalError();
    ASSERT_EQ(GDALDatasetGetLayerCount(d.ds), 1);
    OGRLayerH layer = GDALDatasetGetLayerByName(d.ds, "bewerbungen");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(OGR_L_GetGeomType(layer), wkbPoint);
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    ASSERT_NE(srs, nullptr);
    EXPECT_STREQ(OSRGetAuthorityCode(srs, nullptr), "25832");
    ASSERT_EQ(OGR_L_GetFeatureCount(layer, TRUE), 2);

    // The attribution: dataset metadata and the layer's description (gpkg_contents).
    const char* attribution = GDALGetMetadataItem(d.ds, "ATTRIBUTION", nullptr);
    ASSERT_NE(attribution, nullptr);
    EXPECT_EQ(std::string(attribution).rfind(kBkg, 0), 0u) << attribution;
    EXPECT_EQ(std::string(attribution).find(exchange::kExampleMark), std::string::npos);
    const char* description = GDALGetMetadataItem(layer, "DESCRIPTION", nullptr);
    ASSERT_NE(description, nullptr);
    EXPECT_NE(std::string(description).find(kBkg), std::string::npos) << description;

    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (const char* contact : {"ansprechperson", "email", "telefon"})
        EXPECT_EQ(OGR_FD_GetFieldIndex(defn, contact), -1) << contact;
    int received = OGR_FD_GetFieldIndex(defn, "eingang_post");
    ASSERT_GE(received, 0);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, received)), OFTDate);
    int complete = OGR_FD_GetFieldIndex(defn, "formular_vollstaendig");
    ASSERT_GE(complete, 0);
    EXPECT_EQ(OGR_Fld_GetSubType(OGR_FD_GetFieldDefn(defn, complete)), OFSTBoolean);

    OGR_L_ResetReading(layer);
    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(field(f, "nr"), "E-01");
    EXPECT_EQ(field(f, "titel"), "Begegnungscafé am Markt (fiktiv)");
    EXPECT_EQ(field(f, "traeger"), "Beispielverein Düren; \"Mitte\" e.V. (fiktiv)");
    EXPECT_EQ(field(f, "kommune"), "Düren");
    EXPECT_EQ(field(f, "kommune_ags"), "05358008");
    EXPECT_EQ(field(f, "akteursarten"), "Kommune | Schule / Kita");
    EXPECT_EQ(field(f, "eingang_post"), "2024/03/01");
    EXPECT_EQ(field(f, "hauptamt_std_woche"), "12.5");
    EXPECT_EQ(field(f, "foerderfaehig"), "1");
    EXPECT_EQ(field(f, "pruefung"), "alle Prüfungen bestanden");
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    ASSERT_NE(g, nullptr);
    EXPECT_DOUBLE_EQ(OGR_G_GetX(g, 0), 322582.2);
    EXPECT_DOUBLE_EQ(OGR_G_GetY(g, 0), 5631084.9);
    OGR_F_Destroy(f);

    f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(field(f, "nr"), "E-02");
    EXPECT_EQ(field(f, "kommune"), "Jülich");
    EXPECT_EQ(OGR_F_GetGeometryRef(f), nullptr);  // no site: an empty geometry, still listed
    EXPECT_EQ(field(f, "eingang_post"), "");
    EXPECT_EQ(field(f, "foerderfaehig"), "0");
    EXPECT_NE(field(f, "pruefung").find("kein Standort gesetzt"), std::string::npos);
    OGR_F_Destroy(f);
}

TEST_F(ApplicationExport, GeoPackageWithContacts) {
    write("kontakte.gpkg", true);
    Dataset d{GDALOpenEx(dir.file("kontakte.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                         nullptr, nullptr, nullptr)};
    ASSERT_NE(d.ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayerByName(d.ds, "bewerbungen");
    OGR_L_ResetReading(layer);
    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(field(f, "ansprechperson"), "Erika Beispiel");
    EXPECT_EQ(field(f, "email"), "erika@example.org");
    EXPECT_EQ(field(f, "telefon"), "02421 000000");
    OGR_F_Destroy(f);
}

TEST_F(ApplicationExport, GeoJsonInLongitudeLatitude) {
    exchange::ExportSummary s = write("bewerbungen.geojson", false);
    EXPECT_EQ(s.format, exchange::ExportFormat::GeoJson);
    nlohmann::json j = nlohmann::json::parse(readText(dir.file("bewerbungen.geojson")));
    EXPECT_EQ(j.at("type"), "FeatureCollection");
    EXPECT_FALSE(j.contains("crs"));  // RFC 7946: WGS 84 without saying so
    ASSERT_TRUE(j.contains("attribution"));
    EXPECT_EQ(j["attribution"].get<std::string>().rfind(kBkg, 0), 0u);
    ASSERT_EQ(j.at("features").size(), 2u);

    const nlohmann::json& first = j["features"][0];
    EXPECT_EQ(first.at("properties").at("nr"), "E-01");
    EXPECT_EQ(first["properties"].at("titel"), "Begegnungscafé am Markt (fiktiv)");
    EXPECT_EQ(first["properties"].at("eingang_email"), "2024-02-28");
    EXPECT_EQ(first["properties"].at("feste_ansprechperson"), true);
    EXPECT_EQ(first["properties"].at("akteure_ziel"), 9);
    for (const char* contact : {"ansprechperson", "email", "telefon"})
        EXPECT_FALSE(first["properties"].contains(contact)) << contact;
    EXPECT_EQ(first.at("geometry").at("type"), "Point");
    const nlohmann::json& xy = first["geometry"].at("coordinates");
    ASSERT_EQ(xy.size(), 2u);
    EXPECT_NEAR(xy[0].get<double>(), 6.4820, 1e-6);   // longitude first
    EXPECT_NEAR(xy[1].get<double>(), 50.8043, 1e-6);  // then latitude

    const nlohmann::json& second = j["features"][1];
    EXPECT_EQ(second.at("properties").at("nr"), "E-02");
    EXPECT_TRUE(second.at("geometry").is_null());
    EXPECT_TRUE(second["properties"].at("eingang_post").is_null());

    write("kontakte.geojson", true);
    nlohmann::json c = nlohmann::json::parse(readText(dir.file("kontakte.geojson")));
    EXPECT_EQ(c["features"][0]["properties"].at("email"), "erika@example.org");
    EXPECT_EQ(c["features"][0]["properties"].at("ansprechperson"), "Erika Beispiel");
    EXPECT_EQ(c["features"][0]["properties"].at("telefon"), "02421 000000");
}

// The template fields of an application, as the CSV carries them.
void expectSameTemplateFields(const domain::Application& a, const domain::Application& b,
                              bool contacts) {
    EXPECT_EQ(a.nr, b.nr);
    EXPECT_EQ(a.municipalityAgs, b.municipalityAgs);
    EXPECT_EQ(a.applicant, b.applicant);
    EXPECT_EQ(a.applicantKind, b.applicantKind);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.street, b.street);
    EXPECT_EQ(a.postcode, b.postcode);
    EXPECT_EQ(a.town, b.town);
    ASSERT_EQ(a.site.has_value(), b.site.has_value());
    if (a.site) {
        EXPECT_NEAR(a.site->x, b.site->x, 0.005);
        EXPECT_NEAR(a.site->y, b.site->y, 0.005);
    }
    EXPECT_EQ(a.property, b.property);
    EXPECT_EQ(a.phase, b.phase);
    EXPECT_EQ(a.actorsNow, b.actorsNow);
    EXPECT_EQ(a.actorsTarget, b.actorsTarget);
    EXPECT_EQ(a.actorKinds, b.actorKinds);
    EXPECT_EQ(a.targetGroups, b.targetGroups);
    EXPECT_DOUBLE_EQ(a.staffHoursPerWeek, b.staffHoursPerWeek);
    EXPECT_EQ(a.volunteers, b.volunteers);
    EXPECT_DOUBLE_EQ(a.ownFundsEurPerYear, b.ownFundsEurPerYear);
    EXPECT_EQ(a.openingHours, b.openingHours);
    EXPECT_EQ(a.fixedContact, b.fixedContact);
    EXPECT_EQ(a.receivedByEmail, b.receivedByEmail);
    EXPECT_EQ(a.receivedByPost, b.receivedByPost);
    EXPECT_EQ(a.formComplete, b.formComplete);
    EXPECT_EQ(a.conceptText, b.conceptText);
    if (contacts) {
        EXPECT_EQ(a.contactName, b.contactName);
        EXPECT_EQ(a.contactEmail, b.contactEmail);
        EXPECT_EQ(a.contactPhone, b.contactPhone);
    } else {
        EXPECT_EQ(b.contactName, "");
        EXPECT_EQ(b.contactEmail, "");
        EXPECT_EQ(b.contactPhone, "");
    }
}

TEST_F(ApplicationExport, CsvReadsBackIntoAnEmptyProject) {
    for (bool contacts : {true, false}) {
        SCOPED_TRACE(contacts ? "with contacts" : "without contacts");
        const std::string name = contacts ? "kontakte.csv" : "bewerbungen.csv";
        exchange::ExportSummary s = write(name, contacts);
        EXPECT_EQ(s.format, exchange::ExportFormat::Csv);
        const std::string text = readText(dir.file(name));
        EXPECT_EQ(text.rfind("\xEF\xBB\xBF"
                             "Nr;Kommune;Träger;Trägerart;Titel;",
                             0),
                  0u);
        EXPECT_EQ(text.find("Ansprechperson;E-Mail;Telefon") != std::string::npos, contacts);
        EXPECT_EQ(text.find("erika@example.org") != std::string::npos, contacts);
        EXPECT_EQ(text.find("Erika Beispiel") != std::string::npos, contacts);
        EXPECT_EQ(text.find("02421 000000") != std::string::npos, contacts);

        const std::string emptyPath = dir.file(contacts ? "leer1.gpkg" : "leer2.gpkg");
        fs::copy_file(kBoundaries, emptyPath);
        project::Project empty = project::Project::open(emptyPath);
        exchange::ApplicationFile f =
            exchange::readApplicationFile(dir.file(name), exchange::importContextFor(empty));
        ASSERT_TRUE(f.problems.empty()) << exchange::formatProblem(f.problems.at(0));
        EXPECT_TRUE(f.ignoredColumns.empty());
        ASSERT_EQ(f.applications.size(), 2u);
        empty.apply(project::ImportApplications{f.applications, name});
        ASSERT_EQ(empty.applications().size(), 2u);
        expectSameTemplateFields(withSite(), empty.applications()[0], contacts);
        expectSameTemplateFields(withoutSite(), empty.applications()[1], contacts);
    }
}

TEST(ApplicationExportColumns, TheTemplateHasTheSpreadsheetColumns) {
    std::string header = readText(std::string(BK_SOURCE_DIR) + "/data/bewerbungen-vorlage.csv");
    std::string expected = "\xEF\xBB\xBF";
    for (std::string_view c : exchange::kSpreadsheetColumns)
        expected += (expected.size() > 3 ? ";" : "") + std::string(c);
    while (!header.empty() && (header.back() == '\n' || header.back() == '\r')) header.pop_back();
    EXPECT_EQ(header, expected);
}

TEST(ApplicationExportExample, TheExampleProjectIsMarkedInEveryFile) {
    TempDir dir;
    exchange::createDemoProject(kBoundaries, dir.file("beispiel.gpkg"));
    project::Project p =
        project::Project::open(dir.file("beispiel.gpkg"), project::OpenOptions{true, ""});
    EXPECT_EQ(exchange::exportAttribution(p), kBkg +
                                               " · © Statistische Ämter des Bundes und der "
                                               "Länder, Zensus 2022 · Beispieldaten (fiktiv)");
    exchange::exportApplications(p, {dir.file("b.geojson"), false});
    nlohmann::json j = nlohmann::json::parse(readText(dir.file("b.geojson")));
    EXPECT_NE(j.at("attribution").get<std::string>().find("Beispieldaten (fiktiv)"),
              std::string::npos);
    EXPECT_EQ(j.at("features").size(), 8u);
    exchange::exportApplications(p, {dir.file("b.gpkg"), false});
    Dataset d{GDALOpenEx(dir.file("b.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                         nullptr, nullptr)};
    ASSERT_NE(d.ds, nullptr);
    const char* attribution = GDALGetMetadataItem(d.ds, "ATTRIBUTION", nullptr);
    ASSERT_NE(attribution, nullptr);
    EXPECT_NE(std::string(attribution).find("Beispieldaten (fiktiv)"), std::string::npos);
}

std::vector<std::string> filesIn(const fs::path& folder) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(folder))
        out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

TEST_F(ApplicationExport, BadTargetsLeaveNothingBehind) {
    struct English {  // the English texts (--lang en), whatever ends the test
        i18n::Lang before = i18n::language();
        English() { i18n::setLanguage(i18n::Lang::En); }
        ~English() { i18n::setLanguage(before); }
    } english;
    project::Project p = project::Project::open(projectPath, project::OpenOptions{true, ""});
    // Compared with what is there now: SetUp's copy may or may not have left a migration
    // backup, depending on whether the shared boundary project was migrated already.
    fs::create_directory(dir.file("ordner.csv"));
    const std::vector<std::string> before = filesIn(dir.path);
    auto messageOf = [&](const std::string& out) {
        try {
            exchange::exportApplications(p, {out, false});
        } catch (const std::runtime_error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(messageOf(dir.file("fehlt/a.gpkg")), dir.file("fehlt/a.gpkg") +
                                                       ": cannot write here, the folder " +
                                                       dir.file("fehlt") + " does not exist");
    EXPECT_EQ(messageOf(dir.file("a.shp")),
              dir.file("a.shp") + ": unknown export format '.shp'; use .gpkg, .geojson, .csv or .xlsx");
    EXPECT_EQ(messageOf(projectPath),
              projectPath + ": this is the project file itself; choose another name");
    EXPECT_EQ(messageOf(dir.file("ordner.csv")),
              dir.file("ordner.csv") + ": is a folder, not a regular file; refusing to replace it");
    // A FIFO (as a device would be) is refused and stays what it is, for every format.
    for (const std::string name : {"pipe.csv", "pipe.gpkg", "pipe.geojson"}) {
        ASSERT_EQ(::mkfifo(dir.file(name).c_str(), 0600), 0);
        EXPECT_EQ(messageOf(dir.file(name)),
                  dir.file(name) + ": is a pipe (FIFO), not a regular file; refusing to replace it");
        EXPECT_TRUE(fs::is_fifo(fs::symlink_status(dir.file(name))));
        fs::remove(dir.file(name));
    }
    EXPECT_EQ(filesIn(dir.path), before);
}

TEST_F(ApplicationExport, AnExistingFileIsReplaced) {
    testdata::write(dir.file("alt.geojson"), "alt");
    write("alt.geojson", false);
    EXPECT_NO_THROW(nlohmann::json::parse(readText(dir.file("alt.geojson"))));
    testdata::write(dir.file("alt.gpkg"), "alt");
    write("alt.gpkg", false);
    Dataset d{GDALOpenEx(dir.file("alt.gpkg").c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                         nullptr, nullptr)};
    EXPECT_NE(d.ds, nullptr);
    for (const auto& e : fs::directory_iterator(dir.path))
        EXPECT_EQ(e.path().filename().string().find("tmp"), std::string::npos) << e.path();
}

TEST_F(ApplicationExport, ASymlinkedTargetIsReplacedThroughTheLink) {
    testdata::write(dir.file("echt.csv"), "alt");
    fs::create_symlink("echt.csv", dir.file("link.csv"));
    write("link.csv", false);
    EXPECT_TRUE(fs::is_symlink(dir.file("link.csv")));
    EXPECT_EQ(readText(dir.file("echt.csv")).rfind("\xEF\xBB\xBFNr;Kommune;", 0), 0u);
}

// Formula injection: text cells starting with = + - @ are neutralised by the one CSV writer,
// quoted where they hold ';', '"' or a line break; plain numbers stay numbers.
TEST_F(ApplicationExport, CsvCellsCannotBeFormulas) {
    {
        project::Project p = project::Project::open(projectPath);
        domain::Application a = withoutSite();
        a.nr = "E-03";
        a.title = "=HYPERLINK(\"http://x\";\"klick\")";
        a.applicant = "=1+2";
        a.street = "@F-1";
        a.town = "+1";
        a.openingHours = "-5";
        a.conceptText = "Zeile; eins\n\"zwei\"";
        p.apply(project::AddApplication{a});
    }
    write("formeln.csv", false);
    const std::string text = readText(dir.file("formeln.csv"));
    std::string row = text.substr(text.find("\r\nE-03;") + 2);
    row = row.substr(0, row.rfind("\r\n"));
    EXPECT_EQ(row.rfind("E-03;Jülich;'=1+2;", 0), 0u) << row;
    EXPECT_NE(row.find(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")\";'@F-1;;'+1;"),
              std::string::npos)
        << row;
    EXPECT_NE(row.find(";-5;"), std::string::npos) << row;
    EXPECT_NE(row.find(";\"Zeile; eins\n\"\"zwei\"\"\""), std::string::npos) << row;
    for (const std::string bad : {";=", ";@", ";+", ";\"="})
        EXPECT_EQ(text.find(bad), std::string::npos) << bad;
}

}  // namespace

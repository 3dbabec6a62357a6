#include "app/project/project.hpp"

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "app/exchange/boundary_import.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using testdata::TempDir;
const project::OpenOptions kReadOnly{true, ""};

using testdata::sample;

struct ProjectTest : ::testing::Test {
    TempDir dir;
    std::string path;

    void SetUp() override {
        path = testdata::boundaryProject(dir);
    }

    void sqlite(const std::string& statement) { testdata::sqliteExec(path, statement); }
};

TEST_F(ProjectTest, OpeningABoundaryFileCreatesTheTablesAfterABackup) {
    project::Project p = project::Project::open(path, project::OpenOptions{false, "Prüfer"});
    EXPECT_FALSE(p.readOnly());
    EXPECT_TRUE(fs::exists(path + ".bak-schema0"));
    EXPECT_EQ(p.call().title, "Orte der Begegnung");
    EXPECT_EQ(domain::isoDate(p.call().deadline), "2024-03-01");
    EXPECT_EQ(p.call().placesFunded, 2);
    EXPECT_EQ(p.call().materialEurPerPlace, 1500);
    EXPECT_EQ(p.call().consultingEurPerPlace, 3500);
    EXPECT_EQ(p.call().contact, "amt52@kreis-dueren.de");
    EXPECT_EQ(p.call().criteria.size(), 6u);
    EXPECT_TRUE(p.applications().empty());
    EXPECT_EQ(p.map().municipalities.size(), 2u);
    project::VerifyReport r = project::verifyProject(path);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_EQ(r.schemaVersion, project::kSchemaVersion);
}

TEST_F(ProjectTest, ApplicationRoundTripThroughTheFile) {
    domain::Application a = sample("B-01");
    {
        project::Project p = project::Project::open(path);
        p.apply(project::AddApplication{a});
        ASSERT_EQ(p.applications().size(), 1u);
        EXPECT_EQ(p.applications()[0].id, 1);
    }
    project::Project reopened = project::Project::open(path);
    ASSERT_EQ(reopened.applications().size(), 1u);
    a.id = 1;
    EXPECT_EQ(reopened.applications()[0], a);
    EXPECT_EQ(reopened.municipalityAt(*a.site), 1u);  // index of Düren
    EXPECT_FALSE(reopened.municipalityAt({0, 0}).has_value());
}

TEST_F(ProjectTest, GdalReadsTheSitesAsAGeoPackagePointLayer) {
    {
        project::Project p = project::Project::open(path);
        p.apply(project::AddApplication{sample("B-01")});
        domain::Application b = sample("B-02");
        b.site = geo::Vec2{300500, 5600500};
        p.apply(project::AddApplication{b});
    }
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    ASSERT_NE(ds, nullptr);
    EXPECT_STREQ(GDALGetDriverShortName(GDALGetDatasetDriver(ds)), "GPKG");
    OGRLayerH layer = GDALDatasetGetLayerByName(ds, "standorte");
    ASSERT_NE(layer, nullptr);
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, TRUE), 2);
    EXPECT_EQ(OGR_L_GetGeomType(layer), wkbPoint);
    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    OGRGeometryH g = OGR_F_GetGeometryRef(f);
    EXPECT_DOUBLE_EQ(OGR_G_GetX(g, 0), 303500);
    EXPECT_DOUBLE_EQ(OGR_G_GetY(g, 0), 5601500);
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "nr")), "B-01");
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "status")), "eingegangen");
    OGR_F_Destroy(f);
    const char* srs = OSRGetAuthorityCode(OGR_L_GetSpatialRef(layer), nullptr);
    EXPECT_STREQ(srs, "25832");
    OGRLayerH applications = GDALDatasetGetLayerByName(ds, "bewerbungen");
    ASSERT_NE(applications, nullptr);
    EXPECT_EQ(OGR_L_GetFeatureCount(applications, TRUE), 2);
    EXPECT_NE(GDALDatasetGetLayerByName(ds, "audit_log"), nullptr);
    GDALClose(ds);
}

TEST_F(ProjectTest, InvalidEditsChangeNothing) {
    project::Project p = project::Project::open(path);
    p.apply(project::AddApplication{sample("B-01")});
    auto expectRefused = [&](domain::Application a, const std::string& fragment) {
        std::size_t entries = p.auditLog().size();
        try {
            p.apply(project::AddApplication{std::move(a)});
            ADD_FAILURE() << "accepted, expected: " << fragment;
        } catch (const project::ValidationError& e) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
        EXPECT_EQ(p.applications().size(), 1u);
        EXPECT_EQ(p.auditLog().size(), entries);
    };
    expectRefused(sample("B-01"), "Nr „B-01“ ist im Projekt schon vergeben");
    domain::Application a = sample("B-02");
    a.actorsNow = -1;
    expectRefused(a, "Akteur*innen aktuell: „-1“ ist negativ");
    a = sample("B-02");
    a.municipalityAgs = "05999001";
    expectRefused(a, "Kommune „05999001“ gehört nicht zum Kreis");
    a = sample("B-02");
    a.contactEmail = "erika at example.org";
    expectRefused(a, "keine E-Mail-Adresse");
    a = sample("B-02");
    a.status = domain::Status::NichtFoerderfaehig;
    expectRefused(a, "braucht eine Begründung");
    a = sample("");
    expectRefused(a, "Nr fehlt");
    EXPECT_THROW(p.apply(project::DeleteApplication{42}), project::ValidationError);
    EXPECT_EQ(project::Project::open(path, kReadOnly).applications().size(), 1u);
}

TEST_F(ProjectTest, UndoAndRedoEveryKindOfEdit) {
    project::Project p = project::Project::open(path);
    p.apply(project::AddApplication{sample("B-01")});
    domain::Application changed = p.applications()[0];
    changed.title = "Neuer Titel";
    p.apply(project::UpdateApplication{changed});
    p.apply(project::MoveSite{1, geo::Vec2{301000, 5601000}});
    domain::CallSettings call = p.call();
    call.placesFunded = 3;
    p.apply(project::UpdateCall{call});
    p.apply(project::DeleteApplication{1});
    EXPECT_TRUE(p.applications().empty());
    EXPECT_EQ(p.undoDescription(), "Bewerbung gelöscht: B-01");

    p.undo();  // delete
    ASSERT_EQ(p.applications().size(), 1u);
    EXPECT_EQ(p.applications()[0].site->x, 301000);
    p.undo();  // call
    EXPECT_EQ(p.call().placesFunded, 2);
    p.undo();  // site
    EXPECT_EQ(p.applications()[0].site->x, 303500);
    p.undo();  // title
    EXPECT_EQ(p.applications()[0].title, "Begegnungscafé am Markt");
    p.undo();  // add
    EXPECT_TRUE(p.applications().empty());
    EXPECT_FALSE(p.canUndo());
    p.redo();
    p.redo();
    EXPECT_EQ(p.applications()[0].title, "Neuer Titel");
    EXPECT_TRUE(p.canRedo());
    // A new edit drops the redo steps.
    p.apply(project::MoveSite{1, std::nullopt});
    EXPECT_FALSE(p.canRedo());
    EXPECT_FALSE(p.applications()[0].site.has_value());

    project::Project reopened = project::Project::open(path, kReadOnly);
    ASSERT_EQ(reopened.applications().size(), 1u);
    EXPECT_EQ(reopened.applications()[0].title, "Neuer Titel");
    EXPECT_FALSE(reopened.applications()[0].site.has_value());
    std::vector<project::AuditEntry> log = reopened.auditLog();
    ASSERT_EQ(log.size(), 13u);  // 5 edits, 5 undos, 2 redos, 1 edit
    EXPECT_EQ(log[5].action, "undo:application.delete");
    EXPECT_EQ(log[5].description, "Rückgängig: Bewerbung gelöscht: B-01");
    EXPECT_EQ(log[10].action, "redo:application.add");
    EXPECT_EQ(log[10].description, "Wiederholt: Bewerbung angelegt: B-01");
    EXPECT_EQ(log[0].user, reopened.user());
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST_F(ProjectTest, ImportIsAllOrNothingAndUndoesAsOne) {
    project::Project p = project::Project::open(path);
    project::ImportApplications batch{{sample("B-01"), sample("B-02"), sample("B-01")}, "x.csv"};
    EXPECT_THROW(p.apply(batch), project::ValidationError);
    EXPECT_TRUE(p.applications().empty());
    batch.applications.pop_back();
    p.apply(batch);
    EXPECT_EQ(p.applications().size(), 2u);
    EXPECT_EQ(p.auditLog().back().object, "x.csv");
    EXPECT_EQ(p.auditLog().back().description, "2 Bewerbungen importiert: x.csv");
    EXPECT_EQ(p.undoDescription(), "2 Bewerbungen importiert: x.csv");
    p.undo();
    EXPECT_TRUE(p.applications().empty());
    EXPECT_TRUE(project::Project::open(path, kReadOnly).applications().empty());
}

TEST_F(ProjectTest, AuditLogIsAppendOnlyAndVerifyFindsTampering) {
    {
        project::Project p = project::Project::open(path);
        p.apply(project::AddApplication{sample("B-01")});
        p.apply(project::AddApplication{sample("B-02")});
        p.apply(project::DeleteApplication{1});
    }
    project::VerifyReport ok = project::verifyProject(path);
    EXPECT_TRUE(ok.problems.empty());
    EXPECT_EQ(ok.auditEntries, 3);
    EXPECT_EQ(ok.applications, 1);

    // The triggers refuse edits through SQLite itself...
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "UPDATE audit_log SET benutzer = 'x'", nullptr, nullptr, nullptr),
              SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit_log WHERE id = 2", nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);

    // ...and whoever removes them to edit a row is found out by verify.
    sqlite(
        "DROP TRIGGER audit_log_append_only_update; UPDATE audit_log SET benutzer = 'Mallory' "
        "WHERE id = 2");
    project::VerifyReport edited = project::verifyProject(path);
    ASSERT_EQ(edited.problems.size(), 2u);
    EXPECT_EQ(edited.problems[0], "der Schutz des Protokolls „audit_log_append_only_update“ wurde entfernt");
    EXPECT_NE(edited.problems[1].find("Protokolleintrag 2"), std::string::npos);
    EXPECT_NE(edited.problems[1].find("nachträglich geändert"), std::string::npos);
}

TEST_F(ProjectTest, VerifyFindsARemovedEntry) {
    {
        project::Project p = project::Project::open(path);
        for (const char* nr : {"B-01", "B-02", "B-03"}) p.apply(project::AddApplication{sample(nr)});
    }
    sqlite("DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE id = 2");
    project::VerifyReport r = project::verifyProject(path);
    bool missing = false, chain = false;
    for (const std::string& problem : r.problems) {
        missing = missing || problem == "Protokolleinträge 2 bis 2 fehlen";
        chain = chain || problem.find("Protokolleintrag 3") != std::string::npos;
    }
    EXPECT_TRUE(missing);
    EXPECT_TRUE(chain);
}

TEST_F(ProjectTest, NewerSchemaIsRefusedAndTheFileLeftAlone) {
    project::Project::open(path);
    sqlite("UPDATE bk_meta SET value = '7' WHERE key = 'schema_version'");
    auto before = fs::last_write_time(path);
    try {
        project::Project::open(path);
        FAIL();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("von einer neueren Begegnungskarte geschrieben (Schema 7"), std::string::npos);
    }
    EXPECT_EQ(fs::last_write_time(path), before);
}

// Issue 9, 1.9: not "error: stoi".
TEST_F(ProjectTest, ANonNumericSchemaVersionIsADamagedFile) {
    project::Project::open(path);
    sqlite("UPDATE bk_meta SET value = 'abc' WHERE key = 'schema_version'");
    const std::string expected =
        path + ": beschädigte Projektdatei: schema_version ist „abc“, keine Zahl";
    for (bool readOnly : {true, false}) {
        try {
            project::Project::open(path, project::OpenOptions{readOnly, ""});
            ADD_FAILURE() << "opened";
        } catch (const std::runtime_error& e) {
            EXPECT_EQ(std::string(e.what()), expected);
        }
    }
    project::VerifyReport r = project::verifyProject(path);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0], expected);
    sqlite("UPDATE bk_meta SET value = '2x' WHERE key = 'schema_version'");
    EXPECT_THROW(project::Project::open(path), std::runtime_error);
}

// Found by the fuzzer (tests/fuzz, project_open): a damaged JSON column made open() throw a
// bare nlohmann parse error, std::bad_variant_access or std::bad_optional_access, and verify
// said OK. Each is now a runtime_error naming the file, and verify reports it.
TEST_F(ProjectTest, DamagedJsonColumnsAreNamedAsADamagedFile) {
    project::Project::open(path);
    for (const char* edit :
         {"UPDATE ausschreibung SET daten = '{\"titel\": ' WHERE id = 1",
          "UPDATE ausschreibung SET daten = x'7b7d' WHERE id = 1",
          "DELETE FROM ausschreibung",
          "UPDATE entscheidung SET einstellungen = '[' WHERE id = 1"}) {
        SCOPED_TRACE(edit);
        const std::string copy = path + ".damaged.gpkg";
        std::filesystem::copy_file(path, copy, std::filesystem::copy_options::overwrite_existing);
        testdata::sqliteExec(copy, edit);
        try {
            project::Project::open(copy, project::OpenOptions{true, ""});
            ADD_FAILURE() << "opened";
        } catch (const std::runtime_error& e) {
            EXPECT_EQ(std::string(e.what()).rfind(copy + ": beschädigte Projektdatei (", 0), 0u)
                << e.what();
        }
        project::VerifyReport r = project::verifyProject(copy);
        ASSERT_EQ(r.problems.size(), 1u);
        EXPECT_EQ(r.problems[0].rfind(copy + ": beschädigte Projektdatei (", 0), 0u) << r.problems[0];
    }
}

TEST_F(ProjectTest, SecondInstanceOpensReadOnly) {
    project::Project first = project::Project::open(path);
    project::Project second = project::Project::open(path);
    EXPECT_FALSE(first.readOnly());
    EXPECT_TRUE(second.readOnly());
    EXPECT_EQ(second.readOnlyReason(), "die Datei ist bereits in einem anderen Fenster geöffnet");
    EXPECT_THROW(second.apply(project::AddApplication{sample("B-01")}), project::ReadOnlyError);
    EXPECT_TRUE(project::Project::open(path, kReadOnly).applications().empty());
    first.apply(project::AddApplication{sample("B-01")});
    EXPECT_EQ(project::Project::open(path, kReadOnly).applications().size(), 1u);
}

TEST_F(ProjectTest, AnEditSurvivesTheProgramBeingKilled) {
    project::Project::open(path);  // migrate first
    pid_t child = fork();
    if (child == 0) {
        project::Project p = project::Project::open(path);
        p.apply(project::AddApplication{sample("B-01")});
        _exit(9);  // no destructors, no cleanup: like a kill right after the edit
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 9);
    project::Project p = project::Project::open(path);
    EXPECT_FALSE(p.readOnly());  // the lock died with the process
    ASSERT_EQ(p.applications().size(), 1u);
    EXPECT_EQ(p.applications()[0].nr, "B-01");
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST(ProjectFiles, NotAProjectIsRefused) {
    TempDir dir;
    testdata::write(dir.file("x.gpkg"), "just text");
    EXPECT_THROW(project::Project::open(dir.file("x.gpkg")), std::runtime_error);
    project::VerifyReport r = project::verifyProject(dir.file("x.gpkg"));
    EXPECT_FALSE(r.problems.empty());
    EXPECT_FALSE(project::verifyProject(dir.file("missing.gpkg")).problems.empty());
}

}  // namespace

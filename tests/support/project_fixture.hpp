#pragma once
// A boundary-only project made from the hand-made squares of import_fixtures.hpp (Aldenhoven
// 2x2 km, Düren 3x3 km), raw SQL on a project file for tests that tamper with it, and a full
// application in that Düren.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "app/domain/application.hpp"
#include "app/exchange/boundary_import.hpp"
#include "tests/support/import_fixtures.hpp"

namespace testdata {

// Writes the squares into `dir` and imports them as district 05358 with a population for
// both municipalities (so coverage can be measured); returns the project path.
inline std::string boundaryProject(const TempDir& dir) {
    write(dir.file("gem.geojson"), municipalities());
    write(dir.file("einwohner.csv"),
          "ags;name;population\n05358004;Aldenhoven;1000\n05358008;Düren;2000\n");
    exchange::BoundaryImportOptions o;
    o.municipalities = dir.file("gem.geojson");
    o.districtKey = "05358";
    o.stand = "2016-01-01";
    o.population = dir.file("einwohner.csv");
    o.out = dir.file("projekt.gpkg");
    exchange::importBoundaries(o, {});
    return o.out;
}

// Runs SQL on the file directly, past the program (to simulate other writers or old files).
inline void sqliteExec(const std::string& path, const std::string& statement) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err);
    std::string msg = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << msg;
}

// A full application in municipality 05358008 (the 3x3 km square "Düren" of the fixtures).
inline domain::Application sample(const std::string& nr) {
    domain::Application a;
    a.nr = nr;
    a.municipalityAgs = "05358008";
    a.applicant = "Caritasverband für die Region Düren-Jülich e.V.";
    a.applicantKind = domain::ApplicantKind::Wohlfahrtsverband;
    a.title = "Begegnungscafé am Markt";
    a.street = "Markt 1";
    a.postcode = "52349";
    a.town = "Düren";
    a.site = geo::Vec2{303500, 5601500};
    a.property = domain::PropertyKind::Buergerhaus;
    a.sharedBuilding = true;
    a.digital = domain::DigitalShare::Teilweise;
    a.digitalDescription = "Videosprechstunde";
    a.phase = domain::Phase::Einrichtung;
    a.actorsNow = 4;
    a.actorsTarget = 9;
    a.actorKinds = {domain::ActorKind::Kommune, domain::ActorKind::Verein};
    a.targetGroups = {domain::TargetGroup::Kinder, domain::TargetGroup::Senioren};
    a.staffHoursPerWeek = 12.5;
    a.fixedContact = true;
    a.openingHours = "Di und Do 15–18 Uhr";
    a.openingHoursPerWeek = 6;
    a.volunteers = 7;
    a.ownFundsEurPerYear = 1200;
    a.openToGroups = true;
    a.contactName = "Erika Mustermann";
    a.contactEmail = "erika@example.org";
    a.contactPhone = "02421 000000";
    a.receivedByEmail = domain::parseDate("28.02.2024");
    a.receivedByPost = domain::parseDate("2024-03-01");
    a.formComplete = true;
    a.conceptText = "Ein Ort für alle Generationen.";
    return a;
}

}  // namespace testdata

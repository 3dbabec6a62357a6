#pragma once
// A boundary-only project made from the hand-made squares of import_fixtures.hpp (Aldenhoven
// 2x2 km, Düren 3x3 km), and raw SQL on a project file for tests that tamper with it.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

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

}  // namespace testdata

// Writes the seed projects for fuzz_project_open into a folder, from the sample data in the
// repository, instead of committing binary GeoPackages:
//   boundaries.gpkg  import-boundaries output (schema 0: boundary layers only)
//   project.gpkg     the same opened and edited: applications, a committee member, a score,
//                    a view setting, an undone edit (schema 2, audit log)
// Both are rewritten with 1 KiB pages (VACUUM) so the fuzzer mutates fewer bytes of padding.
// Usage: make_project_seeds OUT_FOLDER

#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "app/exchange/boundary_import.hpp"
#include "app/project/project.hpp"
#include "geo/measure.hpp"

namespace {

namespace fs = std::filesystem;

void compact(const std::string& path) {
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK)
        throw std::runtime_error(path + ": " + sqlite3_errmsg(db));
    char* err = nullptr;
    int rc = sqlite3_exec(db, "PRAGMA page_size=1024; VACUUM;", nullptr, nullptr, &err);
    std::string message = err ? err : "";
    sqlite3_free(err);
    sqlite3_close(db);
    if (rc != SQLITE_OK) throw std::runtime_error(path + ": VACUUM: " + message);
}

domain::Application application(const std::string& nr, const domain::Municipality& m) {
    domain::Application a;
    a.nr = nr;
    a.municipalityAgs = m.ags;
    a.applicant = "Verein " + nr;
    a.title = "Treffpunkt " + m.name;
    geo::Box b = geo::bounds(m.shape);
    a.site = geo::Vec2{(b.minx + b.maxx) / 2, (b.miny + b.maxy) / 2};
    a.actorsNow = 3;
    a.actorsTarget = 7;
    a.targetGroups = {domain::TargetGroup{}};
    a.volunteers = 4;
    a.ownFundsEurPerYear = 250;
    a.receivedByEmail = domain::parseDate("01.02.2024");
    return a;
}

}  // namespace

int main(int argc, char** argv) try {
    if (argc != 2) {
        std::cerr << "usage: make_project_seeds OUT_FOLDER\n";
        return 2;
    }
    fs::path out = argv[1];
    fs::create_directories(out);
    const fs::path source = BK_SOURCE_DIR;

    exchange::BoundaryImportOptions o;
    o.municipalities = (source / "tests/cli/sample_municipalities.geojson").string();
    o.population = (source / "data/bevoelkerung-zensus2022.csv").string();
    o.districtKey = "05358";
    o.stand = "2016-01-01";
    o.out = (out / "boundaries.gpkg").string();
    o.overwrite = true;
    exchange::importBoundaries(o, {});

    const fs::path project = out / "project.gpkg";
    fs::copy_file(o.out, project, fs::copy_options::overwrite_existing);
    {
        project::Project p = project::Project::open(project.string(), {false, "seed"});
        const auto& m = p.map().municipalities;
        if (m.size() < 2) throw std::runtime_error("the sample has fewer than 2 municipalities");
        p.apply(project::ImportApplications{
            {application("B-01", m[0]), application("B-02", m[1])}, "seed"});
        p.apply(project::AddMember{{0, "Anna Beispiel", "Amt 52"}});
        p.apply(project::SetScore{p.committee().members.back().id, p.findByNr("B-01")->id,
                                decision::Criterion::Akteure, 4});
        domain::Application changed = *p.findByNr("B-02");
        changed.title = "Geändert";
        p.apply(project::UpdateApplication{changed});
        p.undo();
        p.setViewSetting("theme", "bewerbungen");
    }
    // The project's backup copy from the schema migration is not a seed.
    for (const auto& entry : fs::directory_iterator(out))
        if (entry.path().extension() != ".gpkg" ||
            (entry.path() != project && entry.path() != fs::path(o.out)))
            fs::remove_all(entry.path());
    compact(o.out);
    compact(project.string());
    std::cout << o.out << " " << fs::file_size(o.out) << " bytes\n"
              << project.string() << " " << fs::file_size(project) << " bytes\n";
    return 0;
} catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << '\n';
    return 1;
}

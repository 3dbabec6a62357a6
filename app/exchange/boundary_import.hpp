#pragma once
// `begegnungskarte import-boundaries`: builds a project GeoPackage from VG250 boundaries.
// Options struct plus one library call; the command line only parses and prints.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace exchange {

struct BoundaryImportOptions {
    std::string municipalities;             // VG250 municipalities (fields AGS, GEN, BEZ, GF)
    std::optional<std::string> districts;   // VG250 districts, for `kreis` and `nachbarkreise`
    // AGS prefix of the area: "05358" a district, "05" a Land, "05358004" a municipality;
    // "DE" or empty: all of Germany.
    std::string districtKey;
    std::optional<std::string> population;  // population CSV (see population_table.hpp)
    std::string out;                        // the GeoPackage to write
    // Edition date of the boundaries ("2016-01-01"); when empty, the latest WSK (date of
    // legal effect) of all features of the municipalities' source is used and a warning says so.
    std::string stand;
    // Replace an existing `out`. Refused while another instance has it open (its ProjectLock),
    // and, when it holds applications, committee members, scores, a recorded choice or audit
    // entries, unless discardApplications is set too. A replaced file is kept beside it as
    // `out.bak-YYYYMMDD-HHMMSS` (unique).
    bool overwrite = false;
    bool discardApplications = false;  // confirms that such a project may be replaced
};

struct ImportProgress {
    std::string stage;  // "Gemeinden lesen", ...
    std::int64_t done = 0;
    std::int64_t total = -1;  // estimate from the driver, -1 when unknown
    bool finished = false;    // the stage's last report
};

struct BoundaryImportReport {
    int municipalities = 0;
    int neighbours = 0;
    bool district = false;
    double areaKm2 = 0;
    std::int64_t population = 0;  // sum over municipalities with a known population
    int withoutPopulation = 0;
    int repaired = 0;  // invalid geometries repaired (each named in `warnings`)
    std::string stand;
    std::string attribution;  // "© GeoBasis-DE / BKG (2016)"
    std::vector<std::string> warnings;
    std::string backup;  // the copy of the replaced file; empty when nothing was replaced
};

// The AGS prefix an area key selects: "" for all of Germany ("DE", "de" or no key), else the
// key itself when it is 2 to 8 digits; nullopt for anything else. The window's form and the
// command line use this one rule.
std::optional<std::string> areaKeyPrefix(const std::string& key);

// Invalid geometries are repaired with GEOS MakeValid, each named in a warning with the area
// changed; one that cannot be repaired or changes by more than 1 % stops the import.
// Reads, selects (AGS starts with the key's prefix, GF = 4), reprojects to EPSG:25832, validates
// and writes `out` through a temporary file (fileio::AtomicOutput) that is renamed at the end,
// so a failure never leaves a partial file; temporaries of crashed runs, also those of older
// versions (".NAME.tmp-NNNNNN.gpkg"), are removed. Throws std::runtime_error (or geo::GeoError) naming the file and the
// problem.
BoundaryImportReport importBoundaries(const BoundaryImportOptions& options,
                                      const std::function<void(const ImportProgress&)>& progress);

}  // namespace exchange

// libFuzzer target: import-boundaries on an arbitrary municipalities source. The bytes are
// written as a .geojson file (GDAL picks whichever driver recognises them, as it does for the
// user), imported for district 05358 into a scratch GeoPackage, and, when that succeeds, the
// result must open as a project (migrated to the current schema) and then verify clean. Only std::runtime_error may leave the
// import (see fuzz_support.hpp); a failed import must leave no output and no temporary file.

#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "app/exchange/boundary_import.hpp"
#include "app/project/project.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quietGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace fs = std::filesystem;
    const fuzz::Scratch& dir = fuzz::scratch();
    dir.clear();
    exchange::BoundaryImportOptions options;
    options.municipalities = dir.write("gemeinden.geojson", data, size);
    options.districtKey = "05358";
    // Without an edition date the import takes the latest WSK field, when there is one.
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    options.stand = bytes.find("WSK") != std::string_view::npos ? "" : "2016-01-01";
    options.population = BK_SOURCE_DIR "/data/bevoelkerung-zensus2022.csv";
    options.out = dir.file("projekt.gpkg");
    std::string refused;
    try {
        exchange::importBoundaries(options, {});
    } catch (const std::runtime_error& e) {
        refused = e.what();
        if (refused.empty()) refused = "(empty message)";
    }
    if (!refused.empty()) {
        // Nothing but the source may remain: no output, no temporary file, no journal.
        for (const auto& entry : fs::directory_iterator(dir.file("")))
            if (entry.path().filename() != "gemeinden.geojson")
                fuzz::fail("import refused (" + refused + ") but left " + entry.path().string());
        return 0;
    }
    try {
        // Writable: a boundary-only file gets the application tables (schema 0 -> 2).
        project::Project project = project::Project::open(options.out, {false, "fuzz"});
        if (project.map().municipalities.empty()) fuzz::fail("imported project without municipalities");
    } catch (const std::runtime_error& e) {
        fuzz::fail(std::string("the imported project does not open: ") + e.what());
    }
    for (const std::string& problem : project::verifyProject(options.out).problems)
        fuzz::fail("verify of the imported project: " + problem);
    return 0;
}

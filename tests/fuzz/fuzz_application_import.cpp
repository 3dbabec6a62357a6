// libFuzzer target: the applications spreadsheet reader (CSV in UTF-8 or Windows-1252, ';' or
// ','; XLSX) on arbitrary bytes. The reader takes a path through GDAL's virtual file system,
// so each input goes in as a /vsimem/ file, no disk involved.
//
// Checks beyond "no crash, no sanitizer report": only std::runtime_error may leave the reader
// (see fuzz_support.hpp), no problem names a negative row, and a file read without problems
// gives applications with their required fields (Nr, Kommune, Träger, Titel) filled.

#include <cpl_vsi.h>

#include <cstdlib>

#include "app/exchange/application_import.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

exchange::ImportContext context() {
    exchange::ImportContext c;
    c.municipalities = {{"05358004", "Aldenhoven"}, {"05358008", "Düren"},
                        {"05358024", "Kreuzau"},    {"05358040", "Vettweiß"},
                        {"05358016", "Heimbach"},   {"05358028", "Merzenich"}};
    c.existingNrs = {"B-99", "A-1"};
    // Kreis Düren's bounding box, roughly (EPSG:25832).
    c.insideDistrict = [](const geo::Vec2& p) {
        return p.x > 300000 && p.x < 345000 && p.y > 5590000 && p.y < 5650000;
    };
    return c;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quietGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const exchange::ImportContext ctx = context();
    // The name's extension does not matter: the reader tells CSV from XLSX by the bytes.
    const char* path = "/vsimem/fuzz_bewerbungen.csv";
    VSILFILE* fp = VSIFileFromMemBuffer(path, const_cast<GByte*>(data), size, FALSE);
    if (!fp) fuzz::fail("cannot create the in-memory file");
    VSIFCloseL(fp);
    try {
        exchange::ApplicationFile file = exchange::readApplicationFile(path, ctx);
        for (const exchange::ImportProblem& p : file.problems)
            if (p.row < 0) fuzz::fail("problem with a negative row: " + exchange::formatProblem(p));
        if (file.problems.empty())
            for (const domain::Application& a : file.applications)
                if (a.nr.empty() || a.municipalityAgs.empty() || a.applicant.empty() ||
                    a.title.empty())
                    fuzz::fail("an application without Nr, Kommune, Träger or Titel passed: '" +
                               a.nr + "'");
    } catch (const std::runtime_error&) {
        // A message for the user: the promised way to refuse a file.
    }
    VSIUnlink(path);
    return 0;
}

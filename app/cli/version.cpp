#include "app/cli/version.hpp"

#include <gdal.h>
#include <geos_c.h>
#include <proj.h>
#include <sqlite3.h>

#include "geo/gdal_util.hpp"

#ifndef BK_VERSION
#error "BK_VERSION is set by app/CMakeLists.txt"
#endif

namespace cli {

std::string programVersion() { return BK_VERSION; }

std::string versionText() {
    // Each library's own run-time answer: a machine with a newer libgdal than the one the
    // package was built against shows the one it really uses.
    std::string text = "begegnungskarte " + programVersion();
    text += "\nGDAL ";
    text += GDALVersionInfo("RELEASE_NAME");
    text += "\nPROJ ";
    text += proj_info().version;  // "9.1.1"; release is "Rel. 9.1.1, December 1st, 2022"
    // GEOS says "3.11.1-CAPI-1.17.1": the library's release, then its C API's.
    const std::string geos = GEOSversion();
    text += "\nGEOS ";
    text += geos.substr(0, geos.find("-CAPI"));
    text += "\nSQLite ";
    text += sqlite3_libversion();
    return text;
}

void installLibraryMessageHandler() { geo::installGdalMessageHandler(); }

}  // namespace cli

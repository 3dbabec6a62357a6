#pragma once
// Small VG250-like sources written by the tests themselves: squares in EPSG:25832 so areas
// are exact (a 2 km square is 4 km²).

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace testdata {

namespace fs = std::filesystem;

// A fresh empty folder under the system temp dir, removed when the object goes.
struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("bk_test_" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

inline void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A square feature with its lower-left corner at (x, y) km from (300 km, 5600 km).
inline std::string square(const std::string& ags, const std::string& gen, int gf, double xKm,
                          double yKm, double sizeKm, const std::string& extra = "") {
    double x0 = 300000 + xKm * 1000, y0 = 5600000 + yKm * 1000, s = sizeKm * 1000;
    auto pt = [](double x, double y) {
        return "[" + std::to_string(x) + "," + std::to_string(y) + "]";
    };
    return R"({"type":"Feature","properties":{"AGS":")" + ags + R"(","GEN":")" + gen +
           R"(","BEZ":"Gemeinde","GF":)" + std::to_string(gf) + extra +
           R"(},"geometry":{"type":"Polygon","coordinates":[[)" + pt(x0, y0) + "," +
           pt(x0 + s, y0) + "," + pt(x0 + s, y0 + s) + "," + pt(x0, y0 + s) + "," + pt(x0, y0) +
           "]]}}";
}

inline std::string collection(const std::string& features, const std::string& epsg = "25832") {
    return R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::)" +
           epsg + R"("}},"features":[)" + features + "]}";
}

// Municipalities: two in district 05358 (2x2 km and 3x3 km, touching), the first also as a
// water area (GF 2, must be ignored), one in 05999 (east of them).
inline std::string municipalities() {
    return collection(square("05358004", "Aldenhoven", 4, 0, 0, 2) + "," +
                      square("05358004", "Aldenhoven", 2, 0, 0, 2) + "," +
                      square("05358008", "Düren", 4, 2, 0, 3) + "," +
                      square("05999001", "Anderswo", 4, 5, 0, 2));
}

// Districts: 05358 (5x3 km), its neighbour 05999 touching it on the east, 01001 far away.
inline std::string districts() {
    std::string a = square("05358", "Düren", 4, 0, 0, 5);
    return collection(square("05358", "Düren", 4, 0, 0, 5) + "," +
                      square("05999", "Nachbarkreis", 4, 5, 0, 5) + "," +
                      square("01001", "Flensburg", 4, 100, 100, 5));
}

}  // namespace testdata

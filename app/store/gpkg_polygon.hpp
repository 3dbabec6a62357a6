#pragma once
// GeoPackage geometry blobs holding areas (GeoPackage 1.3, clause 2.1.3): the "GP" header
// (version, flags, SRS id, optional envelope), then a WKB Polygon or MultiPolygon as GDAL,
// QGIS and this program write them. Both byte orders; Z and M values (ISO 1000/2000/3000
// codes or the EWKB flags) are read past and dropped, since the map is 2D. Rings are returned
// without their closing vertex (geo::Ring). Every count is checked against the bytes left,
// so a damaged file gives a problem, never a read past the blob.

#include <cstdint>
#include <span>
#include <string>

#include "geo/types.hpp"

namespace store {

struct PolygonBlob {
    enum class Problem {
        None,
        Damaged,     // not a GeoPackage blob, truncated, or an impossible count; `detail` says where
        NotPolygon,  // a readable geometry of another type; `detail` names it ("LineString")
    };
    geo::MultiPolygon shape;  // empty for an empty geometry
    Problem problem = Problem::None;
    std::string detail;
};

PolygonBlob decodeGpkgPolygons(std::span<const unsigned char> blob);
// The same for plain WKB (PostGIS's ST_AsBinary), without the GeoPackage header.
PolygonBlob decodeWkbPolygons(std::span<const unsigned char> wkb);
// Little-endian WKB of a multipolygon (rings closed), as PostGIS's ST_GeomFromWKB reads it.
std::vector<unsigned char> encodeWkbMultiPolygon(const geo::MultiPolygon& shape);

// The GeoPackage blob of a multipolygon (little endian, with its xy envelope), as GDAL writes
// it: for tests and fixtures.
std::vector<unsigned char> encodeGpkgMultiPolygon(const geo::MultiPolygon& shape, std::int32_t srsId);

}  // namespace store

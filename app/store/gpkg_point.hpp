#pragma once
// GeoPackage geometry blobs for points (GeoPackage 1.3, clause 2.1.3): the "GP" header with
// the SRS id, no envelope, then a little-endian WKB point.

#include <cstdint>
#include <optional>
#include <vector>

#include "geo/types.hpp"

namespace store {

std::vector<unsigned char> encodeGpkgPoint(geo::Vec2 point, std::int32_t srsId);
// nullopt for an empty point or a blob that is no GeoPackage point.
std::optional<geo::Vec2> decodeGpkgPoint(const std::vector<unsigned char>& blob);

}  // namespace store

#pragma once
// Owning handles for the GDAL/OGR C objects, one definition for every module that reads or
// writes through GDAL: closed, destroyed or released exactly once when they go.

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <type_traits>

namespace geo {

struct GdalDatasetCloser {
    void operator()(GDALDatasetH ds) const { GDALClose(ds); }
};
struct OgrFeatureDestroyer {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
struct OgrGeometryDestroyer {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
struct OgrSrsReleaser {
    void operator()(OGRSpatialReferenceH srs) const { OSRRelease(srs); }
};

using DatasetPtr = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, GdalDatasetCloser>;
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, OgrFeatureDestroyer>;
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, OgrGeometryDestroyer>;
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, OgrSrsReleaser>;

}  // namespace geo

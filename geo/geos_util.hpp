#pragma once
// RAII for the GEOS reentrant C API and conversions between geo types and GEOS geometries.
// Internal to geo: the public headers never mention GEOS. Only the thread-safe `_r` functions
// are used; a Context must not be shared between threads (create one per call or per thread).

#include <geos_c.h>

#include <memory>
#include <string>

#include "geo/types.hpp"

namespace geo::geos {

struct GeometryDeleter {
    GEOSContextHandle_t handle = nullptr;
    void operator()(GEOSGeometry* geometry) const { GEOSGeom_destroy_r(handle, geometry); }
};
using GeometryPtr = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t handle = nullptr;
    void operator()(const GEOSPreparedGeometry* prepared) const {
        GEOSPreparedGeom_destroy_r(handle, prepared);
    }
};
// A prepared geometry borrows the geometry it was made from: keep that alive longer.
using PreparedPtr = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

// One GEOS context whose error handler keeps the last message, so failures can be reported
// with GEOS's own words. Not copyable or movable: GEOS holds a pointer to the message.
class Context {
  public:
    Context();
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    GEOSContextHandle_t handle() const { return handle_; }

    // Throws GeoError "GEOS could not <operation>: <GEOS's last error message>".
    [[noreturn]] void fail(const std::string& operation) const;

    // Takes ownership of a GEOS result; a null result (GEOS failed) throws via fail().
    GeometryPtr own(GEOSGeometry* geometry, const std::string& operation) const;

    // Prepares geometry for repeated predicates; throws via fail() when GEOS fails.
    PreparedPtr prepare(const GEOSGeometry& geometry) const;

    // The value of a GEOS predicate (0 or 1); 2 means GEOS failed, which throws via fail().
    bool predicate(char result, const std::string& operation) const;

  private:
    GEOSContextHandle_t handle_;
    std::string lastError_;
};

// A Polygon, or a MultiPolygon of all parts (empty when there are none). Rings get their
// closing vertex here. GEOS builds rings of two points (validity checks then report them);
// a one-point ring it cannot build, and its message becomes a GeoError.
GeometryPtr toGeos(const Context& context, const Polygon& polygon);
GeometryPtr toGeos(const Context& context, const MultiPolygon& polygon);

// The polygonal parts of a Polygon, MultiPolygon or GeometryCollection (nested collections
// included); other parts and empty polygons are skipped. Closing vertices are dropped.
MultiPolygon fromGeos(const Context& context, const GEOSGeometry& geometry);

// The part of geometry inside box, by a full overlay: GEOSClipByRect is faster but mangles a
// hole that touches its shell on the rectangle's edge.
GeometryPtr intersectBox(const Context& context, const GEOSGeometry& geometry, const Box& box);

// Empty when GEOS considers the geometry valid, else GEOS's reason.
std::string invalidReason(const Context& context, const GEOSGeometry& geometry);

}  // namespace geo::geos

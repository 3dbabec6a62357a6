#include "geo/geos_util.hpp"

#include <vector>

#include "geo/error.hpp"

namespace geo::geos {

namespace {

// Called by GEOS from inside its C API, so it must not throw: it only keeps the text.
void keepMessage(const char* message, void* userdata) {
    *static_cast<std::string*>(userdata) = message ? message : "";
}

GeometryPtr ringToGeos(const Context& context, const Ring& ring) {
    std::vector<double> xy;
    xy.reserve(2 * (ring.size() + 1));
    for (Vec2 p : ring) {
        xy.push_back(p.x);
        xy.push_back(p.y);
    }
    if (!ring.empty()) {
        xy.push_back(ring.front().x);
        xy.push_back(ring.front().y);
    }
    GEOSCoordSequence* sequence = GEOSCoordSeq_copyFromBuffer_r(
        context.handle(), xy.data(), static_cast<unsigned>(xy.size() / 2), 0, 0);
    if (!sequence) context.fail("store a ring's coordinates");
    // The ring owns the sequence from here on, also when its construction fails.
    return context.own(GEOSGeom_createLinearRing_r(context.handle(), sequence), "build a ring");
}

Ring ringFromGeos(const Context& context, const GEOSGeometry& ring) {
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context.handle(), &ring);
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(context.handle(), sequence, &size)) {
        context.fail("read a ring's coordinates");
    }
    if (size == 0) return {};
    std::vector<double> xy(2 * std::size_t{size});
    if (!GEOSCoordSeq_copyToBuffer_r(context.handle(), sequence, xy.data(), 0, 0)) {
        context.fail("read a ring's coordinates");
    }
    Ring result;
    result.reserve(size - 1);
    for (unsigned i = 0; i + 1 < size; ++i) result.push_back({xy[2 * i], xy[2 * i + 1]});
    return result;
}

Polygon polygonFromGeos(const Context& context, const GEOSGeometry& polygon) {
    const GEOSGeometry* shell = GEOSGetExteriorRing_r(context.handle(), &polygon);
    const int holes = GEOSGetNumInteriorRings_r(context.handle(), &polygon);
    if (!shell || holes < 0) context.fail("read a polygon's rings");
    Polygon result{ringFromGeos(context, *shell), {}};
    for (int i = 0; i < holes; ++i) {
        const GEOSGeometry* hole = GEOSGetInteriorRingN_r(context.handle(), &polygon, i);
        if (!hole) context.fail("read a polygon's rings");
        result.holes.push_back(ringFromGeos(context, *hole));
    }
    return result;
}

void appendPolygons(const Context& context, const GEOSGeometry& geometry, MultiPolygon& out) {
    switch (GEOSGeomTypeId_r(context.handle(), &geometry)) {
        case GEOS_POLYGON:
            if (!context.predicate(GEOSisEmpty_r(context.handle(), &geometry), "test emptiness")) {
                out.push_back(polygonFromGeos(context, geometry));
            }
            break;
        case GEOS_MULTIPOLYGON:
        case GEOS_GEOMETRYCOLLECTION: {
            const int parts = GEOSGetNumGeometries_r(context.handle(), &geometry);
            if (parts < 0) context.fail("count a collection's parts");
            for (int i = 0; i < parts; ++i) {
                const GEOSGeometry* part = GEOSGetGeometryN_r(context.handle(), &geometry, i);
                if (!part) context.fail("read a collection's part");
                appendPolygons(context, *part, out);
            }
            break;
        }
        case -1:
            context.fail("read a geometry's type");
        default:
            break;  // points and lines have no area to keep
    }
}

}  // namespace

Context::Context() : handle_(GEOS_init_r()) {
    if (!handle_) throw GeoError("GEOS could not create a context.");
    GEOSContext_setErrorMessageHandler_r(handle_, keepMessage, &lastError_);
}

Context::~Context() {
    GEOS_finish_r(handle_);
}

void Context::fail(const std::string& operation) const {
    throw GeoError("GEOS could not " + operation + ": " +
                   (lastError_.empty() ? std::string("no message given") : lastError_));
}

GeometryPtr Context::own(GEOSGeometry* geometry, const std::string& operation) const {
    if (!geometry) fail(operation);
    return GeometryPtr(geometry, GeometryDeleter{handle_});
}

PreparedPtr Context::prepare(const GEOSGeometry& geometry) const {
    const GEOSPreparedGeometry* prepared = GEOSPrepare_r(handle_, &geometry);
    if (!prepared) fail("prepare a geometry");
    return PreparedPtr(prepared, PreparedDeleter{handle_});
}

bool Context::predicate(char result, const std::string& operation) const {
    if (result == 2) fail(operation);
    return result == 1;
}

GeometryPtr toGeos(const Context& context, const Polygon& polygon) {
    std::vector<GeometryPtr> holes;
    holes.reserve(polygon.holes.size());
    GeometryPtr shell = ringToGeos(context, polygon.outer);
    for (const Ring& hole : polygon.holes) holes.push_back(ringToGeos(context, hole));

    // GEOS takes the rings over even when building the polygon fails (they are all
    // LinearRings, so its only reason to refuse them does not apply).
    std::vector<GEOSGeometry*> rawHoles;
    rawHoles.reserve(holes.size());
    for (GeometryPtr& hole : holes) rawHoles.push_back(hole.release());
    GEOSGeometry* result = GEOSGeom_createPolygon_r(
        context.handle(), shell.release(), rawHoles.data(), static_cast<unsigned>(rawHoles.size()));
    return context.own(result, "build a polygon");
}

GeometryPtr toGeos(const Context& context, const MultiPolygon& polygon) {
    std::vector<GeometryPtr> parts;
    parts.reserve(polygon.size());
    for (const Polygon& part : polygon) parts.push_back(toGeos(context, part));

    // As above: the collection owns its parts from here on, also on failure.
    std::vector<GEOSGeometry*> rawParts;
    rawParts.reserve(parts.size());
    for (GeometryPtr& part : parts) rawParts.push_back(part.release());
    GEOSGeometry* result =
        GEOSGeom_createCollection_r(context.handle(), GEOS_MULTIPOLYGON, rawParts.data(),
                                    static_cast<unsigned>(rawParts.size()));
    return context.own(result, "build a multipolygon");
}

MultiPolygon fromGeos(const Context& context, const GEOSGeometry& geometry) {
    MultiPolygon result;
    appendPolygons(context, geometry, result);
    return result;
}

GeometryPtr intersectBox(const Context& context, const GEOSGeometry& geometry, const Box& box) {
    const GeometryPtr rectangle = context.own(
        GEOSGeom_createRectangle_r(context.handle(), box.minx, box.miny, box.maxx, box.maxy),
        "build a rectangle");
    return context.own(GEOSIntersection_r(context.handle(), &geometry, rectangle.get()),
                       "intersect a polygon with a rectangle");
}

std::string invalidReason(const Context& context, const GEOSGeometry& geometry) {
    if (context.predicate(GEOSisValid_r(context.handle(), &geometry), "check validity")) return {};
    char* reason = GEOSisValidReason_r(context.handle(), &geometry);
    if (!reason) context.fail("explain why a geometry is invalid");
    std::string text(reason);
    GEOSFree_r(context.handle(), reason);
    return text;
}

}  // namespace geo::geos

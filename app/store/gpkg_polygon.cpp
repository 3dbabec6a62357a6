#include "app/store/gpkg_polygon.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace store {
namespace {

static_assert(std::endian::native == std::endian::little, "written for little-endian hosts");

struct Truncated {
    std::size_t at;
};
struct Impossible {
    std::string what;
};

// Reads WKB values in either byte order, refusing to step past the end.
class Cursor {
  public:
    explicit Cursor(std::span<const unsigned char> bytes, std::size_t at) : bytes_(bytes), at_(at) {}
    std::size_t left() const { return bytes_.size() - at_; }
    std::size_t at() const { return at_; }
    void skip(std::size_t n) {
        need(n);
        at_ += n;
    }
    std::uint8_t byte() {
        need(1);
        return bytes_[at_++];
    }
    std::uint32_t u32(bool little) {
        need(4);
        std::uint32_t v;
        std::memcpy(&v, bytes_.data() + at_, 4);
        at_ += 4;
        return little ? v : __builtin_bswap32(v);
    }
    double f64(bool little) {
        need(8);
        std::uint64_t v;
        std::memcpy(&v, bytes_.data() + at_, 8);
        at_ += 8;
        return std::bit_cast<double>(little ? v : __builtin_bswap64(v));
    }
    const unsigned char* here() const { return bytes_.data() + at_; }

  private:
    void need(std::size_t n) const {
        if (n > left()) throw Truncated{bytes_.size()};
    }
    std::span<const unsigned char> bytes_;
    std::size_t at_;
};

const char* typeName(std::uint32_t base) {
    static constexpr const char* kNames[] = {
        "Geometry",       "Point",          "LineString",   "Polygon",          "MultiPoint",
        "MultiLineString", "MultiPolygon",  "GeometryCollection", "CircularString",
        "CompoundCurve",  "CurvePolygon",   "MultiCurve",   "MultiSurface",     "Curve",
        "Surface",        "PolyhedralSurface", "TIN",       "Triangle"};
    return base < std::size(kNames) ? kNames[base] : nullptr;
}

struct WkbHeader {
    bool little;
    std::uint32_t base;  // 3 Polygon, 6 MultiPolygon, ...
    int dims;            // coordinates per point: 2, 3 or 4
};

WkbHeader readHeader(Cursor& c) {
    const std::uint8_t order = c.byte();
    if (order > 1) throw Impossible{"byte order " + std::to_string(order) + " at byte " + std::to_string(c.at() - 1)};
    WkbHeader h{order == 1, 0, 2};
    std::uint32_t type = c.u32(h.little);
    // EWKB (PostGIS) flags, then ISO's thousands.
    if (type & 0x80000000u) ++h.dims;
    if (type & 0x40000000u) ++h.dims;
    if (type & 0x20000000u) c.skip(4);  // an SRID
    type &= 0x0FFFFFFFu;
    const std::uint32_t iso = type / 1000;
    if (iso > 3) throw Impossible{"geometry type " + std::to_string(type)};
    h.dims += iso == 3 ? 2 : iso > 0 ? 1 : 0;
    if (h.dims > 4) throw Impossible{"geometry type " + std::to_string(type) + " with flags"};
    h.base = type % 1000;
    return h;
}

// A count that the remaining bytes could hold at `bytesEach` per item.
std::uint32_t count(Cursor& c, bool little, std::size_t bytesEach, const char* what) {
    const std::uint32_t n = c.u32(little);
    if (n > c.left() / bytesEach)
        throw Impossible{std::to_string(n) + " " + what + " at byte " + std::to_string(c.at() - 4) +
                         " in " + std::to_string(c.left()) + " bytes"};
    return n;
}

geo::Polygon readPolygonBody(Cursor& c, const WkbHeader& h) {
    geo::Polygon out;
    const std::uint32_t rings = count(c, h.little, 4, "rings");
    const std::size_t pointBytes = static_cast<std::size_t>(h.dims) * 8;
    for (std::uint32_t r = 0; r < rings; ++r) {
        const std::uint32_t n = count(c, h.little, pointBytes, "points");
        geo::Ring ring(n);
        if (h.little && h.dims == 2) {
            // As projects store them: the points as they lie in the blob.
            static_assert(sizeof(geo::Vec2) == 16);
            std::memcpy(ring.data(), c.here(), static_cast<std::size_t>(n) * 16);
            c.skip(static_cast<std::size_t>(n) * 16);
        } else {
            for (geo::Vec2& p : ring) {
                p.x = c.f64(h.little);
                p.y = c.f64(h.little);
                c.skip(static_cast<std::size_t>(h.dims - 2) * 8);
            }
        }
        if (ring.size() > 1 && ring.front() == ring.back()) ring.pop_back();
        if (r == 0)
            out.outer = std::move(ring);
        else
            out.holes.push_back(std::move(ring));
    }
    return out;
}

template <typename T>
void put(std::vector<unsigned char>& out, T value) {
    const std::size_t at = out.size();
    out.resize(at + sizeof(T));
    std::memcpy(out.data() + at, &value, sizeof(T));
}

}  // namespace

namespace {

// The WKB at `c` (a Polygon or MultiPolygon) into `out`; throws Truncated or Impossible.
void readWkbAreas(Cursor& c, PolygonBlob& out) {
    const WkbHeader h = readHeader(c);
    if (h.base == 3) {
        out.shape.push_back(readPolygonBody(c, h));
    } else if (h.base == 6) {
        // Each part: a byte order, type and dims of its own, at least 9 bytes.
        const std::uint32_t parts = count(c, h.little, 9, "polygons");
        out.shape.reserve(parts);
        for (std::uint32_t i = 0; i < parts; ++i) {
            const WkbHeader part = readHeader(c);
            if (part.base != 3) {
                const char* name = typeName(part.base);
                throw Impossible{std::string("a MultiPolygon holding a ") + (name ? name : "geometry " + std::to_string(part.base))};
            }
            out.shape.push_back(readPolygonBody(c, part));
        }
    } else {
        const char* name = typeName(h.base);
        if (!name) throw Impossible{"geometry type " + std::to_string(h.base)};
        out.problem = PolygonBlob::Problem::NotPolygon;
        out.detail = name;
    }
}

// Runs `read`, turning its exceptions into a damaged result.
template <typename Read>
PolygonBlob guarded(Read read) {
    PolygonBlob out;
    try {
        read(out);
    } catch (const Truncated& t) {
        out = {};
        out.problem = PolygonBlob::Problem::Damaged;
        out.detail = "ends after " + std::to_string(t.at) + " bytes";
    } catch (const Impossible& e) {
        out = {};
        out.problem = PolygonBlob::Problem::Damaged;
        out.detail = e.what;
    }
    return out;
}

void putWkbMultiPolygon(std::vector<unsigned char>& out, const geo::MultiPolygon& shape) {
    out.push_back(0x01);
    put(out, std::uint32_t{6});
    put(out, static_cast<std::uint32_t>(shape.size()));
    for (const geo::Polygon& p : shape) {
        out.push_back(0x01);
        put(out, std::uint32_t{3});
        put(out, static_cast<std::uint32_t>(1 + p.holes.size()));
        auto ring = [&](const geo::Ring& r) {
            put(out, static_cast<std::uint32_t>(r.empty() ? 0 : r.size() + 1));
            for (const geo::Vec2& v : r) put(out, v.x), put(out, v.y);
            if (!r.empty()) put(out, r.front().x), put(out, r.front().y);
        };
        ring(p.outer);
        for (const geo::Ring& h : p.holes) ring(h);
    }
}

}  // namespace

PolygonBlob decodeGpkgPolygons(std::span<const unsigned char> blob) {
    return guarded([&](PolygonBlob& out) {
        if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
            throw Impossible{"no GeoPackage geometry header"};
        const unsigned char flags = blob[3];
        if (flags & 0x20) throw Impossible{"an extended GeoPackage geometry"};
        static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
        const std::size_t envelope = (flags >> 1) & 0x07;
        if (envelope > 4) throw Impossible{"envelope code " + std::to_string(envelope)};
        if (flags & 0x10) return;  // an empty geometry
        Cursor c(blob, 8);
        c.skip(kEnvelopeBytes[envelope]);
        readWkbAreas(c, out);
    });
}

PolygonBlob decodeWkbPolygons(std::span<const unsigned char> wkb) {
    return guarded([&](PolygonBlob& out) {
        Cursor c(wkb, 0);
        readWkbAreas(c, out);
    });
}

std::vector<unsigned char> encodeWkbMultiPolygon(const geo::MultiPolygon& shape) {
    std::vector<unsigned char> out;
    putWkbMultiPolygon(out, shape);
    return out;
}

std::vector<unsigned char> encodeGpkgMultiPolygon(const geo::MultiPolygon& shape, std::int32_t srsId) {
    geo::Box box;
    for (const geo::Polygon& p : shape)
        for (const geo::Vec2& v : p.outer) box.extend(v);
    std::vector<unsigned char> out = {'G', 'P', 0, static_cast<unsigned char>(shape.empty() ? 0x11 : 0x03)};
    put(out, srsId);
    if (!shape.empty()) {
        put(out, box.minx), put(out, box.maxx), put(out, box.miny), put(out, box.maxy);
    }
    putWkbMultiPolygon(out, shape);
    return out;
}

}  // namespace store

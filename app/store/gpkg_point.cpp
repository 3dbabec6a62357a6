#include "app/store/gpkg_point.hpp"

#include <bit>
#include <cstring>

namespace store {
namespace {

static_assert(std::endian::native == std::endian::little, "written for little-endian hosts");

template <typename T>
void put(std::vector<unsigned char>& out, T value) {
    std::size_t at = out.size();
    out.resize(at + sizeof(T));
    std::memcpy(out.data() + at, &value, sizeof(T));
}

template <typename T>
T get(const std::vector<unsigned char>& in, std::size_t offset) {
    T value;
    std::memcpy(&value, in.data() + offset, sizeof(T));
    return value;
}

}  // namespace

std::vector<unsigned char> encodeGpkgPoint(geo::Vec2 point, std::int32_t srsId) {
    std::vector<unsigned char> out = {'G', 'P', 0 /* version 1 */, 0x01 /* LE, no envelope */};
    put(out, srsId);
    out.push_back(0x01);         // WKB little endian
    put(out, std::uint32_t{1});  // wkbPoint
    put(out, point.x);
    put(out, point.y);
    return out;
}

std::optional<geo::Vec2> decodeGpkgPoint(const std::vector<unsigned char>& blob) {
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P') return std::nullopt;
    unsigned char flags = blob[3];
    if (flags & 0x10) return std::nullopt;  // empty geometry
    static constexpr std::size_t kEnvelopeBytes[] = {0, 32, 48, 48, 64};
    std::size_t envelope = (flags >> 1) & 0x07;
    if (envelope > 4) return std::nullopt;
    std::size_t wkb = 8 + kEnvelopeBytes[envelope];
    if (blob.size() < wkb + 21 || blob[wkb] != 0x01 || get<std::uint32_t>(blob, wkb + 1) != 1)
        return std::nullopt;  // only little-endian 2D points are written by this program
    return geo::Vec2{get<double>(blob, wkb + 5), get<double>(blob, wkb + 13)};
}

}  // namespace store

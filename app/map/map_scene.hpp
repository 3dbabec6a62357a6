#pragma once
// Everything the map renderer draws, prepared once on the CPU from the project's layers:
// tessellated fills, outline meshes, label anchors and colours. No OpenGL here, so building a
// scene is testable and its cost is paid once per project load, never per frame.

#include <cstdint>
#include <string>
#include <vector>

#include "app/domain/map_data.hpp"
#include "geo/types.hpp"

namespace map {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
    static constexpr Rgba hex(std::uint32_t rgb, float alpha = 1.f) {
        return {static_cast<float>((rgb >> 16) & 0xFF) / 255.f,
                static_cast<float>((rgb >> 8) & 0xFF) / 255.f,
                static_cast<float>(rgb & 0xFF) / 255.f, alpha};
    }
};

struct IndexRange {
    std::uint32_t first = 0;  // first index in the index buffer
    std::uint32_t count = 0;
};

enum class LayerKind { Neighbour, Municipality };

// One polygon feature of the scene: where its triangles and outline lie in the shared buffers.
struct SceneFeature {
    LayerKind kind;
    std::size_t source;  // index into MapData::municipalities or MapData::neighbours
    IndexRange fill;
    IndexRange outline;
    Rgba color;
};

struct SceneLabel {
    std::string text;
    geo::Vec2 anchor;  // world, EPSG:25832
    double room;       // radius of the largest circle around the anchor inside the polygon (m)
    double priority;   // higher wins when labels collide
    bool context;      // neighbouring district: muted, smaller
};

struct MapScene {
    geo::Vec2 origin;  // vertices are stored relative to it (float precision at any zoom)
    geo::Box extent;   // the district
    std::vector<float> fillVertices;  // x, y
    std::vector<std::uint32_t> fillIndices;
    std::vector<float> strokeVertices;  // x, y, extrudeX, extrudeY, side (+1/-1)
    std::vector<std::uint32_t> strokeIndices;
    std::vector<SceneFeature> features;  // neighbours first, then municipalities (draw order)
    IndexRange districtOutline;          // empty when the project has no district layer
    std::vector<SceneLabel> labels;
    std::string attribution;
};

// The qualitative palette for municipalities: light, calm, colour-blind safe (Paul Tol's
// "light" scheme), dark text stays readable on every colour.
const std::vector<Rgba>& municipalityPalette();

// Builds the scene: neighbouring districts and municipalities tessellated, adjacent
// municipalities coloured differently, label points by maximum inscribed circle.
MapScene buildMapScene(const domain::MapData& data);

}  // namespace map

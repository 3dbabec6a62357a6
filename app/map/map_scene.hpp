#pragma once
// Everything the map renderer draws, prepared once on the CPU from the project's layers:
// filled areas and boundary lines at several levels of detail, label anchors and colours. No
// OpenGL here, so building a scene is testable and its cost is paid once per project (the
// project file caches it, map/scene_cache.hpp), never per frame.
//
// Levels of detail: the boundaries are split into arcs shared by the two areas on their sides
// (geo/topology.hpp) and each level simplifies the arcs once, so neighbours keep sharing their
// boundary exactly at every zoom. A view draws the coarsest level whose simplification stays
// under half a pixel (levelFor).
//
// Batching: every vertex carries the index of its feature, so all areas of a level are drawn
// with one call per chunk and coloured from a per-feature table; the features are grouped into
// spatial chunks so that a zoomed-in view draws only the chunks it sees.

#include <cstdint>
#include <functional>
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
    friend bool operator==(const Rgba&, const Rgba&) = default;
};

struct IndexRange {
    std::uint32_t first = 0;  // first index in the index buffer
    std::uint32_t count = 0;
};

enum class LayerKind : std::uint8_t { Neighbour, Municipality };

// The classes of boundary lines; each is drawn with its own width and colour (MapStyle).
enum class LineClass : std::uint8_t {
    Municipality = 0,  // between municipalities, or a municipality and a neighbour
    Neighbour = 1,     // between neighbouring districts only
    District = 2,      // the district's (or the whole map's) outer boundary
};

// One polygon feature of the scene.
struct SceneFeature {
    LayerKind kind = LayerKind::Municipality;
    std::uint32_t source = 0;  // index into MapData::municipalities or MapData::neighbours
    Rgba color;                // qualitative palette colour (neighbours: their grey)
    geo::Box bounds;
    std::vector<std::uint32_t> arcs;  // the boundary arcs around it (for its highlight)
};

// Part of a level whose features lie in one cell of a grid over the map.
struct SceneChunk {
    geo::Box bounds;   // world, EPSG:25832: everything the chunk draws lies inside
    IndexRange fill;   // into the level's fillIndices
    IndexRange lines;  // into the level's lineIndices
};

struct SceneLevel {
    // Simplification of this level in metres (0: the geometry as stored in the project).
    double tolerance = 0;
    std::vector<float> fillVertices;  // x, y (relative to MapScene::origin), feature index
    std::vector<std::uint32_t> fillIndices;
    // x, y, extrudeX, extrudeY, side (+1/-1), line class (geo/stroke.hpp explains extrusion)
    std::vector<float> lineVertices;
    std::vector<std::uint32_t> lineIndices;
    std::vector<SceneChunk> chunks;
    std::vector<IndexRange> arcLines;  // per arc: its range in lineIndices
    // False for a level of a scene read from a project file whose buffers are not read yet
    // (MapScene::level reads them).
    bool loaded = true;
    std::size_t bytes() const;
};

constexpr int kFillStride = 3;
constexpr int kLineStride = 6;

struct SceneLabel {
    std::string text;
    geo::Vec2 anchor;  // world, EPSG:25832
    double room;       // radius of the largest circle around the anchor inside the polygon (m)
    double priority;   // higher wins when labels collide (population, else area)
    bool context;      // neighbouring district: muted, smaller
};

struct MapScene {
    geo::Vec2 origin;  // vertices are stored relative to it (float precision at any zoom)
    geo::Box extent;   // the district
    std::vector<SceneFeature> features;  // neighbours first, then municipalities
    // Finest (tolerance 0) first. Mutable: a level's buffers may be read on first use.
    mutable std::vector<SceneLevel> levels;
    std::vector<SceneLabel> labels;
    std::string attribution;

    // Reads the buffers of a level that is not loaded (set where a stored scene is decoded);
    // throws when they cannot be read.
    std::function<SceneLevel(std::size_t)> loadLevel;

    // The level with its buffers, read first if needed (loadLevel).
    const SceneLevel& level(std::size_t index) const;
    // The index of the coarsest level whose tolerance is at most a pixel at this scale (the
    // simplification QGIS draws with by default: a line moves by less than its own width).
    std::size_t levelFor(double metresPerPixel) const;
    // The feature index of a municipality (MapData index), or -1.
    std::int64_t featureOfMunicipality(std::size_t municipality) const;
};

// The level tolerances a scene is built with, finest first (metres).
const std::vector<double>& sceneTolerances();

// The qualitative palette for municipalities: light, calm, colour-blind safe (Paul Tol's
// "light" scheme), dark text stays readable on every colour.
const std::vector<Rgba>& municipalityPalette();

// A palette colour per municipality with adjacent municipalities apart (the map's and the
// QGIS styles' colours).
std::vector<Rgba> municipalityFills(const domain::MapData& data);

// Builds the scene: boundaries split into shared arcs, each level simplified and triangulated
// (ear clipping), adjacent municipalities coloured differently, label points by maximum
// inscribed circle, priorities by population (else area).
MapScene buildMapScene(const domain::MapData& data);

}  // namespace map

#include "app/map/map_scene.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "app/map/map_style.hpp"
#include "geo/earcut.hpp"
#include "geo/measure.hpp"
#include "geo/stroke.hpp"
#include "geo/topology.hpp"

namespace map {
namespace {

// A level is kept only where it saves at least this share of the finer level's vertices.
constexpr double kMinSaving = 0.25;

LineClass classOf(const geo::Arc& arc, const std::vector<SceneFeature>& features) {
    auto municipality = [&](int f) {
        return f >= 0 && features[static_cast<std::size_t>(f)].kind == LayerKind::Municipality;
    };
    const bool left = municipality(arc.left), right = municipality(arc.right);
    if (left && right) return LineClass::Municipality;
    if (left || right) return LineClass::District;
    return LineClass::Neighbour;
}

// The grid cell of each feature (by the centre of its bounds) and the features in cell order.
struct Chunking {
    std::size_t cells = 1;
    std::vector<std::size_t> cellOf;   // per feature
    std::vector<std::size_t> ordered;  // features sorted by cell (stable)
};

Chunking chunk(const std::vector<SceneFeature>& features) {
    Chunking c;
    geo::Box all;
    for (const SceneFeature& f : features) all.extend(f.bounds);
    // About 32 features per cell: few draws at any zoom, little drawn outside the view.
    const auto side = static_cast<std::size_t>(
        std::clamp(std::ceil(std::sqrt(static_cast<double>(features.size()) / 32.0)), 1.0, 64.0));
    c.cells = side * side;
    c.cellOf.resize(features.size(), 0);
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (all.empty() || features[i].bounds.empty()) continue;
        const geo::Vec2 p = features[i].bounds.center();
        auto at = [&](double v, double lo, double extent) {
            if (extent <= 0) return std::size_t{0};
            return std::min(side - 1, static_cast<std::size_t>((v - lo) / extent * static_cast<double>(side)));
        };
        c.cellOf[i] = at(p.y, all.miny, all.height()) * side + at(p.x, all.minx, all.width());
    }
    c.ordered.resize(features.size());
    std::iota(c.ordered.begin(), c.ordered.end(), std::size_t{0});
    std::stable_sort(c.ordered.begin(), c.ordered.end(),
                     [&](std::size_t a, std::size_t b) { return c.cellOf[a] < c.cellOf[b]; });
    return c;
}

void appendLine(SceneLevel& level, const std::vector<geo::Vec2>& points, bool closed,
                LineClass lineClass, geo::Vec2 origin, geo::StrokeMesh& scratch) {
    scratch.vertices.clear();
    scratch.indices.clear();
    if (closed)
        geo::appendClosedRing(scratch, geo::Ring(points.begin(), points.end() - 1));
    else
        geo::appendOpenLine(scratch, points);
    const auto base = static_cast<std::uint32_t>(level.lineVertices.size() / kLineStride);
    const auto k = static_cast<float>(static_cast<int>(lineClass));
    for (std::size_t i = 0; i < scratch.vertices.size(); ++i) {
        const geo::StrokeVertex& v = scratch.vertices[i];
        level.lineVertices.insert(
            level.lineVertices.end(),
            {static_cast<float>(v.position.x - origin.x), static_cast<float>(v.position.y - origin.y),
             static_cast<float>(v.extrude.x), static_cast<float>(v.extrude.y),
             i % 2 == 0 ? 1.f : -1.f, k});
    }
    for (std::uint32_t i : scratch.indices) level.lineIndices.push_back(base + i);
}

SceneLevel buildLevel(const MapScene& scene, const geo::Topology& topology,
                      const geo::SimplifiedArcs& arcs, const Chunking& chunks,
                      const std::vector<LineClass>& arcClass) {
    SceneLevel level;
    level.tolerance = arcs.tolerance;
    level.chunks.assign(chunks.cells, {});
    // Areas, chunk by chunk.
    std::vector<geo::Vec2> xy;
    std::vector<std::uint32_t> indices;
    for (std::size_t f : chunks.ordered) {
        SceneChunk& c = level.chunks[chunks.cellOf[f]];
        if (c.fill.count == 0) c.fill.first = static_cast<std::uint32_t>(level.fillIndices.size());
        c.bounds.extend(scene.features[f].bounds);
        const auto id = static_cast<float>(f);
        for (const geo::Polygon& part : geo::assemble(topology, arcs, f)) {
            xy.clear();
            indices.clear();
            geo::earcutInto(part, xy, indices);
            const auto base = static_cast<std::uint32_t>(level.fillVertices.size() / kFillStride);
            for (geo::Vec2 p : xy)
                level.fillVertices.insert(level.fillVertices.end(),
                                          {static_cast<float>(p.x - scene.origin.x),
                                           static_cast<float>(p.y - scene.origin.y), id});
            for (std::uint32_t i : indices) level.fillIndices.push_back(base + i);
        }
        c.fill.count = static_cast<std::uint32_t>(level.fillIndices.size()) - c.fill.first;
    }
    // Lines: each arc once, in the chunk of the feature on its left (else its right).
    std::vector<std::vector<std::uint32_t>> arcsOfCell(chunks.cells);
    for (std::uint32_t a = 0; a < topology.arcs.size(); ++a) {
        const geo::Arc& arc = topology.arcs[a];
        const int owner = arc.left >= 0 ? arc.left : arc.right;
        if (owner < 0) continue;
        arcsOfCell[chunks.cellOf[static_cast<std::size_t>(owner)]].push_back(a);
    }
    level.arcLines.assign(topology.arcs.size(), {});
    geo::StrokeMesh scratch;
    for (std::size_t cell = 0; cell < chunks.cells; ++cell) {
        SceneChunk& c = level.chunks[cell];
        c.lines.first = static_cast<std::uint32_t>(level.lineIndices.size());
        for (std::uint32_t a : arcsOfCell[cell]) {
            const std::vector<geo::Vec2>& points = arcs.arcs[a];
            if (points.size() < 2) continue;
            IndexRange& r = level.arcLines[a];
            r.first = static_cast<std::uint32_t>(level.lineIndices.size());
            const bool closed = points.size() > 3 && points.front() == points.back();
            appendLine(level, points, closed, arcClass[a], scene.origin, scratch);
            r.count = static_cast<std::uint32_t>(level.lineIndices.size()) - r.first;
            for (geo::Vec2 p : points) c.bounds.extend(p);
        }
        c.lines.count = static_cast<std::uint32_t>(level.lineIndices.size()) - c.lines.first;
    }
    // Empty cells draw nothing.
    std::erase_if(level.chunks,
                  [](const SceneChunk& c) { return c.fill.count == 0 && c.lines.count == 0; });
    return level;
}

}  // namespace

std::size_t SceneLevel::bytes() const {
    return (fillVertices.size() + lineVertices.size()) * sizeof(float) +
           (fillIndices.size() + lineIndices.size()) * sizeof(std::uint32_t) +
           chunks.size() * sizeof(SceneChunk) + arcLines.size() * sizeof(IndexRange);
}

const SceneLevel& MapScene::level(std::size_t index) const {
    SceneLevel& l = levels.at(index);
    if (!l.loaded && loadLevel) {
        l = loadLevel(index);
        l.loaded = true;
    }
    return l;
}

std::size_t MapScene::levelFor(double metresPerPixel) const {
    for (std::size_t i = levels.size(); i-- > 0;)
        if (levels[i].tolerance <= metresPerPixel) return i;
    return 0;
}

std::int64_t MapScene::featureOfMunicipality(std::size_t municipality) const {
    for (std::size_t i = 0; i < features.size(); ++i)
        if (features[i].kind == LayerKind::Municipality && features[i].source == municipality)
            return static_cast<std::int64_t>(i);
    return -1;
}

const std::vector<double>& sceneTolerances() {
    // Factors of four (two where a Land or Germany fills a 4K image): a view never draws many
    // more vertices than it needs. Levels that save less than kMinSaving are not kept.
    static const std::vector<double> tolerances{0, 10, 40, 160, 320, 640, 2560};
    return tolerances;
}

const std::vector<Rgba>& municipalityPalette() {
    // Tol's "light" colours mixed 40 % towards white: calm enough for large areas under
    // black text, still distinct for the common colour-vision deficiencies.
    static const std::vector<Rgba> palette = [] {
        std::vector<Rgba> p;
        for (std::uint32_t c : {0x77AADDu, 0xEEDD88u, 0x44BB99u, 0xFFAABBu, 0x99DDFFu, 0xBBCC33u,
                                0xEE8866u, 0xDDDDDDu}) {
            Rgba base = Rgba::hex(c);
            auto lighten = [](float v) { return v + (1.f - v) * 0.4f; };
            p.push_back({lighten(base.r), lighten(base.g), lighten(base.b), 1.f});
        }
        return p;
    }();
    return palette;
}

std::vector<Rgba> municipalityFills(const domain::MapData& data) {
    std::vector<geo::MultiPolygon> shapes;
    shapes.reserve(data.municipalities.size());
    for (const domain::Municipality& m : data.municipalities) shapes.push_back(m.shape);
    const auto& palette = municipalityPalette();
    const std::vector<int> index = geo::colourGraph(
        shapes.size(), geo::adjacentPairs(shapes, 1.0), static_cast<int>(palette.size()));
    std::vector<Rgba> fills;
    fills.reserve(index.size());
    for (int i : index) fills.push_back(palette[static_cast<std::size_t>(i) % palette.size()]);
    return fills;
}

MapScene buildMapScene(const domain::MapData& data) {
    MapScene scene;
    scene.extent = data.extent();
    scene.origin = scene.extent.center();
    scene.attribution = data.attribution();

    // Features: neighbouring districts first (drawn below), then the municipalities.
    std::vector<geo::MultiPolygon> shapes;
    shapes.reserve(data.neighbours.size() + data.municipalities.size());
    for (std::size_t i = 0; i < data.neighbours.size(); ++i) {
        const domain::AdminArea& n = data.neighbours[i];
        scene.features.push_back({LayerKind::Neighbour, static_cast<std::uint32_t>(i),
                                  kNeighbourFill, geo::bounds(n.shape), {}});
        shapes.push_back(n.shape);
    }
    const std::vector<Rgba> fills = municipalityFills(data);
    for (std::size_t i = 0; i < data.municipalities.size(); ++i) {
        const domain::Municipality& m = data.municipalities[i];
        scene.features.push_back({LayerKind::Municipality, static_cast<std::uint32_t>(i), fills[i],
                                  geo::bounds(m.shape), {}});
        shapes.push_back(m.shape);
    }

    const geo::Topology topology = geo::buildTopology(shapes);
    shapes.clear();
    shapes.shrink_to_fit();
    for (std::size_t f = 0; f < topology.features.size(); ++f) {
        std::vector<std::uint32_t>& arcs = scene.features[f].arcs;
        for (const geo::ArcPolygon& p : topology.features[f]) {
            for (geo::ArcRef r : p.outer) arcs.push_back(r.arc);
            for (const geo::ArcRing& hole : p.holes)
                for (geo::ArcRef r : hole) arcs.push_back(r.arc);
        }
        std::sort(arcs.begin(), arcs.end());
        arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
    }
    std::vector<LineClass> arcClass;
    arcClass.reserve(topology.arcs.size());
    for (const geo::Arc& arc : topology.arcs) arcClass.push_back(classOf(arc, scene.features));

    const Chunking chunks = chunk(scene.features);
    std::size_t finerVertices = 0;
    for (double tolerance : sceneTolerances()) {
        const geo::SimplifiedArcs arcs =
            geo::simplify(topology, tolerance, tolerance > 0 ? tolerance * tolerance : 0);
        const std::size_t vertices = arcs.vertexCount();
        if (!scene.levels.empty() &&
            static_cast<double>(vertices) > (1 - kMinSaving) * static_cast<double>(finerVertices))
            continue;
        finerVertices = vertices;
        scene.levels.push_back(buildLevel(scene, topology, arcs, chunks, arcClass));
    }

    // Labels. Neighbouring districts are context: only the part near the district matters for
    // the label, so the label point is taken from their intersection with a widened extent.
    geo::Box context =
        scene.extent.expanded(std::max(scene.extent.width(), scene.extent.height()) * 0.1);
    for (const domain::AdminArea& n : data.neighbours) {
        geo::MultiPolygon near = geo::clip(n.shape, context);
        if (!near.empty()) {
            auto [point, radius] = geo::labelPoint(near, 50.0);
            scene.labels.push_back({n.name, point, radius, -1.0, true});
        }
    }
    for (const domain::Municipality& m : data.municipalities) {
        // Priority by size: population where known, else area (as people at the
        // average density): the larger towns keep their label when space runs out.
        const double size = m.population ? static_cast<double>(*m.population)
                                         : m.areaKm2 * 200.0;
        // The circle to 20 m, or a thousandth of the area's size where that is more (the
        // largest cities): as exact as a label needs at any zoom.
        const double tolerance = std::max(20.0, std::sqrt(m.areaKm2 * 1e6) / 1000.0);
        auto [point, radius] = geo::labelPoint(m.shape, tolerance);
        scene.labels.push_back({m.name, point, radius, size + 1.0, false});
    }
    return scene;
}

}  // namespace map

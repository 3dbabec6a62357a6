#include "app/map/map_scene.hpp"

#include "app/map/map_style.hpp"
#include "geo/measure.hpp"
#include "geo/stroke.hpp"
#include "geo/tessellate.hpp"

namespace map {
namespace {

void appendFill(MapScene& scene, const geo::MultiPolygon& shape, IndexRange& range) {
    geo::TriangleMesh mesh = geo::tessellate(shape);
    auto base = static_cast<std::uint32_t>(scene.fillVertices.size() / 2);
    range.first = static_cast<std::uint32_t>(scene.fillIndices.size());
    range.count = static_cast<std::uint32_t>(mesh.indices.size());
    for (geo::Vec2 v : mesh.vertices) {
        scene.fillVertices.push_back(static_cast<float>(v.x - scene.origin.x));
        scene.fillVertices.push_back(static_cast<float>(v.y - scene.origin.y));
    }
    for (std::uint32_t i : mesh.indices) scene.fillIndices.push_back(base + i);
}

void appendStroke(MapScene& scene, const geo::MultiPolygon& shape, IndexRange& range) {
    geo::StrokeMesh mesh = geo::strokeOutline(shape);
    auto base = static_cast<std::uint32_t>(scene.strokeVertices.size() / 5);
    range.first = static_cast<std::uint32_t>(scene.strokeIndices.size());
    range.count = static_cast<std::uint32_t>(mesh.indices.size());
    for (std::size_t i = 0; i < mesh.vertices.size(); ++i) {
        const geo::StrokeVertex& v = mesh.vertices[i];
        scene.strokeVertices.push_back(static_cast<float>(v.position.x - scene.origin.x));
        scene.strokeVertices.push_back(static_cast<float>(v.position.y - scene.origin.y));
        scene.strokeVertices.push_back(static_cast<float>(v.extrude.x));
        scene.strokeVertices.push_back(static_cast<float>(v.extrude.y));
        scene.strokeVertices.push_back(i % 2 == 0 ? 1.f : -1.f);
    }
    for (std::uint32_t i : mesh.indices) scene.strokeIndices.push_back(base + i);
}

}  // namespace

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

MapScene buildMapScene(const domain::MapData& data) {
    MapScene scene;
    scene.extent = data.extent();
    scene.origin = scene.extent.center();
    scene.attribution = data.attribution();

    // Neighbouring districts are context: only the part near the district matters for the
    // label, so the label point is taken from their intersection with a widened extent.
    geo::Box context =
        scene.extent.expanded(std::max(scene.extent.width(), scene.extent.height()) * 0.1);
    for (std::size_t i = 0; i < data.neighbours.size(); ++i) {
        const domain::AdminArea& n = data.neighbours[i];
        SceneFeature f{LayerKind::Neighbour, i, {}, {}, kNeighbourFill};
        appendFill(scene, n.shape, f.fill);
        appendStroke(scene, n.shape, f.outline);
        scene.features.push_back(f);
        geo::MultiPolygon near = geo::clip(n.shape, context);
        if (!near.empty()) {
            auto [point, radius] = geo::labelPoint(near, 50.0);
            scene.labels.push_back({n.name, point, radius, -1.0, true});
        }
    }

    std::vector<geo::MultiPolygon> shapes;
    for (const domain::Municipality& m : data.municipalities) shapes.push_back(m.shape);
    const auto& palette = municipalityPalette();
    std::vector<int> colours = geo::colourGraph(shapes.size(), geo::adjacentPairs(shapes, 1.0),
                                                static_cast<int>(palette.size()));
    for (std::size_t i = 0; i < data.municipalities.size(); ++i) {
        const domain::Municipality& m = data.municipalities[i];
        SceneFeature f{LayerKind::Municipality,
                       i,
                       {},
                       {},
                       palette[static_cast<std::size_t>(colours[i]) % palette.size()]};
        appendFill(scene, m.shape, f.fill);
        appendStroke(scene, m.shape, f.outline);
        scene.features.push_back(f);
        // Priority by population: the larger towns keep their label when space runs out.
        auto [point, radius] = geo::labelPoint(m.shape, 20.0);
        scene.labels.push_back(
            {m.name, point, radius, static_cast<double>(m.population.value_or(0)) + 1.0, false});
    }
    if (data.district) appendStroke(scene, data.district->shape, scene.districtOutline);
    return scene;
}

}  // namespace map

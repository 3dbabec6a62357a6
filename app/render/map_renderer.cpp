#include "app/render/map_renderer.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <tuple>

#include "app/render/font.hpp"
#include "app/render/gl_objects.hpp"
#include "geo/label_layout.hpp"

namespace render {

using map::IndexRange;
using map::LayerKind;
using map::MapScene;
using map::MapStyle;
using map::Marker;
using map::Rgba;
using map::SceneFeature;
using map::SceneLabel;

namespace {

// A vertex array with its vertex and index buffer. Layout: consecutive float attributes.
struct Mesh {
    GlVertexArray vao;
    GlBuffer vbo;
    GlBuffer ibo;
    GLsizei indexCount = 0;

    Mesh(std::initializer_list<int> attributeSizes)
        : vao(makeVertexArray()), vbo(makeBuffer()), ibo(makeBuffer()) {
        glBindVertexArray(vao.id());
        glBindBuffer(GL_ARRAY_BUFFER, vbo.id());
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo.id());
        int stride = 0;
        for (int s : attributeSizes) stride += s;
        int offset = 0;
        GLuint location = 0;
        for (int s : attributeSizes) {
            glEnableVertexAttribArray(location);
            glVertexAttribPointer(location++, s, GL_FLOAT, GL_FALSE,
                                  stride * static_cast<GLsizei>(sizeof(float)),
                                  reinterpret_cast<const void*>(offset * sizeof(float)));
            offset += s;
        }
        glBindVertexArray(0);
    }

    // Returns the number of bytes sent.
    std::size_t upload(const std::vector<float>& vertices,
                       const std::vector<std::uint32_t>& indices, GLenum usage) {
        glBindVertexArray(vao.id());
        glBindBuffer(GL_ARRAY_BUFFER, vbo.id());
        auto vbytes = static_cast<GLsizeiptr>(vertices.size() * sizeof(float));
        auto ibytes = static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t));
        glBufferData(GL_ARRAY_BUFFER, vbytes, vertices.data(), usage);
        glBufferData(GL_ELEMENT_ARRAY_BUFFER, ibytes, indices.data(), usage);
        glBindVertexArray(0);
        indexCount = static_cast<GLsizei>(indices.size());
        return static_cast<std::size_t>(vbytes + ibytes);
    }

    void draw(IndexRange range) const {
        if (range.count == 0) return;
        glBindVertexArray(vao.id());
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(range.count), GL_UNSIGNED_INT,
                       reinterpret_cast<const void*>(range.first * sizeof(std::uint32_t)));
    }
    void drawAll() const { draw({0, static_cast<std::uint32_t>(indexCount)}); }
};

struct Uniforms {
    GLint transform = -1, color = -1, halfWidth = -1, halfPx = -1, outerPx = -1, pixelToClip = -1,
          haloColor = -1, haloEdge = -1, atlas = -1;
};

Uniforms locate(const GlProgram& p) {
    Uniforms u;
    u.transform = glGetUniformLocation(p.id(), "u_transform");
    u.color = glGetUniformLocation(p.id(), "u_color");
    u.halfWidth = glGetUniformLocation(p.id(), "u_halfWidth");
    u.halfPx = glGetUniformLocation(p.id(), "u_halfPx");
    u.outerPx = glGetUniformLocation(p.id(), "u_outerPx");
    u.pixelToClip = glGetUniformLocation(p.id(), "u_pixelToClip");
    u.haloColor = glGetUniformLocation(p.id(), "u_haloColor");
    u.haloEdge = glGetUniformLocation(p.id(), "u_haloEdge");
    u.atlas = glGetUniformLocation(p.id(), "u_atlas");
    return u;
}

void setColor(GLint loc, Rgba c) {
    glUniform4f(loc, c.r, c.g, c.b, c.a);
}

// Glyph quads (anchor, pixel offset, texture coordinate), built on the CPU and uploaded when the
// layout changes.
struct QuadBuilder {
    std::vector<float> vertices;
    std::vector<std::uint32_t> indices;

    void quad(const float (&corners)[4][6]) {
        auto base = static_cast<std::uint32_t>(vertices.size() / 6);
        for (const auto& c : corners) vertices.insert(vertices.end(), c, c + 6);
        for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) indices.push_back(base + i);
    }
    // A glyph run anchored at world point `anchor` (relative to the origin), with its text
    // box's top-left corner at `topLeft` pixels from the anchor's pixel.
    void text(const TextLayout& layout, geo::Vec2 anchor, geo::Vec2 topLeft) {
        auto ax = static_cast<float>(anchor.x), ay = static_cast<float>(anchor.y);
        auto ox = static_cast<float>(topLeft.x), oy = static_cast<float>(topLeft.y);
        for (const TextQuad& q : layout.quads) {
            quad({{ax, ay, ox + q.x0, oy + q.y0, q.u0, q.v0},
                  {ax, ay, ox + q.x1, oy + q.y0, q.u1, q.v0},
                  {ax, ay, ox + q.x1, oy + q.y1, q.u1, q.v1},
                  {ax, ay, ox + q.x0, oy + q.y1, q.u0, q.v1}});
        }
    }
    void clear() {
        vertices.clear();
        indices.clear();
    }
};

// Solid rectangles in pixels from the image's top-left corner, each with its colour.
struct RectBuilder {
    std::vector<float> vertices;  // x, y in pixels (y down)
    std::vector<std::uint32_t> indices;
    std::vector<std::pair<IndexRange, Rgba>> ranges;

    void rect(double x0, double y0, double x1, double y1, Rgba color) {
        auto base = static_cast<std::uint32_t>(vertices.size() / 2);
        for (auto [x, y] : {std::pair{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}) {
            vertices.push_back(static_cast<float>(x));
            vertices.push_back(static_cast<float>(y));
        }
        IndexRange r{static_cast<std::uint32_t>(indices.size()), 6};
        for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) indices.push_back(base + i);
        ranges.emplace_back(r, color);
    }
};

std::string formatDistance(double metres) {
    char buf[32];
    if (metres >= 1000)
        std::snprintf(buf, sizeof buf, "%g km", metres / 1000);
    else
        std::snprintf(buf, sizeof buf, "%g m", metres);
    return buf;
}

}  // namespace

struct MapRenderer::Impl {
    const MapScene& scene;
    const SdfFont& font;
    GlProgram fillProgram, strokeProgram, textProgram, markerProgram;
    Uniforms fillU, strokeU, textU, markerU;
    GLint markerRingColor = -1, markerRingPx = -1, markerFlagColor = -1, markerTriangle = -1;
    Mesh fills{2}, strokes{2, 2, 1}, labels{2, 2, 2}, overlayText{2, 2, 2}, overlayRects{2},
        markers{2, 2, 4, 3};
    IndexRange plainMarkers, selectedMarkers;
    std::vector<Marker> markerList;  // as last set, to rebuild when the marker size changes
    float markerBuiltFor = -1;       // marker radius in pixels the buffer was built for
    std::vector<Rgba> municipalityColors;
    GlTexture atlas;
    std::size_t uploaded = 0;
    std::size_t placed = 0;
    double overlayTop = 0;  // bottomOverlayTop()

    // What the label and overlay buffers were last built for.
    // Labels are laid out again when the scale, the size, the text sizes or the point symbols
    // (which labels avoid) change; never while the view only pans.
    using LayoutKey =
        std::tuple<double, double, double, float, float, float, bool, bool, float, int>;
    LayoutKey layoutKey{-1, 0, 0, 0, 0, 0, false, false, 0, -1};
    int markerVersion = 0;
    struct LabelRun {
        IndexRange range;
        const SceneLabel* label;
        geo::Box box;  // pixels, relative to the label's anchor pixel
    };
    std::vector<LabelRun> labelRuns;
    std::vector<std::pair<IndexRange, Rgba>> rectRanges;

    Impl(const MapScene& s, const SdfFont& f) : scene(s), font(f) {}

    float haloEdge(float sizePx, float haloPx) const {
        // Distance in the atlas: 0.5 at the glyph edge, 0 at spreadPx (at basePx) outside.
        float haloAtBase = haloPx * font.basePx() / sizePx;
        return std::max(0.02f, 0.5f - 0.5f * haloAtBase / static_cast<float>(font.spreadPx()));
    }

    void rebuildLayout(const geo::Viewport& view, const MapStyle& style);
    void rebuildMarkers(float radiusPx);
    void drawText(const Mesh& mesh, IndexRange range, geo::Viewport::ClipTransform t,
                  const geo::Viewport& view, Rgba color, Rgba halo, float edge) const;
};

MapRenderer::MapRenderer(const MapScene& scene, const SdfFont& font)
    : impl_(std::make_unique<Impl>(scene, font)) {
    Impl& m = *impl_;
    m.fillProgram = compileProgram("fill.vert", "fill.frag");
    m.strokeProgram = compileProgram("stroke.vert", "stroke.frag");
    m.textProgram = compileProgram("text.vert", "text.frag");
    m.markerProgram = compileProgram("marker.vert", "marker.frag");
    m.markerU = locate(m.markerProgram);
    m.markerRingColor = glGetUniformLocation(m.markerProgram.id(), "u_ringColor");
    m.markerRingPx = glGetUniformLocation(m.markerProgram.id(), "u_ringPx");
    m.markerFlagColor = glGetUniformLocation(m.markerProgram.id(), "u_flagColor");
    m.markerTriangle = glGetUniformLocation(m.markerProgram.id(), "u_triangle");
    m.fillU = locate(m.fillProgram);
    m.strokeU = locate(m.strokeProgram);
    m.textU = locate(m.textProgram);
    m.uploaded += m.fills.upload(scene.fillVertices, scene.fillIndices, GL_STATIC_DRAW);
    m.uploaded += m.strokes.upload(scene.strokeVertices, scene.strokeIndices, GL_STATIC_DRAW);

    m.atlas = makeTexture();
    glBindTexture(GL_TEXTURE_2D, m.atlas.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, font.atlasWidth(), font.atlasHeight(), 0, GL_RED,
                 GL_UNSIGNED_BYTE, font.atlas().data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    m.uploaded += font.atlas().size();
}

MapRenderer::~MapRenderer() = default;

void MapRenderer::setMarkers(const std::vector<Marker>& markers) {
    impl_->markerList = markers;
    impl_->markerBuiltFor = -1;
    ++impl_->markerVersion;  // rebuilt at the next render, at the style's size
}

void MapRenderer::setMunicipalityColors(const std::vector<Rgba>& colors) {
    impl_->municipalityColors = colors;
}

void MapRenderer::Impl::rebuildMarkers(float radiusPx) {
    // Unselected first, selected last: drawn on top, in their own range with a dark ring.
    std::vector<float> v;
    std::vector<std::uint32_t> idx;
    auto add = [&](const Marker& mk) {
        auto base = static_cast<std::uint32_t>(v.size() / 11);
        float r = mk.selected ? radiusPx * 1.35f : radiusPx;
        auto ax = static_cast<float>(mk.position.x - scene.origin.x);
        auto ay = static_cast<float>(mk.position.y - scene.origin.y);
        for (auto [cx, cy] : {std::pair{-1.f, -1.f}, {1.f, -1.f}, {1.f, 1.f}, {-1.f, 1.f}})
            v.insert(v.end(), {ax, ay, cx, cy, mk.color.r, mk.color.g, mk.color.b, mk.color.a,
                               static_cast<float>(static_cast<int>(mk.shape)), r,
                               mk.flagged ? 1.f : 0.f});
        for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) idx.push_back(base + i);
    };
    for (const Marker& mk : markerList)
        if (!mk.selected) add(mk);
    plainMarkers = {0, static_cast<std::uint32_t>(idx.size())};
    for (const Marker& mk : markerList)
        if (mk.selected) add(mk);
    selectedMarkers = {plainMarkers.count,
                       static_cast<std::uint32_t>(idx.size()) - plainMarkers.count};
    uploaded += markers.upload(v, idx, GL_DYNAMIC_DRAW);
    markerBuiltFor = radiusPx;
}

std::size_t MapRenderer::placedLabels() const {
    return impl_->placed;
}
std::vector<MapRenderer::DrawnLabel> MapRenderer::drawnLabels(const geo::Viewport& view) const {
    std::vector<DrawnLabel> out;
    const geo::Box image{0, 0, view.widthPx(), view.heightPx()};
    for (const Impl::LabelRun& run : impl_->labelRuns) {
        geo::Vec2 at = view.worldToPixel(run.label->anchor);
        geo::Box box{at.x + run.box.minx, at.y + run.box.miny, at.x + run.box.maxx,
                     at.y + run.box.maxy};
        // As render() does: a neighbour's name only when it is wholly visible.
        if (run.label->context &&
            !(image.contains({box.minx, box.miny}) && image.contains({box.maxx, box.maxy})))
            continue;
        out.push_back({run.label->text, run.label->context, box});
    }
    return out;
}
double MapRenderer::bottomOverlayTop() const {
    return impl_->overlayTop;
}
std::size_t MapRenderer::uploadedBytes() const {
    return impl_->uploaded;
}

void MapRenderer::Impl::rebuildLayout(const geo::Viewport& view, const MapStyle& style) {
    const float s = style.scale;
    QuadBuilder text;
    labelRuns.clear();
    placed = 0;
    if (style.labels) {
        std::vector<geo::LabelRequest> requests;
        std::vector<TextLayout> layouts;
        const double halo = style.haloPx * s;
        // A name steps just clear of a site symbol (above, below, beside it) even where its
        // polygon's inscribed circle is smaller: the symbol marks a place in that polygon.
        const double symbolR = style.markerPx * s * 1.35;
        for (const SceneLabel& l : scene.labels) {
            float size = (l.context ? style.contextLabelPx : style.labelPx) * s;
            layouts.push_back(layoutText(font, l.text, size));
            const TextLayout& t = layouts.back();
            const double h = t.height + 2 * halo;
            // A crowded label may move, but only so far that its centre stays inside the
            // polygon's inscribed circle: a name never drifts into the neighbour's area.
            double room = l.room / view.metresPerPixel();
            geo::LabelRequest request{view.worldToPixel(l.anchor), t.width + 2 * halo, h,
                                      l.priority,
                                      std::min(std::max(room, symbolR + 0.6 * h), 1.5 * h)};
            // Where the district is small on screen (a 1280×800 window), the municipalities'
            // names shrink together, down to 60 % of their size (28 → 17 px), rather than
            // being left out; the neighbours' names only give context: they shrink along (never
            // larger than the district's own names) and are the ones left out where crowded.
            if (!l.context) request.minScale = 0.6;
            else request.shrinksAlong = true;
            requests.push_back(request);
        }
        // Labels may leave the image; the bounds only keep the arithmetic finite.
        geo::Box everywhere{-1e9, -1e9, 1e9, 1e9};
        // Names move off the site symbols where their polygon leaves room.
        std::vector<geo::Box> symbols;
        for (const Marker& mk : markerList) {
            geo::Vec2 p = view.worldToPixel(mk.position);
            double r = style.markerPx * s * (mk.selected ? 1.35 : 1.0);
            symbols.push_back({p.x - r, p.y - r, p.x + r, p.y + r});
        }
        std::vector<geo::PlacedLabel> kept =
            geo::placeLabelsAtCommonSize(requests, everywhere, 2.0 * s, 0, symbols);
        placed = kept.size();
        for (const geo::PlacedLabel& p : kept) {
            const SceneLabel& l = scene.labels[p.request];
            if (p.scale < 1) {
                const float size = (l.context ? style.contextLabelPx : style.labelPx) * s;
                layouts[p.request] =
                    layoutText(font, l.text, static_cast<float>(size * p.scale));
            }
            geo::Vec2 anchorPx = view.worldToPixel(l.anchor);
            IndexRange r{static_cast<std::uint32_t>(text.indices.size()), 0};
            text.text(layouts[p.request], l.anchor - scene.origin,
                      {p.box.minx + (p.box.width() - layouts[p.request].width) / 2 - anchorPx.x,
                       p.box.miny + (p.box.height() - layouts[p.request].height) / 2 - anchorPx.y});
            r.count = static_cast<std::uint32_t>(text.indices.size()) - r.first;
            geo::Box rel{p.box.minx - anchorPx.x, p.box.miny - anchorPx.y, p.box.maxx - anchorPx.x,
                         p.box.maxy - anchorPx.y};
            labelRuns.push_back({r, &l, rel});
        }
    }
    uploaded += labels.upload(text.vertices, text.indices, GL_DYNAMIC_DRAW);

    // Overlays in pixels: the attribution (bottom right) always, since the boundary licence
    // requires it on every map; the scale bar (bottom left) unless decorations are off.
    text.clear();
    RectBuilder rects;
    const double pad = 8 * s, margin = 12 * s;
    const double w = view.widthPx(), h = view.heightPx();
    float textPx = style.overlayTextPx * s;
    TextLayout attribution = layoutText(font, scene.attribution, textPx);
    // Never drop the attribution: on a narrow image the text shrinks to fit instead.
    double room = w - 2 * margin - 2 * pad;
    if (attribution.width > room && attribution.width > 0) {
        textPx = static_cast<float>(textPx * room / attribution.width);
        attribution = layoutText(font, scene.attribution, textPx);
    }
    double ax1 = w - margin, ay1 = h - margin;
    double ax0 = ax1 - attribution.width - 2 * pad, ay0 = ay1 - attribution.height - 2 * pad;
    rects.rect(ax0, ay0, ax1, ay1, style.panel);
    text.text(attribution, {0, 0}, {ax0 + pad, ay0 + pad});
    overlayTop = ay0;

    if (style.decorations) {
        geo::ScaleBar bar = geo::niceScaleBar(view.metresPerPixel(), 170.0 * s);
        TextLayout barText = layoutText(font, formatDistance(bar.metres), style.overlayTextPx * s);
        double barH = 7 * s;
        double panelW = std::max(bar.pixels, static_cast<double>(barText.width)) + 2 * pad;
        double panelH = barText.height + barH + 3 * pad;
        double bx0 = margin, by1 = h - margin;
        // On narrow images the scale bar goes above the attribution instead of beside it.
        if (bx0 + panelW > ax0 - margin) by1 = ay0 - margin / 2;
        double by0 = by1 - panelH;
        overlayTop = std::min(overlayTop, by0);
        rects.rect(bx0, by0, bx0 + panelW, by1, style.panel);
        double barY = by1 - pad - barH, barX = bx0 + pad;
        // Two-tone bar: a bar in the text colour whose right half has the panel's colour
        // (white on the light map) inside a frame.
        rects.rect(barX, barY, barX + bar.pixels, barY + barH, style.overlayText);
        double inset = std::max(1.0, 1.2 * s);
        rects.rect(barX + bar.pixels / 2, barY + inset, barX + bar.pixels - inset,
                   barY + barH - inset, Rgba{style.panel.r, style.panel.g, style.panel.b, 1.f});
        text.text(barText, {0, 0}, {barX + (bar.pixels - barText.width) / 2, by0 + pad});
    }
    uploaded += overlayText.upload(text.vertices, text.indices, GL_DYNAMIC_DRAW);
    uploaded += overlayRects.upload(rects.vertices, rects.indices, GL_DYNAMIC_DRAW);
    rectRanges = rects.ranges;
}

void MapRenderer::Impl::drawText(const Mesh& mesh, IndexRange range, geo::Viewport::ClipTransform t,
                                 const geo::Viewport& view, Rgba color, Rgba halo,
                                 float edge) const {
    glUseProgram(textProgram.id());
    glUniform4f(textU.transform, t.scaleX, t.scaleY, t.offsetX, t.offsetY);
    glUniform2f(textU.pixelToClip, static_cast<float>(2.0 / view.widthPx()),
                static_cast<float>(2.0 / view.heightPx()));
    glUniform1i(textU.atlas, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, atlas.id());
    // Halos of all glyphs first, then all fills: a neighbour glyph's halo never covers ink.
    if (edge < 0.5f) {
        setColor(textU.color, halo);
        setColor(textU.haloColor, halo);
        glUniform1f(textU.haloEdge, edge);
        mesh.draw(range);
    }
    setColor(textU.color, color);
    setColor(textU.haloColor, Rgba{0, 0, 0, 0});
    glUniform1f(textU.haloEdge, 0.5f);
    mesh.draw(range);
}

void MapRenderer::render(const geo::Viewport& view, const MapStyle& style,
                         std::optional<std::size_t> highlight, int x, int y) {
    Impl& m = *impl_;
    Impl::LayoutKey key{view.metresPerPixel(), view.widthPx(),    view.heightPx(),
                        style.scale,           style.labelPx,     style.contextLabelPx,
                        style.labels,          style.decorations, style.markerPx,
                        m.markerVersion};
    if (key != m.layoutKey) {
        m.rebuildLayout(view, style);
        m.layoutKey = key;
    }

    const auto w = static_cast<GLsizei>(view.widthPx()), h = static_cast<GLsizei>(view.heightPx());
    glViewport(x, y, w, h);
    glScissor(x, y, w, h);  // the clear below must stay inside the map's rectangle
    glEnable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glClearColor(style.background.r, style.background.g, style.background.b, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);

    const geo::Viewport::ClipTransform world = view.clipTransform(m.scene.origin);
    const SceneFeature* highlighted = nullptr;
    for (const SceneFeature& f : m.scene.features)
        if (highlight && f.kind == LayerKind::Municipality && f.source == *highlight)
            highlighted = &f;

    glUseProgram(m.fillProgram.id());
    glUniform4f(m.fillU.transform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
    for (const SceneFeature& f : m.scene.features) {
        bool thematic = f.kind == LayerKind::Municipality && f.source < m.municipalityColors.size();
        Rgba fill = thematic ? m.municipalityColors[f.source] : f.color;
        if (style.darkFills) fill = darkMapFill(fill);
        setColor(m.fillU.color, fill);
        m.fills.draw(f.fill);
    }
    if (highlighted) {
        setColor(m.fillU.color, style.highlightFill);
        m.fills.draw(highlighted->fill);
    }

    glUseProgram(m.strokeProgram.id());
    glUniform4f(m.strokeU.transform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
    auto stroke = [&](IndexRange r, float widthPx, Rgba c) {
        float half = widthPx * style.scale / 2;
        float outer = half + 0.5f;  // half a pixel of feather outside the line's edge
        glUniform2f(m.strokeU.halfWidth, static_cast<float>(outer * 2 / view.widthPx()),
                    static_cast<float>(outer * 2 / view.heightPx()));
        glUniform1f(m.strokeU.halfPx, half);
        glUniform1f(m.strokeU.outerPx, outer);
        setColor(m.strokeU.color, c);
        m.strokes.draw(r);
    };
    for (const SceneFeature& f : m.scene.features)
        stroke(f.outline, style.outlinePx,
               f.kind == LayerKind::Neighbour ? style.neighbourOutline : style.outline);
    stroke(m.scene.districtOutline, style.districtOutlinePx, style.districtOutline);
    if (highlighted) stroke(highlighted->outline, style.highlightOutlinePx, style.highlightOutline);

    const geo::Box image{0, 0, view.widthPx(), view.heightPx()};
    for (const Impl::LabelRun& run : m.labelRuns) {
        bool context = run.label->context;
        if (context) {
            // A neighbouring district's name only when it is wholly visible: half a name at
            // the edge of the map reads as a mistake.
            geo::Vec2 at = view.worldToPixel(run.label->anchor);
            geo::Box box{at.x + run.box.minx, at.y + run.box.miny, at.x + run.box.maxx,
                         at.y + run.box.maxy};
            if (!(image.contains({box.minx, box.miny}) && image.contains({box.maxx, box.maxy})))
                continue;
        }
        float size = (context ? style.contextLabelPx : style.labelPx) * style.scale;
        m.drawText(m.labels, run.range, world, view, context ? style.contextLabel : style.label,
                   style.halo, m.haloEdge(size, style.haloPx * style.scale));
    }

    if (!m.markerList.empty()) {
        float radius = style.markerPx * style.scale;
        if (radius != m.markerBuiltFor) m.rebuildMarkers(radius);
        glUseProgram(m.markerProgram.id());
        glUniform4f(m.markerU.transform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
        glUniform2f(m.markerU.pixelToClip, static_cast<float>(2.0 / view.widthPx()),
                    static_cast<float>(2.0 / view.heightPx()));
        {
            // The triangle's outline from map::symbolOutline (y down) into the shader's
            // y-up local units: ▲ points to the top of the screen as in the legends.
            std::vector<geo::Vec2> tri = map::symbolOutline(MarkerShape::TriangleUp);
            GLfloat xy[6];
            for (std::size_t i = 0; i < 3; ++i) {
                xy[2 * i] = static_cast<GLfloat>(tri[i].x);
                xy[2 * i + 1] = static_cast<GLfloat>(-tri[i].y);
            }
            glUniform2fv(m.markerTriangle, 3, xy);
        }
        glUniform1f(m.markerRingPx, 2.f * style.scale);
        setColor(m.markerRingColor, style.markerRing);
        setColor(m.markerFlagColor, style.flaggedRing);
        m.markers.draw(m.plainMarkers);
        glUniform1f(m.markerRingPx, 3.f * style.scale);
        setColor(m.markerRingColor, style.selectedRing);
        m.markers.draw(m.selectedMarkers);
    }

    {
        // Overlays are positioned in pixels from the top-left corner.
        geo::Viewport::ClipTransform screen{static_cast<float>(2.0 / view.widthPx()),
                                            static_cast<float>(-2.0 / view.heightPx()), -1.f, 1.f};
        glUseProgram(m.fillProgram.id());
        glUniform4f(m.fillU.transform, screen.scaleX, screen.scaleY, screen.offsetX,
                    screen.offsetY);
        for (const auto& [range, color] : m.rectRanges) {
            setColor(m.fillU.color, color);
            m.overlayRects.draw(range);
        }
        geo::Viewport::ClipTransform anchor{0.f, 0.f, -1.f, 1.f};
        m.drawText(m.overlayText, {0, static_cast<std::uint32_t>(m.overlayText.indexCount)}, anchor,
                   view, style.overlayText, style.halo, 0.5f);
    }
    glBindVertexArray(0);
    glUseProgram(0);
    glDisable(GL_SCISSOR_TEST);
}


}  // namespace render

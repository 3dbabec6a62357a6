#include "app/render/map_renderer.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
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
    // Many ranges in one call: a software renderer pays per call (state validation, binning
    // setup), a few microseconds that add up over hundreds of names.
    void draw(const std::vector<IndexRange>& ranges) const {
        if (ranges.empty()) return;
        if (ranges.size() == 1) return draw(ranges.front());
        std::vector<GLsizei> counts(ranges.size());
        std::vector<const void*> offsets(ranges.size());
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            counts[i] = static_cast<GLsizei>(ranges[i].count);
            offsets[i] = reinterpret_cast<const void*>(ranges[i].first * sizeof(std::uint32_t));
        }
        glBindVertexArray(vao.id());
        glMultiDrawElements(GL_TRIANGLES, counts.data(), GL_UNSIGNED_INT, offsets.data(),
                            static_cast<GLsizei>(ranges.size()));
    }
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
    // box's top-left corner at `topLeft` pixels from the anchor's pixel. `inset` pixels are
    // taken off every side of each glyph's quad (its texture coordinates along): the distance
    // field's padding beyond the halo, where the shader writes nothing but costs a software
    // renderer the same as ink (a 4K map's names: a quarter of their pixels).
    void text(const TextLayout& layout, geo::Vec2 anchor, geo::Vec2 topLeft, float inset = 0) {
        auto ax = static_cast<float>(anchor.x), ay = static_cast<float>(anchor.y);
        auto ox = static_cast<float>(topLeft.x), oy = static_cast<float>(topLeft.y);
        for (TextQuad q : layout.quads) {
            const float w = q.x1 - q.x0, h = q.y1 - q.y0;
            if (inset > 0 && w > 2 * inset && h > 2 * inset) {
                const float du = (q.u1 - q.u0) * inset / w, dv = (q.v1 - q.v0) * inset / h;
                q.x0 += inset;
                q.x1 -= inset;
                q.y0 += inset;
                q.y1 -= inset;
                q.u0 += du;
                q.u1 -= du;
                q.v0 += dv;
                q.v1 -= dv;
            }
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

// One level of the scene on the GPU, uploaded the first time a view needs it.
struct LevelBuffers {
    Mesh fills{2, 1}, lines{2, 2, 1, 1};
};

struct MapRenderer::Impl {
    const MapScene& scene;
    const SdfFont& font;
    GlProgram areaProgram, lineProgram, fillProgram, textProgram, markerProgram;
    Uniforms fillU, textU, markerU;
    GLint areaTransform = -1, areaColors = -1, areaHighlight = -1, areaHighlightColor = -1;
    GLint lineTransform = -1, linePixelToClip = -1, lineHalfPx = -1, lineColor = -1,
          lineOverride = -1;
    GLint markerRingColor = -1, markerRingPx = -1, markerFlagColor = -1, markerTriangle = -1;
    std::vector<std::unique_ptr<LevelBuffers>> levels;  // null until first drawn
    Mesh labels{2, 2, 2}, overlayText{2, 2, 2}, overlayRects{2}, markers{2, 2, 4, 3};
    IndexRange plainMarkers, selectedMarkers;
    std::vector<Marker> markerList;  // as last set, to rebuild when the marker size changes
    float markerBuiltFor = -1;       // marker radius in pixels the buffer was built for
    std::vector<Rgba> municipalityColors;
    GlTexture atlas, colorTable;
    bool darkColors = false;  // what the colour table was last filled for
    bool colorsDirty = true;
    std::size_t uploaded = 0;
    std::size_t placed = 0;
    double overlayTop = 0;  // bottomOverlayTop()
    std::size_t lastLevel = 0;
    std::vector<std::int64_t> municipalityFeature;  // MapData index -> feature index
    int colorVersion = 0;

    // The view cache (setViewCache): the areas and lines of a view drawn into a texture half a
    // view larger on every side, reused while the view moves.
    bool cacheOn = false;
    GlProgram imageProgram;
    GLint imageTransform = -1, imageSampler = -1;
    GlFramebuffer cacheFbo;
    GlTexture cacheTexture;
    Mesh cacheQuad{2, 2};
    std::optional<geo::Viewport> cacheView;  // what the texture shows
    using CacheKey = std::tuple<std::size_t, std::int64_t, int, float, float, float, float, bool,
                                std::uint32_t, std::uint32_t, double>;
    double cacheResolution = 1;  // the picture's pixels per view pixel
    CacheKey cacheKey{};
    std::optional<geo::Viewport> lastView;  // the previous frame's view
    bool lastFromCache = false;
    bool layoutKept = false;  // the last frame kept names laid out for another scale
    bool lastExact = true;    // lastFrameExact()

    // What the label and overlay buffers were last built for.
    // Labels are laid out again when the scale, the size, the text sizes or the point symbols
    // (which labels avoid) change, or when the view leaves the region laid out; never while
    // the view only pans inside it.
    using LayoutKey =
        std::tuple<double, double, double, float, float, float, bool, bool, float, int>;
    LayoutKey layoutKey{-1, 0, 0, 0, 0, 0, false, false, 0, -1};
    geo::Box laidOut;  // world region whose labels were laid out
    int markerVersion = 0;
    struct LabelRun {
        IndexRange range;
        const SceneLabel* label;
        geo::Box box;  // pixels, relative to the label's anchor pixel
        float sizePx;  // text size as laid out
    };

    // Label sprites (with the view cache, i.e. in the window): each name is drawn once, halo
    // and ink, into an atlas texture, and every frame then draws one quad per name from it.
    // The distance-field text costs a software renderer two shaded passes over every glyph
    // (~5 µs per glyph and pass at 1920×1080, 17 ms for Germany's 1,740 glyphs in view);
    // a sprite costs one texel copy per pixel. Names move by less than half a pixel (their
    // anchor on a whole pixel). Exported images keep drawing the text directly.
    struct Sprite {
        int x = 0, y = 0, w = 0, h = 0;  // atlas pixels, rows from the bottom
    };
    static constexpr int kSpriteAtlas = 2048;
    GlProgram spriteProgram;
    GLint spriteTransform = -1, spritePixelToClip = -1, spriteSampler = -1, spriteColor = -1,
          spriteHalo = -1;
    GlTexture spriteTexture;
    GlFramebuffer spriteFbo;
    Mesh spriteQuads{2, 2, 2};
    std::map<std::pair<const SceneLabel*, float>, Sprite> sprites;
    int shelfX = 0, shelfY = 0, shelfHeight = 0;
    using SpriteStyle = std::tuple<float, float, float, float, float, float, float, float, float,
                                   float, float, float, float, float>;
    SpriteStyle spriteStyle{};
    std::vector<LabelRun> labelRuns;
    std::vector<std::pair<IndexRange, Rgba>> rectRanges;
    std::vector<geo::Box> overlayPanels;  // pixels from the top-left: no name is drawn under one
    // Text widths per label at the sizes last asked for (layoutText scales linearly).
    std::vector<float> labelWidth;
    float labelWidthFor = -1, contextWidthFor = -1;

    Impl(const MapScene& s, const SdfFont& f) : scene(s), font(f) {}

    float haloEdge(float sizePx, float haloPx) const {
        // Distance in the atlas: 0.5 at the glyph edge, 0 at spreadPx (at basePx) outside.
        float haloAtBase = haloPx * font.basePx() / sizePx;
        return std::max(0.02f, 0.5f - 0.5f * haloAtBase / static_cast<float>(font.spreadPx()));
    }

    const LevelBuffers& level(std::size_t index);
    void drawGeometry(const geo::Viewport& view, const MapStyle& style, std::int64_t highlighted);
    void renderCache(const geo::Viewport& view, const MapStyle& style, std::int64_t highlighted,
                     double resolution);
    void fillColorTable(bool dark);
    void rebuildLayout(const geo::Viewport& view, const MapStyle& style);
    void rebuildMarkers(float radiusPx);
    void drawText(const Mesh& mesh, const std::vector<IndexRange>& ranges,
                  geo::Viewport::ClipTransform t, const geo::Viewport& view, Rgba color, Rgba halo,
                  float edge) const;
    std::optional<Sprite> placeSprite(int w, int h);
    // Draws `runs` from sprites, making the missing ones; returns the runs it could not place
    // (the atlas full even after starting it afresh), for drawing as text.
    std::vector<const LabelRun*> drawSprites(const std::vector<const LabelRun*>& runs,
                                             geo::Viewport::ClipTransform world,
                                             const geo::Viewport& view, const MapStyle& style,
                                             int x, int y);
};

std::optional<MapRenderer::Impl::Sprite> MapRenderer::Impl::placeSprite(int w, int h) {
    if (w > kSpriteAtlas || h > kSpriteAtlas) return std::nullopt;
    if (shelfX + w > kSpriteAtlas) {  // next shelf
        shelfY += shelfHeight;
        shelfX = 0;
        shelfHeight = 0;
    }
    if (shelfY + h > kSpriteAtlas) return std::nullopt;
    Sprite sprite{shelfX, shelfY, w, h};
    shelfX += w;
    shelfHeight = std::max(shelfHeight, h);
    return sprite;
}

std::vector<const MapRenderer::Impl::LabelRun*> MapRenderer::Impl::drawSprites(
    const std::vector<const LabelRun*>& runs, geo::Viewport::ClipTransform world,
    const geo::Viewport& view, const MapStyle& style, int x, int y) {
    const float s = style.scale;
    const SpriteStyle key{style.label.r,        style.label.g,        style.label.b,
                          style.label.a,        style.contextLabel.r, style.contextLabel.g,
                          style.contextLabel.b, style.contextLabel.a, style.halo.r,
                          style.halo.g,         style.halo.b,         style.halo.a,
                          style.haloPx * s,     s};
    if (!spriteTexture.id()) {
        spriteProgram = compileProgram("sprite.vert", "sprite.frag");
        spriteTransform = glGetUniformLocation(spriteProgram.id(), "u_transform");
        spritePixelToClip = glGetUniformLocation(spriteProgram.id(), "u_pixelToClip");
        spriteSampler = glGetUniformLocation(spriteProgram.id(), "u_sprites");
        spriteColor = glGetUniformLocation(spriteProgram.id(), "u_color");
        spriteHalo = glGetUniformLocation(spriteProgram.id(), "u_halo");
        spriteTexture = makeTexture();
        glBindTexture(GL_TEXTURE_2D, spriteTexture.id());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, kSpriteAtlas, kSpriteAtlas, 0, GL_RG,
                     GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        spriteFbo = makeFramebuffer();
        GLint previous = 0;
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
        glBindFramebuffer(GL_FRAMEBUFFER, spriteFbo.id());
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                               spriteTexture.id(), 0);
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
        uploaded += std::size_t{2} * kSpriteAtlas * kSpriteAtlas;
        sprites.clear();
    }
    if (key != spriteStyle) {
        sprites.clear();
        shelfX = shelfY = shelfHeight = 0;
        spriteStyle = key;
    }

    // The sprites missing for this frame, drawn into the atlas with the text shader.
    std::vector<const LabelRun*> missing;
    for (const LabelRun* run : runs)
        if (!sprites.count({run->label, run->sizePx})) missing.push_back(run);
    std::vector<const LabelRun*> rest;
    if (!missing.empty()) {
        GLint previous = 0;
        glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
        glBindFramebuffer(GL_FRAMEBUFFER, spriteFbo.id());
        glViewport(0, 0, kSpriteAtlas, kSpriteAtlas);
        glUseProgram(textProgram.id());
        glUniform2f(textU.pixelToClip, 2.f / kSpriteAtlas, 2.f / kSpriteAtlas);
        glUniform1i(textU.atlas, 0);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, atlas.id());
        glClearColor(0, 0, 0, 0);
        bool fresh = false;
        // By index: starting afresh appends the names that lost their sprites.
        for (std::size_t k = 0; k < missing.size(); ++k) {
            const LabelRun* run = missing[k];
            const int bx0 = static_cast<int>(std::floor(run->box.minx)),
                      by0 = static_cast<int>(std::floor(run->box.miny));
            const int w = static_cast<int>(std::ceil(run->box.maxx)) - bx0 + 2,
                      h = static_cast<int>(std::ceil(run->box.maxy)) - by0 + 2;
            std::optional<Sprite> sprite = placeSprite(w, h);
            if (!sprite && !fresh) {
                // Full: start afresh, keeping (redrawing) only what this frame needs.
                sprites.clear();
                shelfX = shelfY = shelfHeight = 0;
                fresh = true;
                rest.clear();
                for (const LabelRun* r : runs)
                    if (std::find(missing.begin(), missing.end(), r) == missing.end())
                        missing.push_back(r);
                sprite = placeSprite(w, h);
            }
            if (!sprite) {
                rest.push_back(run);
                continue;
            }
            glScissor(sprite->x, sprite->y, sprite->w, sprite->h);
            glClear(GL_COLOR_BUFFER_BIT);
            // The anchor where the box's top-left corner (less a pixel of margin) lands on
            // the sprite's top-left corner; rows run upwards in the atlas.
            const float ax = static_cast<float>(sprite->x + 1 - bx0),
                        ay = static_cast<float>(sprite->y + sprite->h - 1 + by0);
            glUniform4f(textU.transform, 0.f, 0.f, 2.f * ax / kSpriteAtlas - 1.f,
                        2.f * ay / kSpriteAtlas - 1.f);
            // Coverage only (white, full alpha): the halo's into red, the ink's into green.
            const bool context = run->label->context;
            // As the text path does: the halo's edge for the batch's size.
            const float edge = haloEdge((context ? style.contextLabelPx : style.labelPx) * s,
                                        style.haloPx * s);
            const Rgba white{1, 1, 1, 1};
            setColor(textU.color, white);
            setColor(textU.haloColor, white);
            if (edge < 0.5f) {
                glColorMask(GL_TRUE, GL_FALSE, GL_FALSE, GL_FALSE);
                glUniform1f(textU.haloEdge, edge);
                labels.draw(run->range);
            }
            glColorMask(GL_FALSE, GL_TRUE, GL_FALSE, GL_FALSE);
            glUniform1f(textU.haloEdge, 0.5f);
            labels.draw(run->range);
            glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
            sprites[{run->label, run->sizePx}] = *sprite;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
        glViewport(x, y, static_cast<GLsizei>(view.widthPx()), static_cast<GLsizei>(view.heightPx()));
        glScissor(x, y, static_cast<GLsizei>(view.widthPx()), static_cast<GLsizei>(view.heightPx()));
    }

    // One quad per name, the context names' first.
    std::vector<float> vertices;
    std::vector<std::uint32_t> indices;
    vertices.reserve(runs.size() * 24);
    indices.reserve(runs.size() * 6);
    const float inv = 1.f / kSpriteAtlas;
    std::vector<const LabelRun*> ordered;
    for (bool context : {true, false})
        for (const LabelRun* run : runs)
            if (run->label->context == context) ordered.push_back(run);
    IndexRange contextQuads{0, 0};
    for (const LabelRun* run : ordered) {
        auto it = sprites.find({run->label, run->sizePx});
        if (it == sprites.end()) continue;
        const Sprite& sp = it->second;
        const float ox0 = std::floor(static_cast<float>(run->box.minx)) - 1.f,
                    oy0 = std::floor(static_cast<float>(run->box.miny)) - 1.f;
        const float ox1 = ox0 + static_cast<float>(sp.w), oy1 = oy0 + static_cast<float>(sp.h);
        const float u0 = static_cast<float>(sp.x) * inv, u1 = static_cast<float>(sp.x + sp.w) * inv;
        const float vTop = static_cast<float>(sp.y + sp.h) * inv, vBottom = static_cast<float>(sp.y) * inv;
        const auto ax = static_cast<float>(run->label->anchor.x - scene.origin.x),
                   ay = static_cast<float>(run->label->anchor.y - scene.origin.y);
        const auto base = static_cast<std::uint32_t>(vertices.size() / 6);
        for (const auto& [ox, oy, u, v] : {std::array<float, 4>{ox0, oy0, u0, vTop},
                                           std::array<float, 4>{ox1, oy0, u1, vTop},
                                           std::array<float, 4>{ox1, oy1, u1, vBottom},
                                           std::array<float, 4>{ox0, oy1, u0, vBottom}})
            vertices.insert(vertices.end(), {ax, ay, ox, oy, u, v});
        indices.insert(indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
        if (run->label->context) contextQuads.count = static_cast<std::uint32_t>(indices.size());
    }
    if (!indices.empty()) {
        const IndexRange mainQuads{contextQuads.count,
                                   static_cast<std::uint32_t>(indices.size()) - contextQuads.count};
        uploaded += spriteQuads.upload(vertices, indices, GL_STREAM_DRAW);
        glUseProgram(spriteProgram.id());
        glUniform4f(spriteTransform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
        glUniform2f(spritePixelToClip, static_cast<float>(2.0 / view.widthPx()),
                    static_cast<float>(2.0 / view.heightPx()));
        glUniform1i(spriteSampler, 0);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, spriteTexture.id());
        // As the text: per batch (context names, then the district's), halo under ink.
        glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // the shader's colour is premultiplied
        setColor(spriteHalo, style.halo);
        for (bool context : {true, false}) {
            const IndexRange quads = context ? contextQuads : mainQuads;
            if (quads.count == 0) continue;
            setColor(spriteColor, context ? style.contextLabel : style.label);
            spriteQuads.draw(quads);
        }
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    }
    return rest;
}

const LevelBuffers& MapRenderer::Impl::level(std::size_t index) {
    if (levels.size() != scene.levels.size()) levels.resize(scene.levels.size());
    if (!levels[index]) {
        const map::SceneLevel& l = scene.level(index);
        auto b = std::make_unique<LevelBuffers>();
        uploaded += b->fills.upload(l.fillVertices, l.fillIndices, GL_STATIC_DRAW);
        uploaded += b->lines.upload(l.lineVertices, l.lineIndices, GL_STATIC_DRAW);
        levels[index] = std::move(b);
    }
    return *levels[index];
}

void MapRenderer::Impl::fillColorTable(bool dark) {
    const std::size_t n = std::max<std::size_t>(scene.features.size(), 1);
    const std::size_t width = 1024, height = (n + width - 1) / width;
    std::vector<std::uint8_t> texels(width * height * 4, 0);
    auto byte = [](float v) { return static_cast<std::uint8_t>(std::lround(std::clamp(v, 0.f, 1.f) * 255)); };
    for (std::size_t i = 0; i < scene.features.size(); ++i) {
        const SceneFeature& f = scene.features[i];
        bool thematic = f.kind == LayerKind::Municipality && f.source < municipalityColors.size();
        Rgba c = thematic ? municipalityColors[f.source] : f.color;
        if (dark) c = darkMapFill(c);
        texels[4 * i] = byte(c.r);
        texels[4 * i + 1] = byte(c.g);
        texels[4 * i + 2] = byte(c.b);
        texels[4 * i + 3] = byte(c.a);
    }
    if (!colorTable.id()) colorTable = makeTexture();
    glBindTexture(GL_TEXTURE_2D, colorTable.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, static_cast<GLsizei>(width),
                 static_cast<GLsizei>(height), 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    uploaded += texels.size();
    darkColors = dark;
    colorsDirty = false;
}

MapRenderer::MapRenderer(const MapScene& scene, const SdfFont& font)
    : impl_(std::make_unique<Impl>(scene, font)) {
    Impl& m = *impl_;
    m.areaProgram = compileProgram("area.vert", "area.frag");
    m.lineProgram = compileProgram("line.vert", "line.frag");
    m.fillProgram = compileProgram("fill.vert", "fill.frag");
    m.textProgram = compileProgram("text.vert", "text.frag");
    m.markerProgram = compileProgram("marker.vert", "marker.frag");
    m.markerU = locate(m.markerProgram);
    m.markerRingColor = glGetUniformLocation(m.markerProgram.id(), "u_ringColor");
    m.markerRingPx = glGetUniformLocation(m.markerProgram.id(), "u_ringPx");
    m.markerFlagColor = glGetUniformLocation(m.markerProgram.id(), "u_flagColor");
    m.markerTriangle = glGetUniformLocation(m.markerProgram.id(), "u_triangle");
    m.fillU = locate(m.fillProgram);
    m.textU = locate(m.textProgram);
    const GLuint area = m.areaProgram.id(), line = m.lineProgram.id();
    m.areaTransform = glGetUniformLocation(area, "u_transform");
    m.areaColors = glGetUniformLocation(area, "u_colors");
    m.areaHighlight = glGetUniformLocation(area, "u_highlight");
    m.areaHighlightColor = glGetUniformLocation(area, "u_highlightColor");
    m.lineTransform = glGetUniformLocation(line, "u_transform");
    m.linePixelToClip = glGetUniformLocation(line, "u_pixelToClip");
    m.lineHalfPx = glGetUniformLocation(line, "u_halfPx");
    m.lineColor = glGetUniformLocation(line, "u_color");
    m.lineOverride = glGetUniformLocation(line, "u_override");
    m.municipalityFeature.assign(scene.features.size(), -1);
    for (std::size_t i = 0; i < scene.features.size(); ++i) {
        const SceneFeature& f = scene.features[i];
        if (f.kind != LayerKind::Municipality) continue;
        if (f.source >= m.municipalityFeature.size()) m.municipalityFeature.resize(f.source + 1, -1);
        m.municipalityFeature[f.source] = static_cast<std::int64_t>(i);
    }

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
    impl_->colorsDirty = true;
    ++impl_->colorVersion;
}

void MapRenderer::setViewCache(bool on) {
    Impl& m = *impl_;
    if (on && !m.imageProgram.id()) {  // compiled when first needed (a snapshot never does)
        m.imageProgram = compileProgram("image.vert", "image.frag");
        m.imageTransform = glGetUniformLocation(m.imageProgram.id(), "u_transform");
        m.imageSampler = glGetUniformLocation(m.imageProgram.id(), "u_image");
    }
    impl_->cacheOn = on;
    impl_->cacheView.reset();
}

bool MapRenderer::viewCache() const {
    return impl_->cacheOn;
}

bool MapRenderer::lastFrameExact() const {
    return impl_->lastExact;
}

bool MapRenderer::lastFrameFromCache() const {
    return impl_->lastFromCache;
}

std::size_t MapRenderer::levelDrawn() const {
    return impl_->lastLevel;
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
        // As render() does: the names wholly on the image.
        if (!(image.contains({box.minx, box.miny}) && image.contains({box.maxx, box.maxy})))
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
    // The region laid out: the view and one view's size around it, so that panning within it
    // keeps the labels where they are; beyond it the labels are laid out again.
    const geo::Box visible = view.visibleExtent();
    laidOut = visible.expanded(std::max(visible.width(), visible.height()));
    if (style.labels) {
        const float mainPx = style.labelPx * s, contextPx = style.contextLabelPx * s;
        if (labelWidth.size() != scene.labels.size() || labelWidthFor != mainPx ||
            contextWidthFor != contextPx) {
            labelWidth.assign(scene.labels.size(), -1.f);  // measured when first needed
            labelWidthFor = mainPx;
            contextWidthFor = contextPx;
        }
        const float mainHeight = layoutText(font, "", mainPx).height;
        const float contextHeight = layoutText(font, "", contextPx).height;
        std::vector<geo::LabelRequest> requests;
        std::vector<std::size_t> requested;  // label index per request
        const double halo = style.haloPx * s;
        // A name steps just clear of a site symbol (above, below, beside it) even where its
        // polygon's inscribed circle is smaller: the symbol marks a place in that polygon.
        const double symbolR = style.markerPx * s * 1.35;
        const double mpp = view.metresPerPixel();
        // With many names on screen (a Land, all of Germany) only areas at least a tenth of
        // their name's height across take part (a name never stands for a speck), and the
        // more populous places are placed first and keep theirs.
        std::size_t inRegion = 0;
        for (const SceneLabel& l : scene.labels) inRegion += laidOut.contains(l.anchor) ? 1 : 0;
        const bool crowded = inRegion > 400;
        for (std::size_t i = 0; i < scene.labels.size(); ++i) {
            const SceneLabel& l = scene.labels[i];
            if (!laidOut.contains(l.anchor)) continue;
            const float height = l.context ? contextHeight : mainHeight;
            const double room = l.room / mpp;
            if (crowded && room < 0.1 * height) continue;
            if (labelWidth[i] < 0)
                labelWidth[i] = layoutText(font, l.text, l.context ? contextPx : mainPx).width;
            const double h = height + 2 * halo;
            // A crowded label may move, but only so far that its centre stays inside the
            // polygon's inscribed circle: a name never drifts into the neighbour's area.
            geo::LabelRequest request{view.worldToPixel(l.anchor), labelWidth[i] + 2 * halo, h,
                                      l.priority,
                                      std::min(std::max(room, symbolR + 0.6 * h), 1.5 * h)};
            // Where the district is small on screen (a 1280×800 window), the municipalities'
            // names shrink together, down to 60 % of their size (28 → 17 px), rather than
            // being left out; the neighbours' names only give context: they shrink along (never
            // larger than the district's own names) and are the ones left out where crowded.
            if (!l.context) request.minScale = crowded ? 1.0 : 0.6;
            else request.shrinksAlong = true;
            requests.push_back(request);
            requested.push_back(i);
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
        placed = 0;
        for (const geo::PlacedLabel& p : kept) {
            const SceneLabel& l = scene.labels[requested[p.request]];
            const float size = (l.context ? contextPx : mainPx) * static_cast<float>(p.scale);
            const TextLayout layout = layoutText(font, l.text, size);
            geo::Vec2 anchorPx = view.worldToPixel(l.anchor);
            IndexRange r{static_cast<std::uint32_t>(text.indices.size()), 0};
            // The padding the halo and the edge's smoothing (under a pixel) leave unused.
            const float padding = static_cast<float>(font.spreadPx()) * size / font.basePx();
            const float inset = padding - (static_cast<float>(halo) + 1.5f);
            text.text(layout, l.anchor - scene.origin,
                      {p.box.minx + (p.box.width() - layout.width) / 2 - anchorPx.x,
                       p.box.miny + (p.box.height() - layout.height) / 2 - anchorPx.y},
                      inset);
            r.count = static_cast<std::uint32_t>(text.indices.size()) - r.first;
            geo::Box rel{p.box.minx - anchorPx.x, p.box.miny - anchorPx.y, p.box.maxx - anchorPx.x,
                         p.box.maxy - anchorPx.y};
            labelRuns.push_back({r, &l, rel, size});
            // placedLabels(): the names on the image (those laid out beyond it only wait
            // for a pan).
            const geo::Box image{0, 0, view.widthPx(), view.heightPx()};
            if (image.contains({p.box.minx, p.box.miny}) && image.contains({p.box.maxx, p.box.maxy}))
                ++placed;
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
    overlayPanels.assign(1, geo::Box{ax0, ay0, ax1, ay1});
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
        overlayPanels.push_back({bx0, by0, bx0 + panelW, by1});
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

void MapRenderer::Impl::drawText(const Mesh& mesh, const std::vector<IndexRange>& ranges,
                                 geo::Viewport::ClipTransform t, const geo::Viewport& view,
                                 Rgba color, Rgba halo, float edge) const {
    if (ranges.empty()) return;
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
        mesh.draw(ranges);
    }
    setColor(textU.color, color);
    setColor(textU.haloColor, Rgba{0, 0, 0, 0});
    glUniform1f(textU.haloEdge, 0.5f);
    mesh.draw(ranges);
}

void MapRenderer::Impl::drawGeometry(const geo::Viewport& view, const MapStyle& style,
                                     std::int64_t highlighted) {
    const geo::Viewport::ClipTransform world = view.clipTransform(scene.origin);
    const geo::Box visible = view.visibleExtent();
    if (!scene.levels.empty()) {
        const std::size_t levelIndex = scene.levelFor(view.metresPerPixel());
        lastLevel = levelIndex;
        const map::SceneLevel& sceneLevel = scene.level(levelIndex);
        const LevelBuffers& gpu = level(levelIndex);
        // The chunks in view, neighbouring ranges merged into one draw.
        std::vector<IndexRange> fills, lines;
        auto add = [](std::vector<IndexRange>& ranges, IndexRange r) {
            if (r.count == 0) return;
            if (!ranges.empty() && ranges.back().first + ranges.back().count == r.first)
                ranges.back().count += r.count;
            else
                ranges.push_back(r);
        };
        for (const map::SceneChunk& c : sceneLevel.chunks) {
            if (!c.bounds.intersects(visible)) continue;
            add(fills, c.fill);
            add(lines, c.lines);
        }

        glUseProgram(areaProgram.id());
        glUniform4f(areaTransform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
        glUniform1i(areaColors, 1);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, colorTable.id());
        glActiveTexture(GL_TEXTURE0);
        glUniform1f(areaHighlight, static_cast<float>(highlighted));
        setColor(areaHighlightColor, style.highlightFill);
        // Areas are opaque: without blending llvmpipe writes each pixel without reading it.
        for (IndexRange r : fills) gpu.fills.draw(r);

        glUseProgram(lineProgram.id());
        glUniform4f(lineTransform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
        glUniform2f(linePixelToClip, static_cast<float>(2.0 / view.widthPx()),
                    static_cast<float>(2.0 / view.heightPx()));
        // Per line class (map::LineClass), and the highlight's outline last.
        const GLfloat halfPx[4] = {style.outlinePx * style.scale / 2,
                                   style.outlinePx * style.scale / 2,
                                   style.districtOutlinePx * style.scale / 2,
                                   style.highlightOutlinePx * style.scale / 2};
        const Rgba colors[4] = {style.outline, style.neighbourOutline, style.districtOutline,
                                style.highlightOutline};
        GLfloat rgba[16];
        for (int i = 0; i < 4; ++i) {
            rgba[4 * i] = colors[i].r;
            rgba[4 * i + 1] = colors[i].g;
            rgba[4 * i + 2] = colors[i].b;
            rgba[4 * i + 3] = colors[i].a;
        }
        glUniform1fv(lineHalfPx, 4, halfPx);
        glUniform4fv(lineColor, 4, rgba);
        glUniform1i(lineOverride, -1);
        for (IndexRange r : lines) gpu.lines.draw(r);
        if (highlighted >= 0) {
            glUniform1i(lineOverride, 3);
            for (std::uint32_t arc : scene.features[static_cast<std::size_t>(highlighted)].arcs)
                if (arc < sceneLevel.arcLines.size()) gpu.lines.draw(sceneLevel.arcLines[arc]);
        }
    }

}

void MapRenderer::Impl::renderCache(const geo::Viewport& view, const MapStyle& style,
                                    std::int64_t highlighted, double resolution) {
    GLint previous = 0;
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &previous);
    // A quarter of the view more on every side: panning by that much needs no new picture,
    // and the picture costs 2.25 times a view's pixels (the vertices, which cost most on a
    // software renderer, once).
    // While zooming, at half the resolution: a quarter of the pixels and the next coarser
    // level, for a picture that is only seen scaled for a moment.
    const int cw = static_cast<int>(std::lround(view.widthPx() * 1.5 * resolution)),
              ch = static_cast<int>(std::lround(view.heightPx() * 1.5 * resolution));
    const geo::Viewport cache(view.center(), view.metresPerPixel() / resolution, cw, ch);
    MapStyle cacheStyle = style;
    cacheStyle.scale = static_cast<float>(style.scale * resolution);
    if (!cacheView || cacheView->widthPx() != cw || cacheView->heightPx() != ch) {
        cacheTexture = makeTexture();
        glBindTexture(GL_TEXTURE_2D, cacheTexture.id());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, cw, ch, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        if (!cacheFbo.id()) cacheFbo = makeFramebuffer();
        glBindFramebuffer(GL_FRAMEBUFFER, cacheFbo.id());
        glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D,
                               cacheTexture.id(), 0);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, cacheFbo.id());
    glViewport(0, 0, cw, ch);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(style.background.r, style.background.g, style.background.b, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    drawGeometry(cache, cacheStyle, highlighted);
    glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(previous));
    cacheView = cache;
    cacheResolution = resolution;
    // The quad: the cache's world rectangle (relative to the origin); texture rows bottom-up.
    const geo::Box e = cache.visibleExtent();
    const auto x0 = static_cast<float>(e.minx - scene.origin.x),
               x1 = static_cast<float>(e.maxx - scene.origin.x),
               y0 = static_cast<float>(e.miny - scene.origin.y),
               y1 = static_cast<float>(e.maxy - scene.origin.y);
    uploaded += cacheQuad.upload({x0, y0, 0, 0, x1, y0, 1, 0, x1, y1, 1, 1, x0, y1, 0, 1},
                                 {0, 1, 2, 0, 2, 3}, GL_DYNAMIC_DRAW);
}

void MapRenderer::render(const geo::Viewport& view, const MapStyle& style,
                         std::optional<std::size_t> highlight, int x, int y) {
    Impl& m = *impl_;
    Impl::LayoutKey key{view.metresPerPixel(), view.widthPx(),    view.heightPx(),
                        style.scale,           style.labelPx,     style.contextLabelPx,
                        style.labels,          style.decorations, style.markerPx,
                        m.markerVersion};
    const geo::Box visible = view.visibleExtent();
    const bool insideLaidOut = m.laidOut.contains({visible.minx, visible.miny}) &&
                               m.laidOut.contains({visible.maxx, visible.maxy});
    const bool resting = m.lastView && *m.lastView == view;
    m.layoutKept = false;
    if (key != m.layoutKey || !insideLaidOut) {
        // With the view cache, names keep their layout while the view zooms (up to 1.6
        // times; they stay at their anchors and their size) and are laid out anew when it
        // rests, as the areas are drawn anew.
        Impl::LayoutKey scaled = key;
        std::get<0>(scaled) = std::get<0>(m.layoutKey);
        const double ratio = view.metresPerPixel() / std::get<0>(m.layoutKey);
        const bool keep = m.cacheOn && !resting && insideLaidOut && scaled == m.layoutKey &&
                          ratio < 1.6 && ratio > 1 / 1.6;
        if (!keep) {
            m.rebuildLayout(view, style);
            m.layoutKey = key;
        }
        m.layoutKept = keep;
    }
    if (m.colorsDirty || m.darkColors != style.darkFills) m.fillColorTable(style.darkFills);

    const auto w = static_cast<GLsizei>(view.widthPx()), h = static_cast<GLsizei>(view.heightPx());
    glViewport(x, y, w, h);
    glScissor(x, y, w, h);  // the clear below must stay inside the map's rectangle
    glEnable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    const geo::Viewport::ClipTransform world = view.clipTransform(m.scene.origin);
    std::int64_t highlighted = -1;
    if (highlight && *highlight < m.municipalityFeature.size())
        highlighted = m.municipalityFeature[*highlight];

    // The view cache pays where drawing the view costs more than moving a picture of it
    // (measured on llvmpipe at 1920×1080: a moved or scaled picture costs 1–9 ms, drawing
    // 100,000 indices about as much).
    bool worthCaching = false;
    if (m.cacheOn && !m.scene.levels.empty()) {
        std::size_t indices = 0;
        for (const map::SceneChunk& c : m.scene.level(m.scene.levelFor(view.metresPerPixel())).chunks)
            if (c.bounds.intersects(visible)) indices += c.fill.count + c.lines.count;
        worthCaching = indices > 100000;
    }
    if (worthCaching) {
        // While the view moves (each frame a new view) the picture drawn for an earlier view
        // is reused, moved and scaled, as long as it covers the view at no more than 1.6
        // times its scale; once the view rests (the same view as the frame before) it is
        // drawn anew, exactly. The window draws a few frames after the last input, so the
        // resting view is always drawn exactly.
        // Zooming (the scale changed since the frame before, and still changes): the picture
        // at half the resolution; panning and resting: at the view's.
        const bool zooming = !resting && m.lastView &&
                             m.lastView->metresPerPixel() != view.metresPerPixel();
        const double resolution = zooming ? 0.5 : 1.0;
        const Impl::CacheKey cacheKey{m.scene.levelFor(view.metresPerPixel() / resolution),
                                 highlighted,
                                 m.colorVersion,
                                 style.scale,
                                 style.outlinePx,
                                 style.districtOutlinePx,
                                 style.highlightOutlinePx,
                                 style.darkFills,
                                 static_cast<std::uint32_t>(view.widthPx()),
                                 static_cast<std::uint32_t>(view.heightPx()),
                                 resolution};
        // A moving view goes on with the picture it has, whatever its level and resolution, as
        // long as it shows the same things in the same style.
        auto sameContent = [](Impl::CacheKey a, Impl::CacheKey b) {
            std::get<0>(a) = std::get<0>(b);
            std::get<10>(a) = std::get<10>(b);
            return a == b;
        };
        bool usable = m.cacheView && (cacheKey == m.cacheKey ||
                                      (!resting && sameContent(cacheKey, m.cacheKey)));
        if (usable) {
            const geo::Box covered = m.cacheView->visibleExtent();
            const double ratio =
                view.metresPerPixel() / (m.cacheView->metresPerPixel() * m.cacheResolution);
            usable = covered.contains({visible.minx, visible.miny}) &&
                     covered.contains({visible.maxx, visible.maxy}) && ratio < 1.6 &&
                     ratio > 1 / 1.6;
            if (usable && resting) {
                // Exact only at the same scale and a whole-pixel offset.
                const geo::Vec2 d = m.cacheView->worldToPixel(view.center()) -
                                    m.cacheView->worldToPixel(m.cacheView->center());
                usable = ratio == 1 && std::abs(d.x - std::round(d.x)) < 1e-3 &&
                         std::abs(d.y - std::round(d.y)) < 1e-3;
            }
        }
        m.lastFromCache = usable;
        if (!usable) {
            m.renderCache(view, style, highlighted, resolution);
            m.cacheKey = cacheKey;
            glViewport(x, y, w, h);
            glScissor(x, y, w, h);
            glEnable(GL_SCISSOR_TEST);
        }
        if (view.metresPerPixel() == m.cacheView->metresPerPixel()) {
            // At the picture's own scale (panning): a copy of the view's pixels, the cheapest
            // way a software renderer has (no shading), to the nearest whole pixel.
            const geo::Vec2 topLeft = m.cacheView->worldToPixel(view.pixelToWorld({0, 0}));
            const auto sx = static_cast<GLint>(std::lround(topLeft.x));
            const auto sy = static_cast<GLint>(std::lround(m.cacheView->heightPx() - topLeft.y - h));
            GLint target = 0;
            glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
            glBindFramebuffer(GL_READ_FRAMEBUFFER, m.cacheFbo.id());
            glBlitFramebuffer(sx, sy, sx + w, sy + h, x, y, x + w, y + h, GL_COLOR_BUFFER_BIT,
                              GL_NEAREST);
            glBindFramebuffer(GL_READ_FRAMEBUFFER, static_cast<GLuint>(target));
        } else {
        // The picture as a quad at its place in the world.
        glDisable(GL_BLEND);
        glUseProgram(m.imageProgram.id());
        glUniform4f(m.imageTransform, world.scaleX, world.scaleY, world.offsetX, world.offsetY);
        glUniform1i(m.imageSampler, 0);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m.cacheTexture.id());
        // At the picture's own scale each pixel is one texel: the cheaper nearest lookup.
        const GLint filter =
            view.metresPerPixel() == m.cacheView->metresPerPixel() ? GL_NEAREST : GL_LINEAR;
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
        m.cacheQuad.drawAll();
        glEnable(GL_BLEND);
        }
    } else {
        // (With the view cache its picture covers the whole view: nothing to clear.)
        glClearColor(style.background.r, style.background.g, style.background.b, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        m.lastFromCache = false;
        m.drawGeometry(view, style, highlighted);
    }
    m.lastView = view;
    // A picture moved or scaled is exact only at rest (then usable only when pixel-exact).
    m.lastExact = !m.layoutKept && (!m.lastFromCache || resting);

    const geo::Box image{0, 0, view.widthPx(), view.heightPx()};
    // A name only when it is wholly visible (laid out around the view, and half a name at
    // the edge of the map reads as a mistake), as QGIS does.
    std::vector<const Impl::LabelRun*> visibleRuns;
    for (const Impl::LabelRun& run : m.labelRuns) {
        geo::Vec2 at = view.worldToPixel(run.label->anchor);
        geo::Box box{at.x + run.box.minx, at.y + run.box.miny, at.x + run.box.maxx,
                     at.y + run.box.maxy};
        // Nor half hidden under the attribution or the scale bar.
        if (image.contains({box.minx, box.miny}) && image.contains({box.maxx, box.maxy}) &&
            std::none_of(m.overlayPanels.begin(), m.overlayPanels.end(),
                         [&](const geo::Box& panel) { return panel.intersects(box); }))
            visibleRuns.push_back(&run);
    }
    // In the window from sprites; what they cannot hold (and every exported image) as text.
    if (m.cacheOn) visibleRuns = m.drawSprites(visibleRuns, world, view, style, x, y);
    // The names in two batches, main and context, each drawn halos first, then ink.
    std::vector<IndexRange> mainRuns, contextRuns;
    for (const Impl::LabelRun* runPointer : visibleRuns) {
        const Impl::LabelRun& run = *runPointer;
        std::vector<IndexRange>& into = run.label->context ? contextRuns : mainRuns;
        if (!into.empty() && into.back().first + into.back().count == run.range.first)
            into.back().count += run.range.count;
        else
            into.push_back(run.range);
    }
    for (bool context : {true, false}) {
        float size = (context ? style.contextLabelPx : style.labelPx) * style.scale;
        m.drawText(m.labels, context ? contextRuns : mainRuns, world, view,
                   context ? style.contextLabel : style.label, style.halo,
                   m.haloEdge(size, style.haloPx * style.scale));
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
        m.drawText(m.overlayText, {{0, static_cast<std::uint32_t>(m.overlayText.indexCount)}},
                   anchor, view, style.overlayText, style.halo, 0.5f);
    }
    glBindVertexArray(0);
    glUseProgram(0);
    glDisable(GL_SCISSOR_TEST);
}


}  // namespace render

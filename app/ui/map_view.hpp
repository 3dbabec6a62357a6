#pragma once
// The map area of the window: input (pan, zoom, hover, picking and dragging sites) and drawing
// through a MapRenderer (input needs no GL, so it is tested without one). Reads the model every frame; keeps only view state (viewport, drag,
// hover) and reports what the user did as a MapEvent, never changing the project itself.

#include <cstdint>
#include <optional>
#include <vector>

#include "app/render/map_renderer.hpp"
#include "app/domain/application.hpp"
#include "app/domain/map_data.hpp"
#include "geo/viewport.hpp"

namespace ui {

// A rectangle of the framebuffer in pixels, top-left origin.
struct PixelRect {
    double x = 0, y = 0, width = 0, height = 0;
    bool contains(double px, double py) const {
        return px >= x && py >= y && px < x + width && py < y + height;
    }
};

// How far overlays (legend, banner, scale bar) reach into the map from each edge, in
// framebuffer pixels: the district is fitted into the rest, and so is a set shown by rank.
struct PixelInsets {
    double left = 0, top = 0, right = 0, bottom = 0;
    friend bool operator==(const PixelInsets&, const PixelInsets&) = default;
};

// The mouse as the map sees it this frame, in framebuffer pixels.
struct MouseInput {
    double x = 0, y = 0;
    bool leftDown = false;
    double wheel = 0;
    bool captured = false;  // ImGui wants the mouse (a panel is under it)
};

// What the application sites allow this frame.
struct SiteContext {
    const std::vector<domain::Application>* applications = nullptr;
    std::optional<std::int64_t> selected;  // its site may be dragged
    bool placing = false;                  // a click places the selected site
    bool editable = true;                  // false: read-only project, no moves
    double hitRadiusPx = 14;               // how close a click must be to a symbol
};

struct MapEvent {
    std::optional<std::int64_t> clickedSite;  // select this application
    // A drag of the selected site ended here, or a click placed it (EPSG:25832).
    std::optional<geo::Vec2> siteMovedTo;
};

class MapView {
  public:
    explicit MapView(const domain::MapData& data);

    // Follows the map rectangle (window resize, panel width). The first call fits the
    // district; later calls fit it again while the view is still that fit (no pan, zoom or
    // glide since), otherwise keep centre and scale.
    void setRect(const PixelRect& rect);
    // Pan by dragging the map, zoom with the wheel around the cursor, click a site to select
    // it, drag the selected site to move it, click to place it while placing.
    MapEvent handleMouse(const MouseInput& mouse, const SiteContext& sites);
    // The part of the map that overlays leave free (see PixelInsets). A change refits the
    // district while the view is still the district's fit.
    void setInsets(const PixelInsets& insets);
    const PixelInsets& insets() const { return insets_; }
    // The municipality names' size in framebuffer pixels (the style's label size × scale): the
    // fit keeps room for the names at the district's edge too, not only for its outline.
    void setLabelPx(double px);
    void zoomBy(double factor);  // around the centre
    // The district's bounding box, whole, in the free part of the map.
    void fitDistrict();
    // Keys 1–9: when `box` (world; the shown pair with its coverage rings) is new and the user
    // has zoomed in, glides so that the whole box is in the free part: panning at the same
    // scale when it fits, else zooming out just enough. Nothing moves when the box is already
    // in view or while the view is the district's fit; nullopt forgets the last box.
    void reveal(const std::optional<geo::Box>& box);
    // Glides (eased, scale interpolated geometrically) from the current view to `center` at
    // `metresPerPixel` within `seconds`, starting at time `now` (seconds, any clock); advanced
    // by animate(). Dragging or the wheel stops the glide where it is.
    void glideTo(geo::Vec2 center, double metresPerPixel, double now, double seconds = 0.5);
    void animate(double now);
    bool gliding() const { return glide_.has_value(); }
    // Draws into the window's framebuffer; `highlight` is the municipality hovered on the map
    // or in the list.
    void draw(render::MapRenderer& renderer, const map::MapStyle& style, int framebufferHeight,
              std::optional<std::size_t> highlight);

    const geo::Viewport& viewport() const { return view_; }
    const PixelRect& rect() const { return rect_; }
    std::optional<std::size_t> hovered() const { return hovered_; }
    std::optional<std::int64_t> hoveredSite() const { return hoveredSite_; }
    // While the selected site is dragged: where it is now (draw it there).
    std::optional<geo::Vec2> draggedSite() const;
    std::optional<std::size_t> pick(geo::Vec2 world) const;
    // The application whose site symbol is nearest to the pixel, within `radiusPx`.
    std::optional<std::int64_t> pickSite(geo::Vec2 pixel,
                                         const std::vector<domain::Application>& applications,
                                         double radiusPx) const;

  private:
    struct Glide {
        geo::Viewport from;
        geo::Vec2 center;
        double metresPerPixel, start, seconds;
    };
    enum class Drag { None, Map, Site, Pending };
    const domain::MapData& data_;
    PixelRect rect_;
    geo::Viewport view_;
    PixelInsets insets_;
    double labelPx_ = 0;
    struct NameRoom {
        geo::Vec2 anchor;
        double chars;
    };
    std::vector<NameRoom> names_;  // label points of the municipalities, found once
    std::optional<geo::Box> revealed_;
    double now_ = 0;  // the clock of the last animate()
    bool initialised_ = false;
    bool fitted_ = false;  // the view is the district fit and the user has not moved it since
    bool wasDown_ = false;
    Drag drag_ = Drag::None;
    std::optional<std::int64_t> pressedSite_;
    geo::Vec2 pressPx_{}, sitePx_{};
    double lastX_ = 0, lastY_ = 0;
    std::optional<std::size_t> hovered_;
    std::optional<std::int64_t> hoveredSite_;
    std::optional<Glide> glide_;
};

// The view at `t` (0..1, eased by the caller or not) between `from` and `to`, which have the
// same pixel size: the centre moves linearly, the scale geometrically (zooming feels even).
geo::Viewport interpolateView(const geo::Viewport& from, const geo::Viewport& to, double t);
// The viewport of `widthPx` × `heightPx` that shows `extent` whole inside the part left free by
// `insets`, with `marginPx` kept free around it there (equal scale on both axes). When the
// insets leave less than a third of either side, they are ignored.
geo::Viewport fitInto(const geo::Box& extent, double widthPx, double heightPx,
                      const PixelInsets& insets, double marginPx);
// The view that shows `box` (world) whole in the free part of `current`, moving as little as
// possible: nullopt when it already does; the same scale, panned, when the box fits at it;
// else zoomed out to fit it. Never zooms in.
std::optional<geo::Viewport> viewRevealing(const geo::Viewport& current, const geo::Box& box,
                                           const PixelInsets& insets, double marginPx);

// Smoothstep easing of t in [0, 1]: starts and ends gently.
double easeInOut(double t);

}  // namespace ui

#include "app/ui/map_view.hpp"

#include <algorithm>
#include <cmath>

#include "geo/measure.hpp"

namespace ui {
namespace {
// Zoom limits: from the whole of NRW down to a street block.
constexpr double kMinMetresPerPixel = 0.5;
constexpr double kMaxMetresPerPixel = 2000;
// A press that moves less than this is a click, not a drag (a shaky hand at a projector).
constexpr double kClickSlopPx = 4;
}  // namespace

MapView::MapView(const domain::MapData& data) : data_(data) {}

void MapView::setRect(const PixelRect& rect) {
    bool sizeChanged = rect.width != rect_.width || rect.height != rect_.height;
    rect_ = rect;
    if (!initialised_) {
        fitDistrict();
        initialised_ = true;
    } else if (sizeChanged && fitted_) {
        // Still the whole district as fitted (nobody panned or zoomed since): fill the new
        // size. This covers a window that reaches its final size a few frames after start
        // (maximised, a larger UI scale widening the panel) and a projector switch.
        fitDistrict();
    } else if (sizeChanged) {
        view_ = view_.resized(std::max(1.0, rect.width), std::max(1.0, rect.height));
    }
}

namespace {
// The free part's size, or the whole when the insets leave too little (a tiny window).
struct FreePart {
    double left, top, width, height;
};
FreePart freePart(double widthPx, double heightPx, const PixelInsets& in) {
    double w = widthPx - in.left - in.right, h = heightPx - in.top - in.bottom;
    if (w < widthPx / 3 || h < heightPx / 3) return {0, 0, widthPx, heightPx};
    return {in.left, in.top, w, h};
}
}  // namespace

geo::Viewport fitInto(const geo::Box& extent, double widthPx, double heightPx,
                      const PixelInsets& insets, double marginPx) {
    widthPx = std::max(1.0, widthPx);
    heightPx = std::max(1.0, heightPx);
    const FreePart f = freePart(widthPx, heightPx, insets);
    geo::Viewport inFree = geo::Viewport::fit(extent, std::max(1.0, f.width),
                                              std::max(1.0, f.height), marginPx);
    // The whole map's centre lies off the free part's centre by the insets' difference.
    const double mpp = inFree.metresPerPixel();
    const double dx = widthPx / 2 - (f.left + f.width / 2);
    const double dy = heightPx / 2 - (f.top + f.height / 2);
    const geo::Vec2 c = inFree.center();
    return geo::Viewport({c.x + dx * mpp, c.y - dy * mpp}, mpp, widthPx, heightPx);
}

std::optional<geo::Viewport> viewRevealing(const geo::Viewport& current, const geo::Box& box,
                                           const PixelInsets& insets, double marginPx) {
    const FreePart f = freePart(current.widthPx(), current.heightPx(), insets);
    const geo::Vec2 a = current.worldToPixel({box.minx, box.maxy});
    const geo::Vec2 b = current.worldToPixel({box.maxx, box.miny});
    if (a.x >= f.left && a.y >= f.top && b.x <= f.left + f.width && b.y <= f.top + f.height)
        return std::nullopt;
    const double mpp = current.metresPerPixel();
    const bool fits = box.width() / mpp <= std::max(1.0, f.width - 2 * marginPx) &&
                      box.height() / mpp <= std::max(1.0, f.height - 2 * marginPx);
    if (!fits) return fitInto(box, current.widthPx(), current.heightPx(), insets, marginPx);
    // Same scale: the box's centre to the free part's centre.
    const geo::Vec2 centre{(box.minx + box.maxx) / 2, (box.miny + box.maxy) / 2};
    const double dx = current.widthPx() / 2 - (f.left + f.width / 2);
    const double dy = current.heightPx() / 2 - (f.top + f.height / 2);
    return geo::Viewport({centre.x + dx * mpp, centre.y - dy * mpp}, mpp, current.widthPx(),
                         current.heightPx());
}

void MapView::fitDistrict() {
    glide_.reset();
    fitted_ = true;
    const FreePart f = freePart(rect_.width, rect_.height, insets_);
    double margin = 0.04 * std::min(f.width, f.height);
    view_ = fitInto(data_.extent(), rect_.width, rect_.height, insets_, margin);
    if (labelPx_ <= 0) return;
    if (names_.empty())
        for (const domain::Municipality& m : data_.municipalities) {
            // Characters, not bytes: a name's width follows what is seen.
            double chars = 0;
            for (unsigned char c : m.name) chars += (c & 0xC0) != 0x80;
            names_.push_back({geo::labelPoint(m.shape, 20.0).first, chars});
        }
    // The names are as wide in pixels at every scale: the box they need in the world shrinks
    // as the map zooms out, so a few rounds settle it. An estimate (0.6 em a character, the
    // halo). The names never take more than a fifth of the district's scale: on a small map
    // a name at the edge may reach into the margin rather than the district shrinking away.
    const geo::Viewport plain = view_;
    for (int round = 0; round < 4; ++round) {
        geo::Box need = data_.extent();
        const double mpp = view_.metresPerPixel();
        for (const NameRoom& n : names_) {
            const double halfW = (0.27 * n.chars + 0.1) * labelPx_ * mpp;
            const double halfH = 0.7 * labelPx_ * mpp;
            need.extend(geo::Box{n.anchor.x - halfW, n.anchor.y - halfH, n.anchor.x + halfW,
                                 n.anchor.y + halfH});
        }
        view_ = fitInto(need, rect_.width, rect_.height, insets_, margin);
    }
    if (view_.metresPerPixel() > 1.2 * plain.metresPerPixel()) {
        // Zooming out around the free part's centre keeps the district centred there.
        const FreePart g = freePart(rect_.width, rect_.height, insets_);
        view_ = plain.zoomedAt({g.left + g.width / 2, g.top + g.height / 2}, 1 / 1.2);
    }
}

void MapView::setLabelPx(double px) {
    if (px == labelPx_) return;
    labelPx_ = px;
    if (initialised_ && fitted_) fitDistrict();
}

void MapView::setInsets(const PixelInsets& insets) {
    if (insets == insets_) return;
    insets_ = insets;
    if (initialised_ && fitted_) fitDistrict();
}

void MapView::reveal(const std::optional<geo::Box>& box) {
    auto same = [](const geo::Box& a, const geo::Box& b) {
        return a.minx == b.minx && a.miny == b.miny && a.maxx == b.maxx && a.maxy == b.maxy;
    };
    if (box.has_value() == revealed_.has_value() && (!box || same(*box, *revealed_))) return;
    revealed_ = box;
    if (!box || fitted_ || !initialised_) return;
    const FreePart f = freePart(rect_.width, rect_.height, insets_);
    std::optional<geo::Viewport> to =
        viewRevealing(view_, *box, insets_, 0.04 * std::min(f.width, f.height));
    if (to) glideTo(to->center(), to->metresPerPixel(), now_);
}

void MapView::zoomBy(double factor) {
    glide_.reset();
    fitted_ = false;
    view_ = view_.zoomedAt({view_.widthPx() / 2, view_.heightPx() / 2}, factor)
                .clampedScale(kMinMetresPerPixel, kMaxMetresPerPixel);
}

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

geo::Viewport interpolateView(const geo::Viewport& from, const geo::Viewport& to, double t) {
    t = std::clamp(t, 0.0, 1.0);
    geo::Vec2 a = from.center(), b = to.center();
    geo::Vec2 center{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
    double mpp = from.metresPerPixel() * std::pow(to.metresPerPixel() / from.metresPerPixel(), t);
    return geo::Viewport(center, mpp, to.widthPx(), to.heightPx());
}

void MapView::glideTo(geo::Vec2 center, double metresPerPixel, double now, double seconds) {
    double mpp = std::clamp(metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel);
    fitted_ = false;
    glide_ = Glide{view_, center, mpp, now, std::max(seconds, 1e-3)};
}

void MapView::animate(double now) {
    now_ = now;
    if (!glide_) return;
    double t = (now - glide_->start) / glide_->seconds;
    // The rectangle may have changed since the glide began: glide within the current size.
    geo::Viewport from = glide_->from.resized(view_.widthPx(), view_.heightPx());
    geo::Viewport to(glide_->center, glide_->metresPerPixel, view_.widthPx(), view_.heightPx());
    view_ = interpolateView(from, to, easeInOut(t));
    if (t >= 1) glide_.reset();
}

std::optional<std::size_t> MapView::pick(geo::Vec2 world) const {
    for (std::size_t i = 0; i < data_.municipalities.size(); ++i) {
        const domain::Municipality& m = data_.municipalities[i];
        if (geo::bounds(m.shape).contains(world) && geo::contains(m.shape, world)) return i;
    }
    return std::nullopt;
}

std::optional<std::int64_t> MapView::pickSite(geo::Vec2 pixel,
                                              const std::vector<domain::Application>& applications,
                                              double radiusPx) const {
    std::optional<std::int64_t> best;
    double bestDistance = radiusPx;
    for (const domain::Application& a : applications) {
        if (!a.site) continue;
        geo::Vec2 p = view_.worldToPixel(*a.site);
        double d = std::hypot(p.x - pixel.x, p.y - pixel.y);
        if (d <= bestDistance) {
            bestDistance = d;
            best = a.id;
        }
    }
    return best;
}

std::optional<geo::Vec2> MapView::draggedSite() const {
    if (drag_ != Drag::Site) return std::nullopt;
    return view_.pixelToWorld(sitePx_);
}

MapEvent MapView::handleMouse(const MouseInput& mouse, const SiteContext& sites) {
    MapEvent event;
    geo::Vec2 local{mouse.x - rect_.x, mouse.y - rect_.y};
    bool inside = rect_.contains(mouse.x, mouse.y) && !mouse.captured;
    bool pressed = mouse.leftDown && !wasDown_;
    bool released = !mouse.leftDown && wasDown_;
    const std::vector<domain::Application> none;
    const auto& apps = sites.applications ? *sites.applications : none;

    if ((pressed || mouse.wheel != 0) && inside) glide_.reset();  // the user takes over
    if (pressed && inside) {
        pressPx_ = local;
        pressedSite_ = pickSite(local, apps, sites.hitRadiusPx);
        // The selected site wins over a neighbour under the same pixels: it is drawn on top,
        // and it is the one the user means to drag.
        if (sites.selected && pressedSite_ != sites.selected) {
            for (const domain::Application& a : apps)
                if (a.id == *sites.selected && a.site) {
                    geo::Vec2 p = view_.worldToPixel(*a.site);
                    if (std::hypot(p.x - local.x, p.y - local.y) <= sites.hitRadiusPx)
                        pressedSite_ = a.id;
                }
        }
        drag_ = Drag::Pending;
    } else if (mouse.leftDown && drag_ == Drag::Pending) {
        if (std::hypot(local.x - pressPx_.x, local.y - pressPx_.y) > kClickSlopPx) {
            // Only the selected site moves; anything else pans, so a committee member who
            // drags the map across a symbol never moves a site by accident.
            bool siteDrag = sites.editable && pressedSite_ && pressedSite_ == sites.selected;
            drag_ = siteDrag ? Drag::Site : Drag::Map;
            if (drag_ == Drag::Map) fitted_ = false;
            if (drag_ == Drag::Map) view_ = view_.panned({local.x - pressPx_.x, local.y - pressPx_.y});
        }
    } else if (mouse.leftDown && drag_ == Drag::Map) {
        view_ = view_.panned({mouse.x - lastX_, mouse.y - lastY_});
    }
    if (drag_ == Drag::Site) sitePx_ = local;

    if (released) {
        if (drag_ == Drag::Site) {
            event.siteMovedTo = view_.pixelToWorld(sitePx_);
        } else if (drag_ == Drag::Pending) {  // a click
            if (sites.placing && sites.editable)
                event.siteMovedTo = view_.pixelToWorld(pressPx_);
            else if (pressedSite_)
                event.clickedSite = pressedSite_;
        }
        drag_ = Drag::None;
        pressedSite_.reset();
    }
    wasDown_ = mouse.leftDown;
    lastX_ = mouse.x;
    lastY_ = mouse.y;

    if (inside && mouse.wheel != 0) {
        double target = view_.metresPerPixel() / std::pow(1.25, mouse.wheel);
        double clamped = std::clamp(target, kMinMetresPerPixel, kMaxMetresPerPixel);
        fitted_ = false;
        view_ = view_.zoomedAt(local, view_.metresPerPixel() / clamped);
    }
    hovered_ = inside ? pick(view_.pixelToWorld(local)) : std::nullopt;
    hoveredSite_ = inside && drag_ == Drag::None ? pickSite(local, apps, sites.hitRadiusPx)
                                                 : std::nullopt;
    return event;
}

void MapView::draw(render::MapRenderer& renderer, const map::MapStyle& style,
                   int framebufferHeight, std::optional<std::size_t> highlight) {
    // GL's window origin is bottom-left; the rectangle is kept top-left like ImGui's.
    int glY = framebufferHeight - static_cast<int>(rect_.y + rect_.height);
    renderer.render(view_, style, highlight, static_cast<int>(rect_.x), glY);
}

}  // namespace ui

#include "app/render/snapshot.hpp"

#include <algorithm>
#include <filesystem>

namespace render {

using map::MapStyle;

Image renderImage(MapRenderer& renderer, const geo::Viewport& view, const MapStyle& style,
                  std::optional<std::size_t> highlight) {
    OffscreenTarget target(static_cast<int>(view.widthPx()), static_cast<int>(view.heightPx()));
    target.bind();
    renderer.render(view, style, highlight);
    return target.read();
}

float autoStyleScale(int width, int height) {
    return std::clamp(static_cast<float>(std::min(width, height)) / 1080.f, 1.f, 4.f);
}

}  // namespace render

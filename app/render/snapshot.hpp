#pragma once
// One call that turns a scene and a view into pixels, used by the `snapshot` command (in an
// EGL surfaceless context) and by the window's export (in the window's context).

#include <optional>
#include <string>
#include <vector>

#include "app/map/image.hpp"
#include "app/render/map_renderer.hpp"
#include "app/render/offscreen.hpp"

namespace render {

// Renders into a new multisampled offscreen framebuffer of the view's size and reads it back.
// Requires a current GL context. Leaves the default framebuffer bound.
Image renderImage(MapRenderer& renderer, const geo::Viewport& view, const map::MapStyle& style,
                  std::optional<std::size_t> highlight = std::nullopt);

// The style scale for an image of this size when nothing else is asked for: 1 up to Full HD,
// growing with the shorter side so a 4K image looks like a sharper Full HD one.
float autoStyleScale(int width, int height);

// Metadata stored in exported PNGs (map/image.hpp).
using map::pngMetadata;

}  // namespace render

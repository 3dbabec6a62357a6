#pragma once
// The renderer hands its pixels over as map::Image (map/image.hpp: RGBA and PNG files without
// GL, so print/ draws sheets without linking the renderer). These names keep render's callers
// (the window, the render tests) reading as before.

#include "app/map/image.hpp"

namespace render {

using Image = map::Image;
using map::readPng;
using map::writePng;

}  // namespace render

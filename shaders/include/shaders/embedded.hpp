#pragma once
#include <string_view>

namespace bk::shaders {

// The text of shaders/<name> as it was at build time, e.g. source("map_fill.vert").
// Returns an empty view for an unknown name.
std::string_view source(std::string_view name);

}  // namespace bk::shaders

#pragma once
// The prepared map (MapScene) as bytes, so that a project file can keep it and opening a
// project only reads it (store/map_cache.hpp). Two kinds of record: the scene without its
// levels' buffers (features, labels, the levels' tolerances), and one level's buffers each;
// a view then reads only the level it draws. Native byte order with a marker: a record from a
// machine of the other byte order, an older format or damaged bytes is refused (decode throws
// SceneCodecError) and the caller builds the scene again.

#include <cstdint>
#include <stdexcept>
#include <vector>

#include "app/map/map_scene.hpp"

namespace map {

// Bump when MapScene, its building or this encoding changes: older records are rebuilt.
inline constexpr std::uint32_t kSceneFormat = 1;

struct SceneCodecError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using Bytes = std::vector<std::uint8_t>;

// Everything but the levels' buffers: the levels keep their tolerance and are marked
// unloaded (SceneLevel::loaded == false) after decoding.
Bytes encodeSceneMeta(const MapScene& scene);
MapScene decodeSceneMeta(const Bytes& bytes);

Bytes encodeSceneLevel(const SceneLevel& level);
SceneLevel decodeSceneLevel(const Bytes& bytes);

}  // namespace map

// The prepared map kept in the project file (store/map_cache.hpp): written by the import, read
// by every open instead of being built, ignored when the boundaries changed or the record is
// damaged, and never the cause of a failed open.
#include <gtest/gtest.h>

#include "app/map/scene_codec.hpp"
#include "app/project/project.hpp"
#include "app/store/map_cache.hpp"
#include "app/store/sqlite_db.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using testdata::TempDir;

// Two scenes draw the same when their features, labels and every level's buffers are equal.
void expectSameScene(const map::MapScene& a, const map::MapScene& b) {
    ASSERT_EQ(a.features.size(), b.features.size());
    for (std::size_t i = 0; i < a.features.size(); ++i) {
        EXPECT_EQ(a.features[i].source, b.features[i].source);
        EXPECT_EQ(a.features[i].color, b.features[i].color);
        EXPECT_EQ(a.features[i].arcs, b.features[i].arcs);
        EXPECT_EQ(a.features[i].bounds, b.features[i].bounds);
    }
    ASSERT_EQ(a.labels.size(), b.labels.size());
    for (std::size_t i = 0; i < a.labels.size(); ++i) {
        EXPECT_EQ(a.labels[i].text, b.labels[i].text);
        EXPECT_EQ(a.labels[i].anchor, b.labels[i].anchor);
        EXPECT_EQ(a.labels[i].priority, b.labels[i].priority);
    }
    EXPECT_EQ(a.origin, b.origin);
    EXPECT_EQ(a.extent, b.extent);
    EXPECT_EQ(a.attribution, b.attribution);
    ASSERT_EQ(a.levels.size(), b.levels.size());
    for (std::size_t i = 0; i < a.levels.size(); ++i) {
        const map::SceneLevel& x = a.level(i);
        const map::SceneLevel& y = b.level(i);
        EXPECT_EQ(x.tolerance, y.tolerance);
        EXPECT_EQ(x.fillVertices, y.fillVertices) << "level " << i;
        EXPECT_EQ(x.fillIndices, y.fillIndices) << "level " << i;
        EXPECT_EQ(x.lineVertices, y.lineVertices) << "level " << i;
        EXPECT_EQ(x.lineIndices, y.lineIndices) << "level " << i;
        EXPECT_EQ(x.chunks.size(), y.chunks.size());
        EXPECT_EQ(x.arcLines.size(), y.arcLines.size());
    }
}

std::int64_t cacheRows(const std::string& path) {
    store::Database db(path, true);
    if (!db.hasTable("bk_map_cache")) return 0;
    return std::get<std::int64_t>(*db.scalar("SELECT count(*) FROM bk_map_cache"));
}

TEST(MapCache, TheImportStoresTheMapAndAnOpenReadsItLevelByLevel) {
    TempDir dir;
    const std::string path = testdata::boundaryProject(dir);
    EXPECT_GE(cacheRows(path), 2);  // the scene and at least one level
    project::Project p = project::Project::open(path, {.readOnly = true, .user = {}});
    const map::MapScene stored = p.mapScene();
    ASSERT_FALSE(stored.levels.empty());
    EXPECT_FALSE(stored.levels[0].loaded);  // read when first drawn
    expectSameScene(stored, map::buildMapScene(p.map()));
    EXPECT_TRUE(stored.levels[0].loaded);
}

TEST(MapCache, ChangedBoundariesMakeTheStoredMapStaleAndAWritableOpenStoresItAgain) {
    TempDir dir;
    const std::string path = testdata::boundaryProject(dir);
    // Another program (QGIS) edits the municipalities: GeoPackage records the layer's last
    // change. (Plain SQLite cannot edit the geometry table itself: its R-tree triggers need
    // SpatiaLite's functions.)
    testdata::sqliteExec(path,
                         "UPDATE gpkg_contents SET last_change = '2030-01-01T00:00:00.000Z' "
                         "WHERE table_name = 'gemeinden'");
    {
        store::Database db(path, true);
        EXPECT_FALSE(store::readStoredScene(db, path, store::boundaryFingerprint(db)));
    }
    project::Project p = project::Project::open(path, {});
    const map::MapScene scene = p.mapScene();  // built, and stored for the next open
    expectSameScene(scene, map::buildMapScene(p.map()));
    store::Database db(path, true);
    const auto again = store::readStoredScene(db, path, store::boundaryFingerprint(db));
    ASSERT_TRUE(again);
    expectSameScene(*again, scene);
}

TEST(MapCache, ADamagedRecordIsIgnoredAndTheMapBuilt) {
    TempDir dir;
    const std::string path = testdata::boundaryProject(dir);
    testdata::sqliteExec(path, "UPDATE bk_map_cache SET data = substr(data, 1, 40) WHERE part = 'meta'");
    project::Project p = project::Project::open(path, {.readOnly = true, .user = {}});
    expectSameScene(p.mapScene(), map::buildMapScene(p.map()));
}

TEST(SceneCodec, DamagedLevelBytesAreRefusedNotDrawn) {
    TempDir dir;
    const std::string path = testdata::boundaryProject(dir);
    project::Project p = project::Project::open(path, {.readOnly = true, .user = {}});
    const map::MapScene scene = map::buildMapScene(p.map());
    map::Bytes bytes = map::encodeSceneLevel(scene.level(0));
    EXPECT_NO_THROW(map::decodeSceneLevel(bytes));
    map::Bytes truncated(bytes.begin(), bytes.end() - 3);
    EXPECT_THROW(map::decodeSceneLevel(truncated), map::SceneCodecError);
    // An index past the vertices (the last index of the fill buffer set to a huge value).
    const map::SceneLevel& level = scene.level(0);
    map::SceneLevel bad = level;
    ASSERT_FALSE(bad.fillIndices.empty());
    bad.fillIndices.back() = 0xFFFFFFF0u;
    EXPECT_THROW(map::decodeSceneLevel(map::encodeSceneLevel(bad)), map::SceneCodecError);
    map::Bytes meta = map::encodeSceneMeta(scene);
    meta[4] ^= 0xFF;  // another format number
    EXPECT_THROW(map::decodeSceneMeta(meta), map::SceneCodecError);
}

}  // namespace

// The QGIS styles in the project file (store/qgis_styles.hpp): the layer_styles table as QGIS
// makes it, one default row per layer, QML that an XML parser reads (xmllint, libxml2) and that
// holds the program's colours; written when missing or out of date, the user's own rows never
// touched, an up-to-date file not written at all.

#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "app/domain/application.hpp"
#include "app/map/map_scene.hpp"
#include "app/map/map_style.hpp"
#include "app/store/gpkg_store.hpp"
#include "app/store/map_data_reader.hpp"
#include "app/store/qgis_styles.hpp"
#include "app/store/sqlite_db.hpp"
#include "tests/support/demo_project_fixture.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

namespace fs = std::filesystem;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// "r,g,b,a" as QGIS writes it.
std::string qgisColour(map::Rgba c) {
    auto ch = [](float v) { return std::to_string(std::lround(v * 255.f)); };
    return ch(c.r) + "," + ch(c.g) + "," + ch(c.b) + "," + ch(c.a);
}

bool haveXmllint() { return std::system("xmllint --version >/dev/null 2>&1") == 0; }

// Runs xmllint on the QML: --noout checks it is well-formed; with an XPath, returns its value.
// The exit status is in `status`.
std::string xmllint(const std::string& qml, const std::string& xpath, int& status) {
    static int n = 0;
    fs::path file = fs::temp_directory_path() / ("bk-qml-" + std::to_string(getpid()) + "-" + std::to_string(n++) + ".qml");
    std::ofstream(file, std::ios::binary) << qml;
    std::string cmd = "xmllint --nonet " +
                      (xpath.empty() ? std::string("--noout") : "--xpath \"" + xpath + "\"") + " " +
                      file.string() + " 2>&1";
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    char buf[4096];
    while (p && std::fgets(buf, sizeof buf, p)) out += buf;
    status = p ? pclose(p) : -1;
    fs::remove(file);
    return out;
}

std::string xpath(const std::string& qml, const std::string& path) {
    int status = 0;
    std::string out = xmllint(qml, "string(" + path + ")", status);
    EXPECT_EQ(status, 0) << path << ": " << out;
    // libxml2 2.9.14 (Debian 12) ends the printed string with a newline, older ones do not.
    while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
    return out;
}

struct Row {
    std::string table, column, name, qml;
    std::int64_t useAsDefault;
};

std::vector<Row> rows(const std::string& path) {
    store::Database db(path, true);
    std::vector<Row> out;
    store::Statement s = db.prepare(
        "SELECT f_table_name, f_geometry_column, styleName, styleQML, useAsDefault FROM layer_styles "
        "ORDER BY id");
    while (s.step()) out.push_back({s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4)});
    return out;
}

const Row* find(const std::vector<Row>& rows, const std::string& table, const std::string& name) {
    for (const Row& r : rows)
        if (r.table == table && r.name == name) return &r;
    return nullptr;
}

TEST(QgisStyles, AProjectGetsTheTableAndADefaultRowPerLayerOnItsFirstOpen) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    {
        store::Database db(path, true);
        EXPECT_FALSE(db.hasTable("layer_styles"));  // import-boundaries writes boundaries only
    }
    store::GpkgStore::open(path);
    store::Database db(path, true);
    ASSERT_TRUE(db.hasTable("layer_styles"));
    auto type = db.scalar("SELECT data_type FROM gpkg_contents WHERE table_name = 'layer_styles'");
    ASSERT_TRUE(type);
    EXPECT_EQ(std::get<std::string>(*type), "attributes");
    // The columns QGIS reads and writes.
    std::vector<std::string> columns;
    store::Statement info = db.prepare("PRAGMA table_info(layer_styles)");
    while (info.step()) columns.push_back(info.text(1));
    EXPECT_EQ(columns, (std::vector<std::string>{"id", "f_table_catalog", "f_table_schema", "f_table_name",
                                                 "f_geometry_column", "styleName", "styleQML", "styleSLD",
                                                 "useAsDefault", "description", "owner", "ui",
                                                 "update_time"}));
    std::vector<Row> r = rows(path);
    // The hand-made project has no district layer: municipalities and sites.
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].table, "gemeinden");
    EXPECT_EQ(r[1].table, "standorte");
    for (const Row& row : r) {
        EXPECT_EQ(row.column, "geom");
        EXPECT_EQ(row.name, store::kQgisStyleName);
        EXPECT_EQ(row.useAsDefault, 1);
    }
    // QGIS finds a layer's style by an empty schema (NULL does not match).
    auto schema = db.scalar("SELECT count(*) FROM layer_styles WHERE f_table_schema = '' AND f_table_catalog = ''");
    EXPECT_EQ(std::get<std::int64_t>(*schema), 2);
}

TEST(QgisStyles, TheQmlIsWellFormedAndHoldsTheProgramsColours) {
    if (!haveXmllint()) GTEST_SKIP() << "xmllint (libxml2-utils) is not installed";
    testdata::TempDir dir;
    domain::MapData data = store::loadMapData(testdata::boundaryProject(dir));
    std::vector<store::QgisLayerStyle> styles = store::qgisStyles(data, true);
    ASSERT_EQ(styles.size(), 2u);
    for (const store::QgisLayerStyle& s : styles) {
        int status = 0;
        std::string out = xmllint(s.qml, "", status);
        EXPECT_EQ(status, 0) << s.table << ": " << out;
        EXPECT_EQ(xpath(s.qml, "/qgis/@labelsEnabled"), "1") << s.table;
    }
    const std::string& gemeinden = styles[0].qml;
    EXPECT_EQ(xpath(gemeinden, "/qgis/renderer-v2/@type"), "categorizedSymbol");
    EXPECT_EQ(xpath(gemeinden, "/qgis/renderer-v2/@attr"), "ags");
    EXPECT_EQ(xpath(gemeinden, "/qgis/labeling/settings/text-style/@fieldName"), "name");
    const map::MapStyle style;
    EXPECT_EQ(xpath(gemeinden, "/qgis/labeling/settings/text-style/@textColor"), qgisColour(style.label));
    // Every municipality in the fill colour the program's map gives it.
    map::MapScene scene = map::buildMapScene(data);
    int municipalities = 0;
    for (const map::SceneFeature& f : scene.features) {
        if (f.kind != map::LayerKind::Municipality) continue;
        ++municipalities;
        const domain::Municipality& m = data.municipalities[f.source];
        std::string symbol = xpath(gemeinden, "/qgis/renderer-v2/categories/category[@value='" + m.ags + "']/@symbol");
        EXPECT_EQ(xpath(gemeinden, "/qgis/renderer-v2/categories/category[@value='" + m.ags + "']/@label"), m.name);
        std::string layer = "/qgis/renderer-v2/symbols/symbol[@name='" + symbol + "']/layer/Option/Option";
        EXPECT_EQ(xpath(gemeinden, layer + "[@name='color']/@value"), qgisColour(f.color)) << m.name;
        EXPECT_EQ(xpath(gemeinden, layer + "[@name='outline_color']/@value"), qgisColour(style.outline));
    }
    EXPECT_EQ(municipalities, 2);
    // The two squares touch: different colours.
    EXPECT_NE(xpath(gemeinden, "/qgis/renderer-v2/symbols/symbol[@name='0']/layer/Option/Option[@name='color']/@value"),
              xpath(gemeinden, "/qgis/renderer-v2/symbols/symbol[@name='1']/layer/Option/Option[@name='color']/@value"));

    // The sites: a category per status with its symbol's colour and a shape of its own.
    const std::string& sites = styles[1].qml;
    EXPECT_EQ(xpath(sites, "/qgis/renderer-v2/@attr"), "status");
    EXPECT_EQ(xpath(sites, "/qgis/labeling/settings/text-style/@fieldName"), "nr");
    std::set<std::string> shapes;
    for (domain::Status st : domain::allValues<domain::Status>()) {
        std::string label(domain::label(st));
        std::string symbol = xpath(sites, "/qgis/renderer-v2/categories/category[@value='" + label + "']/@symbol");
        ASSERT_FALSE(symbol.empty()) << label;
        std::string layer = "/qgis/renderer-v2/symbols/symbol[@name='" + symbol + "']/layer/Option/Option";
        EXPECT_EQ(xpath(sites, layer + "[@name='color']/@value"), qgisColour(map::statusSymbol(st).color)) << label;
        EXPECT_EQ(xpath(sites, layer + "[@name='outline_color']/@value"), qgisColour(style.markerRing));
        shapes.insert(xpath(sites, layer + "[@name='name']/@value") + "@" +
                      xpath(sites, layer + "[@name='angle']/@value"));
    }
    EXPECT_EQ(shapes.size(), domain::allValues<domain::Status>().size());
    EXPECT_TRUE(shapes.count("triangle@0"));    // Ausgewählt ▲
    EXPECT_TRUE(shapes.count("triangle@180"));  // Abgelehnt ▼
}

TEST(QgisStyles, AnUpToDateFileIsNotWrittenAndTheUsersOwnRowsStayAsTheyAre) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    store::GpkgStore::open(path);
    // The user saved a style of their own in QGIS, and someone broke the program's row.
    testdata::sqliteExec(path,
                         "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                         "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description) "
                         "VALUES ('', '', 'standorte', 'geom', 'Meiner', '<qgis/>', '', 0, 'eigener');"
                         "UPDATE layer_styles SET styleQML = 'kaputt' WHERE styleName = 'Begegnungskarte' "
                         "AND f_table_name = 'gemeinden';");
    store::GpkgStore::open(path);
    std::vector<Row> after = rows(path);
    ASSERT_EQ(after.size(), 3u);
    const Row* mine = find(after, "standorte", "Meiner");
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->qml, "<qgis/>");
    EXPECT_EQ(mine->useAsDefault, 0);
    EXPECT_NE(find(after, "gemeinden", store::kQgisStyleName)->qml, "kaputt");
    EXPECT_EQ(find(after, "gemeinden", store::kQgisStyleName)->qml,
              store::qgisStyles(store::loadMapData(path), true)[0].qml);
    EXPECT_EQ(find(after, "gemeinden", store::kQgisStyleName)->useAsDefault, 1);

    // Up to date now: opening again (also in English) leaves every byte of the file alone.
    std::string bytes = readFile(path);
    i18n::setLanguage(i18n::Lang::En);
    store::GpkgStore::open(path);
    i18n::setLanguage(i18n::Lang::De);
    EXPECT_EQ(readFile(path), bytes);
}

TEST(QgisStyles, TheUsersOwnDefaultStaysTheDefault) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    store::GpkgStore::open(path);
    testdata::sqliteExec(path,
                         "DELETE FROM layer_styles WHERE f_table_name = 'gemeinden';"
                         "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                         "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description) "
                         "VALUES ('', '', 'gemeinden', 'geom', 'Amt 61', '<qgis/>', '', 1, '');");
    store::GpkgStore::open(path);
    std::vector<Row> r = rows(path);
    ASSERT_TRUE(find(r, "gemeinden", "Amt 61"));
    EXPECT_EQ(find(r, "gemeinden", "Amt 61")->useAsDefault, 1);
    ASSERT_TRUE(find(r, "gemeinden", store::kQgisStyleName));
    EXPECT_EQ(find(r, "gemeinden", store::kQgisStyleName)->useAsDefault, 0);
}

TEST(QgisStyles, AProjectFromBeforeTheStylesGetsThemOnItsNextOpen) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    store::GpkgStore::open(path);
    // A schema-2 file as the program wrote it before: no layer_styles at all.
    testdata::sqliteExec(path, "DROP TABLE layer_styles; DELETE FROM gpkg_contents WHERE table_name = 'layer_styles';");
    int version = store::GpkgStore::open(path)->schemaVersion();
    EXPECT_EQ(version, store::kSchemaVersion);
    EXPECT_FALSE(fs::exists(path + ".bak-schema" + std::to_string(version)));  // no migration for it
    std::vector<Row> r = rows(path);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].useAsDefault, 1);
    store::Database db(path, true);
    EXPECT_TRUE(db.scalar("SELECT 1 FROM gpkg_contents WHERE table_name = 'layer_styles' AND data_type = 'attributes'"));
}

TEST(QgisStyles, AReadOnlyOpenWritesNothing) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    store::GpkgStore::open(path);
    testdata::sqliteExec(path, "DELETE FROM layer_styles");
    std::string bytes = readFile(path);
    store::GpkgStore::open(path, {.readOnly = true});
    EXPECT_EQ(readFile(path), bytes);
}

class QgisStylesKreisDueren : public testdata::DemoProjectTest {};

TEST_F(QgisStylesKreisDueren, TheExampleHasStylesForAllFourLayers) {
    store::GpkgStore::open(path_);
    std::vector<Row> r = rows(path_);
    ASSERT_EQ(r.size(), 4u);
    for (const char* table : {"gemeinden", "kreis", "nachbarkreise", "standorte"}) {
        const Row* row = find(r, table, store::kQgisStyleName);
        ASSERT_TRUE(row) << table;
        EXPECT_EQ(row->useAsDefault, 1) << table;
    }
    if (!haveXmllint()) return;
    const map::MapStyle style;
    const std::string& kreis = find(r, "kreis", store::kQgisStyleName)->qml;
    std::string layer = "/qgis/renderer-v2/symbols/symbol/layer/Option/Option";
    EXPECT_EQ(xpath(kreis, "/qgis/renderer-v2/@type"), "singleSymbol");
    EXPECT_EQ(xpath(kreis, layer + "[@name='style']/@value"), "no");
    EXPECT_EQ(xpath(kreis, layer + "[@name='outline_color']/@value"), qgisColour(style.districtOutline));
    const std::string& nachbarn = find(r, "nachbarkreise", store::kQgisStyleName)->qml;
    EXPECT_EQ(xpath(nachbarn, layer + "[@name='color']/@value"), qgisColour(map::kNeighbourFill));
    EXPECT_EQ(xpath(nachbarn, "/qgis/labeling/settings/text-style/@textColor"), qgisColour(style.contextLabel));
    const std::string& gemeinden = find(r, "gemeinden", store::kQgisStyleName)->qml;
    EXPECT_EQ(xpath(gemeinden, "count(/qgis/renderer-v2/categories/category)"), "15");
}

}  // namespace

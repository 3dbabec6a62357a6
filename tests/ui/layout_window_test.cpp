// The real window at 1280×800 and 1920×1080 under Xvfb on the Kreis Düren example: from its own
// layout record (--dump-text F writes F.layout.json, app/ui/layout_record.hpp) no legend,
// banner or panel covers a municipality's name, and no bare percentage is drawn on the map.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

const std::string kProject = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

struct Item {
    std::string kind, name;
    double x, y, w, h;
};

// The record's one-line entries of a section ("windows", "overlays", "labels").
std::vector<Item> section(const std::string& json, const std::string& name) {
    std::vector<Item> out;
    const auto start = json.find("\"" + name + "\": [");
    if (start == std::string::npos) return out;
    const auto end = json.find("\n  ]", start);
    std::istringstream lines(json.substr(start, end - start));
    const std::regex entry(
        R"re(\{"kind": "([^"]*)", "(?:name|text)": "((?:[^"\\]|\\.)*)", "x": ([-0-9.]+), "y": ([-0-9.]+), "w": ([-0-9.]+), "h": ([-0-9.]+)[,}])re");
    std::smatch m;
    for (std::string line; std::getline(lines, line);)
        if (std::regex_search(line, m, entry))
            out.push_back({m[1], m[2], std::stod(m[3]), std::stod(m[4]), std::stod(m[5]),
                           std::stod(m[6])});
    return out;
}

bool overlap(const Item& a, const Item& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void checkSize(int width, int height) {
    ASSERT_EQ(std::system("command -v xvfb-run >/dev/null"), 0) << "xvfb-run is not installed";
    const std::string dir = std::string(BK_BINARY_DIR) + "/tests/layout-window-" +
                            std::to_string(width);
    std::filesystem::create_directories(dir);
    const std::string copy = dir + "/k.gpkg", dump = dir + "/dump.txt";
    std::filesystem::copy_file(kProject, copy, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::remove(dump + ".layout.json");
    const std::string size = std::to_string(width) + "x" + std::to_string(height);
    const std::string cmd = "XDG_CONFIG_HOME='" + dir + "' XDG_STATE_HOME='" + dir +
                            "' xvfb-run -a -s '-screen 0 " + size + "x24' '" + BK_EXE + "' '" +
                            copy + "' --width " + std::to_string(width) + " --height " +
                            std::to_string(height) + " --frames 8 --dump-text '" + dump +
                            "' > /dev/null 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    const std::string json = readAll(dump + ".layout.json");
    ASSERT_FALSE(json.empty()) << "no layout record next to the dump";

    std::vector<Item> covers;
    for (const Item& w : section(json, "windows"))
        if (w.kind == "legend" || w.kind == "banner" || w.kind == "panel") covers.push_back(w);
    for (const Item& o : section(json, "overlays"))
        if (o.kind == "banner") covers.push_back(o);
    int municipalities = 0, legends = 0;
    for (const Item& c : covers) legends += c.kind == "legend";
    EXPECT_EQ(legends, 1) << "the example shows its legend";
    for (const Item& label : section(json, "labels")) {
        if (label.kind != "municipality") continue;
        ++municipalities;
        for (const Item& c : covers)
            EXPECT_FALSE(overlap(label, c)) << size << ": " << c.kind << " " << c.name
                                            << " covers " << label.name;
    }
    EXPECT_GE(municipalities, 10) << size;
    // No bare percentage on the map (the other sets' bars are gone).
    const std::string text = readAll(dump);
    EXPECT_FALSE(std::regex_search(text, std::regex("(^|\n)[0-9]+ %\n"))) << text;
}

TEST(LayoutWindow, NoOverlayCoversAMunicipalityNameAt1280x800) { checkSize(1280, 800); }
TEST(LayoutWindow, NoOverlayCoversAMunicipalityNameAt1920x1080) { checkSize(1920, 1080); }

}  // namespace

#include "app/ui/layout_record.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>
#include <string_view>

#include "app/io/output_file.hpp"
#include "app/ui/text_dump.hpp"

namespace ui {
namespace {

struct Overlay {
    std::string kind, name;
    ImVec2 min, max;
};
std::vector<Overlay>& overlays() {
    static std::vector<Overlay> list;
    return list;
}

std::string jsonString(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string rect(double x, double y, double w, double h) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "\"x\": %.1f, \"y\": %.1f, \"w\": %.1f, \"h\": %.1f", x, y, w, h);
    return buf;
}

// What a window is, by the names the window's files give them.
std::string windowKind(const ImGuiWindow& w, float mapRight) {
    const std::string_view name = w.Name;
    if (w.Flags & ImGuiWindowFlags_Tooltip) return "tooltip";
    if (w.Flags & ImGuiWindowFlags_ChildWindow) return "child";
    if (w.Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Modal)) return "dialog";
    if (name == "##legend") return "legend";
    if (name == "##card") return "card";
    if (name == "##splitter") return "splitter";
    if (name == "##rank" || name == "##placing" || name == "##back" ||
        name == "##map-only-status")
        return "banner";
    if (w.Pos.x >= mapRight - 1) return "panel";  // beside the map: side panel, form
    return "dialog";                               // floating over the map
}

}  // namespace

void clearRecordedOverlays() { overlays().clear(); }

void recordOverlay(const std::string& kind, const std::string& name, ImVec2 min, ImVec2 max) {
    overlays().push_back({kind, name, min, max});
}

std::string layoutRecordJson(const std::vector<render::MapRenderer::DrawnLabel>& labels,
                             const MapView& map, double pixelRatio) {
    const double r = pixelRatio > 0 ? pixelRatio : 1;
    const PixelRect& m = map.rect();
    const PixelInsets& in = map.insets();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    std::string out = "{\n";
    char buf[96];
    std::snprintf(buf, sizeof buf, "  \"window\": {\"w\": %.0f, \"h\": %.0f, \"pixelRatio\": %g},\n",
                  display.x, display.y, r);
    out += buf;
    out += "  \"map\": {" + rect(m.x / r, m.y / r, m.width / r, m.height / r) + "},\n";
    out += "  \"free\": {" +
           rect((m.x + in.left) / r, (m.y + in.top) / r, (m.width - in.left - in.right) / r,
                (m.height - in.top - in.bottom) / r) +
           "},\n";

    out += "  \"windows\": [";
    bool first = true;
    const float mapRight = static_cast<float>((m.x + m.width) / r);
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        if (!w->WasActive && !w->Active) continue;
        if (w->Hidden) continue;
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"kind\": " + jsonString(windowKind(*w, mapRight)) + ", \"name\": " + jsonString(w->Name) +
               ", " + rect(w->Pos.x, w->Pos.y, w->Size.x, w->Size.y) +
               ", \"scrollsY\": " + (w->ScrollMax.y > 0 ? "true" : "false") + "}";
    }
    out += "\n  ],\n  \"overlays\": [";
    first = true;
    for (const Overlay& o : overlays()) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"kind\": " + jsonString(o.kind) + ", \"name\": " + jsonString(o.name) + ", " +
               rect(o.min.x, o.min.y, o.max.x - o.min.x, o.max.y - o.min.y) + "}";
    }
    out += "\n  ],\n  \"labels\": [";
    first = true;
    for (const render::MapRenderer::DrawnLabel& l : labels) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"kind\": " + jsonString(l.context ? "neighbour" : "municipality") +
               ", \"text\": " + jsonString(l.text) + ", " +
               rect((m.x + l.box.minx) / r, (m.y + l.box.miny) / r, l.box.width() / r,
                    l.box.height() / r) +
               "}";
    }
    const std::vector<TextLine> lines = renderedLines();
    out += "\n  ],\n  \"lines\": [";
    first = true;
    for (const TextLine& t : lines) {
        if (t.text.empty()) continue;
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"text\": " + jsonString(t.text) + ", \"window\": " + jsonString(t.window) +
               ", " + rect(t.x0, t.y0, t.x1 - t.x0, t.y1 - t.y0) + ", \"clip\": {" +
               rect(t.clipX0, t.clipY0, t.clipX1 - t.clipX0, t.clipY1 - t.clipY0) + "}}";
    }
    out += "\n  ],\n  \"clipped\": [";
    first = true;
    for (const TextLine& t : lines) {
        if (!t.clippedX && !t.clippedY) continue;
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\"axis\": " + jsonString(t.clippedX ? "x" : "y") + ", \"text\": " + jsonString(t.text) +
               ", \"window\": " + jsonString(t.window) + ", " +
               rect(t.x0, t.y0, t.x1 - t.x0, t.y1 - t.y0) + ", \"clip\": {" +
               rect(t.clipX0, t.clipY0, t.clipX1 - t.clipX0, t.clipY1 - t.clipY0) + "}}";
    }
    out += "\n  ]\n}\n";
    return out;
}

void writeLayoutRecord(const std::string& path,
                       const std::vector<render::MapRenderer::DrawnLabel>& labels,
                       const MapView& map, double pixelRatio) {
    fileio::writeFileAtomically(path, layoutRecordJson(labels, map, pixelRatio));
}

}  // namespace ui

#pragma once
// Ctrl+E: the map as it is on screen, written as PNG, PDF or SVG, plain or as a map sheet
// (title, legends, scale, north arrow). The dialog that asks for it is ui/export_dialog.cpp.

#include <functional>
#include <optional>
#include <string>

#include "app/decision/pipeline.hpp"
#include "app/map/thematic.hpp"
#include "app/print/paper.hpp"
#include "app/project/project.hpp"
#include "app/render/png.hpp"
#include "geo/viewport.hpp"

namespace ui {

struct ExportRequest {
    std::string path;  // .png, .pdf or .svg (print::outputFormatFor)
    int factor = 1;    // output size = map area size * factor (pixels, or points for PDF/SVG)
    bool sheet = false;  // a map sheet (title, legends, scale, north arrow, ...) via cairo
    // A paper size instead of the screen's: the view on A4/A3 (print/paper.hpp), drawn by
    // cairo at `dpi` for PNG (recorded in the file), a page of the paper's points for PDF/SVG.
    std::optional<print::PaperSize> paper{};
    double dpi = print::kPaperDpis[0];
};

// Carries out an export request for the current view and returns the status line. A plain
// PNG is the OpenGL picture (`renderPng` renders it at the request's size) with the shown set
// drawn over it; a map sheet, PDF or SVG is drawn by print (cairo) with the same theme, set
// and view. `shownSet`: the set the map shows (kind None for none); `reachedColours`: the map
// colours municipalities by the share the shown set reaches. Never throws.
std::string exportMap(const project::Project& project, const ExportRequest& request,
                      const geo::Viewport& view, map::MapTheme theme, bool reachedColours,
                      const decision::ShownSet& shownSet, double uiScale,
                      const std::function<render::Image()>& renderPng);

}  // namespace ui

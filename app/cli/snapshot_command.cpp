#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>

#include <unistd.h>

#include "app/cli/commands.hpp"
#include "app/cli/progress.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/large_pages.hpp"
#include "app/map/image.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/map_sheet.hpp"
#include "app/print/paper.hpp"
#include "app/render/font.hpp"
#include "app/map/map_scene.hpp"
#include "app/render/snapshot.hpp"
#include "app/map/thematic.hpp"
#include "app/exchange/demo.hpp"
#include "app/project/project.hpp"

namespace cli {
namespace {

constexpr int kMaxWidth = 7680, kMaxHeight = 4320;

geo::Box parseExtent(const std::string& text) {
    geo::Box b;
    double v[4];
    const char* p = text.data();
    const char* end = text.data() + text.size();
    for (int i = 0; i < 4; ++i) {
        while (p < end && *p == ' ') ++p;
        auto [next, ec] = std::from_chars(p, end, v[i]);
        if (ec != std::errc() || (i < 3 && (next >= end || *next != ',')) ||
            (i == 3 && next != end))
            throw std::runtime_error(i18n::fill(i18n::text::kSnapBadExtent, {text}));
        p = next + 1;
    }
    b = {v[0], v[1], v[2], v[3]};
    if (!(b.width() > 0 && b.height() > 0))
        throw std::runtime_error(i18n::fill(i18n::text::kSnapEmptyExtent, {text}));
    return b;
}

}  // namespace

namespace {
double residentMegabytes() {
    long pages = 0, resident = 0;
    if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / 1e6;
}

// Wall-clock phases and resident memory for --timings (the benchmark write-up uses them).
class PhaseTimer {
  public:
    explicit PhaseTimer(bool enabled) : enabled_(enabled) {}
    void mark(const char* phase) {
        auto now = std::chrono::steady_clock::now();
        if (enabled_)
            std::fprintf(stderr, "%-8s %7.1f ms  %6.1f MB resident\n", phase,
                         std::chrono::duration<double, std::milli>(now - last_).count(),
                         residentMegabytes());
        last_ = now;
    }

  private:
    bool enabled_;
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};
}  // namespace

int snapshot(const SnapshotOptions& o) {
    PhaseTimer timer(o.timings);
    // The phases' share of the time of an 8K map (measured, rounded); --timings has the
    // stderr lines to itself.
    Progress progress(!o.timings && progressOnStderr(), stderr);
    try {
        progress(0);
        // A paper size replaces width × height: the paper's pixels at its dpi (every preset is
        // under 8K's pixel count; A3 portrait at 300 dpi is 3508 × 4961), or its points.
        std::optional<print::PaperSize> paper;
        const double dpi = o.paper ? o.dpi.value_or(print::kPaperDpis[0]) : print::kScreenDpi;
        if (o.paper) {
            paper = print::findPaperSize(*o.paper);
            if (!paper)
                throw std::runtime_error(
                    i18n::fill(i18n::text::kSnapBadPaper, {*o.paper, print::paperSizeNames()}));
        } else if (o.width < 1 || o.height < 1 || o.width > kMaxWidth || o.height > kMaxHeight) {
            throw std::runtime_error(i18n::fill(i18n::text::kSnapSizeRange,
                                                {std::to_string(o.width), std::to_string(o.height)}));
        }
        std::optional<print::SheetTheme> theme;
        if (o.theme) {
            try {
                theme = print::parseSheetTheme(*o.theme);
            } catch (const std::invalid_argument&) {
                throw std::runtime_error(i18n::fill(i18n::text::kSnapBadTheme, {*o.theme}));
            }
        }
        const print::OutputFormat format = print::outputFormatFor(o.out);
        std::optional<geo::Box> extent;
        if (o.extent) extent = parseExtent(*o.extent);
        // The OpenGL picture's buffers, faulted in on the second core while the project loads
        // and the context is made (app/io/large_pages.hpp): the driver's colour buffer, the
        // pixels read back and the rasteriser's bins, each about the image's RGBA size, and
        // the bins' fixed part (measured: 126 MB at 3840x2160, 41 MB at 1920x1080).
        std::optional<fileio::PreTouch> pretouch;
        if (format == print::OutputFormat::Png && !o.sheet) {
            const double w = paper ? print::paperPixels(paper->widthMm, dpi) : o.width;
            const double h = paper ? print::paperPixels(paper->heightMm, dpi) : o.height;
            pretouch.emplace(static_cast<std::size_t>(3 * 4 * w * h) + (std::size_t{16} << 20));
        }
        // Read-only: a snapshot never changes the project, and works while the window has it.
        project::Project project = project::Project::open(o.project, {.readOnly = true, .user = {}});
        timer.mark("load");
        progress(0.1);
        map::MapScene scene = project.mapScene();
        if (project.isExample())
            scene.attribution = std::string(exchange::kExampleMark) + " · " + scene.attribution;
        timer.mark("scene");
        print::MapSheetOptions sheetOptions;
        sheetOptions.theme = theme;
        sheetOptions.textScale = o.scale > 0 ? o.scale : 1.0;
        sheetOptions.extent = extent;  // nullopt: the district with a margin
        // The OpenGL picture draws the areas from the scene; cairo needs their shapes.
        sheetOptions.shapes = format != print::OutputFormat::Png || o.sheet;
        print::MapSheet sheet = print::mapSheetFor(project, sheetOptions, &scene);
        timer.mark("sheet");
        progress(0.2);

        // What was written, for the last line: the paper, its dpi and size.
        auto paperLine = [&](double w, double h) {
            if (format == print::OutputFormat::Png)
                return i18n::fill(i18n::text::kSnapWrotePaper,
                                  {o.out, std::to_string(std::lround(w)),
                                   std::to_string(std::lround(h)), paper->name,
                                   std::to_string(std::lround(dpi))});
            return i18n::fill(i18n::text::kSnapWrotePaperPage,
                              {o.out, paper->name, i18n::formatDecimal(w, 1),
                               i18n::formatDecimal(h, 1)});
        };
        if (format != print::OutputFormat::Png || o.sheet) {
            // Cairo: the sheet, or the map alone as vectors with selectable text.
            if (paper) {
                geo::Vec2 size = print::writeMapSheetOnPaper(sheet, o.out, *paper, dpi, o.sheet);
                timer.mark("write");
                progress.done();
                std::printf("%s\n", paperLine(size.x, size.y).c_str());
                return 0;
            }
            print::writeMapSheet(sheet, o.out, o.width, o.height, o.sheet);
            timer.mark("write");
            progress.done();
            std::printf("%s\n", i18n::fill(o.sheet ? i18n::text::kSnapWroteSheet : i18n::text::kSnapWrote,
                                           {o.out, std::to_string(o.width), std::to_string(o.height)})
                                    .c_str());
            return 0;
        }
        const int width = paper ? print::paperPixels(paper->widthMm, dpi) : o.width;
        const int height = paper ? print::paperPixels(paper->heightMm, dpi) : o.height;

        render::SdfFont font = render::loadMapFont();
        timer.mark("font");
        render::HeadlessGlContext gl;
        timer.mark("egl");
        render::MapRenderer renderer(scene, font);
        renderer.setMarkers(sheet.markers);
        if (sheet.theme != print::SheetTheme::Municipalities) {
            std::vector<map::Rgba> colors;
            for (const print::SheetArea& a : sheet.municipalities) colors.push_back(a.fill);
            renderer.setMunicipalityColors(colors);
        }
        timer.mark("upload");
        progress(0.35);
        map::MapStyle style;
        style.scale =
            o.scale > 0 ? static_cast<float>(o.scale) : render::autoStyleScale(width, height);
        style.labels = o.labels;
        style.decorations = o.decorations;
        if (o.lineWidth > 0) style.outlinePx = o.lineWidth;
        if (o.districtLineWidth > 0) style.districtOutlinePx = o.districtLineWidth;
        double margin = extent ? 0.0 : 0.04 * std::min(width, height);
        geo::Viewport view =
            geo::Viewport::fit(extent ? *extent : scene.extent, width, height, margin);
        // The OpenGL picture is rendered here; print/ only draws the set over it (no GL there).
        pretouch.reset();  // joined: the buffers below come from the memory it touched
        map::Image image = render::renderImage(renderer, view, style);
        timer.mark("render");
        progress(0.6);
        // The selected set over the OpenGL picture, drawn by the sheet's cairo code.
        sheet.textScale = 1.0;
        print::drawSetOverlay(image, view, style.scale, sheet);
        timer.mark("overlay");
        progress(0.7);
        image.dpi = dpi;
        map::writePng(image, o.out, map::pngMetadata(scene.attribution, o.project));
        timer.mark("png");
        progress.done();
        if (paper) {
            std::printf("%s\n", paperLine(width, height).c_str());
            return 0;
        }
        std::printf("%s\n", i18n::count(i18n::text::kSnapWroteLabels,
                                        static_cast<long long>(renderer.placedLabels()),
                                        {o.out, std::to_string(width), std::to_string(height)})
                                .c_str());
        return 0;
    } catch (const std::exception& e) {
        progress.stop();
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli

#include "app/ui/export_command.hpp"

#include <cmath>
#include <exception>

#include "app/exchange/demo.hpp"
#include "app/i18n/output_error_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/map_sheet.hpp"
#include "app/render/snapshot.hpp"
#include "app/ui/status_area.hpp"

namespace ui {

std::string exportMap(const project::Project& project, const ExportRequest& request,
                      const geo::Viewport& view, map::MapTheme theme, bool reachedColours,
                      const decision::ShownSet& shownSet, double uiScale,
                      const std::function<render::Image()>& renderPng) {
    try {
        print::OutputFormat format = print::outputFormatFor(request.path);
        print::MapSheetOptions o;
        o.extent = view.visibleExtent();
        o.textScale = uiScale;
        o.theme = reachedColours ? print::SheetTheme::Reached
                  : theme == map::MapTheme::ApplicationsPerMunicipality
                      ? print::SheetTheme::ApplicationsPerMunicipality
                      : print::SheetTheme::Municipalities;
        o.set = shownSet;
        print::MapSheet sheet = print::mapSheetFor(project, o);
        if (request.paper) {
            const geo::Vec2 size = print::writeMapSheetOnPaper(sheet, request.path, *request.paper,
                                                               request.dpi, request.sheet);
            return mapSavedText(request.path, static_cast<int>(std::lround(size.x)),
                                static_cast<int>(std::lround(size.y)));
        }
        int w = static_cast<int>(view.widthPx()) * request.factor;
        int h = static_cast<int>(view.heightPx()) * request.factor;
        if (request.sheet || format != print::OutputFormat::Png) {
            print::writeMapSheet(sheet, request.path, w, h, request.sheet);
        } else {
            render::Image image = renderPng();
            w = image.width, h = image.height;
            sheet.textScale = 1.0;
            print::drawSetOverlay(image, view.scaled(request.factor), uiScale * request.factor,
                                  sheet);
            std::string attribution = project.map().attribution();
            if (project.isExample())
                attribution = std::string(exchange::kExampleMark) + " · " + attribution;
            render::writePng(image, request.path, render::pngMetadata(attribution, project.path()));
        }
        return mapSavedText(request.path, w, h);
    } catch (const std::exception& e) {
        return std::string(text::kError) + ": " + i18n::errorText(e);
    }
}

}  // namespace ui

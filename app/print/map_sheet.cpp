#include "app/print/map_sheet.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "app/decision/model.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/map/map_scene.hpp"
#include "app/map/thematic.hpp"
#include "app/decision/decision_input.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "geo/coverage.hpp"
#include "geo/crs.hpp"
#include "geo/label_layout.hpp"

namespace print {

using map::Rgba;

namespace text = ::i18n::text;

const char* sheetThemeName(SheetTheme theme) {
    switch (theme) {
        case SheetTheme::Municipalities: return "gemeinden";
        case SheetTheme::ApplicationsPerMunicipality: return "bewerbungen";
        case SheetTheme::Reached: return "erreicht";
    }
    return "gemeinden";
}

SheetTheme parseSheetTheme(const std::string& name) {
    for (SheetTheme t : {SheetTheme::Municipalities, SheetTheme::ApplicationsPerMunicipality,
                         SheetTheme::Reached})
        if (name == sheetThemeName(t)) return t;
    throw std::invalid_argument("'" + name + "': expected gemeinden, bewerbungen or erreicht");
}

MapSheet mapSheetFor(const project::Project& project, const MapSheetOptions& options,
                     const map::MapScene* givenScene) {
    const domain::MapData& data = project.map();
    MapSheet sheet;
    sheet.textScale = options.textScale > 0 ? options.textScale : 1.0;
    geo::Box district = data.extent();
    sheet.extent =
        options.extent ? *options.extent
                       : district.expanded(0.03 * std::max(district.width(), district.height()));

    // Colours and label points exactly as the OpenGL renderer has them.
    std::optional<map::MapScene> ownScene;
    if (!givenScene) ownScene = project.mapScene();
    const map::MapScene& scene = givenScene ? *givenScene : *ownScene;
    for (const map::SceneFeature& f : scene.features) {
        if (f.kind == map::LayerKind::Neighbour)
            sheet.neighbours.push_back(
                {options.shapes ? data.neighbours[f.source].shape : geo::MultiPolygon{}, f.color});
        else
            sheet.municipalities.push_back(
                {options.shapes ? data.municipalities[f.source].shape : geo::MultiPolygon{},
                 f.color});
    }
    if (data.district && options.shapes) sheet.district = data.district->shape;
    for (const map::SceneLabel& l : scene.labels)
        sheet.labels.push_back({l.text, l.anchor, l.room, l.priority, l.context});

    std::vector<std::int64_t> ineligible = domain::ineligibleApplications(project.state());
    sheet.markers = map::siteMarkers(project.applications(), std::nullopt, ineligible);
    std::set<domain::Status> statuses;
    for (const domain::Application& a : project.applications())
        if (a.site) statuses.insert(a.status);
    for (domain::Status s : statuses) {
        map::StatusSymbol sym = map::statusSymbol(s);
        sheet.symbolLegend.push_back({i18n::displayLabel(s), sym.color, sym.shape, false});
    }
    bool anyFlagged = false;
    for (const map::Marker& m : sheet.markers) anyFlagged = anyFlagged || m.flagged;
    if (anyFlagged)
        sheet.symbolLegend.push_back({text::kLegendIneligible.str(), Rgba::hex(0xFFFFFF),
                                      map::MarkerShape::Circle, true});

    // The set and what it reaches.
    const domain::DecisionSettings& settings = project.state().committee.settings;
    const decision::ShownSet shown = options.set ? *options.set : decision::shownSet(project.state());
    const std::vector<std::int64_t>& ids = shown.applications;
    std::vector<double> shares;
    if (shown.kind != decision::ShownKind::None && !ids.empty()) {
        SheetSet set;
        set.kind = shown.kind;
        set.radiusKm = settings.radiusKm;
        for (std::int64_t id : ids)
            if (const domain::Application* a = project.find(id); a && a->site) {
                set.nrs.push_back(a->nr);
                set.sites.push_back(*a->site);
            }
        if (!set.sites.empty()) {
            // The populated areas as the decision measures them (decision_input.hpp).
            const geo::CoverageModel coverage(decision::decisionInput(project.state()).areas,
                                              set.sites, set.radiusKm * 1000);
            std::vector<std::size_t> all(set.sites.size());
            for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
            set.reachedPopulation = coverage.coveredPopulation(all);
            set.totalPopulation = coverage.totalPopulation();
            shares = coverage.coveredShares(all);
            sheet.set = std::move(set);
        }
    }

    // The thematic layer: the caller's, else the project's (what the window showed last).
    sheet.theme = SheetTheme::Municipalities;
    if (options.theme)
        sheet.theme = *options.theme;
    else if (auto stored = project.viewSetting("theme")) {
        try {
            sheet.theme = parseSheetTheme(*stored);
        } catch (const std::invalid_argument&) {
            // A value from a newer program: the plain colours.
        }
    }
    if (sheet.theme == SheetTheme::Reached && shares.empty())
        sheet.theme = SheetTheme::Municipalities;
    if (sheet.theme == SheetTheme::ApplicationsPerMunicipality) {
        map::Choropleth c = map::applicationsPerMunicipality(data, project.applications());
        for (std::size_t i = 0; i < sheet.municipalities.size() && i < c.colors.size(); ++i)
            sheet.municipalities[i].fill = c.colors[i];
        sheet.themeTitle = text::kSheetApplicationsPerMunicipality.str();
        const char* names[] = {text::kSheetClassNone.c_str(), "1", "2",
                               text::kSheetClassMany.c_str()};
        for (std::size_t k = 0; k < c.legend.size() && k < 4; ++k) {
            int n = c.legend[k].municipalities;
            sheet.themeLegend.push_back(
                {std::string(names[k]) + " (" + std::to_string(n) + " " +
                     (n == 1 ? text::kSheetMunicipalityOne : text::kSheetMunicipalityMany).str() +
                     ")",
                 c.legend[k].color, std::nullopt, false});
        }
    } else if (sheet.theme == SheetTheme::Reached) {
        for (std::size_t i = 0; i < sheet.municipalities.size() && i < shares.size(); ++i)
            sheet.municipalities[i].fill = map::reachedColor(shares[i]);
        sheet.themeTitle = text::kSheetReachedTitle.str() + " " +
                           i18n::formatDecimal(sheet.set->radiusKm, 0) + " km";
        sheet.themeLegend = {{text::kSheetReachedFull.str(), map::reachedColor(1.0), {}, false},
                             {text::kSheetReachedPart.str(), map::reachedColor(0.5), {}, false},
                             {text::kSheetReachedNone.str(), map::reachedColor(0.0), {}, false}};
    } else {
        // One row: a swatch of the first palette colours (they only tell neighbours apart).
        sheet.themeTitle = text::kThemeTitle.str();
        sheet.themeLegend.push_back(
            {text::kThemeColours.str(), map::municipalityPalette()[0], std::nullopt, false});
    }

    sheet.title = text::kSheetTitle.str();
    if (data.district) sheet.title += " – " + data.district->bez + " " + data.district->name;
    sheet.projectName = std::filesystem::path(project.path()).stem().string();
    sheet.date = i18n::formatIsoDate(options.dateIso ? *options.dateIso : todayIso());
    // The stamp: each criterion's share of the weights, and the radius.
    double sum = 0;
    for (double w : settings.weights) sum += w;
    for (int c = 0; c < decision::kCriteria; ++c) {
        double share = sum > 0 ? 100 * settings.weights[static_cast<std::size_t>(c)] / sum : 0;
        sheet.stamp += std::string(sheet.stamp.empty() ? "" : "\n") +
                       i18n::criterionShortLabel(static_cast<decision::Criterion>(c)) + ": " +
                       i18n::formatPercent(share, 0);
    }
    sheet.stamp += "\n" + text::kSheetRadius.str() + ": " +
                   i18n::formatDecimal(settings.radiusKm, 0) + " km";
    sheet.attribution = data.attribution();
    if (sheet.set || sheet.theme == SheetTheme::Reached)
        sheet.populationSource = text::kPopulationSource.str();
    if (project.isExample()) sheet.exampleMark = text::kExampleData.str();
    // The project's data are in geo::kProjectCrs (the store writes and checks srs_id 25832);
    // its name is PROJ's, so it reads as in QGIS. Without PROJ's database: the code.
    try {
        sheet.referenceSystem = geo::crsName(geo::kProjectCrs);
    } catch (const std::exception&) {
        sheet.referenceSystem = geo::kProjectCrs;
    }
    return sheet;
}

std::string todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[16];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

}  // namespace print

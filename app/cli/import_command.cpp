#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace cli {

int importBoundaries(const exchange::BoundaryImportOptions& options) {
    namespace text = i18n::text;
    bool tty = isatty(fileno(stderr)) != 0;
    // The stages (exchange::ImportProgress::stage, "Gemeinden" or "Kreise") in the user's words.
    auto stageName = [](const std::string& stage) {
        if (stage == "Gemeinden") return text::kBoundariesStageMunicipalities.str();
        if (stage == "Kreise") return text::kBoundariesStageDistricts.str();
        return stage;
    };
    std::string lastStage;
    auto progress = [&](const exchange::ImportProgress& p) {
        if (p.stage != lastStage && !lastStage.empty() && tty) std::cerr << '\n';
        bool finished = p.finished;
        if (tty) {
            std::fprintf(stderr, "\r%-14s %7lld", stageName(p.stage).c_str(),
                         static_cast<long long>(p.done));
            if (p.total >= p.done && p.total > 0)
                std::fprintf(stderr, " / %lld (%3d %%)", static_cast<long long>(p.total),
                             static_cast<int>(100 * p.done / p.total));
        } else if (finished || p.done % 2048 == 0) {
            // In logs, a line now and then instead of carriage returns.
            std::cerr << i18n::fill(text::kBoundariesRead,
                                    {stageName(p.stage), i18n::formatInteger(p.done),
                                     finished ? text::kBoundariesDone.str() : ""})
                      << '\n';
        }
        lastStage = p.stage;
    };
    try {
        exchange::BoundaryImportReport r = exchange::importBoundaries(options, progress);
        if (tty) std::cerr << '\n';
        for (const std::string& w : r.warnings) std::cerr << "warning: " << w << '\n';
        std::string summary =
            i18n::fill(text::kBoundariesSummary,
                       {options.out, i18n::count(text::kBoundariesMunicipalities, r.municipalities),
                        i18n::formatDecimal(r.areaKm2, 1)});
        if (options.population)
            summary += i18n::fill(text::kBoundariesPopulation, {i18n::formatInteger(r.population)});
        if (r.district)
            summary += i18n::fill(text::kBoundariesDistrict,
                                  {i18n::count(text::kBoundariesNeighbours, r.neighbours)});
        std::printf("%s\n", summary.c_str());
        std::printf("%s\n", i18n::fill(text::kBoundariesSource, {r.stand, r.attribution}).c_str());
        if (!r.backup.empty())
            std::printf("%s\n", i18n::fill(text::kBoundariesBackup, {r.backup}).c_str());
        return 0;
    } catch (const std::exception& e) {
        if (tty) std::cerr << '\n';
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/cli/progress.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace cli {

int importBoundaries(const exchange::BoundaryImportOptions& options) {
    namespace text = i18n::text;
    // One progress line for the whole import: the municipalities' layer is read in the first
    // part, the districts' (when given) in the second, the last tenth is writing the file.
    // exchange::ImportProgress::stage is "Gemeinden" or "Kreise".
    Progress progress;
    const double readShare = 0.9;
    const double municipalityShare = options.districts ? readShare / 2 : readShare;
    auto report = [&](const exchange::ImportProgress& p) {
        const bool districts = p.stage == "Kreise";
        const double start = districts ? municipalityShare : 0.0;
        const double share = districts ? readShare - municipalityShare : municipalityShare;
        double part = p.finished ? 1.0 : 0.0;
        if (!p.finished && p.total > 0)
            part = std::min(1.0, static_cast<double>(p.done) / static_cast<double>(p.total));
        progress(start + share * part);
    };
    try {
        progress(0);
        exchange::BoundaryImportReport r = exchange::importBoundaries(options, report);
        progress.done();
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
        progress.stop();
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli

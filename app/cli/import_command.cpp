#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"

namespace cli {

int importBoundaries(const exchange::BoundaryImportOptions& options) {
    bool tty = isatty(fileno(stderr)) != 0;
    std::string lastStage;
    auto progress = [&](const exchange::ImportProgress& p) {
        if (p.stage != lastStage && !lastStage.empty() && tty) std::cerr << '\n';
        bool finished = p.finished;
        if (tty) {
            std::fprintf(stderr, "\r%-10s %7lld", p.stage.c_str(), static_cast<long long>(p.done));
            if (p.total >= p.done && p.total > 0)
                std::fprintf(stderr, " / %lld (%3d %%)", static_cast<long long>(p.total),
                             static_cast<int>(100 * p.done / p.total));
        } else if (finished || p.done % 2048 == 0) {
            // In logs, a line now and then instead of carriage returns.
            std::fprintf(stderr, "%s: %lld features read%s\n", p.stage.c_str(),
                         static_cast<long long>(p.done), finished ? " (done)" : "");
        }
        lastStage = p.stage;
    };
    try {
        exchange::BoundaryImportReport r = exchange::importBoundaries(options, progress);
        if (tty) std::cerr << '\n';
        for (const std::string& w : r.warnings) std::cerr << "warning: " << w << '\n';
        std::printf("%s: %d municipalities, %.1f km²", options.out.c_str(), r.municipalities,
                    r.areaKm2);
        if (options.population)
            std::printf(", population %lld", static_cast<long long>(r.population));
        if (r.district)
            std::printf(", district outline and %d neighbouring districts", r.neighbours);
        std::printf("\nBoundaries: VG250 Stand %s, %s, dl-de/by-2-0\n", r.stand.c_str(),
                    r.attribution.c_str());
        if (!r.backup.empty())
            std::printf("The file it replaced is kept as %s\n", r.backup.c_str());
        return 0;
    } catch (const std::exception& e) {
        if (tty) std::cerr << '\n';
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli

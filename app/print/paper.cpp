#include "app/print/paper.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace print {

std::optional<PaperSize> findPaperSize(const std::string& name) {
    auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    for (const PaperSize& p : kPaperSizes)
        if (lower(p.name) == lower(name)) return p;
    return std::nullopt;
}

std::string paperSizeNames() {
    std::string names;
    for (const PaperSize& p : kPaperSizes) names += (names.empty() ? "" : ", ") + std::string(p.name);
    return names;
}

int paperPixels(double mm, double dpi) {
    return static_cast<int>(std::lround(mm / 25.4 * dpi));
}

double paperPoints(double mm) {
    return mm / kMmPerPoint;
}

unsigned pixelsPerMetre(double dpi) {
    return static_cast<unsigned>(std::lround(dpi / 0.0254));
}

double scaleDenominator(double metresPerUnit, double mmPerUnit) {
    return 1000 * metresPerUnit / mmPerUnit;
}

long long roundedScaleDenominator(double denominator) {
    if (!(denominator > 1)) return 1;
    // The power of ten of the second significant digit.
    const double step = std::pow(10.0, std::floor(std::log10(denominator)) - 1);
    const double rounded = std::max(1.0, std::round(denominator / step) * step);
    return std::llround(rounded);
}

}  // namespace print

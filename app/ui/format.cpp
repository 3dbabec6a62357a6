#include <algorithm>
#include <cmath>
#include <string>

#include "app/ui/panels.hpp"

namespace ui {

std::string formatInteger(long long value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string formatDecimal(double value, int decimals) {
    double scale = std::pow(10.0, decimals);
    auto whole = static_cast<long long>(std::floor(std::abs(value)));
    auto frac = static_cast<long long>(
        std::llround((std::abs(value) - static_cast<double>(whole)) * scale));
    if (frac >= static_cast<long long>(scale)) {
        ++whole;
        frac = 0;
    }
    std::string out = (value < 0 ? "-" : "") + formatInteger(whole);
    if (decimals > 0) {
        std::string digits = std::to_string(frac);
        out += ',' +
               std::string(static_cast<std::size_t>(decimals) -
                               std::min(digits.size(), static_cast<std::size_t>(decimals)),
                           '0') +
               digits;
    }
    return out;
}

}  // namespace ui

#include "app/i18n/format.hpp"
#include "app/ui/panels.hpp"

namespace ui {

std::string formatInteger(long long value) { return i18n::formatInteger(value); }
std::string formatDecimal(double value, int decimals) { return i18n::formatDecimal(value, decimals); }

}  // namespace ui

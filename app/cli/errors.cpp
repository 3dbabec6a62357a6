#include <new>
#include <stdexcept>
#include <string>

#include "app/cli/commands.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/output_error_text.hpp"
#include "app/i18n/strings.hpp"

namespace cli {

std::string describeError(const std::exception& e) {
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return i18n::text::kCliOutOfMemory.str();
    if (dynamic_cast<const std::invalid_argument*>(&e) || dynamic_cast<const std::out_of_range*>(&e))
        return i18n::fill(i18n::text::kCliNotANumber, {e.what()});
    return i18n::errorText(e);
}

}  // namespace cli

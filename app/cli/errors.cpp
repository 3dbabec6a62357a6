#include <new>
#include <stdexcept>
#include <string>

#include "app/cli/commands.hpp"

namespace cli {

std::string describeError(const std::exception& e) {
    if (dynamic_cast<const std::bad_alloc*>(&e))
        return "not enough memory for this task (the input is too large for this computer; "
               "see the limits in the README)";
    if (dynamic_cast<const std::invalid_argument*>(&e) || dynamic_cast<const std::out_of_range*>(&e))
        return std::string("a value could not be read as a number (") + e.what() + ")";
    return e.what();
}

}  // namespace cli

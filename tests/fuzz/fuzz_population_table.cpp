// libFuzzer target: the population table (ags;name;population with '#' source lines) on
// arbitrary bytes. The reader takes a path, so each input is written to a scratch file.
// Only std::runtime_error may leave it (see fuzz_support.hpp); what it returns must hold
// keys of digits and non-negative populations, as its header promises.

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "app/exchange/population_table.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = fuzz::scratch().write("bevoelkerung.csv", data, size);
    try {
        exchange::PopulationTable table = exchange::readPopulationTable(path);
        for (const auto& [ags, population] : table.byAgs) {
            if (ags.empty() || !std::all_of(ags.begin(), ags.end(), [](unsigned char c) {
                    return std::isdigit(c) != 0;
                }))
                fuzz::fail("returned AGS '" + ags + "' is not a key of digits");
            if (population < 0) fuzz::fail("returned a negative population for " + ags);
        }
    } catch (const std::runtime_error&) {
    }
    return 0;
}

// In a file of its own: begegnungskarte-cli hands pull to the full program (app/lean_cli.cpp),
// since the copy's boundary layers are written through GDAL.
#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/store/publish.hpp"

namespace cli {

int pull(const std::string& address, const std::string& out) {
    try {
        std::printf("%s\n", describeCopy(store::pullProject(address, out)).c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli

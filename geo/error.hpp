#pragma once
#include <stdexcept>
#include <string>

namespace geo {

// The one exception type that C-library failures (GDAL, PROJ, GEOS) and bad user input are
// turned into at the library boundary. what() is a complete sentence for the user: it names
// the file, layer, row or field where one is known, and carries the library's own message.
class GeoError : public std::runtime_error {
  public:
    explicit GeoError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace geo

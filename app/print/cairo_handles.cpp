#include "app/print/cairo_handles.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace print {

void checkCairo(cairo_status_t status, const std::string& what) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(what + ": " + cairo_status_to_string(status));
}

OutputFormat outputFormatFor(const std::string& path) {
    auto dot = path.find_last_of('.');
    std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == "png") return OutputFormat::Png;
    if (ext == "pdf") return OutputFormat::Pdf;
    if (ext == "svg") return OutputFormat::Svg;
    throw std::runtime_error(path + ": unknown output format '" + ext +
                             "' (expected .png, .pdf or .svg)");
}

}  // namespace print

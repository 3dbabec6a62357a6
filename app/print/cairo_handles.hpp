#pragma once
// Owning handles for cairo objects and the one place cairo errors become exceptions.
// Map sheets and the decision report draw through cairo so that PNG, PDF and SVG come from
// the same drawing code: vector output with selectable text, and pixels from the same paths.

#include <cairo.h>

#include <memory>
#include <string>

namespace print {

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using ContextPtr = std::unique_ptr<cairo_t, ContextDeleter>;

// Throws std::runtime_error "<what>: <cairo's message>" unless status is CAIRO_STATUS_SUCCESS.
void checkCairo(cairo_status_t status, const std::string& what);

// The output formats, from a file name's extension (.png, .pdf, .svg; case-insensitive).
enum class OutputFormat { Png, Pdf, Svg };
// Throws std::runtime_error naming the file when the extension is none of these.
OutputFormat outputFormatFor(const std::string& path);

}  // namespace print

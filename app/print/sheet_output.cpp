// The map sheet's files: PNG through map::writePng, PDF and SVG streamed through
// fileio::AtomicOutput, the SVG text pass (selectable <text> instead of glyph outlines), and
// the set overlay onto a picture rendered elsewhere (the snapshot's OpenGL image).
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <locale>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "app/io/output_file.hpp"
#include "app/map/image.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/sheet_paint.hpp"

namespace print {
namespace {

using namespace detail;

std::string xmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string svgColor(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", static_cast<int>(std::lround(c.r * 255)),
                  static_cast<int>(std::lround(c.g * 255)), static_cast<int>(std::lround(c.b * 255)));
    return buf;
}

// Appends the recorded texts as <text> elements at the end of cairo's SVG (on top of
// everything; texts are the last thing drawn in every part of the sheet anyway).
void insertSvgTexts(std::string& svg, const std::vector<SvgText>& texts, const std::string& path) {
    auto end = svg.rfind("</svg>");
    if (end == std::string::npos) throw std::runtime_error(path + ": cairo wrote no SVG");
    std::ostringstream g;
    g.imbue(std::locale::classic());
    g << "<g font-family=\"DejaVu Sans, sans-serif\">\n";
    auto open = [&](const SvgText& t) {
        g << "<text x=\"" << t.x << "\" y=\"" << t.y << "\" font-size=\"" << t.size << "\"";
        if (t.bold) g << " font-weight=\"bold\"";
    };
    for (const SvgText& t : texts) {
        // The halo as its own stroke-only element under the text (paint-order is not
        // understood by every SVG renderer); hidden from screen readers.
        if (t.halo > 0) {
            open(t);
            g << " fill=\"none\" stroke=\"#FFFFFF\" stroke-opacity=\"0.92\" stroke-width=\""
              << 2 * t.halo << "\" stroke-linejoin=\"round\" aria-hidden=\"true\""
              << " xml:space=\"preserve\">" << xmlEscape(t.text) << "</text>\n";
        }
        open(t);
        g << " fill=\"" << svgColor(t.color) << "\"";
        if (t.color.a < 1) g << " fill-opacity=\"" << t.color.a << "\"";
        g << " xml:space=\"preserve\">" << xmlEscape(t.text) << "</text>\n";
    }
    g << "</g>\n";
    svg.insert(end, g.str());
}

// cairo's stream output into an AtomicOutput or a string. An error of the write (disk full)
// is kept to be rethrown with its message naming the path; cairo only learns "write error".
struct StreamSink {
    fileio::AtomicOutput* out = nullptr;
    std::string* text = nullptr;
    std::exception_ptr error;
};

cairo_status_t writeToSink(void* closure, const unsigned char* data, unsigned int length) {
    auto* sink = static_cast<StreamSink*>(closure);
    if (sink->error) return CAIRO_STATUS_WRITE_ERROR;
    try {
        const std::string_view bytes(reinterpret_cast<const char*>(data), length);
        if (sink->out)
            sink->out->write(bytes);
        else
            sink->text->append(bytes);
        return CAIRO_STATUS_SUCCESS;
    } catch (...) {
        sink->error = std::current_exception();
        return CAIRO_STATUS_WRITE_ERROR;
    }
}

// Finishes a stream surface: the sink's own error first (it names the file and the reason),
// then cairo's.
void finishStream(cairo_surface_t* surface, const StreamSink& sink, const std::string& path) {
    cairo_surface_finish(surface);
    if (sink.error) std::rethrow_exception(sink.error);
    checkCairo(cairo_surface_status(surface), path);
}

// Premultiplied ARGB32 (cairo, native endian) <-> straight RGBA bytes.
map::Image imageFromSurface(cairo_surface_t* s) {
    cairo_surface_flush(s);
    map::Image img;
    img.width = cairo_image_surface_get_width(s);
    img.height = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    img.rgba.resize(static_cast<std::size_t>(img.width) * img.height * 4);
    for (int y = 0; y < img.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < img.width; ++x) {
            std::uint32_t v = row[x];
            unsigned a = v >> 24, r = (v >> 16) & 0xFF, g = (v >> 8) & 0xFF, b = v & 0xFF;
            if (a > 0 && a < 255) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            std::uint8_t* o = &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4];
            o[0] = static_cast<std::uint8_t>(r);
            o[1] = static_cast<std::uint8_t>(g);
            o[2] = static_cast<std::uint8_t>(b);
            o[3] = static_cast<std::uint8_t>(a);
        }
    }
    return img;
}

// Composites a premultiplied ARGB32 surface over straight RGBA pixels ("over"). Transparent
// overlay pixels, nearly all of them, are skipped: a set's rings and labels cover little of a
// map, so this is one read of the overlay instead of converting the whole picture to cairo
// and back (about 300 ms at 3840 × 2160 before).
void compositeOver(map::Image& img, cairo_surface_t* overlay) {
    cairo_surface_flush(overlay);
    const int stride = cairo_image_surface_get_stride(overlay);
    const unsigned char* data = cairo_image_surface_get_data(overlay);
    for (int y = 0; y < img.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < img.width; ++x) {
            const std::uint32_t v = row[x];
            const unsigned sa = v >> 24;
            if (sa == 0) continue;
            const unsigned src[3] = {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
            std::uint8_t* o = &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4];
            const unsigned da = o[3];
            // Result alpha and premultiplied colour, in 0..255*255.
            const unsigned ra = sa * 255 + da * (255 - sa);
            for (int c = 0; c < 3; ++c) {
                const unsigned premult = src[c] * 255 + (o[c] * da * (255 - sa) + 127) / 255;
                o[c] = static_cast<std::uint8_t>(std::min(255u, (premult * 255 + ra / 2) / ra));
            }
            o[3] = static_cast<std::uint8_t>((ra + 127) / 255);
        }
    }
}

}  // namespace

void drawSetOverlay(map::Image& image, const geo::Viewport& view, double unit,
                    const MapSheet& sheet) {
    if (!sheet.set) return;
    auto draw = [&](cairo_surface_t* surface) {
        ContextPtr cr(cairo_create(surface));
        drawSetOverlay(cr.get(), view, unit, sheet);
        checkCairo(cairo_status(cr.get()), "set overlay");
        cairo_surface_flush(surface);
    };
    bool opaque = true;
    for (std::size_t i = 3; i < image.rgba.size() && opaque; i += 4) opaque = image.rgba[i] == 255;
    const int stride = image.width * 4;
    if (opaque && std::endian::native == std::endian::little &&
        stride == cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, image.width)) {
        // An opaque picture (every snapshot) is drawn on in place: swapping red and blue turns
        // RGBA bytes into cairo's little-endian ARGB32, and opaque pixels need no
        // premultiplication. A separate full-size surface would cost more than the drawing:
        // first touching 33 MB of fresh pages takes about 150 ms on these machines.
        auto swapRedBlue = [&] {
            for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4)
                std::swap(image.rgba[i], image.rgba[i + 2]);
        };
        swapRedBlue();
        try {
            SurfacePtr s(cairo_image_surface_create_for_data(image.rgba.data(), CAIRO_FORMAT_ARGB32,
                                                             image.width, image.height, stride));
            checkCairo(cairo_surface_status(s.get()), "set overlay surface");
            draw(s.get());
        } catch (...) {
            swapRedBlue();
            throw;
        }
        swapRedBlue();
        return;
    }
    SurfacePtr s(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height));
    checkCairo(cairo_surface_status(s.get()), "set overlay surface");
    draw(s.get());
    compositeOver(image, s.get());
}

void writeMapSheet(const MapSheet& sheet, const std::string& path, double width, double height,
                   bool sheetFrame, double dpi) {
    OutputFormat format = outputFormatFor(path);
    // A PNG has whole pixels; PDF and SVG keep the exact page size in points (A4 is 841.89 pt).
    if (format == OutputFormat::Png) {
        width = std::round(width);
        height = std::round(height);
    }
    if (!(width >= 1 && height >= 1))
        throw std::runtime_error(path + ": size " + std::to_string(std::lround(width)) + "x" +
                                 std::to_string(std::lround(height)) + " is empty");
    if (!(dpi > 0)) dpi = kScreenDpi;
    const double mmPerUnit = format == OutputFormat::Png ? 25.4 / dpi : kMmPerPoint;
    auto draw = [&](cairo_t* cr, std::vector<SvgText>* svg) {
        double W = width, H = height;
        if (sheetFrame)
            drawSheet({cr, sheetUnit(W, H), svg, mmPerUnit}, W, H, sheet);
        else
            drawMapOnlyImpl({cr, mapUnit(W, H), svg, mmPerUnit}, W, H, sheet);
        checkCairo(cairo_status(cr), path);
    };
    // Every format goes through a temporary file beside the target, renamed over it only when
    // complete: an existing map survives any failure (full disk, cairo error) unchanged. A
    // device, folder or FIFO is refused before anything is drawn.
    fileio::resolveOutputTarget(path);
    if (format == OutputFormat::Png) {
        SurfacePtr s(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(width),
                                                static_cast<int>(height)));
        checkCairo(cairo_surface_status(s.get()), path);
        {
            ContextPtr cr(cairo_create(s.get()));
            draw(cr.get(), nullptr);
        }
        std::string attribution = sheet.attribution;
        if (!sheet.exampleMark.empty()) attribution = sheet.exampleMark + " · " + attribution;
        map::Image image = imageFromSurface(s.get());
        image.dpi = dpi;
        map::writePng(image, path, map::pngMetadata(attribution, sheet.projectName + ".gpkg"), 6);
    } else if (format == OutputFormat::Pdf) {
        fileio::AtomicOutput out(path);
        StreamSink sink{&out, nullptr, nullptr};
        SurfacePtr s(cairo_pdf_surface_create_for_stream(writeToSink, &sink, width, height));
        checkCairo(cairo_surface_status(s.get()), path);
        cairo_pdf_surface_set_metadata(s.get(), CAIRO_PDF_METADATA_TITLE,
                                       (sheet.title + " – " + sheet.projectName).c_str());
        cairo_pdf_surface_set_metadata(s.get(), CAIRO_PDF_METADATA_CREATOR, "Begegnungskarte");
        {
            ContextPtr cr(cairo_create(s.get()));
            draw(cr.get(), nullptr);
        }
        finishStream(s.get(), sink, path);
        out.commit();
    } else {
        fileio::AtomicOutput out(path);
        std::string svg;
        std::vector<SvgText> texts;
        {
            StreamSink sink{nullptr, &svg, nullptr};
            SurfacePtr s(cairo_svg_surface_create_for_stream(writeToSink, &sink, width, height));
            checkCairo(cairo_surface_status(s.get()), path);
            {
                ContextPtr cr(cairo_create(s.get()));
                draw(cr.get(), &texts);
            }
            finishStream(s.get(), sink, path);
        }
        insertSvgTexts(svg, texts, path);
        out.write(svg);
        out.commit();
    }
}

geo::Vec2 writeMapSheetOnPaper(const MapSheet& sheet, const std::string& path,
                               const PaperSize& paper, double dpi, bool sheetFrame) {
    geo::Vec2 size = outputFormatFor(path) == OutputFormat::Png
                         ? geo::Vec2{static_cast<double>(paperPixels(paper.widthMm, dpi)),
                                     static_cast<double>(paperPixels(paper.heightMm, dpi))}
                         : geo::Vec2{paperPoints(paper.widthMm), paperPoints(paper.heightMm)};
    writeMapSheet(sheet, path, size.x, size.y, sheetFrame, dpi);
    return size;
}

}  // namespace print

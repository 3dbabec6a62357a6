// The status triangles in the cairo outputs (PNG, PDF, SVG), as map markers and as legend
// symbols, point as map::statusSymbol says: ▲ "Ausgewählt" towards the top of the page.

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "app/map/map_style.hpp"
#include "app/print/sheet_paint.hpp"

namespace {

using map::Pointing;
using map::Rgba;

const domain::Status kStatuses[] = {domain::Status::Ausgewaehlt, domain::Status::Abgelehnt};
const Pointing kExpected[] = {Pointing::Up, Pointing::Down};
constexpr double kSize = 200, kR = 40;

// Draws the status's symbol at the centre of a kSize square, as a map marker or as a legend
// symbol.
void draw(cairo_t* cr, domain::Status status, bool legend) {
    map::StatusSymbol sym = map::statusSymbol(status);
    if (legend) {
        print::detail::drawSymbol(cr, sym.shape, Rgba::hex(0xFF00FF), kSize / 2, kSize / 2, kR,
                                  2, Rgba::hex(0x000000));
    } else {
        map::Marker m{{0, 0}, sym.shape, Rgba::hex(0xFF00FF)};
        print::detail::drawMarker(cr, m, {kSize / 2, kSize / 2}, kR / 12);
    }
}

// A triangle's direction from its three corners in a y-down space.
Pointing pointingOf(std::vector<std::pair<double, double>> pts, bool yDown) {
    if (pts.size() < 3) return Pointing::None;
    pts.resize(3);
    // The apex is the corner whose y differs from the other two.
    for (int i = 0; i < 3; ++i) {
        double y = pts[static_cast<std::size_t>(i)].second;
        double a = pts[static_cast<std::size_t>((i + 1) % 3)].second;
        double b = pts[static_cast<std::size_t>((i + 2) % 3)].second;
        if (std::abs(a - b) < 1e-6 && std::abs(y - a) > 1) {
            bool apexSmallerY = y < a;
            return apexSmallerY == yDown ? Pointing::Up : Pointing::Down;
        }
    }
    return Pointing::None;
}

TEST(SymbolOrientation, PngRaster) {
    for (bool legend : {false, true})
        for (int i = 0; i < 2; ++i) {
            cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 200, 200);
            cairo_t* cr = cairo_create(s);
            draw(cr, kStatuses[i], legend);
            cairo_surface_flush(s);
            const unsigned char* data = cairo_image_surface_get_data(s);
            int stride = cairo_image_surface_get_stride(s);
            auto magentaInRow = [&](int y) {
                int n = 0;
                for (int x = 0; x < 200; ++x) {
                    const unsigned char* p = data + y * stride + x * 4;  // B G R A
                    n += p[2] > 230 && p[1] < 30 && p[0] > 230 ? 1 : 0;
                }
                return n;
            };
            int upper = magentaInRow(static_cast<int>(kSize / 2 - 0.45 * kR));
            int lower = magentaInRow(static_cast<int>(kSize / 2 + 0.45 * kR));
            Pointing got = upper * 2 < lower   ? Pointing::Up
                           : lower * 2 < upper ? Pointing::Down
                                               : Pointing::None;
            EXPECT_EQ(got, kExpected[i]) << (legend ? "legend " : "marker ") << i;
            cairo_destroy(cr);
            cairo_surface_destroy(s);
        }
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

TEST(SymbolOrientation, SvgPathGeometry) {
    for (bool legend : {false, true})
        for (int i = 0; i < 2; ++i) {
            std::string svg;
            cairo_surface_t* s = cairo_svg_surface_create_for_stream(append, &svg, kSize, kSize);
            cairo_t* cr = cairo_create(s);
            draw(cr, kStatuses[i], legend);
            cairo_destroy(cr);
            cairo_surface_finish(s);
            cairo_surface_destroy(s);
            // The first path's corners: d="M x y L x y L x y Z ..." (SVG: y points down).
            std::smatch m;
            ASSERT_TRUE(std::regex_search(svg, m, std::regex(R"re(d="M ([^"Z]*)Z)re"))) << svg;
            std::istringstream in(std::regex_replace(m[1].str(), std::regex("[ML]"), " "));
            std::vector<std::pair<double, double>> pts;
            double x, y;
            while (in >> x >> y) pts.push_back({x, y});
            ASSERT_EQ(pts.size(), 3u) << m[1].str();
            EXPECT_EQ(pointingOf(pts, true), kExpected[i]) << (legend ? "legend " : "marker ") << i;
        }
}

// The page content streams of a PDF, inflated.
std::string inflatedStreams(const std::string& pdf) {
    std::string out;
    std::size_t at = 0;
    while ((at = pdf.find("stream", at)) != std::string::npos) {
        if (at >= 3 && pdf.compare(at - 3, 3, "end") == 0) {
            at += 6;
            continue;
        }
        std::size_t begin = at + 6;
        if (pdf[begin] == '\r') ++begin;
        if (pdf[begin] == '\n') ++begin;
        std::size_t end = pdf.find("endstream", begin);
        if (end == std::string::npos) break;
        std::string buffer(1 << 20, '\0');
        uLongf size = buffer.size();
        if (uncompress(reinterpret_cast<Bytef*>(buffer.data()), &size,
                       reinterpret_cast<const Bytef*>(pdf.data() + begin), end - begin) == Z_OK)
            out += buffer.substr(0, size) + "\n";
        at = end + 9;
    }
    return out;
}

TEST(SymbolOrientation, PdfPathGeometry) {
    for (bool legend : {false, true})
        for (int i = 0; i < 2; ++i) {
            std::string pdf;
            cairo_surface_t* s = cairo_pdf_surface_create_for_stream(append, &pdf, kSize, kSize);
            cairo_t* cr = cairo_create(s);
            draw(cr, kStatuses[i], legend);
            cairo_destroy(cr);
            cairo_surface_finish(s);
            cairo_surface_destroy(s);
            std::string content = inflatedStreams(pdf);
            // Operators: "a b c d e f cm" sets the transform into PDF space (y up); the path is
            // "x y m x y l x y l h".
            std::istringstream in(content);
            std::vector<double> stack;
            std::vector<std::pair<double, double>> pts;
            double d = 1, f = 0;
            bool haveCm = false;
            std::string token;
            while (in >> token && pts.size() < 3) {
                char* end = nullptr;
                double v = std::strtod(token.c_str(), &end);
                if (end && *end == '\0' && !token.empty()) {
                    stack.push_back(v);
                    continue;
                }
                if (token == "cm" && stack.size() >= 6 && !haveCm) {
                    d = stack[stack.size() - 3];
                    f = stack[stack.size() - 1];
                    haveCm = true;
                } else if ((token == "m" || token == "l") && stack.size() >= 2) {
                    if (token == "m") pts.clear();
                    pts.push_back({stack[stack.size() - 2], stack[stack.size() - 1]});
                }
                stack.clear();
            }
            ASSERT_EQ(pts.size(), 3u) << content.substr(0, 400);
            // Into PDF page space, where y points up.
            for (auto& p : pts) p.second = d * p.second + f;
            EXPECT_EQ(pointingOf(pts, false), kExpected[i]) << (legend ? "legend " : "marker ") << i;
        }
}

}  // namespace

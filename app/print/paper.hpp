#pragma once
// Paper sizes for exported maps and sheets: A4 and A3, landscape and portrait, at 150 or 300
// dpi, next to the screen sizes. One table for the command line (snapshot --paper/--dpi) and
// the window's export dialog, and the arithmetic of the printed scale ("Maßstab 1:150.000").
//
// Output units: a PNG has pixels at its dpi (recorded in its pHYs chunk); PDF and SVG have
// points (1/72 inch). A sheet drawn at paper size prints at that size, so its numeric scale
// follows from the metres one output unit shows and the millimetres one output unit is.

#include <array>
#include <optional>
#include <string>

namespace print {

// The resolution recorded in PNGs that are made for the screen (window size and its multiples).
inline constexpr double kScreenDpi = 96;
// The two paper resolutions offered; the command line's default is the first (300).
inline constexpr std::array<int, 2> kPaperDpis = {300, 150};
// Millimetres per PDF/SVG point.
inline constexpr double kMmPerPoint = 25.4 / 72;

struct PaperSize {
    const char* name;  // the command line's word: "A4-quer", "A4-hoch", "A3-quer", "A3-hoch"
    double widthMm;
    double heightMm;
};

// A4 landscape, A4 portrait, A3 landscape, A3 portrait (ISO 216).
inline constexpr std::array<PaperSize, 4> kPaperSizes = {{{"A4-quer", 297, 210},
                                                          {"A4-hoch", 210, 297},
                                                          {"A3-quer", 420, 297},
                                                          {"A3-hoch", 297, 420}}};

// The paper called `name` (case-insensitive, "A4-quer" ...), nullopt for any other text.
std::optional<PaperSize> findPaperSize(const std::string& name);
// "A4-quer, A4-hoch, A3-quer, A3-hoch" for messages and help texts.
std::string paperSizeNames();

// Pixels across `mm` at `dpi`, rounded: A4 landscape at 300 dpi is 3508 × 2480.
int paperPixels(double mm, double dpi);
// Points across `mm` (PDF/SVG page size): A4 is 841.89 × 595.28 pt.
double paperPoints(double mm);

// PNG pHYs: pixels per metre for `dpi`, rounded (300 dpi -> 11811, 96 dpi -> 3780).
unsigned pixelsPerMetre(double dpi);

// The denominator of the printed scale of a map showing `metresPerUnit` metres of ground per
// output unit, where one output unit is `mmPerUnit` millimetres on paper (25.4 / dpi for a
// PNG, kMmPerPoint for PDF/SVG). Unrounded: 1000 * metresPerUnit / mmPerUnit.
double scaleDenominator(double metresPerUnit, double mmPerUnit);
// Rounded to two significant digits, as a printed map states it: 148,734 -> 150,000;
// 1,234 -> 1,200; at least 1. (The reader measures with a ruler; a third digit would claim a
// precision the printer's own scaling does not keep.)
long long roundedScaleDenominator(double denominator);

}  // namespace print

#pragma once
// Colour arithmetic for checking the map's colours: CIELAB, the CIEDE2000 colour difference
// (how far apart two colours look) and the WCAG 2.1 contrast ratio (whether a text is
// readable on its background). Pure functions of sRGB values, no drawing.

#include "app/map/map_scene.hpp"

namespace map {

// CIE L*a*b* under D65 (L* 0 .. 100).
struct Lab {
    double L = 0, a = 0, b = 0;
};

// The sRGB colour (alpha ignored) in CIELAB.
Lab toLab(Rgba c);

// CIEDE2000 colour difference ΔE00 (kL = kC = kH = 1), after G. Sharma, W. Wu, E. N. Dalal,
// "The CIEDE2000 color-difference formula: implementation notes, supplementary test data, and
// mathematical observations", Color Res. Appl. 30 (2005). About 1 is just noticeable; 10 and
// more reads as a different class across a room.
double ciede2000(Lab x, Lab y);
double ciede2000(Rgba x, Rgba y);

// WCAG 2.1 relative luminance of an sRGB colour (alpha ignored), 0 .. 1.
double relativeLuminance(Rgba c);

// WCAG 2.1 contrast ratio of two opaque colours, 1 .. 21 (order does not matter).
double contrastRatio(Rgba a, Rgba b);

// `top` painted over the opaque `below` with top's alpha (in sRGB, as the renderers blend):
// the colour a translucent panel or halo really shows.
Rgba over(Rgba top, Rgba below);

}  // namespace map

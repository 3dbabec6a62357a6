#pragma once
// Part of the string catalogue (strings.hpp): Map sheets: paper presets, scale, reference system (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

// On the map sheet: the printed scale at the sheet's paper size and the coordinate reference
// system (its name from PROJ).
inline constexpr Str kSheetScale {"Maßstab 1:{1}", "Scale 1:{1}"};
inline constexpr Str kSheetCrs {"Bezugssystem: {1}", "Coordinate reference system: {1}"};

// snapshot --paper / --dpi, and the window's export dialog.
inline constexpr Str kSnapBadPaper {"--paper '{1}': erwartet {2}", "--paper '{1}': expected {2}"};
inline constexpr Str kSnapWrotePaper {"{1}: {2}x{3} Pixel, {4} bei {5} dpi", "{1}: {2}x{3} pixels, {4} at {5} dpi"};
inline constexpr Str kSnapWrotePaperPage {"{1}: {2}, {3} x {4} pt", "{1}: {2}, {3} x {4} pt"};
inline constexpr Str kExportPaper {"Papierformat", "Paper size"};
inline constexpr Str kExportScreenSize {"Bildschirmgröße", "Screen size"};
inline constexpr Str kExportResolution {"Auflösung", "Resolution"};
inline constexpr Str kPaperA4Landscape {"A4 quer", "A4 landscape"};
inline constexpr Str kPaperA4Portrait {"A4 hoch", "A4 portrait"};
inline constexpr Str kPaperA3Landscape {"A3 quer", "A3 landscape"};
inline constexpr Str kPaperA3Portrait {"A3 hoch", "A3 portrait"};

}  // namespace i18n::text

#pragma once
// Names and fixed texts of the project GeoPackage, shared by the writer and the reader.

#include <string>
#include <string_view>

namespace store {

inline constexpr const char* kMunicipalityLayer = "gemeinden";
inline constexpr const char* kDistrictLayer = "kreis";
inline constexpr const char* kNeighbourLayer = "nachbarkreise";
inline constexpr const char* kSourceTable = "datenquellen";

inline constexpr std::string_view kVg250Licence = "dl-de/by-2-0";
inline constexpr std::string_view kCensusStand = "2022-05-15";
inline constexpr std::string_view kCensusLicence = "dl-de/by-2-0";
inline constexpr std::string_view kCensusAttribution =
    "© Statistische Ämter des Bundes und der Länder, Zensus 2022";

// "© GeoBasis-DE / BKG (2016)"
inline std::string vg250Attribution(const std::string& year) {
    return "© GeoBasis-DE / BKG (" + year + ")";
}

}  // namespace store

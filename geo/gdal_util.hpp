#pragma once
// GDAL set-up shared by every module that reads or writes through GDAL.

#include <functional>
#include <string>
#include <vector>

namespace geo {

enum class LogLevel { Debug, Info, Warning, Error };
using LogSink = std::function<void(LogLevel, const std::string&)>;

// Registers the GDAL drivers once and routes GDAL's warnings and errors to `sink` (which may
// be empty: messages then go to stderr). Safe to call more than once; the last sink wins.
// GDAL's debug messages (only sent when CPL_DEBUG is set) always go to stderr as GDAL prints
// them.
void initGdal(LogSink sink = {});

// Installs the handler initGdal installs, without registering the drivers (which takes time):
// for main, so that no GDAL message is ever printed by GDAL's own handler ("Warning 1: ...").
void installGdalMessageHandler();

// The message of the last GDAL error on this thread, or "unknown GDAL error".
std::string lastGdalError();

// Collects the failures GDAL reports on this thread while it lives, including those a driver
// reports and then clears itself (GeoJSON does that for an unknown "crs"). Warnings still go
// to the log sink.
class GdalFailureCollector {
  public:
    GdalFailureCollector();
    ~GdalFailureCollector();
    GdalFailureCollector(const GdalFailureCollector&) = delete;
    GdalFailureCollector& operator=(const GdalFailureCollector&) = delete;
    const std::vector<std::string>& failures() const { return failures_; }

  private:
    std::vector<std::string> failures_;
};

}  // namespace geo

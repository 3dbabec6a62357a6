#include "geo/gdal_util.hpp"

#include <cpl_error.h>
#include <gdal.h>

#include <iostream>
#include <mutex>

namespace geo {
namespace {

LogSink& sink() {
    static LogSink s;
    return s;
}

void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message) {
    LogLevel l = level == CE_Debug     ? LogLevel::Debug
                 : level == CE_Warning ? LogLevel::Warning
                                       : LogLevel::Error;
    if (l == LogLevel::Debug) {
        // GDAL calls the handler with debug messages only when CPL_DEBUG asks for them
        // (CPL_DEBUG=ON, or a driver's name); they go to stderr as GDAL itself prints them
        // ("GPKG: ..."), whatever the sink.
        std::cerr << message << '\n';
        return;
    }
    // Failures are also reported by the calls that failed (as GeoError with this text), so
    // the sink sees them as log lines only.
    if (sink())
        sink()(l, message);
    else
        std::cerr << (l == LogLevel::Warning ? "GDAL warning: " : "GDAL: ") << message << '\n';
}

}  // namespace

void installGdalMessageHandler() {
    static std::once_flag once;
    std::call_once(once, [] { CPLSetErrorHandler(handler); });
}

void initGdal(LogSink s) {
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        installGdalMessageHandler();
    });
    sink() = std::move(s);
}

namespace {
void CPL_STDCALL collect(CPLErr level, CPLErrorNum number, const char* message) {
    if (level >= CE_Failure) {
        static_cast<std::vector<std::string>*>(CPLGetErrorHandlerUserData())->push_back(message);
    } else {
        handler(level, number, message);
    }
}
}  // namespace

GdalFailureCollector::GdalFailureCollector() {
    CPLPushErrorHandlerEx(collect, &failures_);
}

GdalFailureCollector::~GdalFailureCollector() {
    CPLPopErrorHandler();
}

std::string lastGdalError() {
    const char* msg = CPLGetLastErrorMsg();
    return (msg && *msg) ? msg : "unknown GDAL error";
}

}  // namespace geo

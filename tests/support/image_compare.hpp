#pragma once
// Per-pixel comparison of two images of the same size and the golden-image check built on it,
// shared by the golden-image tests of the GL renderer (tests/render) and of the cairo map
// sheets (tests/print).

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/render/png.hpp"

namespace testing_images {

struct Comparison {
    double differingShare = 0;
    int maxDelta = 0;
    render::Image diff;
};

// Pixels whose largest channel difference exceeds `tolerance` count as differing; the diff
// image shows them in red over a faded copy of the expected image.
inline Comparison compare(const render::Image& expected, const render::Image& actual,
                          int tolerance) {
    Comparison c;
    c.diff = expected;
    std::size_t differing = 0, n = expected.rgba.size() / 4;
    for (std::size_t i = 0; i < n; ++i) {
        int delta = 0;
        for (int ch = 0; ch < 3; ++ch)
            delta = std::max(
                delta, std::abs(int(expected.rgba[i * 4 + ch]) - int(actual.rgba[i * 4 + ch])));
        c.maxDelta = std::max(c.maxDelta, delta);
        std::uint8_t* d = &c.diff.rgba[i * 4];
        if (delta > tolerance) {
            ++differing;
            d[0] = 255, d[1] = 0, d[2] = 0;
        } else {
            for (int ch = 0; ch < 3; ++ch) d[ch] = static_cast<std::uint8_t>(191 + d[ch] / 4);
        }
        d[3] = 255;
    }
    c.differingShare = static_cast<double>(differing) / static_cast<double>(n);
    return c;
}

// Writes `<name>-actual.png` and `<name>-diff.png` into `outDir` for a failed comparison.
inline void writeFailure(const std::filesystem::path& outDir, const std::string& name,
                         const render::Image& actual, const Comparison& c) {
    std::filesystem::create_directories(outDir);
    render::writePng(actual, (outDir / (name + "-actual.png")).string());
    render::writePng(c.diff, (outDir / (name + "-diff.png")).string());
}

// Compares `actual` with `goldenDir/<name>.png`: more than 0.2 % of pixels off by more than 24
// in a channel fails the test and leaves actual and diff images in `outDir`. With
// BK_REBASELINE set, writes `actual` as the new golden image and skips instead.
// Tolerances: anti-aliasing may differ slightly between Mesa/cairo/pixman/FreeType builds; a
// moved label or polygon changes thousands of pixels by far more.
inline void checkGolden(const std::filesystem::path& goldenDir, const std::filesystem::path& outDir,
                        const std::string& name, const render::Image& actual) {
    const std::filesystem::path golden = goldenDir / (name + ".png");
    if (std::getenv("BK_REBASELINE")) {
        std::filesystem::create_directories(goldenDir);
        render::writePng(actual, golden.string(), {}, 9);
        GTEST_SKIP() << "rebaselined " << golden;
    }
    ASSERT_TRUE(std::filesystem::exists(golden)) << golden << " is missing; run with BK_REBASELINE=1";
    render::Image expected = render::readPng(golden.string());
    ASSERT_EQ(expected.width, actual.width);
    ASSERT_EQ(expected.height, actual.height);
    Comparison c = compare(expected, actual, 24);
    if (c.differingShare > 0.002) {
        writeFailure(outDir, name, actual, c);
        ADD_FAILURE() << name << ": " << c.differingShare * 100
                      << " % of pixels differ (allowed 0.2 %), max channel delta " << c.maxDelta
                      << "; see " << outDir;
    }
}

}  // namespace testing_images

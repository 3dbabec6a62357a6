#pragma once
// Per-pixel comparison of two images of the same size, shared by the golden-image tests of the
// GL renderer (tests/render) and of the cairo map sheets (tests/print).

#include <algorithm>
#include <cstdint>
#include <cstdlib>

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

}  // namespace testing_images

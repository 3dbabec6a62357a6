#include "app/map/colour.hpp"

#include <algorithm>
#include <cmath>

namespace map {

namespace {

constexpr double kPi = 3.14159265358979323846;

double linear(float c) {
    double v = c;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
}

double degrees(double radians) { return radians * 180 / kPi; }
double radians(double degrees) { return degrees * kPi / 180; }

}  // namespace

Lab toLab(Rgba c) {
    const double r = linear(c.r), g = linear(c.g), b = linear(c.b);
    // sRGB (D65) to XYZ, relative to the D65 white point.
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = (0.2126729 * r + 0.7151522 * g + 0.0721750 * b) / 1.0;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    auto f = [](double t) {
        constexpr double e = 216.0 / 24389.0, k = 24389.0 / 27.0;
        return t > e ? std::cbrt(t) : (k * t + 16) / 116;
    };
    const double fx = f(x), fy = f(y), fz = f(z);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double ciede2000(Lab x, Lab y) {
    // Steps and equation numbers of Sharma, Wu and Dalal (2005), section "Computation".
    const double c1 = std::hypot(x.a, x.b), c2 = std::hypot(y.a, y.b);   // (2)
    const double cMean = (c1 + c2) / 2;                                   // (3)
    const double c7 = std::pow(cMean, 7);
    const double g = 0.5 * (1 - std::sqrt(c7 / (c7 + std::pow(25.0, 7))));  // (4)
    const double a1 = (1 + g) * x.a, a2 = (1 + g) * y.a;                 // (5)
    const double cp1 = std::hypot(a1, x.b), cp2 = std::hypot(a2, y.b);   // (6)
    auto hue = [](double b, double a) {                                   // (7)
        if (a == 0 && b == 0) return 0.0;
        double h = degrees(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double hp1 = hue(x.b, a1), hp2 = hue(y.b, a2);

    const double dL = y.L - x.L;                                          // (8)
    const double dC = cp2 - cp1;                                          // (9)
    double dh = 0;                                                        // (10)
    if (cp1 * cp2 != 0) {
        dh = hp2 - hp1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(cp1 * cp2) * std::sin(radians(dh / 2));  // (11)

    const double lMean = (x.L + y.L) / 2;                                 // (12)
    const double cpMean = (cp1 + cp2) / 2;                                // (13)
    double hMean = hp1 + hp2;                                             // (14)
    if (cp1 * cp2 != 0) {
        if (std::abs(hp1 - hp2) <= 180)
            hMean /= 2;
        else if (hp1 + hp2 < 360)
            hMean = (hMean + 360) / 2;
        else
            hMean = (hMean - 360) / 2;
    }
    const double t = 1 - 0.17 * std::cos(radians(hMean - 30)) +           // (15)
                     0.24 * std::cos(radians(2 * hMean)) +
                     0.32 * std::cos(radians(3 * hMean + 6)) -
                     0.20 * std::cos(radians(4 * hMean - 63));
    const double dTheta = 30 * std::exp(-std::pow((hMean - 275) / 25, 2));  // (16)
    const double cp7 = std::pow(cpMean, 7);
    const double rc = 2 * std::sqrt(cp7 / (cp7 + std::pow(25.0, 7)));     // (17)
    const double l50 = (lMean - 50) * (lMean - 50);
    const double sl = 1 + 0.015 * l50 / std::sqrt(20 + l50);             // (18)
    const double sc = 1 + 0.045 * cpMean;                                 // (19)
    const double sh = 1 + 0.015 * cpMean * t;                             // (20)
    const double rt = -std::sin(radians(2 * dTheta)) * rc;                // (21)
    const double tl = dL / sl, tc = dC / sc, th = dH / sh;
    return std::sqrt(tl * tl + tc * tc + th * th + rt * tc * th);         // (22)
}

double ciede2000(Rgba x, Rgba y) { return ciede2000(toLab(x), toLab(y)); }

double relativeLuminance(Rgba c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrastRatio(Rgba a, Rgba b) {
    double la = relativeLuminance(a), lb = relativeLuminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

Rgba over(Rgba top, Rgba below) {
    auto mix = [&](float t, float b) { return t * top.a + b * (1 - top.a); };
    return {mix(top.r, below.r), mix(top.g, below.g), mix(top.b, below.b), 1.f};
}

}  // namespace map

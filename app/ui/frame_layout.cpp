#include "app/ui/frame_layout.hpp"

#include <algorithm>

namespace ui {

FrameLayout layoutFrame(const FrameSize& size, const Presentation& pres, bool formOpen) {
    FrameLayout l;
    l.size = size;
    l.mapOnly = pres.mapOnly;
    l.uiScale = pres.uiScale;
    l.styleScale = static_cast<float>(size.pixelRatio) * pres.uiScale;
    const float winW = static_cast<float>(size.windowWidth);
    l.height = static_cast<float>(size.windowHeight);
    l.panelMinWidth = std::min(320.f, winW * 0.3f);
    l.panelMaxWidth = winW * 0.6f;
    l.panelWidth = std::clamp(pres.sidePanelWidth.value_or(std::min(600.f * pres.uiScale, winW * 0.4f)),
                              l.panelMinWidth, l.panelMaxWidth);
    l.formWidth = formOpen ? std::min(520.f * pres.uiScale, winW * 0.28f) : 0.f;
    if (l.formWidth > 0 && winW - l.panelWidth - l.formWidth < kMinMapWidth * pres.uiScale) {
        l.formOverPanel = true;
        l.formWidth = 0.f;
    }
    if (l.mapOnly) {
        l.panelWidth = l.formWidth = 0.f;
        l.formOverPanel = false;
    }
    l.mapWidth = winW - l.panelWidth - l.formWidth;
    return l;
}

float legendBottom(const FrameLayout& layout, float attributionTextPx, float pad) {
    // Above the scale bar (about 50 px high at the map's style scale), which the renderer puts
    // above the attribution when both do not fit side by side.
    const float s = layout.styleScale;
    float overlayBelow = 56.f;
    const float attributionPx = attributionTextPx * s + 16.f * s;
    const float scaleBarPx = 186.f * s;
    if (24.f * s + scaleBarPx + attributionPx + 12.f * s >
        layout.mapWidth * static_cast<float>(layout.size.pixelRatio))
        overlayBelow += 42.f;
    return layout.height - pad - overlayBelow * s / static_cast<float>(layout.size.pixelRatio);
}

float cardTop(const FrameLayout& layout, bool setShown, float frameHeight, float pad) {
    float y = pad;
    if (layout.mapOnly) y += frameHeight * 1.8f;
    if (setShown) y = std::max(y, pad + frameHeight * 4.f);
    return y;
}

LegendPlacement placeLegend(const FrameLayout& layout, const MapInsets& around, float legendWidth,
                            float legendHeight, double districtWidth, double districtHeight,
                            float pad) {
    const float bottomY = layout.height - around.bottom;  // the legend's lower edge
    LegendPlacement left{LegendSide::Left, pad, bottomY, around};
    if (legendWidth <= 0 || legendHeight <= 0) return left;
    left.free.left = std::max(around.left, pad + legendWidth + pad);
    LegendPlacement bottom{LegendSide::Bottom, pad, bottomY, around};
    bottom.free.bottom = around.bottom + legendHeight + pad;
    LegendPlacement right{LegendSide::Right, layout.mapWidth - pad - legendWidth, bottomY, around};
    right.free.right = std::max(around.right, pad + legendWidth + pad);
    // The scale the district's box gets in what is left: the larger, the better.
    auto scale = [&](const MapInsets& f) {
        const double w = layout.mapWidth - f.left - f.right, h = layout.height - f.top - f.bottom;
        if (w <= 0 || h <= 0) return 0.0;
        if (districtWidth <= 0 || districtHeight <= 0) return std::min(w, h);
        return std::min(w / districtWidth, h / districtHeight);
    };
    LegendPlacement best = left;
    // Ties within half a percent keep the earlier side: a legend does not hop between sides
    // for a pixel.
    for (const LegendPlacement& p : {bottom, right})
        if (scale(p.free) > scale(best.free) * 1.005) best = p;
    return best;
}

}  // namespace ui

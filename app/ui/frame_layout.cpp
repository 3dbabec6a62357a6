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
    if (l.mapOnly) l.panelWidth = l.formWidth = 0.f;
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

}  // namespace ui

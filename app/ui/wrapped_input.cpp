#include "app/ui/wrapped_input.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace ui {

void softWrap(std::string& text, float width,
              const std::function<float(std::string_view)>& measure) {
    const std::string_view all(text);
    std::size_t lineStart = 0;
    std::size_t lastGap = std::string::npos;  // the last space of the current line
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != ' ' && text[i] != '\n') continue;
        // A word ends at i: break before it when the line would be too wide.
        if (lastGap != std::string::npos && measure(all.substr(lineStart, i - lineStart)) > width) {
            text[lastGap] = '\n';
            lineStart = lastGap + 1;
        }
        if (i < text.size()) {
            text[i] = ' ';
            lastGap = i;
        }
    }
}

std::string unwrapped(std::string text) {
    for (char& c : text)
        if (c == '\n') c = ' ';
    return text;
}

namespace {

struct WrapWidth {
    float width;
};

int rewrap(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag != ImGuiInputTextFlags_CallbackEdit) return 0;
    std::string text(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    const std::string before = text;
    softWrap(text, static_cast<const WrapWidth*>(data->UserData)->width, [](std::string_view s) {
        return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
    });
    if (text != before) {
        // Same length: the buffer is rewritten in place and the cursor stays.
        text.copy(data->Buf, text.size());
        data->BufDirty = true;
    }
    return 0;
}

}  // namespace

bool inputTextWrapped(const char* label, std::string& text, float height) {
    const ImGuiStyle& style = ImGui::GetStyle();
    WrapWidth wrap{ImGui::GetContentRegionAvail().x - 2 * style.FramePadding.x - style.ScrollbarSize};
    // The text as it comes (a stored reason, a first frame) is wrapped before it is shown.
    softWrap(text, wrap.width, [](std::string_view s) {
        return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x;
    });
    return ImGui::InputTextMultiline(
        label, &text, {-1, height},
        ImGuiInputTextFlags_CallbackEdit | ImGuiInputTextFlags_CtrlEnterForNewLine, rewrap, &wrap);
}

}  // namespace ui

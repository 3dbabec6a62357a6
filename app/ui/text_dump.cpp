#include "app/ui/text_dump.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <fstream>
#include <stdexcept>

namespace ui {

void beginTextDump() {
    // Depth 0: tree nodes keep their state (logging would otherwise force them open).
    ImGui::LogToBuffer(0);
}

void endTextDump(const std::string& path) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    std::string text = g.LogBuffer.c_str();
    ImGui::LogFinish();
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error(path + ": cannot write the text dump");
}

}  // namespace ui

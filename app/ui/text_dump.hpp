#pragma once
// For tests: everything the window's widgets render as text in one frame, through ImGui's own
// logging (LogToBuffer). The language smoke test compares the German and the English frame.

#include <string>

namespace ui {

// Call right after ImGui::NewFrame(): the frame's text is captured from here on.
void beginTextDump();
// Call before ImGui::Render(): ends the capture and writes the text (UTF-8, one line per
// widget line) to `path`. Throws std::runtime_error when the file cannot be written.
void endTextDump(const std::string& path);

}  // namespace ui

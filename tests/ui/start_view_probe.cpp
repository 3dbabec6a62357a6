// For tests/ui/start_view_window_test.cpp: runs ui::runWindowSession at 1280×800 for a number
// of frames, as the program will once main.cpp starts the window through it.
//   start_view_probe PROJECT|"" FRAMES SCREENSHOT TEXTDUMP

#include <string>

#include "app/ui/window_session.hpp"

int main(int argc, char** argv) {
    if (argc != 5) return 2;
    ui::WindowOptions o;
    o.project = argv[1];
    o.width = 1280;
    o.height = 800;
    o.maximized = false;
    o.frames = std::stoi(argv[2]);
    o.screenshot = argv[3];
    o.textDump = argv[4];
    return ui::runWindowSession(o);
}

#pragma once
// The window from start to end: the start view (ui/start_view.hpp) when no project is given or
// it cannot be opened – why is said in the window, not only on stderr –, then the map window
// (ui/map_window.hpp runMapWindow) on the chosen project, and again the next project the map
// window asks for ("Projekt" menu, a dropped .gpkg) until the user closes the window.

#include <optional>
#include <string>

#include "app/ui/map_window.hpp"

namespace ui {

// Runs the session; the exit code as runMapWindow's. With `options.frames` (tests), a start
// view that shows why the given project cannot be opened ends after those frames with exit
// code 1 (the screenshot taken), as the map window's own error did.
int runWindowSession(const WindowOptions& options);

// For the map window: after it has closed, open `path` next (empty: the start view). The
// window loop calls this for Requests::openProject and closes the window.
void requestOpenProject(const std::string& path);
std::optional<std::string> takeRequestedProject();

// Why `path` cannot be opened as a project, in the UI language (the store's own words); nullopt
// when it opens. The project is closed again at once (its lock released). This open rolls back
// a write that a crash interrupted; `recoveryNote` then receives the store's note.
std::optional<std::string> whyProjectCannotOpen(const std::string& path,
                                                std::string* recoveryNote = nullptr);

}  // namespace ui

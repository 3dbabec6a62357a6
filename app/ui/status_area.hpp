#pragma once
// The status area: one always visible place (the bottom of the side panel, a small box in the
// map-only view) that says in words what the last command did – "Karte gespeichert: /…/karte.png",
// "Bericht (7 Seiten) gespeichert: …", "6 Bewerbungen importiert", "Bewertungen aufgedeckt" –
// with a button that opens the folder of a file just written. The texts are made here (pure,
// tested in tests/ui/status_area_test.cpp); the drawing is a few ImGui calls.

#include <filesystem>
#include <optional>
#include <string>

#include "app/domain/committee.hpp"
#include "app/project/actions.hpp"

namespace ui {

// "Karte gespeichert: /abs/karte.png (1280 × 800)": `path` is made absolute.
std::string mapSavedText(const std::string& path, int width, int height);
// "Bericht (7 Seiten) gespeichert: /abs/bericht.pdf\nBewertungen: /abs/bewertungen.csv".
std::string reportSavedText(int pages, const std::string& pdf, const std::string& csv);
// "Bericht nicht gespeichert: <reason>".
std::string reportFailedText(const std::string& reason);

// What an edit that was carried out did, for the status line: "6 Bewerbungen importiert",
// "Bewertungen aufgedeckt" / "Bewertungen wieder verdeckt" when the settings change reveals or
// hides the scores (`before`: the decision settings before the edit), else the action's own
// description (project::describe).
std::string editDoneText(const project::Action& action, const domain::DecisionSettings& before);

// The folder of the first existing file named by an absolute path in `status` (the text may
// go on after the path: " (1280 × 800)", a new line), for "Ordner öffnen"; nullopt when the
// text names no existing file.
std::optional<std::filesystem::path> outputFolderIn(const std::string& status);

// True when `status` names a written file (the "Ordner öffnen" button is drawn); cached per
// text, cheap to call every frame.
bool statusNamesFolder(const std::string& status);

// Draws the status text wrapped at the current window's width and, when it names a written
// file, the "Ordner öffnen" button (xdg-open, detached). `compact`: the small box of the
// map-only view (one line, the button beside it).
void drawStatusArea(const std::string& status, bool compact = false);

// The small status box at the lower-left corner of the map-only view, above the attribution
// (`bottom`: its lower edge in ImGui coordinates); nothing when `status` is empty.
void drawMapOnlyStatus(const std::string& status, float x, float bottom, float maxWidth);

}  // namespace ui

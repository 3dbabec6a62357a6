#pragma once
// "Bericht erstellen …" in the Auswahl tab: the decision report (PDF) and the CSV of all
// scores, written next to the project file under today's date (print/report.hpp). It only
// reads the project, so it works on read-only projects too.

#include <string>

#include "app/project/project.hpp"

namespace ui {

// Writes the report; returns the line for the panel: the pages and both absolute paths, or
// why it failed (never throws). `anonymous`: members as "Mitglied 1", "Mitglied 2", ….
std::string writeReportNextToProject(const project::Project& project, bool anonymous);

}  // namespace ui

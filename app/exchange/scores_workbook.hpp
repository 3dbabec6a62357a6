#pragma once
// The report's scores as an XLSX workbook (`report --scores-csv F.xlsx`), one sheet per table
// of the scores CSV (print/report.hpp) and two more:
//   Bewertungen      Nr, Titel, Kriterium, Mitglied, Punkte (number; empty: not scored),
//                    befangen (ja/nein): every application × member × scored criterion
//   Zusammenfassung  Nr, Titel, Kriterium, Zusammenfassung, Spannweite, Bewertende: per ranked
//                    candidate and scored criterion, then the row "merit" (weighted merit)
//   Rangfolge        Rang, Auswahl, Güte, Abdeckung (Anteil), Einwohner im Radius, kleinster
//                    Abstand km, Regionen, Verteilung, Gesamt, Akzeptanz, Pareto
//   Entscheidung     Angabe, Wert: the recommended set, the chosen set and the committee's
//                    reason, the weights and the radius
// Headers and sheet names in the current language; criteria by their stable keys
// (decision::criterionKey) as in the CSV; numbers are numbers. Contact data is never written.

#include <string>

#include "app/decision/pipeline.hpp"
#include "app/exchange/xlsx_writer.hpp"

namespace project {
class Project;
}  // namespace project

namespace exchange {

// True for a path ending in .xlsx (any case): the report then writes the workbook.
bool isXlsxPath(const std::string& path);

// `outcome` is decision::decide(project.state()) as the report has it.
xlsx::Workbook scoresWorkbook(const project::Project& project, bool anonymous,
                              const decision::Outcome& outcome);

}  // namespace exchange

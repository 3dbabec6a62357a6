#pragma once
// The call ("Ausschreibung") the applications answer, stored in the project file and edited
// in the settings panel. Defaults: the Kreis Düren call "Orte der Begegnung" 2024.

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "app/domain/application.hpp"

namespace domain {

struct CallSettings {
    std::string title = "Orte der Begegnung";
    Date deadline{std::chrono::year(2024), std::chrono::month(3), std::chrono::day(1)};
    // Receipt by e-mail AND by post both have to be on or before the deadline.
    std::string deadlineRule = "Eingang per E-Mail und per Post bis zur Frist";
    int placesFunded = 2;
    double materialEurPerPlace = 1500;    // Sachmittel
    double consultingEurPerPlace = 3500;  // Beratungsleistungen
    std::string fundingTerms =
        "Angebote und Rechnungen laufen über den Kreis, kein Geld an die Kommune; "
        "nicht förderfähig: Baumaßnahmen, Möbel, Ausstattung";
    std::string applicants =
        "Kommunen des Kreises Düren und Partnerorganisationen "
        "(Vereine, Wohlfahrtsverbände)";
    std::string contact = "amt52@kreis-dueren.de";
    std::vector<std::string> criteria = {"Verteilung der Kommunen im Kreisgebiet",
                                         "Zahl der beteiligten Akteur*innen (aktuell und Ziel)",
                                         "Zusammensetzung der beteiligten Akteur*innen",
                                         "Angesprochene Zielgruppen",
                                         "Organisation (Personal, Finanzmittel, Ehrenamt)",
                                         "Lage im Kreisgebiet"};

    friend bool operator==(const CallSettings&, const CallSettings&) = default;
};

nlohmann::json toJson(const CallSettings& c);
// Throws std::runtime_error naming the field when a value does not fit.
CallSettings callFromJson(const nlohmann::json& j);

}  // namespace domain

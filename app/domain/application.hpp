#pragma once
// An application ("Bewerbung") for the call "Orte der Begegnung" and the values its fields
// take. Plain data: validation, storage and import live elsewhere. Enumerations are stored
// and imported by their German labels, so the project file stays readable in QGIS.

#include <chrono>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/types.hpp"

namespace domain {

enum class ApplicantKind { Kommune, Wohlfahrtsverband, Verein, Kirche, Initiative, Sonstige };
enum class PropertyKind {
    Kita,
    Fluechtlingsunterkunft,
    Schule,
    Buergerhaus,
    Jugendzentrum,
    Senioreneinrichtung,
    EigenstaendigeImmobilie,
    Sonstige
};
enum class DigitalShare { Keiner, Teilweise, Vollstaendig };
enum class Phase { Konzeptionierung, Einrichtung, Weiterentwicklung };
// Kinds of actors involved; an application holds a set of them.
enum class ActorKind {
    Kommune,
    Wohlfahrtsverband,
    Verein,
    Kirche,
    SchuleKita,
    Migrantenselbstorganisation,
    SeniorenJugendvertretung,
    SelbsthilfeBehinderung,
    Unternehmen,
    Einzelpersonen,
    Sonstige
};
enum class TargetGroup {
    Kinder,
    Jugendliche,
    Familien,
    Erwachsene,
    Senioren,
    MenschenMitBehinderungen,
    Neuzugewanderte,
    Migrationsgeschichte,
    Sonstige
};
enum class Status {
    Eingegangen,
    InPruefung,
    Foerderfaehig,
    NichtFoerderfaehig,
    Ausgewaehlt,
    Abgelehnt
};

using Date = std::chrono::year_month_day;

struct Application {
    std::int64_t id = 0;          // row id in the project file; 0 for an application not stored yet
    std::string nr;               // the reference, unique within a call
    std::string municipalityAgs;  // the Kommune named in the application
    std::string applicant;        // Träger / Partnerorganisation
    ApplicantKind applicantKind = ApplicantKind::Kommune;
    std::string title;
    std::string street;
    std::string postcode;
    std::string town;
    std::optional<geo::Vec2> site;  // EPSG:25832
    PropertyKind property = PropertyKind::Sonstige;
    bool sharedBuilding = false;  // other functions share the building
    DigitalShare digital = DigitalShare::Keiner;
    std::string digitalDescription;
    Phase phase = Phase::Konzeptionierung;
    int actorsNow = 0;
    int actorsTarget = 0;
    std::vector<ActorKind> actorKinds;      // sorted, no duplicates
    std::vector<TargetGroup> targetGroups;  // sorted, no duplicates
    double staffHoursPerWeek = 0;           // hauptamtliche Begleitung
    bool fixedContact = false;              // feste Ansprechperson
    std::string openingHours;               // geregelte Öffnungszeiten, as text
    double openingHoursPerWeek = 0;
    int volunteers = 0;
    double ownFundsEurPerYear = 0;
    bool openToGroups = false;  // open to free and spontaneous groups
    std::string contactName;
    std::string contactEmail;
    std::string contactPhone;
    std::optional<Date> receivedByEmail;
    std::optional<Date> receivedByPost;
    bool formComplete = false;
    std::string missingItems;
    std::string conceptText;  // Konzept (free text)
    Status status = Status::Eingegangen;
    std::string statusReason;  // required for "nicht förderfähig"

    friend bool operator==(const Application&, const Application&) = default;
};

// German labels, as shown in the UI and written to the project file and exports.
std::string_view label(ApplicantKind v);
std::string_view label(PropertyKind v);
std::string_view label(DigitalShare v);
std::string_view label(Phase v);
std::string_view label(ActorKind v);
std::string_view label(TargetGroup v);
std::string_view label(Status v);

// All values of an enumeration in their declared order (for lists and combo boxes).
template <typename E>
const std::vector<E>& allValues();

// The value whose label matches `text`: case-insensitive, surrounding blanks ignored, umlauts
// and ß may be written as ae/oe/ue/ss, '*' may be left out ("Seniorinnen"), and for labels with
// alternatives ("Kirche / Religionsgemeinschaft") each alternative alone matches too.
// nullopt when nothing matches.
template <typename E>
std::optional<E> parseLabel(std::string_view text);

// "01.03.2024" or "2024-03-01"; nullopt for anything else or an impossible date.
std::optional<Date> parseDate(std::string_view text);
std::string formatDate(const Date& d);  // "01.03.2024"
std::string isoDate(const Date& d);     // "2024-03-01"

// The whole application as JSON (for the audit log and exports) and back. Enumerations as
// labels, dates as ISO strings, the site as [x, y] in EPSG:25832. fromJson throws
// std::runtime_error naming the field when a value does not fit.
nlohmann::json toJson(const Application& a);
Application applicationFromJson(const nlohmann::json& j);

}  // namespace domain

#include "app/domain/application.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace domain {
namespace {

template <typename E, std::size_t N>
std::string_view pick(const std::array<std::string_view, N>& labels, E v) {
    return labels.at(static_cast<std::size_t>(v));
}

constexpr std::array<std::string_view, 6> kApplicantKinds = {"Kommune",
                                                             "Wohlfahrtsverband",
                                                             "Verein",
                                                             "Kirche / Religionsgemeinschaft",
                                                             "freie Gruppe / Initiative",
                                                             "Sonstige"};
constexpr std::array<std::string_view, 8> kPropertyKinds = {"Kita",
                                                            "Flüchtlingsunterkunft",
                                                            "Schule",
                                                            "Bürger- / Gemeindehaus",
                                                            "Jugendzentrum",
                                                            "Senioreneinrichtung",
                                                            "eigenständige Immobilie",
                                                            "sonstige"};
constexpr std::array<std::string_view, 3> kDigitalShares = {"keiner", "teilweise", "vollständig"};
constexpr std::array<std::string_view, 3> kPhases = {"Konzeptionierung", "Einrichtung",
                                                     "Weiterentwicklung"};
constexpr std::array<std::string_view, 11> kActorKinds = {"Kommune",
                                                          "Wohlfahrtsverband",
                                                          "Verein",
                                                          "Kirche / Religionsgemeinschaft",
                                                          "Schule / Kita",
                                                          "Migrantenselbstorganisation",
                                                          "Senioren- / Jugendvertretung",
                                                          "Selbsthilfe / Behindertenorganisation",
                                                          "Unternehmen",
                                                          "Einzelpersonen",
                                                          "Sonstige"};
constexpr std::array<std::string_view, 9> kTargetGroups = {"Kinder",
                                                           "Jugendliche",
                                                           "Familien",
                                                           "Erwachsene",
                                                           "Senior*innen",
                                                           "Menschen mit Behinderungen",
                                                           "Neuzugewanderte / Geflüchtete",
                                                           "Menschen mit Migrationsgeschichte",
                                                           "Sonstige"};
constexpr std::array<std::string_view, 6> kStatuses = {
    "eingegangen", "in Prüfung", "förderfähig", "nicht förderfähig", "ausgewählt", "abgelehnt"};

// Lower case ASCII with umlauts and ß spelled out and '*' dropped, for forgiving matching.
std::string fold(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            switch (static_cast<unsigned char>(text[++i])) {
                case 0xA4:
                case 0x84:
                    out += "ae";
                    break;  // ä Ä
                case 0xB6:
                case 0x96:
                    out += "oe";
                    break;  // ö Ö
                case 0xBC:
                case 0x9C:
                    out += "ue";
                    break;  // ü Ü
                case 0x9F:
                    out += "ss";
                    break;  // ß
                default:
                    out += static_cast<char>(c), out += text[i];
            }
        } else if (c != '*') {
            out += static_cast<char>(std::tolower(c));
        }
    }
    auto blank = [](unsigned char ch) { return std::isspace(ch) != 0; };
    out.erase(out.begin(), std::find_if_not(out.begin(), out.end(), blank));
    out.erase(std::find_if_not(out.rbegin(), out.rend(), blank).base(), out.end());
    return out;
}

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::string_view, N>& labels, std::string_view text) {
    std::string wanted = fold(text);
    if (wanted.empty()) return std::nullopt;
    for (std::size_t i = 0; i < N; ++i) {
        std::string full = fold(labels[i]);
        if (full == wanted) return static_cast<E>(i);
        // "Kirche / Religionsgemeinschaft": "Kirche" and "Religionsgemeinschaft" match too.
        std::size_t start = 0;
        while (start <= full.size()) {
            std::size_t slash = full.find('/', start);
            std::string part = fold(full.substr(start, slash - start));
            if (!part.empty() && part.back() == '-') part.pop_back();  // "Senioren- / Jugend..."
            if (part == wanted && slash != std::string::npos) return static_cast<E>(i);
            if (part == wanted && start > 0) return static_cast<E>(i);
            if (slash == std::string::npos) break;
            start = slash + 1;
        }
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
std::vector<E> values(const std::array<std::string_view, N>&) {
    std::vector<E> out;
    for (std::size_t i = 0; i < N; ++i) out.push_back(static_cast<E>(i));
    return out;
}

template <typename E>
nlohmann::json labelList(const std::vector<E>& list) {
    nlohmann::json out = nlohmann::json::array();
    for (E v : list) out.push_back(std::string(label(v)));
    return out;
}

template <typename E>
std::vector<E> parseList(const nlohmann::json& j, const char* field) {
    std::vector<E> out;
    for (const auto& item : j) {
        auto v = parseLabel<E>(item.get<std::string>());
        if (!v)
            throw std::runtime_error(std::string(field) + ": unknown value '" +
                                     item.get<std::string>() + "'");
        out.push_back(*v);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

std::string_view label(ApplicantKind v) {
    return pick(kApplicantKinds, v);
}
std::string_view label(PropertyKind v) {
    return pick(kPropertyKinds, v);
}
std::string_view label(DigitalShare v) {
    return pick(kDigitalShares, v);
}
std::string_view label(Phase v) {
    return pick(kPhases, v);
}
std::string_view label(ActorKind v) {
    return pick(kActorKinds, v);
}
std::string_view label(TargetGroup v) {
    return pick(kTargetGroups, v);
}
std::string_view label(Status v) {
    return pick(kStatuses, v);
}

#define BK_ENUM_TABLE(E, TABLE)                             \
    template <>                                             \
    const std::vector<E>& allValues<E>() {                  \
        static const std::vector<E> v = values<E>(TABLE);   \
        return v;                                           \
    }                                                       \
    template <>                                             \
    std::optional<E> parseLabel<E>(std::string_view text) { \
        return parse<E>(TABLE, text);                       \
    }
BK_ENUM_TABLE(ApplicantKind, kApplicantKinds)
BK_ENUM_TABLE(PropertyKind, kPropertyKinds)
BK_ENUM_TABLE(DigitalShare, kDigitalShares)
BK_ENUM_TABLE(Phase, kPhases)
BK_ENUM_TABLE(ActorKind, kActorKinds)
BK_ENUM_TABLE(TargetGroup, kTargetGroups)
BK_ENUM_TABLE(Status, kStatuses)
#undef BK_ENUM_TABLE

std::optional<Date> parseDate(std::string_view text) {
    std::string t = fold(text);
    int a = 0, b = 0, c = 0;
    char tail = 0;
    Date d;
    if (std::sscanf(t.c_str(), "%d.%d.%d%c", &a, &b, &c, &tail) == 3 && c >= 1000)
        d = Date{std::chrono::year(c), std::chrono::month(static_cast<unsigned>(b)),
                 std::chrono::day(static_cast<unsigned>(a))};
    else if (std::sscanf(t.c_str(), "%d-%d-%d%c", &a, &b, &c, &tail) == 3 && a >= 1000)
        d = Date{std::chrono::year(a), std::chrono::month(static_cast<unsigned>(b)),
                 std::chrono::day(static_cast<unsigned>(c))};
    else
        return std::nullopt;
    if (!d.ok() || b < 1 || b > 12 || a < 1 || c < 1) return std::nullopt;
    return d;
}

std::string formatDate(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u.%02u.%04d", static_cast<unsigned>(d.day()),
                  static_cast<unsigned>(d.month()), static_cast<int>(d.year()));
    return buf;
}

std::string isoDate(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

nlohmann::json toJson(const Application& a) {
    auto date = [](const std::optional<Date>& d) {
        return d ? nlohmann::json(isoDate(*d)) : nlohmann::json();
    };
    nlohmann::json site = a.site ? nlohmann::json::array({a.site->x, a.site->y}) : nlohmann::json();
    return {{"id", a.id},
            {"nr", a.nr},
            {"kommune_ags", a.municipalityAgs},
            {"traeger", a.applicant},
            {"traegerart", label(a.applicantKind)},
            {"titel", a.title},
            {"strasse", a.street},
            {"plz", a.postcode},
            {"ort", a.town},
            {"standort", site},
            {"liegenschaft", label(a.property)},
            {"geteiltes_gebaeude", a.sharedBuilding},
            {"digitalanteil", label(a.digital)},
            {"digital_beschreibung", a.digitalDescription},
            {"phase", label(a.phase)},
            {"akteure_aktuell", a.actorsNow},
            {"akteure_ziel", a.actorsTarget},
            {"akteursarten", labelList(a.actorKinds)},
            {"zielgruppen", labelList(a.targetGroups)},
            {"hauptamt_std_woche", a.staffHoursPerWeek},
            {"feste_ansprechperson", a.fixedContact},
            {"oeffnungszeiten", a.openingHours},
            {"oeffnungszeiten_std_woche", a.openingHoursPerWeek},
            {"ehrenamtliche", a.volunteers},
            {"eigenmittel_eur_jahr", a.ownFundsEurPerYear},
            {"offen_fuer_gruppen", a.openToGroups},
            {"ansprechperson", a.contactName},
            {"email", a.contactEmail},
            {"telefon", a.contactPhone},
            {"eingang_email", date(a.receivedByEmail)},
            {"eingang_post", date(a.receivedByPost)},
            {"formular_vollstaendig", a.formComplete},
            {"fehlende_angaben", a.missingItems},
            {"konzept", a.conceptText},
            {"status", label(a.status)},
            {"status_begruendung", a.statusReason}};
}

Application applicationFromJson(const nlohmann::json& j) {
    Application a;
    auto text = [&](const char* key) { return j.at(key).get<std::string>(); };
    auto enumValue = [&]<typename E>(const char* key, E& out) {
        auto v = parseLabel<E>(text(key));
        if (!v) throw std::runtime_error(std::string(key) + ": unknown value '" + text(key) + "'");
        out = *v;
    };
    auto date = [&](const char* key) -> std::optional<Date> {
        if (j.at(key).is_null()) return std::nullopt;
        auto d = parseDate(text(key));
        if (!d) throw std::runtime_error(std::string(key) + ": not a date '" + text(key) + "'");
        return d;
    };
    try {
        a.id = j.at("id").get<std::int64_t>();
        a.nr = text("nr");
        a.municipalityAgs = text("kommune_ags");
        a.applicant = text("traeger");
        enumValue("traegerart", a.applicantKind);
        a.title = text("titel");
        a.street = text("strasse");
        a.postcode = text("plz");
        a.town = text("ort");
        if (!j.at("standort").is_null())
            a.site =
                geo::Vec2{j["standort"].at(0).get<double>(), j["standort"].at(1).get<double>()};
        enumValue("liegenschaft", a.property);
        a.sharedBuilding = j.at("geteiltes_gebaeude").get<bool>();
        enumValue("digitalanteil", a.digital);
        a.digitalDescription = text("digital_beschreibung");
        enumValue("phase", a.phase);
        a.actorsNow = j.at("akteure_aktuell").get<int>();
        a.actorsTarget = j.at("akteure_ziel").get<int>();
        a.actorKinds = parseList<ActorKind>(j.at("akteursarten"), "akteursarten");
        a.targetGroups = parseList<TargetGroup>(j.at("zielgruppen"), "zielgruppen");
        a.staffHoursPerWeek = j.at("hauptamt_std_woche").get<double>();
        a.fixedContact = j.at("feste_ansprechperson").get<bool>();
        a.openingHours = text("oeffnungszeiten");
        a.openingHoursPerWeek = j.at("oeffnungszeiten_std_woche").get<double>();
        a.volunteers = j.at("ehrenamtliche").get<int>();
        a.ownFundsEurPerYear = j.at("eigenmittel_eur_jahr").get<double>();
        a.openToGroups = j.at("offen_fuer_gruppen").get<bool>();
        a.contactName = text("ansprechperson");
        a.contactEmail = text("email");
        a.contactPhone = text("telefon");
        a.receivedByEmail = date("eingang_email");
        a.receivedByPost = date("eingang_post");
        a.formComplete = j.at("formular_vollstaendig").get<bool>();
        a.missingItems = text("fehlende_angaben");
        a.conceptText = text("konzept");
        enumValue("status", a.status);
        a.statusReason = text("status_begruendung");
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("application record: ") + e.what());
    }
    return a;
}

}  // namespace domain

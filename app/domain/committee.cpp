#include "app/domain/committee.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace domain {

using nlohmann::json;

std::array<std::array<std::string, 6>, decision::kCriteria> DecisionSettings::defaultRubric() {
    using C = decision::Criterion;
    std::array<std::array<std::string, 6>, decision::kCriteria> r{};
    r[static_cast<int>(C::Akteure)] = {
        "keine Akteur*innen benannt",
        "eine Akteurin / ein Akteur, kein Ziel",
        "wenige Akteur*innen, kaum Zuwachs geplant",
        "mehrere Akteur*innen, Zuwachs geplant",
        "viele Akteur*innen, deutlicher Zuwachs geplant",
        "breites Netzwerk, ehrgeiziges und realistisches Ziel"};
    r[static_cast<int>(C::Zusammensetzung)] = {
        "keine Angaben",
        "nur eine Art von Akteur*innen",
        "zwei Arten, wenig Vielfalt",
        "mehrere Arten (z. B. Kommune, Verein, Kirche)",
        "vielfältig, auch Selbstorganisationen",
        "sehr vielfältig: Verwaltung, Zivilgesellschaft, Selbsthilfe und Migrant*innen"};
    r[static_cast<int>(C::Zielgruppen)] = {
        "keine Zielgruppe benannt",
        "eine Zielgruppe",
        "mehrere Zielgruppen einer Generation",
        "generationenübergreifend oder interkulturell",
        "generationenübergreifend und interkulturell",
        "generationenübergreifend, interkulturell und inklusiv"};
    r[static_cast<int>(C::Organisation)] = {
        "keine Organisation erkennbar",
        "Ansprechperson unklar, keine festen Zeiten",
        "feste Ansprechperson oder feste Zeiten",
        "feste Ansprechperson und feste Zeiten",
        "dazu Hauptamt oder Eigenmittel und Ehrenamt",
        "tragfähig: Hauptamt, Eigenmittel, Ehrenamt, offene Zeiten"};
    r[static_cast<int>(C::Lage)] = {
        "schwer erreichbar, Bedarf unklar",
        "abgelegen, geringer Bedarf",
        "erreichbar, mittlerer Bedarf",
        "gut erreichbar, deutlicher Bedarf",
        "zentral im Ort, hoher Bedarf",
        "zentral, gut angebunden, schließt eine Versorgungslücke"};
    return r;
}

const decision::Member* Committee::member(std::int64_t id) const {
    for (const decision::Member& m : members)
        if (m.id == id) return &m;
    return nullptr;
}

std::optional<int> Committee::score(std::int64_t memberId, std::int64_t application,
                                    decision::Criterion criterion) const {
    for (const decision::Score& s : scores)
        if (s.member == memberId && s.application == application && s.criterion == criterion)
            return s.value;
    return std::nullopt;
}

bool Committee::recused(std::int64_t memberId, std::int64_t application) const {
    return std::any_of(recusals.begin(), recusals.end(), [&](const decision::Recusal& r) {
        return r.member == memberId && r.application == application;
    });
}

const char* criterionStorageKey(decision::Criterion c) {
    static const char* keys[] = {"verteilung",  "akteure",      "zusammensetzung",
                                 "zielgruppen", "organisation", "lage"};
    return keys[static_cast<int>(c)];
}

std::optional<decision::Criterion> criterionFromStorageKey(const std::string& key) {
    for (int i = 0; i < decision::kCriteria; ++i)
        if (key == criterionStorageKey(static_cast<decision::Criterion>(i)))
            return static_cast<decision::Criterion>(i);
    return std::nullopt;
}

std::vector<decision::Score> Committee::visibleScores(std::optional<std::int64_t> viewer) const {
    if (!settings.blind || settings.revealed) return scores;
    std::vector<decision::Score> own;
    for (const decision::Score& s : scores)
        if (viewer && s.member == *viewer) own.push_back(s);
    return own;
}

namespace {

const char* aggregationName(decision::Aggregation a) {
    return a == decision::Aggregation::Median ? "median" : "mittelwert";
}
const char* basisName(decision::VerteilungBasis b) {
    return b == decision::VerteilungBasis::Distance ? "abstand" : "abdeckung";
}
const char* samplingName(decision::Sampling s) {
    return s == decision::Sampling::AroundWeights ? "um_gewichte" : "gleichverteilt";
}

template <typename T>
T field(const json& j, const char* name, T fallback) {
    if (!j.contains(name)) return fallback;
    try {
        return j.at(name).get<T>();
    } catch (const json::exception&) {
        throw std::runtime_error(std::string("Entscheidungseinstellungen: Feld '") + name +
                                 "' hat einen ungültigen Wert");
    }
}

}  // namespace

json toJson(const DecisionSettings& s) {
    json j;
    j["gewichte"] = s.weights;
    j["radius_km"] = s.radiusKm;
    j["aggregation"] = aggregationName(s.aggregation.method);
    j["z_normalisierung"] = s.aggregation.zNormalise;
    j["verteilung_basis"] = basisName(s.basis);
    j["blind"] = s.blind;
    j["aufgedeckt"] = s.revealed;
    j["regionen"] = s.regions;
    j["regionsnamen"] = s.regionNames;
    j["rubrik"] = s.rubric;
    j["stichproben"] = s.samples;
    j["seed"] = s.seed;
    j["stichprobenart"] = samplingName(s.sampling);
    j["plus_minus_prozent"] = s.plusMinusPercent;
    return j;
}

DecisionSettings decisionSettingsFromJson(const json& j) {
    DecisionSettings s;
    s.weights = field(j, "gewichte", s.weights);
    for (double w : s.weights)
        if (!(w >= 0)) throw std::runtime_error("Entscheidungseinstellungen: negatives Gewicht");
    s.radiusKm = field(j, "radius_km", s.radiusKm);
    if (!(s.radiusKm > 0)) throw std::runtime_error("Entscheidungseinstellungen: Radius <= 0");
    s.aggregation.method = field<std::string>(j, "aggregation", "mittelwert") == "median"
                               ? decision::Aggregation::Median
                               : decision::Aggregation::Mean;
    s.aggregation.zNormalise = field(j, "z_normalisierung", false);
    s.basis = field<std::string>(j, "verteilung_basis", "abdeckung") == "abstand"
                  ? decision::VerteilungBasis::Distance
                  : decision::VerteilungBasis::Coverage;
    s.blind = field(j, "blind", s.blind);
    s.revealed = field(j, "aufgedeckt", s.revealed);
    s.regions = field(j, "regionen", s.regions);
    s.regionNames = field(j, "regionsnamen", s.regionNames);
    s.rubric = field(j, "rubrik", s.rubric);
    s.samples = field(j, "stichproben", s.samples);
    s.seed = field(j, "seed", s.seed);
    s.sampling = field<std::string>(j, "stichprobenart", "gleichverteilt") == "um_gewichte"
                     ? decision::Sampling::AroundWeights
                     : decision::Sampling::Uniform;
    s.plusMinusPercent = field(j, "plus_minus_prozent", s.plusMinusPercent);
    return s;
}

json toJson(const Choice& c) {
    json j{{"bewerbungen", c.applications}, {"empfehlung", c.recommended}, {"begruendung", c.reason}};
    if (c.decided) j["datum"] = isoDate(*c.decided);
    return j;
}

Choice choiceFromJson(const json& j) {
    Choice c;
    c.applications = field(j, "bewerbungen", c.applications);
    c.recommended = field(j, "empfehlung", c.recommended);
    c.reason = field<std::string>(j, "begruendung", "");
    if (j.contains("datum") && j.at("datum").is_string()) {
        c.decided = parseDate(j.at("datum").get<std::string>());
        if (!c.decided) throw std::runtime_error("datum: not a date");
    }
    return c;
}

json committeeDiff(const Committee& before, const Committee& after) {
    json d = json::object();
    auto memberJson = [](const decision::Member& m) {
        return json{{"id", m.id}, {"name", m.name}, {"rolle", m.role}};
    };
    json members = json::array();
    for (const decision::Member& m : after.members) {
        const decision::Member* old = before.member(m.id);
        if (!old || !(*old == m)) members.push_back(memberJson(m));
    }
    for (const decision::Member& m : before.members)
        if (!after.member(m.id)) members.push_back({{"id", m.id}, {"entfernt", true}});
    if (!members.empty()) d["mitglieder"] = members;

    json scores = json::array();
    for (const decision::Score& s : after.scores) {
        std::optional<int> old = before.score(s.member, s.application, s.criterion);
        if (old != s.value)
            scores.push_back({{"mitglied", s.member},
                              {"bewerbung", s.application},
                              {"kriterium", criterionStorageKey(s.criterion)},
                              {"wert", s.value}});
    }
    for (const decision::Score& s : before.scores)
        if (!after.score(s.member, s.application, s.criterion))
            scores.push_back({{"mitglied", s.member},
                              {"bewerbung", s.application},
                              {"kriterium", criterionStorageKey(s.criterion)},
                              {"wert", nullptr}});
    if (!scores.empty()) d["bewertungen"] = scores;

    json recusals = json::array();
    for (const decision::Recusal& r : after.recusals)
        if (!before.recused(r.member, r.application))
            recusals.push_back({{"mitglied", r.member}, {"bewerbung", r.application}, {"befangen", true}});
    for (const decision::Recusal& r : before.recusals)
        if (!after.recused(r.member, r.application))
            recusals.push_back({{"mitglied", r.member}, {"bewerbung", r.application}, {"befangen", false}});
    if (!recusals.empty()) d["befangenheit"] = recusals;

    if (!(before.settings == after.settings)) d["einstellungen"] = toJson(after.settings);
    if (before.choice != after.choice)
        d["auswahl"] = after.choice ? toJson(*after.choice) : json();
    return d;
}

}  // namespace domain

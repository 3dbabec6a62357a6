// The draft of the decision note (print/decision_note.hpp) on a hand-made district: six 10 km
// squares in three rows (north, middle, south: the three regions), one application at the
// centre of each, a radius of 5 km (each circle inside its square), Verteilung weighing 3 and
// the five scored criteria 1 each. Three members score every criterion of an application alike:
//   B-01 Nordwest  10,000 people  5 5 4   merit 4.67
//   B-02 Nordost   10,000         4 4 4         4.00
//   B-03 Westmitte  1,000         3 3 3         3.00
//   B-04 Ostmitte   1,000         2 2 2         2.00
//   B-05 Südwest   50,000         3 4 (member 3 recused)  3.50
//   B-06 Südost    40,000         3 2 2         2.33
// With a set's share s = 0.785 (p1 + p2) / 112,000 and total 5/8 merit + 3/8 · 5 s:
// B-01 + B-05 is first (3.34), B-02 + B-05 second (3.13); by merit alone B-01 + B-02, by
// Verteilung alone B-05 + B-06. B-01 + B-05 stays first against B-01 + B-02 while
// w_V ≥ 0.25 / 1.6525 = 0.151 and against B-05 + B-06 while w_V ≤ 1.1667 / 2.2186 = 0.526.
// Kendall's W of members 1 and 2 (member 3 is recused once and so left out), with ties:
// rank sums 2, 4.5, 8, 11.5, 6.5, 9.5; S = 59; W = 12 · 59 / (4 · 210 − 2 · 36) = 0.921875.
#include "app/print/decision_note.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/decision/pipeline.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/language.hpp"

namespace {

using decision::Criterion;

constexpr double kX0 = 300000, kY0 = 5600000;
const std::string kReason = "Bessere Anbindung an Bus und Bahn";

domain::Municipality square(const std::string& ags, const std::string& name, double xKm, double yKm,
                            std::int64_t population) {
    domain::Municipality m;
    m.ags = ags;
    m.name = name;
    m.population = population;
    m.areaKm2 = 100;
    const double x = kX0 + xKm * 1000, y = kY0 + yKm * 1000;
    m.shape = {{{{x, y}, {x + 10000, y}, {x + 10000, y + 10000}, {x, y + 10000}}, {}}};
    return m;
}

// The district above, without a choice.
domain::ProjectState district() {
    domain::ProjectState s;
    struct Place {
        const char* name;
        double x, y;
        std::int64_t population;
        int scores[3];  // per member; -1: recused
    };
    const Place places[] = {
        {"Nordwest", 0, 20, 10000, {5, 5, 4}}, {"Nordost", 10, 20, 10000, {4, 4, 4}},
        {"Westmitte", 0, 10, 1000, {3, 3, 3}}, {"Ostmitte", 10, 10, 1000, {2, 2, 2}},
        {"Südwest", 0, 0, 50000, {3, 4, -1}},  {"Südost", 10, 0, 40000, {3, 2, 2}}};
    s.committee.members = {{1, "Anna Albers", "Vorsitz"},
                           {2, "Bernd Berg", "Kreistag"},
                           {3, "Carla Conrads", "Sozialamt"}};
    for (int i = 0; i < 6; ++i) {
        const Place& p = places[i];
        const std::string ags = "0535800" + std::to_string(i + 1);
        s.map.municipalities.push_back(square(ags, p.name, p.x, p.y, p.population));
        domain::Application a;
        a.id = i + 1;
        a.nr = "B-0" + std::to_string(i + 1);
        a.title = std::string("Treff ") + p.name;
        a.municipalityAgs = ags;
        a.site = geo::Vec2{kX0 + (p.x + 5) * 1000, kY0 + (p.y + 5) * 1000};
        a.formComplete = true;
        a.receivedByEmail = a.receivedByPost = domain::parseDate("2024-02-20");
        s.applications.push_back(a);
    }
    for (std::int64_t member = 1; member <= 3; ++member)
        for (int i = 0; i < 6; ++i) {
            const int value = places[i].scores[member - 1];
            if (value < 0) continue;
            for (int k = 1; k < decision::kCriteria; ++k)
                s.committee.scores.push_back({member, i + 1, static_cast<Criterion>(k), value});
        }
    s.committee.recusals = {{3, 5}};
    domain::DecisionSettings& settings = s.committee.settings;
    settings.weights = {3, 1, 1, 1, 1, 1};
    settings.radiusKm = 5;
    settings.samples = 2000;
    return s;
}

// The committee chose `ids` (the engine records its own recommendation beside them).
domain::ProjectState withChoice(domain::ProjectState s, std::vector<std::int64_t> ids,
                                const std::string& reason) {
    domain::Choice choice;
    choice.applications = std::move(ids);
    choice.recommended = decision::recommendedSet(s);
    choice.reason = reason;
    s.committee.choice = choice;
    return s;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
#define EXPECT_HAS(text, part) \
    EXPECT_TRUE(contains(text, part)) << "missing: " << (part) << "\nin: " << (text)
#define EXPECT_HAS_NOT(text, part) \
    EXPECT_FALSE(contains(text, part)) << "unexpected: " << (part) << "\nin: " << (text)

std::string pct(double share, i18n::Lang lang) {
    return i18n::formatPercent(100 * share, 0, lang);
}

TEST(DecisionNote, TheFixtureRanksAsComputedByHand) {
    const decision::Outcome o = decision::decide(district());
    ASSERT_FALSE(o.problem);
    ASSERT_EQ(o.ranking.ranked.size(), 15u);  // 6 municipalities, 2 places
    EXPECT_EQ(o.recommendation, (std::vector<std::int64_t>{1, 5}));
    EXPECT_NEAR(o.ranking.stability[0].lower, 0.25 / 1.6525, 0.003);
    EXPECT_NEAR(o.ranking.stability[0].upper, 1.1667 / 2.2186, 0.003);
    ASSERT_TRUE(o.input.kendallW);
    EXPECT_NEAR(*o.input.kendallW, 0.921875, 1e-9);
}

TEST(DecisionNote, WithoutAChoiceOneParagraphNamesTheRecommendation) {
    const domain::ProjectState s = district();
    const auto de = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(de.paragraphs.size(), 1u);
    EXPECT_EQ(de.paragraphs[0],
              "Das Gremium hat noch keine Auswahl beschlossen. Der Vermerk wird "
              "entworfen, sobald der Beschluss erfasst ist. Die Empfehlung des "
              "Programms ist derzeit B-01 + B-05.");
    const auto en = print::draftDecisionNote(s, i18n::Lang::En);
    ASSERT_EQ(en.paragraphs.size(), 1u);
    EXPECT_HAS(en.paragraphs[0], "has not decided on a set yet");
    EXPECT_HAS(en.paragraphs[0], "currently recommends B-01 + B-05.");
}

TEST(DecisionNote, DeviatingChoiceInGerman) {
    const domain::ProjectState s = withChoice(district(), {2, 5}, kReason);
    const decision::Outcome o = decision::decide(s);
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 6u) << print::joined(note);
    const auto& p = note.paragraphs;

    // 1. The decision, the recommendation it departs from and the reason, quoted.
    EXPECT_HAS(p[0],
               "Das Gremium hat beschlossen, 2 Orte zu fördern: B-02 „Treff Nordost“ "
               "(Nordost) und B-05 „Treff Südwest“ (Südwest).");
    EXPECT_HAS(p[0],
               "weicht damit von der Empfehlung des Programms ab, der besten Auswahl unter "
               "den festgelegten Gewichten (B-01 + B-05).");
    EXPECT_HAS(p[0], "Begründung des Gremiums: „" + kReason + "“");
    EXPECT_HAS_NOT(p[0], "heute wäre");

    // 2. Why: merit (4 + 3.5) / 2, people reached as the pipeline measured them, distance
    // between (15, 25) and (5, 5) km, the two regions, rank 2 of 15.
    std::size_t row = 0;
    while (o.ranking.ranked[row].rank != 2) ++row;
    EXPECT_EQ(decision::setIds(o.input, o.ranking.ranked[row]), (std::vector<std::int64_t>{2, 5}));
    const double share = o.ranking.ranked[row].measures.coverageShare;
    EXPECT_NEAR(share, 0.785 * 60000 / 112000, 0.002);
    EXPECT_HAS(p[1], "Ihre Leistung beträgt 3,75 von 5");
    EXPECT_HAS(p[1], "Im Umkreis von 5 km ihrer Standorte wohnen " +
                         i18n::formatInteger(std::llround(o.ranking.coveredPopulation[row]),
                                             i18n::Lang::De) +
                         " Menschen, " + i18n::formatPercent(100 * share, 1, i18n::Lang::De) +
                         " der Bevölkerung des Kreises.");
    EXPECT_HAS(p[1],
               "mindestens 22,4 km auseinander und verteilen sich auf 2 von 3 Regionen "
               "(Nordkreis und Südkreis).");
    EXPECT_HAS(p[1], "Gesamtwert " +
                         i18n::formatDecimal(o.ranking.ranked[row].total, 2, i18n::Lang::De) +
                         " und steht auf Rang 2 von 15 zulässigen Auswahlen.");

    // 3. The best sets by merit alone and by Verteilung alone, and the recommendation's figures.
    EXPECT_HAS(p[2],
               "Nach der Leistung allein (ohne Gewicht der Verteilung) wäre B-01 + B-02 die "
               "beste Auswahl: Leistung 4,33,");
    EXPECT_HAS(p[2],
               "Nach der Verteilung allein wäre B-05 + B-06 die beste Auswahl: Leistung 2,92,");
    EXPECT_HAS(p[2], "Die Empfehlung B-01 + B-05 hat Leistung 4,08,");

    // 4. The stability range of the Verteilung weight, as the pipeline computed it: 15–53 %.
    const decision::WeightRange& v = o.ranking.stability[0];
    const i18n::Lang de = i18n::Lang::De;
    EXPECT_EQ(pct(v.lower, de) + " " + pct(v.upper, de), "15\u00A0% 53\u00A0%");
    EXPECT_HAS(p[3],
               "Die Empfehlung bleibt bestehen, solange das Gewicht der Verteilung zwischen " +
                   pct(v.lower, de) + " und " + pct(v.upper, de) + " liegt (derzeit 38\u00A0%)");
    const decision::WeightRange& actors = o.ranking.stability[1];  // 0 up to the upper bound
    EXPECT_LE(actors.lower, 1e-9);
    EXPECT_HAS(p[3], "Akteure höchstens " + pct(actors.upper, de) +
                         " (derzeit 13\u00A0%); Zusammensetzung");
    EXPECT_HAS(p[3], "Bei 2.000 zufälligen Gewichtungen liegt die Empfehlung in " +
                         i18n::formatPercent(100 * o.ranking.ranked.front().acceptability, 1, de) +
                         " der Fälle vorn.");
    EXPECT_EQ(o.ranking.ranked[row].acceptability, 0);
    EXPECT_HAS(p[3], "Die beschlossene Auswahl liegt bei keiner davon vorn.");

    // 5. Agreement: W = 0.92, "nahezu vollständig einig".
    EXPECT_HAS(p[4], "3 Mitglieder haben bewertet (85 zählende Bewertungen).");
    EXPECT_HAS(p[4],
               "Die Mitglieder sind sich in der Reihenfolge der Bewerbungen nahezu "
               "vollständig einig (Kendalls W = 0,92).");

    // 6. The recusal, by name, and that it concerns a chosen place.
    EXPECT_HAS(p[5], "Carla Conrads war bei B-05 befangen und hat sie nicht bewertet.");
    EXPECT_HAS(p[5], "B-05 gehört zur beschlossenen Auswahl;");

    EXPECT_EQ(print::joined(note),
              p[0] + "\n\n" + p[1] + "\n\n" + p[2] + "\n\n" + p[3] + "\n\n" + p[4] + "\n\n" + p[5]);
}

TEST(DecisionNote, DeviatingChoiceInEnglishThroughTheUiLanguage) {
    const domain::ProjectState s = withChoice(district(), {2, 5}, kReason);
    i18n::setLanguage(i18n::Lang::En);
    const auto note = print::draftDecisionNote(s);  // the UI language
    i18n::setLanguage(i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 6u);
    const std::string text = print::joined(note);
    EXPECT_HAS(text,
               "The committee decided to fund 2 places: B-02 “Treff Nordost” (Nordost) and "
               "B-05 “Treff Südwest” (Südwest).");
    EXPECT_HAS(text,
               "departs from the program's recommendation, the best set under the weights set "
               "(B-01 + B-05).");
    EXPECT_HAS(text, "The committee's reason: “" + kReason + "”");
    EXPECT_HAS(text, "Its merit is 3.75 out of 5");
    EXPECT_HAS(text, "22.4 km apart and spread over 2 of 3 regions (Nordkreis and Südkreis)");
    EXPECT_HAS(text,
               "By merit alone (the spread weighing nothing), B-01 + B-02 would be the best set: "
               "merit 4.33");
    EXPECT_HAS(text, "By the spread alone, B-05 + B-06 would be the best set: merit 2.92");
    EXPECT_HAS(text, "as long as the weight of the spread lies between 15% and 53% (now 38%)");
    EXPECT_HAS(text, "Under 2,000 random weightings");
    EXPECT_HAS(text, "3 members scored (85 scores that count).");
    EXPECT_HAS(
        text,
        "in almost complete agreement on the order of the applications (Kendall's W = 0.92).");
    EXPECT_HAS(text, "Carla Conrads had a conflict of interest for B-05 and did not score it.");
    for (const char* german : {"Empfehlung", "Gremium", "Leistung", "befangen", "Bewertung"})
        EXPECT_HAS_NOT(text, german);
}

TEST(DecisionNote, FollowedChoiceQuotesTheRemarkAndHasNoDeviation) {
    const domain::ProjectState s = withChoice(district(), {1, 5}, "  Einstimmig.  ");
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 6u);
    const auto& p = note.paragraphs;
    EXPECT_HAS(p[0], "Es folgt damit der Empfehlung des Programms");
    EXPECT_HAS(p[0], "Anmerkung des Gremiums: „Einstimmig.“");
    EXPECT_HAS_NOT(p[0], "Begründung");
    EXPECT_HAS(p[1], "Rang 1 von 15");
    EXPECT_HAS(p[1], "Ihre Leistung beträgt 4,08 von 5");
    EXPECT_HAS_NOT(p[2], "Die Empfehlung B-01 + B-05 hat");  // no comparison with itself
    EXPECT_HAS_NOT(p[3], "Die beschlossene Auswahl liegt in");
}

TEST(DecisionNote, AChoiceThatIsTheBestByMeritSaysSo) {
    const domain::ProjectState s = withChoice(district(), {1, 2}, "Die stärksten Bewerbungen");
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 6u);
    EXPECT_HAS(note.paragraphs[2],
               "Auch nach der Leistung allein (ohne Gewicht der Verteilung) "
               "wäre sie die beste Auswahl.");
    EXPECT_HAS_NOT(note.paragraphs[2], "wäre B-01 + B-02");
    EXPECT_HAS(note.paragraphs[1], "verteilen sich auf 1 von 3 Regionen (Nordkreis).");
}

TEST(DecisionNote, VerteilungOnlyHasALowerBound) {
    domain::ProjectState s = district();
    s.committee.settings.weights = {1, 0, 0, 0, 0, 0};
    s = withChoice(s, {5, 6}, "");
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 6u);
    EXPECT_HAS(note.paragraphs[2], "Auch nach der Verteilung allein wäre sie die beste Auswahl.");
    const decision::WeightRange v = decision::decide(s).ranking.stability[0];
    EXPECT_GE(v.upper, 1 - 1e-9);
    EXPECT_HAS(note.paragraphs[3], "solange das Gewicht der Verteilung mindestens " +
                                       pct(v.lower, i18n::Lang::De) +
                                       " beträgt (derzeit 100\u00A0%)");
    const auto en = print::draftDecisionNote(s, i18n::Lang::En);
    EXPECT_HAS(en.paragraphs[3], "as long as the weight of the spread is at least " +
                                     pct(v.lower, i18n::Lang::En) + " (now 100%)");
}

TEST(DecisionNote, TodaysRecommendationDiffersFromTheRecordedOne) {
    domain::ProjectState s = withChoice(district(), {1, 5}, "");
    s.committee.settings.weights = {0, 1, 1, 1, 1, 1};  // edited after the decision: merit only
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    EXPECT_HAS(note.paragraphs[0], "Es folgt damit der Empfehlung");
    EXPECT_HAS(note.paragraphs[0], "heute wäre B-01 + B-02 die Empfehlung.");
    // The figures are today's: the recommendation is now the best set by merit, named above.
    EXPECT_HAS(note.paragraphs[2],
               "Die Empfehlung B-01 + B-02 hat den Gesamtwert 4,33 (die "
               "beschlossene Auswahl: 4,08).");
}

TEST(DecisionNote, AgreementCannotBeMeasuredWithOneMemberOrNoScores) {
    domain::ProjectState s = withChoice(district(), {1, 5}, "");
    std::erase_if(s.committee.scores, [](const decision::Score& sc) { return sc.member != 1; });
    const auto one = print::draftDecisionNote(s, i18n::Lang::De);
    EXPECT_HAS(one.paragraphs[4], "1 Mitglied hat bewertet (30 zählende Bewertungen).");
    EXPECT_HAS(one.paragraphs[4],
               "lässt sich nicht messen: Dazu müssen mindestens zwei Mitglieder bewerten.");
    EXPECT_HAS_NOT(one.paragraphs[4], "Kendalls W =");
    const auto en = print::draftDecisionNote(s, i18n::Lang::En);
    EXPECT_HAS(en.paragraphs[4], "cannot be measured: that needs at least two members who scored.");

    s.committee.scores.clear();
    const auto none = print::draftDecisionNote(s, i18n::Lang::De);
    EXPECT_HAS(none.paragraphs[4], "Noch hat kein Mitglied bewertet");
}

TEST(DecisionNote, AgreementBands) {
    using print::agreementInWords;
    const i18n::Lang de = i18n::Lang::De, en = i18n::Lang::En;
    EXPECT_EQ(agreementInWords(0.0, de), "praktisch nicht einig");
    EXPECT_EQ(agreementInWords(0.094, de), "praktisch nicht einig");
    EXPECT_EQ(agreementInWords(0.096, de), "wenig einig");  // printed 0,10
    EXPECT_EQ(agreementInWords(0.3, de), "teilweise einig");
    EXPECT_EQ(agreementInWords(0.55, de), "überwiegend einig");
    EXPECT_EQ(agreementInWords(0.78, de), "weitgehend einig");
    EXPECT_EQ(agreementInWords(0.897, de), "nahezu vollständig einig");  // printed 0,90
    EXPECT_EQ(agreementInWords(1.0, de), "nahezu vollständig einig");
    EXPECT_EQ(agreementInWords(0.78, en), "largely in agreement");
    EXPECT_EQ(agreementInWords(0.2, en), "in little agreement");
}

TEST(DecisionNote, NoRecusalsAndAChoiceOutsideTheRanking) {
    domain::ProjectState s = district();
    s.committee.recusals.clear();
    s.applications[5].formComplete = false;  // B-06 no longer eligible
    s = withChoice(s, {5, 6}, "Südost braucht den Ort am meisten.");
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 6u);
    EXPECT_HAS(note.paragraphs[1], "B-06 geht nicht in die Rangfolge ein");
    EXPECT_HAS(note.paragraphs[5], "Kein Mitglied hat sich für befangen erklärt.");
}

TEST(DecisionNote, UnrankableProjectSaysWhy) {
    domain::ProjectState s = district();
    s.call.placesFunded = 7;  // more places than municipalities
    s.committee.choice = domain::Choice();
    s.committee.choice->applications = {1, 2, 3, 4, 5, 6};
    s.committee.choice->reason = "Alle";
    const auto note = print::draftDecisionNote(s, i18n::Lang::De);
    ASSERT_EQ(note.paragraphs.size(), 4u) << print::joined(note);  // no comparison, no stability
    EXPECT_HAS(note.paragraphs[0], "Beim Beschluss gab es keine Empfehlung des Programms.");
    EXPECT_HAS(note.paragraphs[0], "Begründung des Gremiums: „Alle“");
    EXPECT_HAS(note.paragraphs[1], "Eine Rangfolge der Auswahlen gibt es nicht: ");
}

}  // namespace

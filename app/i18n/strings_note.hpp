#pragma once
// Part of the string catalogue (strings.hpp): the decision note (Vermerk), print/decision_note.hpp.

#include "app/i18n/language.hpp"

namespace i18n::text {

// No choice recorded yet: the draft is this one paragraph ({1}: the recommendation's Nrs).
inline constexpr Str kNoteNoChoice {"Das Gremium hat noch keine Auswahl beschlossen. Der Vermerk wird entworfen, sobald der Beschluss erfasst ist.", "The committee has not decided on a set yet. The note is drafted once the decision is recorded."};
inline constexpr Str kNoteNoChoiceRecommendation {"Die Empfehlung des Programms ist derzeit {1}.", "The program currently recommends {1}."};

// The decision ({1}: "2 Orte", {2}: the applications, "B-01 „Title“ (Düren)" joined with "und").
inline constexpr Plural kNotePlaces {{"{1} Ort", "{1} place"}, {"{1} Orte", "{1} places"}};
inline constexpr Str kNoteChosen {"Das Gremium hat beschlossen, {1} zu fördern: {2}.", "The committee decided to fund {1}: {2}."};
inline constexpr Str kNoteFollowed {"Es folgt damit der Empfehlung des Programms, der besten Auswahl unter den festgelegten Gewichten.", "It thereby follows the program's recommendation, the best set under the weights set."};
inline constexpr Str kNoteDeviates {"Es weicht damit von der Empfehlung des Programms ab, der besten Auswahl unter den festgelegten Gewichten ({1}).", "It thereby departs from the program's recommendation, the best set under the weights set ({1})."};
inline constexpr Str kNoteReason {"Begründung des Gremiums: „{1}“", "The committee's reason: “{1}”"};
inline constexpr Str kNoteRemark {"Anmerkung des Gremiums: „{1}“", "The committee's remark: “{1}”"};
inline constexpr Str kNoteNoRecommendationThen {"Beim Beschluss gab es keine Empfehlung des Programms.", "There was no recommendation by the program when the decision was taken."};
inline constexpr Str kNoteRecommendationChanged {"Nach dem Beschluss wurden Bewertungen oder Einstellungen geändert; heute wäre {1} die Empfehlung. Die Zahlen unten gelten für den heutigen Stand.", "Scores or settings were changed after the decision; today the recommendation would be {1}. The figures below are today's."};
inline constexpr Str kNoteAnd {" und ", " and "};

// Why this set: merit, people reached, distance, regions, rank.
inline constexpr Str kNoteMerit {"Ihre Leistung beträgt {1} von 5 (Mittel der gewichteten Bewertungen ihrer Orte).", "Its merit is {1} out of 5 (the mean of its places' weighted scores)."};
inline constexpr Str kNoteReached {"Im Umkreis von {1} km ihrer Standorte wohnen {2} Menschen, {3} der Bevölkerung des Kreises.", "{2} people live within {1} km of its sites, {3} of the district's population."};
inline constexpr Str kNoteDistanceRegions {"Die Standorte liegen mindestens {1} km auseinander und verteilen sich auf {2} von {3} Regionen ({4}).", "The sites are at least {1} km apart and spread over {2} of {3} regions ({4})."};
inline constexpr Str kNoteOneRegion {"Der Standort liegt in der Region {1}.", "The site lies in the region {1}."};
inline constexpr Str kNoteRank {"Unter den festgelegten Gewichten hat sie den Gesamtwert {1} und steht auf Rang {2} von {3} zulässigen Auswahlen.", "Under the weights set its total is {1}, rank {2} of {3} admissible sets."};
inline constexpr Str kNoteNotListed {"Sie ist nicht unter den {1} besten Auswahlen, die der Optimierer gefunden hat.", "It is not among the {1} best sets the solver found."};
inline constexpr Str kNoteNotCandidate {"{1} geht nicht in die Rangfolge ein (nicht förderfähig oder ohne Standort); Kennzahlen der Auswahl gibt es daher nicht.", "{1} takes no part in the ranking (not eligible or without a site), so the set has no figures."};
inline constexpr Str kNoteNoRanking {"Eine Rangfolge der Auswahlen gibt es nicht: {1}", "There is no ranking of the sets: {1}"};

// The comparison ({2}: merit, {3}: kNoteReachedShort or kNoteDistanceShort).
inline constexpr Str kNoteMeritBest {"Nach der Leistung allein (ohne Gewicht der Verteilung) wäre {1} die beste Auswahl: Leistung {2}, {3}.", "By merit alone (the spread weighing nothing), {1} would be the best set: merit {2}, {3}."};
inline constexpr Str kNoteMeritBestSame {"Auch nach der Leistung allein (ohne Gewicht der Verteilung) wäre sie die beste Auswahl.", "By merit alone (the spread weighing nothing) it would be the best set as well."};
inline constexpr Str kNoteSpreadBest {"Nach der Verteilung allein wäre {1} die beste Auswahl: Leistung {2}, {3}.", "By the spread alone, {1} would be the best set: merit {2}, {3}."};
inline constexpr Str kNoteSpreadBestSame {"Auch nach der Verteilung allein wäre sie die beste Auswahl.", "By the spread alone it would be the best set as well."};
inline constexpr Str kNoteReachedShort {"{1} Menschen im Umkreis ({2})", "{1} people within the radius ({2})"};
inline constexpr Str kNoteDistanceShort {"Standorte mindestens {1} km auseinander", "sites at least {1} km apart"};
inline constexpr Str kNoteRecommendedFacts {"Die Empfehlung {1} hat Leistung {2}, {3} und den Gesamtwert {4} (die beschlossene Auswahl: {5}).", "The recommendation {1} has merit {2}, {3} and a total of {4} (the chosen set: {5})."};
inline constexpr Str kNoteRecommendedTotal {"Die Empfehlung {1} hat den Gesamtwert {2} (die beschlossene Auswahl: {3}).", "The recommendation {1} has a total of {2} (the chosen set: {3})."};

// What would change the recommendation: the stability ranges of its weights. Verteilung gets a
// sentence, each other criterion its short name followed by a kNoteRange* item.
inline constexpr Str kNoteStableSpread {"Die Empfehlung bleibt bestehen, solange das Gewicht der Verteilung zwischen {1} und {2} liegt (derzeit {3}) und die übrigen Gewichte im gleichen Verhältnis bleiben.", "The recommendation stands as long as the weight of the spread lies between {1} and {2} (now {3}) and the other weights keep their proportions."};
inline constexpr Str kNoteStableSpreadAtLeast {"Die Empfehlung bleibt bestehen, solange das Gewicht der Verteilung mindestens {1} beträgt (derzeit {2}) und die übrigen Gewichte im gleichen Verhältnis bleiben.", "The recommendation stands as long as the weight of the spread is at least {1} (now {2}) and the other weights keep their proportions."};
inline constexpr Str kNoteStableSpreadAtMost {"Die Empfehlung bleibt bestehen, solange das Gewicht der Verteilung höchstens {1} beträgt (derzeit {2}) und die übrigen Gewichte im gleichen Verhältnis bleiben.", "The recommendation stands as long as the weight of the spread is at most {1} (now {2}) and the other weights keep their proportions."};
inline constexpr Str kNoteStableSpreadAny {"Die Empfehlung hängt nicht vom Gewicht der Verteilung ab: Sie bleibt bei jedem Gewicht vorn (derzeit {1}).", "The recommendation does not depend on the weight of the spread: it stays first at any weight (now {1})."};
inline constexpr Str kNoteStableSpreadFixed {"Die Empfehlung liegt nur beim jetzigen Gewicht der Verteilung ({1}) vorn; jede Änderung kann sie ändern.", "The recommendation comes first only at the present weight of the spread ({1}); any change may change it."};
inline constexpr Str kNoteStableOthers {"Für die übrigen Kriterien gilt entsprechend: {1}.", "For the other criteria likewise: {1}."};
inline constexpr Str kNoteRangeItem {"{1} bis {2} (derzeit {3})", "{1} to {2} (now {3})"};
inline constexpr Str kNoteRangeAtLeast {"mindestens {1} (derzeit {2})", "at least {1} (now {2})"};
inline constexpr Str kNoteRangeAtMost {"höchstens {1} (derzeit {2})", "at most {1} (now {2})"};
inline constexpr Str kNoteRangeAny {"beliebig (derzeit {1})", "any (now {1})"};
inline constexpr Str kNoteRangeFixed {"nur genau {1}", "only exactly {1}"};
inline constexpr Str kNoteOnlyOneSet {"Es gibt nur eine zulässige Auswahl; die Gewichte ändern an der Empfehlung nichts.", "There is only one admissible set; the weights do not change the recommendation."};
inline constexpr Str kNoteStabilityIncomplete {"Der Optimierer hat die Bereiche nicht in der Zeitgrenze abgeschlossen; sie sind höchstens so weit wie angegeben.", "The solver did not finish the ranges within its time bound; they are at most as wide as given."};
inline constexpr Str kNoteAcceptability {"Bei {1} zufälligen Gewichtungen liegt die Empfehlung in {2} der Fälle vorn.", "Under {1} random weightings the recommendation comes first in {2} of the cases."};
inline constexpr Str kNoteAcceptabilityChosen {"Die beschlossene Auswahl liegt in {1} der Fälle vorn.", "The chosen set comes first in {1} of the cases."};
inline constexpr Str kNoteAcceptabilityChosenNever {"Die beschlossene Auswahl liegt bei keiner davon vorn.", "The chosen set comes first under none of them."};

// The committee's agreement: Kendall's W in words (bands in print/decision_note.hpp); {2} of
// kNoteScoredBy: kRepCountingScores.
inline constexpr Str kNoteAgreement {"Die Mitglieder sind sich in der Reihenfolge der Bewerbungen {1} (Kendalls W = {2}).", "The members are {1} on the order of the applications (Kendall's W = {2})."};
inline constexpr Str kNoteAgreeNone {"praktisch nicht einig", "practically not in agreement"};
inline constexpr Str kNoteAgreeLittle {"wenig einig", "in little agreement"};
inline constexpr Str kNoteAgreePartly {"teilweise einig", "partly in agreement"};
inline constexpr Str kNoteAgreeMostly {"überwiegend einig", "mostly in agreement"};
inline constexpr Str kNoteAgreeLargely {"weitgehend einig", "largely in agreement"};
inline constexpr Str kNoteAgreeFully {"nahezu vollständig einig", "in almost complete agreement"};
inline constexpr Plural kNoteScoredBy {{"{1} Mitglied hat bewertet ({2}).", "{1} member scored ({2})."}, {"{1} Mitglieder haben bewertet ({2}).", "{1} members scored ({2})."}};
inline constexpr Str kNoteNoScores {"Noch hat kein Mitglied bewertet: Die Leistung aller Bewerbungen ist 0, die Auswahl folgt allein der Verteilung.", "No member has scored yet: every application's merit is 0, the set follows the spread alone."};
inline constexpr Str kNoteAgreementTooFew {"Wie einig sich das Gremium ist, lässt sich nicht messen: Dazu müssen mindestens zwei Mitglieder bewerten.", "The committee's agreement cannot be measured: that needs at least two members who scored."};
inline constexpr Str kNoteAgreementUndefined {"Wie einig sich das Gremium ist, lässt sich nicht messen: Kendalls W braucht mindestens zwei Mitglieder, die jede Bewerbung bewertet haben (wer bei einer befangen ist, zählt nicht mit) und nicht alle gleich bewerten.", "The committee's agreement cannot be measured: Kendall's W needs at least two members who scored every application (a member with a conflict of interest for one does not count) and not all of them alike."};

// Conflicts of interest ({1}: the member, {2}: the Nrs).
inline constexpr Str kNoteNoRecusals {"Kein Mitglied hat sich für befangen erklärt.", "No member declared a conflict of interest."};
inline constexpr Plural kNoteRecusal {{"{1} war bei {2} befangen und hat sie nicht bewertet.", "{1} had a conflict of interest for {2} and did not score it."}, {"{1} war bei {2} befangen und hat sie nicht bewertet.", "{1} had a conflict of interest for {2} and did not score them."}};
inline constexpr Plural kNoteRecusedChosen {{"{1} gehört zur beschlossenen Auswahl; ihre Leistung beruht nur auf den Bewertungen der nicht befangenen Mitglieder.", "{1} is part of the chosen set; its merit rests on the scores of the members without a conflict only."}, {"{1} gehören zur beschlossenen Auswahl; ihre Leistung beruht nur auf den Bewertungen der nicht befangenen Mitglieder.", "{1} are part of the chosen set; their merit rests on the scores of the members without a conflict only."}};

}  // namespace i18n::text

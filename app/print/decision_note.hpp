#pragma once
// The draft of the decision note (Vermerk): the written reasoning for the file, drafted from
// the numbers after the committee has recorded its choice. The committee edits it before it
// goes into the report; its own words, once stored, take precedence over the draft, which is
// only their starting point (this module stores nothing).
//
// Every number comes from the one pipeline (decision::decide on the stored settings) and, for
// the two comparisons, from a decision::Ranker re-ranking the same input under other weights;
// every word comes from the catalogue (i18n/strings_note.hpp).

#include <string>
#include <vector>

#include "app/domain/project_state.hpp"
#include "app/i18n/language.hpp"

namespace print {

struct DecisionNoteDraft {
    std::vector<std::string> paragraphs;  // plain text, no empty paragraph
};

// Drafts the note in `lang`.
//
// Without a recorded choice: one paragraph saying so (and naming the current recommendation
// when there is one). With a choice, in this order:
//   1. the decision: the chosen applications (Nr, title, municipality); whether it follows the
//      recommendation recorded beside the choice or departs from it, with the recorded reason
//      quoted (a remark recorded with a followed choice is quoted too); a note when today's
//      recommendation differs from the recorded one (scores or settings edited since).
//   2. why this set: its merit (mean of its places' merits under the stored weights), the
//      people within the radius of its sites and their share of the district, the shortest
//      distance between its sites, the regions it covers, its total and rank. When the
//      project cannot be ranked, this paragraph gives the reason instead (and 3 and 4 are
//      left out); when the choice holds an application that is no candidate, it says so.
//   3. the comparison: the best set by merit alone (the Verteilung weight set to 0, the other
//      weights in their proportions; ties broken by Verteilung) and by Verteilung alone, each
//      with its merit and its people reached (or, with Verteilung by distance, the shortest
//      distance); when the choice is not today's recommendation, also the recommendation's
//      figures and total (only its total when it is one of the two sets just named).
//   4. what would change the recommendation: the stability range of the Verteilung weight
//      ("Die Empfehlung bleibt bestehen, solange das Gewicht der Verteilung zwischen 12 % und
//      41 % liegt …"; "mindestens" / "höchstens" where a bound is 100 % or 0 %, "bei jedem
//      Gewicht" for both), then the ranges of the five scored criteria, and the rank
//      acceptability of the recommendation (and of a deviating choice) when the sensitivity
//      draws were made. The ranges are today's recommendation's (ProjectRanking::stability).
//      Weights are whole percents (one decimal where whole percents would make a range look
//      empty).
//   5. the committee's agreement: how many members scored, Kendall's W in words
//      (agreementInWords); when fewer than two members scored, or W is undefined, that the
//      agreement cannot be measured.
//   6. conflicts of interest: each recused member by name with the Nrs, and which of those
//      applications are part of the chosen set; or that nobody declared one.
// Numbers in the language's format (i18n/format.hpp). Deterministic for a state (the
// sensitivity draws use the settings' seed). Costs one ranking more than decide() (the
// comparisons re-rank on a second Ranker).
DecisionNoteDraft draftDecisionNote(const domain::ProjectState& state,
                                    i18n::Lang lang = i18n::language());

// The paragraphs joined by a blank line ("\n\n"), as a text field or the report takes them.
std::string joined(const DecisionNoteDraft& draft);

// Kendall's W (0–1) in words, in the bands of Schmidt (1997) for W:
//   W < 0.1 "praktisch nicht einig" / "practically not in agreement",
//   0.1 ≤ W < 0.3 "wenig einig" / "in little agreement",
//   0.3 ≤ W < 0.5 "teilweise einig" / "partly in agreement",
//   0.5 ≤ W < 0.7 "überwiegend einig" / "mostly in agreement",
//   0.7 ≤ W < 0.9 "weitgehend einig" / "largely in agreement",
//   W ≥ 0.9 "nahezu vollständig einig" / "in almost complete agreement".
// The band is taken on W rounded to the two decimals that are printed beside it.
std::string agreementInWords(double w, i18n::Lang lang = i18n::language());

}  // namespace print

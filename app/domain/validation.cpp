#include "app/domain/validation.hpp"

#include "app/domain/rules.hpp"

namespace domain {

namespace {
// Blanks alone are no Nr and no title: the import trims its cells, so the form must not
// store what a spreadsheet cell would refuse.
bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\n\v\f\r") == std::string::npos;
}
}  // namespace

std::vector<Problem> validateApplication(const Application& a, const ProjectState& state) {
    std::vector<Problem> problems;
    auto add = [&](ProblemCode code, const char* field, std::vector<std::string> args = {}) {
        problems.push_back({code, field, std::move(args)});
    };
    if (blank(a.nr))
        add(ProblemCode::NrMissing, "nr");
    else if (nrTaken(state.applications, a.nr, a.id))
        add(ProblemCode::NrTaken, "nr", {a.nr});
    // No Kommune yet is allowed (a new application until one is chosen; eligibility then
    // fails), a Kommune outside the district is not.
    if (!a.municipalityAgs.empty() && !state.map.byAgs(a.municipalityAgs))
        add(ProblemCode::MunicipalityUnknown, "kommune_ags", {a.municipalityAgs});
    if (blank(a.title)) add(ProblemCode::TitleMissing, "titel");
    if (a.site && !eastingInRange(a.site->x))
        add(ProblemCode::EastingOutOfRange, "standort", {shownNumber(a.site->x)});
    if (a.site && !northingInRange(a.site->y))
        add(ProblemCode::NorthingOutOfRange, "standort", {shownNumber(a.site->y)});
    auto number = [&](double value, NumberKind kind, const char* field) {
        if (auto p = numberProblem(value, kind, field, shownNumber(value)))
            problems.push_back(std::move(*p));
    };
    number(a.actorsNow, NumberKind::Count, "akteure_aktuell");
    number(a.actorsTarget, NumberKind::Count, "akteure_ziel");
    number(a.staffHoursPerWeek, NumberKind::Hours, "hauptamt_std_woche");
    number(a.openingHoursPerWeek, NumberKind::Hours, "oeffnungszeiten_std_woche");
    number(a.volunteers, NumberKind::Count, "ehrenamtliche");
    number(a.ownFundsEurPerYear, NumberKind::Amount, "eigenmittel_eur_jahr");
    if (!a.contactEmail.empty() && !looksLikeEmail(a.contactEmail))
        add(ProblemCode::NotAnEmail, "email", {a.contactEmail});
    if (a.status == Status::NichtFoerderfaehig && a.statusReason.empty())
        add(ProblemCode::IneligibleNeedsReason, "status_begruendung");
    return problems;
}

}  // namespace domain

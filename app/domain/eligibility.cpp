#include "app/domain/eligibility.hpp"

namespace domain {

bool Eligibility::eligible() const {
    for (const EligibilityCheck& c : checks)
        if (!c.passed) return false;
    return true;
}

std::vector<Problem> Eligibility::reasons() const {
    std::vector<Problem> out;
    for (const EligibilityCheck& c : checks)
        if (!c.passed) out.insert(out.end(), c.reasons.begin(), c.reasons.end());
    return out;
}

namespace {

EligibilityCheck deadlineCheck(const Application& a, const CallSettings& call) {
    // Both receipts count: the form by e-mail and the signed form by post, each by the deadline.
    EligibilityCheck c{EligibilityCheckKind::InTime, true, {}};
    auto check = [&](const std::optional<Date>& received, const char* channel,
                     const char* field) {
        if (!received)
            c.reasons.push_back({ProblemCode::ReceiptMissing, field, {channel}});
        else if (*received > call.deadline)
            c.reasons.push_back({ProblemCode::ReceiptLate,
                                 field,
                                 {channel, isoDate(*received), isoDate(call.deadline)}});
    };
    check(a.receivedByEmail, "email", "eingang_email");
    check(a.receivedByPost, "post", "eingang_post");
    c.passed = c.reasons.empty();
    return c;
}

}  // namespace

Eligibility assessEligibility(const Application& a, const CallSettings& call,
                              const std::optional<SiteLocation>& site,
                              const std::string& namedMunicipality) {
    Eligibility e;
    e.checks.push_back(deadlineCheck(a, call));
    EligibilityCheck complete{EligibilityCheckKind::Complete, a.formComplete, {}};
    if (!a.formComplete)
        complete.reasons.push_back(
            {ProblemCode::FormIncomplete, "formular_vollstaendig", {a.missingItems}});
    e.checks.push_back(complete);
    EligibilityCheck inside{EligibilityCheckKind::InDistrict, site.has_value(), {}};
    if (!a.site)
        inside.reasons.push_back({ProblemCode::NoSite, "standort", {}});
    else if (!site)
        inside.reasons.push_back({ProblemCode::SiteNotInDistrict, "standort", {}});
    e.checks.push_back(inside);
    const bool chosen = !a.municipalityAgs.empty();
    EligibilityCheck match{EligibilityCheckKind::MunicipalityMatches,
                           chosen && site && site->municipalityAgs == a.municipalityAgs,
                           {}};
    if (!chosen)
        match.reasons.push_back({ProblemCode::MunicipalityMissing, "kommune_ags", {}});
    else if (!site)
        match.reasons.push_back({ProblemCode::MunicipalityNotCheckable, "kommune_ags", {}});
    else if (!match.passed)
        match.reasons.push_back({ProblemCode::SiteInOtherMunicipality,
                                 "kommune_ags",
                                 {site->municipalityName, namedMunicipality}});
    e.checks.push_back(match);
    return e;
}

Eligibility assessEligibility(const ProjectState& project, const Application& a) {
    std::optional<SiteLocation> site;
    if (a.site)
        if (auto index = project.municipalityAt(*a.site)) {
            const Municipality& m = project.map.municipalities[*index];
            site = SiteLocation{m.ags, m.name};
        }
    return assessEligibility(a, project.call, site,
                             project.map.municipalityName(a.municipalityAgs));
}

std::vector<std::int64_t> ineligibleApplications(const ProjectState& project) {
    std::vector<std::int64_t> ids;
    for (const Application& a : project.applications)
        if (!assessEligibility(project, a).eligible()) ids.push_back(a.id);
    return ids;
}

}  // namespace domain

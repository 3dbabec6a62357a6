#include "app/store/eligibility.hpp"

#include "app/store/project.hpp"

namespace store {

bool Eligibility::eligible() const {
    for (const EligibilityCheck& c : checks)
        if (!c.passed) return false;
    return true;
}

std::string Eligibility::summary() const {
    std::string out;
    for (const EligibilityCheck& c : checks)
        if (!c.passed) out += (out.empty() ? "" : "; ") + c.reason;
    return out;
}

namespace {

EligibilityCheck deadlineCheck(const Application& a, const CallSettings& call) {
    // Both receipts count: the form by e-mail and the signed form by post, each by the deadline.
    EligibilityCheck c{"fristgerecht", true, ""};
    auto check = [&](const std::optional<Date>& received, const char* channel) {
        std::string problem;
        if (!received)
            problem = std::string("Eingang per ") + channel + " fehlt";
        else if (*received > call.deadline)
            problem = std::string("Eingang per ") + channel + " am " + formatDate(*received) +
                      " nach der Frist " + formatDate(call.deadline);
        if (!problem.empty()) {
            c.passed = false;
            c.reason += (c.reason.empty() ? "" : "; ") + problem;
        }
    };
    check(a.receivedByEmail, "E-Mail");
    check(a.receivedByPost, "Post");
    return c;
}

}  // namespace

Eligibility assessEligibility(const Application& a, const CallSettings& call,
                              const std::optional<SiteLocation>& site,
                              const std::string& namedMunicipality) {
    Eligibility e;
    e.checks.push_back(deadlineCheck(a, call));
    EligibilityCheck complete{"vollständig", a.formComplete, ""};
    if (!a.formComplete)
        complete.reason = "Formular unvollständig" +
                          (a.missingItems.empty() ? std::string() : ": " + a.missingItems);
    e.checks.push_back(complete);
    EligibilityCheck inside{"im Kreisgebiet", site.has_value(), ""};
    if (!a.site)
        inside.reason = "kein Standort gesetzt";
    else if (!site)
        inside.reason = "Standort liegt außerhalb des Kreises";
    e.checks.push_back(inside);
    EligibilityCheck match{"Kommune stimmt mit Standort überein",
                           site && site->municipalityAgs == a.municipalityAgs, ""};
    if (!site)
        match.reason = "Kommune nicht prüfbar ohne Standort im Kreis";
    else if (!match.passed)
        match.reason =
            "Standort liegt in " + site->municipalityName + ", genannt ist " + namedMunicipality;
    e.checks.push_back(match);
    return e;
}

Eligibility assessEligibility(const Project& project, const Application& a) {
    std::optional<SiteLocation> site;
    if (a.site)
        if (auto index = project.municipalityAt(*a.site)) {
            const Municipality& m = project.map().municipalities[*index];
            site = SiteLocation{m.ags, m.name};
        }
    std::string named = a.municipalityAgs;
    for (const Municipality& m : project.map().municipalities)
        if (m.ags == a.municipalityAgs) named = m.name;
    return assessEligibility(a, project.call(), site, named);
}

std::vector<std::int64_t> ineligibleApplications(const Project& project) {
    std::vector<std::int64_t> ids;
    for (const Application& a : project.applications())
        if (!assessEligibility(project, a).eligible()) ids.push_back(a.id);
    return ids;
}

}  // namespace store

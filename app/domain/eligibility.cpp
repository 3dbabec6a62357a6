#include "app/domain/eligibility.hpp"

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"


namespace domain {

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
    // Names and reasons are in the current language (i18n), German by default.
    EligibilityCheck c{i18n::text::kCheckInTime.str(), true, ""};
    auto shown = [](const Date& d) { return i18n::formatIsoDate(isoDate(d)); };
    auto check = [&](const std::optional<Date>& received, const char* channel) {
        std::string problem;
        if (!received)
            problem = i18n::fill(i18n::text::kReceiptMissing, {channel});
        else if (*received > call.deadline)
            problem = i18n::fill(i18n::text::kReceiptLate,
                                 {channel, shown(*received), shown(call.deadline)});
        if (!problem.empty()) {
            c.passed = false;
            c.reason += (c.reason.empty() ? "" : "; ") + problem;
        }
    };
    check(a.receivedByEmail, i18n::text::kChannelEmail);
    check(a.receivedByPost, i18n::text::kChannelPost);
    return c;
}

}  // namespace

Eligibility assessEligibility(const Application& a, const CallSettings& call,
                              const std::optional<SiteLocation>& site,
                              const std::string& namedMunicipality) {
    Eligibility e;
    e.checks.push_back(deadlineCheck(a, call));
    EligibilityCheck complete{i18n::text::kCheckComplete.str(), a.formComplete, ""};
    if (!a.formComplete)
        complete.reason = i18n::text::kFormIncomplete.str() +
                          (a.missingItems.empty() ? std::string() : ": " + a.missingItems);
    e.checks.push_back(complete);
    EligibilityCheck inside{i18n::text::kCheckInDistrict.str(), site.has_value(), ""};
    if (!a.site)
        inside.reason = i18n::text::kNoSiteSet.str();
    else if (!site)
        inside.reason = i18n::text::kSiteOutsideDistrict.str();
    e.checks.push_back(inside);
    EligibilityCheck match{i18n::text::kCheckMunicipalityMatches.str(),
                           site && site->municipalityAgs == a.municipalityAgs, ""};
    if (!site)
        match.reason = i18n::text::kMunicipalityNotCheckable.str();
    else if (!match.passed)
        match.reason = i18n::fill(i18n::text::kSiteInOtherMunicipality,
                                  {site->municipalityName, namedMunicipality});
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
    std::string named = a.municipalityAgs;
    for (const Municipality& m : project.map.municipalities)
        if (m.ags == a.municipalityAgs) named = m.name;
    return assessEligibility(a, project.call, site, named);
}

std::vector<std::int64_t> ineligibleApplications(const ProjectState& project) {
    std::vector<std::int64_t> ids;
    for (const Application& a : project.applications)
        if (!assessEligibility(project, a).eligible()) ids.push_back(a.id);
    return ids;
}

}  // namespace domain

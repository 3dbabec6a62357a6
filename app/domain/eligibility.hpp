#pragma once
// Formal eligibility of an application for the call, computed and explained: each check says
// whether it passed and, if not, why, as problem codes with parameters (the words come from
// app/i18n/problem_text.hpp). Pure rules on plain data; the caller supplies where the site lies
// (point in polygon).

#include <optional>
#include <string>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/call_settings.hpp"
#include "app/domain/problem.hpp"
#include "app/domain/project_state.hpp"

namespace domain {

// The four formal checks, in the order they are shown.
enum class EligibilityCheckKind {
    InTime,               // "fristgerecht": both receipts by the deadline
    Complete,             // "vollständig": the form is complete
    InDistrict,           // "im Kreisgebiet": the site lies in the district
    MunicipalityMatches,  // "Kommune stimmt mit Standort überein"
};

struct EligibilityCheck {
    EligibilityCheckKind kind{};
    bool passed = false;
    // Why it failed (ReceiptMissing, ReceiptLate, FormIncomplete, NoSite, SiteNotInDistrict,
    // MunicipalityMissing, MunicipalityNotCheckable, SiteInOtherMunicipality); empty when
    // passed. An application without a Kommune (none chosen yet) fails MunicipalityMatches
    // with MunicipalityMissing, whether or not it has a site.
    std::vector<Problem> reasons;
};

struct Eligibility {
    std::vector<EligibilityCheck> checks;
    bool eligible() const;
    // The reasons of the failed checks, in check order (i18n::eligibilitySummary joins their
    // texts with "; ").
    std::vector<Problem> reasons() const;
};

struct SiteLocation {
    std::string municipalityAgs;  // where the site lies
    std::string municipalityName;
};

// `site`: the municipality holding the application's site; nullopt when the site is missing
// or outside the district. `namedMunicipality`: the name of the municipality the application
// names (for messages).
Eligibility assessEligibility(const Application& a, const CallSettings& call,
                              const std::optional<SiteLocation>& site,
                              const std::string& namedMunicipality);

// The same with the project's boundaries.
Eligibility assessEligibility(const ProjectState& project, const Application& a);
// The ids of the project's applications that fail at least one formal check.
std::vector<std::int64_t> ineligibleApplications(const ProjectState& project);

}  // namespace domain

#include "app/i18n/display_labels.hpp"

#include <array>

#include "app/i18n/strings.hpp"

namespace i18n {

using domain::ActorKind;
using domain::ApplicantKind;
using domain::DigitalShare;
using domain::Phase;
using domain::PropertyKind;
using domain::Status;
using domain::TargetGroup;

namespace {

namespace t = i18n::text;

// One catalogue entry per enumeration value, in declared order (the enumerations are dense).
template <typename E, std::size_t N>
const char* pick(const std::array<const i18n::Str*, N>& table, E v) {
    auto i = static_cast<std::size_t>(v);
    return i < N ? table[i]->c_str() : "";
}

const std::array<const i18n::Str*, 6> kApplicantKinds = {
    &t::kApplicantKommune, &t::kApplicantWohlfahrt, &t::kApplicantVerein,
    &t::kApplicantKirche,  &t::kApplicantInitiative, &t::kApplicantSonstige};
const std::array<const i18n::Str*, 8> kPropertyKinds = {
    &t::kPropertyKita,        &t::kPropertyRefugee, &t::kPropertySchool,     &t::kPropertyCommunityHall,
    &t::kPropertyYouthCentre, &t::kPropertySenior,  &t::kPropertyStandalone, &t::kPropertyOther};
const std::array<const i18n::Str*, 3> kDigitalShares = {&t::kDigitalNone, &t::kDigitalPartly,
                                                        &t::kDigitalFully};
const std::array<const i18n::Str*, 3> kPhases = {&t::kPhaseConcept, &t::kPhaseSetup,
                                                 &t::kPhaseDevelopment};
const std::array<const i18n::Str*, 11> kActorKinds = {
    &t::kActorKommune,   &t::kActorWohlfahrt,  &t::kActorVerein,     &t::kActorKirche,
    &t::kActorSchoolKita, &t::kActorMigrantOrg, &t::kActorSeniorYouth, &t::kActorSelfHelp,
    &t::kActorBusiness,  &t::kActorIndividuals, &t::kActorOther};
const std::array<const i18n::Str*, 9> kTargetGroups = {
    &t::kGroupChildren, &t::kGroupYouth,     &t::kGroupFamilies,  &t::kGroupAdults, &t::kGroupSeniors,
    &t::kGroupDisabled, &t::kGroupNewcomers, &t::kGroupMigration, &t::kGroupOther};
const std::array<const i18n::Str*, 6> kStatuses = {
    &t::kStatusReceived, &t::kStatusInReview, &t::kStatusEligible,
    &t::kStatusIneligible, &t::kStatusSelected, &t::kStatusRejected};

const std::array<const i18n::Str*, decision::kCriteria> kCriteria = {
    &t::kCritSpread,      &t::kCritActors,       &t::kCritComposition,
    &t::kCritTargetGroups, &t::kCritOrganisation, &t::kCritLocation};
const std::array<const i18n::Str*, decision::kCriteria> kCriteriaShort = {
    &t::kCritSpreadShort,      &t::kCritActorsShort,       &t::kCritCompositionShort,
    &t::kCritTargetGroupsShort, &t::kCritOrganisationShort, &t::kCritLocationShort};

const std::array<const i18n::Str*, 2> kBudgetLines = {&t::kLineSachmittel, &t::kLineBeratung};
const std::array<const i18n::Str*, 9> kCostCategories = {
    &t::kCatBeratung,           &t::kCatBegleitung, &t::kCatOrganisation,
    &t::kCatEinzelveranstaltung, &t::kCatOeffentlichkeitsarbeit, &t::kCatSonstige,
    &t::kCatBaumassnahme,       &t::kCatAusstattung, &t::kCatEinrichtung};

}  // namespace

const char* displayLabel(domain::BudgetLine v) { return pick(kBudgetLines, v); }
const char* displayLabel(domain::CostCategory v) { return pick(kCostCategories, v); }
const char* displayLabel(ApplicantKind v) { return pick(kApplicantKinds, v); }
const char* displayLabel(PropertyKind v) { return pick(kPropertyKinds, v); }
const char* displayLabel(DigitalShare v) { return pick(kDigitalShares, v); }
const char* displayLabel(Phase v) { return pick(kPhases, v); }
const char* displayLabel(ActorKind v) { return pick(kActorKinds, v); }
const char* displayLabel(TargetGroup v) { return pick(kTargetGroups, v); }
const char* displayLabel(Status v) { return pick(kStatuses, v); }

const char* criterionLabel(decision::Criterion c) { return pick(kCriteria, c); }
const char* criterionShortLabel(decision::Criterion c) { return pick(kCriteriaShort, c); }

}  // namespace i18n

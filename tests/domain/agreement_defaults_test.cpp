// The draft of a cooperation agreement as the call suggests it: the parties, the contact
// person, the lists with the call's amounts and terms, and the German euro format.

#include "app/domain/agreement_defaults.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/i18n/format.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

// Kreis Düren with the municipality of testdata::sample (05358008, "Stadt Düren") and one
// application by a Wohlfahrtsverband.
domain::ProjectState sampleState() {
    domain::ProjectState s;
    s.map.district = domain::AdminArea{"05358", "Düren", "Kreis", {}};
    domain::Municipality m;
    m.ags = "05358008";
    m.name = "Düren";
    m.bez = "Stadt";
    s.map.municipalities.push_back(m);
    domain::Application a = testdata::sample("B-07");
    a.id = 7;
    s.applications.push_back(a);
    return s;
}

bool containsText(const std::vector<std::string>& items, const std::string& part) {
    return std::any_of(items.begin(), items.end(),
                       [&](const std::string& s) { return s.find(part) != std::string::npos; });
}

TEST(AgreementDefaults, NamesTheKreisTheTraegerAndTheMunicipality) {
    const domain::Agreement g = domain::defaultAgreement(sampleState(), 7);
    EXPECT_EQ(g.application, 7);
    ASSERT_EQ(g.parties.size(), 3u);
    EXPECT_EQ(g.parties[0], "Kreis Düren, Fachbereich Demografie (Fördergeber)");
    EXPECT_EQ(g.parties[1],
              "Caritasverband für die Region Düren-Jülich e.V. (Träger des Ortes der Begegnung)");
    EXPECT_EQ(g.parties[2], "Stadt Düren (Kommune)");
    EXPECT_EQ(g.contactPerson, "Erika Mustermann, erika@example.org, 02421 000000");
    EXPECT_EQ(g.adviser, "");  // named once the advice is chosen
}

TEST(AgreementDefaults, TheDistrictLayerNamesTheKreis) {
    domain::ProjectState s = sampleState();
    s.map.district->name = "Musterkreis";
    s.map.district->bez = "Landkreis";
    EXPECT_EQ(domain::agreementDistrictName(s), "Landkreis Musterkreis");
    EXPECT_EQ(domain::defaultAgreement(s, 7).parties[0],
              "Landkreis Musterkreis, Fachbereich Demografie (Fördergeber)");
    s.map.district.reset();
    EXPECT_EQ(domain::agreementDistrictName(s), "Kreis Düren");
    EXPECT_EQ(domain::agreementMunicipalityName(s, "05358008"), "Stadt Düren");
    EXPECT_EQ(domain::agreementMunicipalityName(s, "05358999"), "Kommune 05358999");
}

TEST(AgreementDefaults, AMunicipalityAsTraegerIsOnePartyNotTwo) {
    domain::ProjectState s = sampleState();
    s.applications[0].applicant = "Stadt Düren";
    s.applications[0].applicantKind = domain::ApplicantKind::Kommune;
    const domain::Agreement g = domain::defaultAgreement(s, 7);
    ASSERT_EQ(g.parties.size(), 2u);
    EXPECT_EQ(g.parties[1], "Stadt Düren (Träger des Ortes der Begegnung)");
    EXPECT_FALSE(containsText(g.responsibilities, "Stadt Düren:"));
}

TEST(AgreementDefaults, ListsFollowTheCallAndTheApplication) {
    domain::ProjectState s = sampleState();
    domain::Agreement g = domain::defaultAgreement(s, 7);
    // The Kreis holds the budget, receives offers and invoices and settles them.
    EXPECT_TRUE(containsText(g.responsibilities,
                             "1.500\u00A0€ Sachmittel, 3.500\u00A0€ Beratungsleistungen"));
    EXPECT_TRUE(containsText(g.responsibilities, "nimmt Angebote und Rechnungen entgegen"));
    EXPECT_TRUE(containsText(g.responsibilities, "amt52@kreis-dueren.de"));
    EXPECT_TRUE(containsText(g.tasks, "Beratung und Begleitung beim Aufbau"));
    EXPECT_TRUE(containsText(g.tasks, "laut Bewerbung: Di und Do 15–18 Uhr"));
    EXPECT_TRUE(containsText(g.tasks, "Jung und Alt, Menschen mit Behinderungen"));
    EXPECT_TRUE(containsText(g.tasks, "Ziel laut Bewerbung: 9"));
    EXPECT_TRUE(containsText(
        g.duties, "Keine Baumaßnahmen, Ausstattung oder Einrichtung aus Fördermitteln."));
    EXPECT_TRUE(containsText(g.duties, "Vor jeder Beauftragung ein Angebot"));
    EXPECT_TRUE(containsText(g.duties, "An die Kommune wird kein Geld gezahlt."));
    EXPECT_TRUE(containsText(g.duties, "„" + s.call.fundingTerms + "“"));

    // Edited call settings and application change the draft.
    s.call.materialEurPerPlace = 2000.5;
    s.call.consultingEurPerPlace = 12000;
    s.call.fundingTerms = "Nur Honorare und Sachkosten";
    s.call.contact.clear();
    s.applications[0].openingHours.clear();
    s.applications[0].actorsTarget = 0;
    g = domain::defaultAgreement(s, 7);
    EXPECT_TRUE(
        containsText(g.duties, "Sachmittel 2.000,50\u00A0€, Beratungsleistungen 12.000\u00A0€"));
    EXPECT_TRUE(containsText(g.duties, "„Nur Honorare und Sachkosten“"));
    EXPECT_FALSE(containsText(g.responsibilities, "Ansprechstelle"));
    EXPECT_FALSE(containsText(g.tasks, "laut Bewerbung"));
    for (const auto* list : {&g.responsibilities, &g.tasks, &g.duties})
        for (const std::string& item : *list) EXPECT_FALSE(item.empty());
}

TEST(AgreementDefaults, AnUnknownApplicationIsRefused) {
    EXPECT_THROW(domain::defaultAgreement(sampleState(), 99), std::invalid_argument);
}

TEST(AgreementDefaults, EurosAreWrittenAsTheReportWritesThemInGerman) {
    for (double x : {0.0, 5.0, 1500.0, 3500.0, 1234.5, 1234.56, 1000000.0, 999.999, -42.1})
        EXPECT_EQ(domain::formatEuroGerman(x), i18n::formatEuro(x, i18n::Lang::De)) << x;
    EXPECT_EQ(domain::formatEuroGerman(1500), "1.500\u00A0€");
    EXPECT_EQ(domain::formatEuroGerman(1234.05), "1.234,05\u00A0€");
}

}  // namespace

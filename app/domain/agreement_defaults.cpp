#include "app/domain/agreement_defaults.hpp"

#include <cmath>
#include <cstdlib>
#include <stdexcept>

// The texts here are the agreement's own words, German on purpose (see the header).

namespace domain {
namespace {

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& p : parts)
        if (!p.empty()) out += (out.empty() ? "" : separator) + p;
    return out;
}

}  // namespace

std::string agreementDistrictName(const ProjectState& state) {
    if (state.map.district && !state.map.district->name.empty()) {
        const AdminArea& d = *state.map.district;
        return d.bez.empty() ? "Kreis " + d.name : d.bez + " " + d.name;
    }
    return "Kreis Düren";
}

std::string agreementMunicipalityName(const ProjectState& state, const std::string& ags) {
    const Municipality* m = state.map.byAgs(ags);
    if (!m) return ags.empty() ? "Kommune (zu benennen)" : "Kommune " + ags;
    return m->bez.empty() ? m->name : m->bez + " " + m->name;
}

std::string formatEuroGerman(double euros) {
    const long long cents = std::llround(euros * 100);
    const unsigned long long whole = static_cast<unsigned long long>(std::llabs(cents) / 100);
    std::string digits = std::to_string(whole), grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
        grouped += digits[i];
    }
    std::string out = (cents < 0 ? "-" : "") + grouped;
    if (cents % 100 != 0) {
        const long long rest = std::llabs(cents) % 100;
        out += (rest < 10 ? ",0" : ",") + std::to_string(rest);
    }
    return out + "\u00A0€";
}

Agreement defaultAgreement(const ProjectState& state, std::int64_t application) {
    const Application* a = state.find(application);
    if (!a)
        throw std::invalid_argument("application #" + std::to_string(application) +
                                    ": not in the project");
    const CallSettings& call = state.call;
    const std::string kreis = agreementDistrictName(state);
    const std::string kommune = agreementMunicipalityName(state, a->municipalityAgs);
    const std::string traeger = a->applicant.empty() ? "Träger (zu benennen)" : a->applicant;
    const bool kommuneIsTraeger = a->applicantKind == ApplicantKind::Kommune;
    const std::string material = formatEuroGerman(call.materialEurPerPlace);
    const std::string consulting = formatEuroGerman(call.consultingEurPerPlace);

    Agreement g;
    g.application = application;
    g.parties.push_back(kreis + ", Fachbereich Demografie (Fördergeber)");
    g.parties.push_back(traeger + " (Träger des Ortes der Begegnung)");
    if (!kommuneIsTraeger) g.parties.push_back(kommune + " (Kommune)");
    g.contactPerson = joined({a->contactName, a->contactEmail, a->contactPhone}, ", ");

    g.responsibilities = {
        kreis + ": verwaltet die Fördermittel für diesen Ort (" + material + " Sachmittel, " +
            consulting + " Beratungsleistungen), nimmt Angebote und Rechnungen entgegen und "
            "begleicht die Rechnungen.",
        "Träger: betreibt den Ort der Begegnung, benennt eine feste Ansprechperson und holt "
        "die Angebote ein.",
        "Beratende Stelle: berät und begleitet den Träger beim Aufbau und bei der Organisation "
        "des Ortes.",
    };
    if (!kommuneIsTraeger)
        g.responsibilities.push_back(kommune + ": unterstützt den Ort vor Ort, etwa bei der "
                                               "Vernetzung und der Bekanntmachung.");
    if (!call.contact.empty())
        g.responsibilities.push_back("Ansprechstelle beim Kreis für alle Fragen zur Förderung: " +
                                     call.contact + ".");

    g.tasks = {
        "Beratung und Begleitung beim Aufbau und bei der Organisation des Ortes "
        "(Beratungsleistungen bis " + consulting + ").",
        "Einzelveranstaltungen, Öffentlichkeitsarbeit und sonstige Sachkosten "
        "(Sachmittel bis " + material + ").",
        a->openingHours.empty()
            ? std::string("Geregelte Öffnungszeiten anbieten und bekannt machen.")
            : "Geregelte Öffnungszeiten anbieten und bekannt machen (laut Bewerbung: " +
                  a->openingHours + ").",
        "Den Ort für alle Gruppen öffnen: Jung und Alt, Menschen mit Behinderungen, "
        "Neuzugewanderte und Alteingesessene, auch für freie und spontane Gruppen.",
    };
    if (a->actorsTarget > 0)
        g.tasks.push_back("Weitere Akteurinnen und Akteure einbinden (Ziel laut Bewerbung: " +
                          std::to_string(a->actorsTarget) + ").");

    g.duties = {
        "Vor jeder Beauftragung ein Angebot beim Kreis einreichen; beauftragt wird erst nach "
        "seiner Zustimmung.",
        "Rechnungen auf den " + kreis + ", Fachbereich Demografie, ausstellen lassen; der "
        "Kreis begleicht sie. An die Kommune wird kein Geld gezahlt.",
        "Keine Baumaßnahmen, Ausstattung oder Einrichtung aus Fördermitteln.",
        "Die Beträge je Ort einhalten: Sachmittel " + material + ", Beratungsleistungen " +
            consulting + ".",
    };
    if (!call.fundingTerms.empty())
        g.duties.push_back("Die Förderbedingungen der Ausschreibung einhalten: „" +
                           call.fundingTerms + "“.");
    g.duties.push_back("Zum Ende der Förderung kurz über die Entwicklung des Ortes berichten.");
    g.duties.push_back("Die Förderung durch den " + kreis +
                       " bei der Öffentlichkeitsarbeit nennen.");
    return g;
}

}  // namespace domain

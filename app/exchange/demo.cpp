#include "app/exchange/demo.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/project/project.hpp"
#include "app/store/recovery.hpp"
#include "app/store/sqlite_db.hpp"
#include "geo/measure.hpp"

namespace exchange {

using domain::parseDate;
using store::Database;
using store::recoverInterruptedWrite;
using store::removeLegacyTemporaries;

using domain::ActorKind;
using domain::ApplicantKind;
using domain::Application;
using domain::CallSettings;
using domain::Municipality;
using domain::Phase;
using domain::PropertyKind;
using domain::TargetGroup;
using project::AddMember;
using project::ImportApplications;
using project::OpenOptions;
using project::Project;
using project::UpdateCall;

namespace {

namespace fs = std::filesystem;

struct Example {
    const char* nr;
    const char* ags;         // named municipality
    const char* siteAgs;     // municipality holding the site (differs once on purpose)
    const char* applicant;
    ApplicantKind kind;
    const char* title;
    PropertyKind property;
    int actorsNow, actorsTarget;
    std::vector<ActorKind> actors;
    std::vector<TargetGroup> groups;
    double staffHours;
    int volunteers;
    double ownFunds;
    const char* email;  // receipt dates
    const char* post;
    bool complete;
    const char* missing;
};

// Names and organisations are invented ("Muster", "Beispiel"); no real person or association.
const std::vector<Example>& examples() {
    using A = ActorKind;
    using T = TargetGroup;
    static const std::vector<Example> list = {
        {"B-01", "05358008", "05358008", "Beispiel-Nachbarschaftsverein Düren-Nord e.V.",
         ApplicantKind::Verein, "Begegnungscafé im Familienzentrum (fiktiv)", PropertyKind::Kita,
         6, 12, {A::Verein, A::Kommune, A::SchuleKita, A::Migrantenselbstorganisation},
         {T::Kinder, T::Familien, T::Senioren, T::Neuzugewanderte}, 10, 14, 2500, "2024-02-20",
         "2024-02-22", true, ""},
        {"B-02", "05358024", "05358024", "Stadt Jülich (Beispiel)", ApplicantKind::Kommune,
         "Generationentreff in der Zitadellenstraße (fiktiv)", PropertyKind::Buergerhaus, 4, 8,
         {A::Kommune, A::Verein, A::SeniorenJugendvertretung},
         {T::Jugendliche, T::Senioren, T::MenschenMitBehinderungen}, 8, 9, 1000, "2024-02-28",
         "2024-02-29", true, ""},
        {"B-03", "05358036", "05358036", "Musterhilfe Linnich gGmbH (fiktiv)",
         ApplicantKind::Wohlfahrtsverband, "Treffpunkt Flüchtlingsunterkunft (fiktiv)",
         PropertyKind::Fluechtlingsunterkunft, 5, 10,
         {A::Wohlfahrtsverband, A::Migrantenselbstorganisation, A::Einzelpersonen},
         {T::Neuzugewanderte, T::Familien, T::Kinder}, 15, 6, 0, "2024-02-15", "2024-02-16",
         true, ""},
        {"B-04", "05358044", "05358044", "Beispiel-Kulturkreis Nideggen e.V.",
         ApplicantKind::Verein, "Offene Werkstatt am Burgberg (fiktiv)",
         PropertyKind::EigenstaendigeImmobilie, 3, 7, {A::Verein, A::Unternehmen},
         {T::Erwachsene, T::Senioren}, 0, 11, 800, "2024-03-01", "2024-03-04", true, ""},
        {"B-05", "05358052", "05358052", "Gemeinde Nörvenich (Beispiel)", ApplicantKind::Kommune,
         "Dorfladen mit Begegnungsecke (fiktiv)", PropertyKind::Sonstige, 2, 6,
         {A::Kommune, A::Kirche}, {T::Senioren, T::Familien}, 5, 4, 0, "2024-02-26",
         "2024-02-27", false, "Kostenplan, Unterschrift"},
        {"B-06", "05358028", "05358008", "Musterkirchengemeinde Kreuzau (fiktiv)",
         ApplicantKind::Kirche, "Gemeindehaus für alle (fiktiv)", PropertyKind::Buergerhaus, 5,
         9, {A::Kirche, A::Verein, A::SelbsthilfeBehinderung},
         {T::Kinder, T::Jugendliche, T::MenschenMitBehinderungen, T::Migrationsgeschichte}, 6,
         13, 1500, "2024-02-10", "2024-02-12", true, ""},
        {"B-07", "05358012", "05358012", "Initiative Beispiel-Dorfleben Heimbach (fiktiv)",
         ApplicantKind::Initiative, "Jugendraum und Seniorentreff (fiktiv)",
         PropertyKind::Jugendzentrum, 3, 5, {A::Einzelpersonen, A::SeniorenJugendvertretung},
         {T::Jugendliche, T::Senioren}, 2, 8, 300, "2024-02-29", "2024-03-01", true, ""},
        {"B-08", "05358056", "05358056", "Muster-Landfrauen Titz e.V. (fiktiv)",
         ApplicantKind::Verein, "Digitale Sprechstunde und Erzählcafé (fiktiv)",
         PropertyKind::Schule, 4, 8, {A::Verein, A::SchuleKita, A::Kommune},
         {T::Senioren, T::Kinder, T::Familien}, 4, 10, 600, "2024-02-21", "2024-02-21", true,
         ""},
    };
    return list;
}

}  // namespace

void createDemoProject(const std::string& boundaries, const std::string& out) {
    namespace text = i18n::text;
    if (fs::exists(out)) throw std::runtime_error(i18n::fill(text::kDemoExists, {out}));
    if (!fs::exists(boundaries))
        throw std::runtime_error(i18n::fill(text::kDemoFromMissing, {boundaries}));
    // A crash while the boundary file was written leaves a journal; a copy without it would be
    // torn.
    recoverInterruptedWrite(boundaries);
    // Older versions used the fixed ".STEM.tmp.gpkg", and a crash left it in the way.
    removeLegacyTemporaries(out);
    // GDAL wants the .gpkg extension even on the temporary file. Its name carries this
    // process's id, so a crashed run's file is removed by the next one (output_file.hpp).
    fileio::AtomicOutput output(out, ".gpkg");
    const fs::path tmp = output.tempPath();
    const fs::path migrationBackup = tmp.string() + ".bak-schema0";
    {
        std::ifstream in(boundaries, std::ios::binary);
        if (!in) throw std::runtime_error(i18n::fill(text::kDemoUnreadable, {boundaries}));
        std::vector<char> buffer(1 << 20);
        while (in) {
            in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
            output.write(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
        }
        if (in.bad()) throw std::runtime_error(i18n::fill(text::kDemoReadFailed, {boundaries}));
    }
    try {
        // A fresh copy may carry the boundary file's own applications: start from none.
        {
            Project p = Project::open(tmp.string(), OpenOptions{false, "Beispieldaten"});
            if (!p.applications().empty())
                throw std::runtime_error(i18n::fill(text::kDemoHasApplications, {boundaries}));
            std::vector<Application> apps;
            for (const Example& e : examples()) {
                const Municipality* siteIn = p.map().byAgs(e.siteAgs);
                if (!siteIn)
                    throw std::runtime_error(
                        i18n::fill(text::kDemoNoMunicipality, {boundaries, e.siteAgs}));
                Application a;
                a.nr = e.nr;
                a.municipalityAgs = e.ags;
                a.applicant = e.applicant;
                a.applicantKind = e.kind;
                a.title = e.title;
                a.town = siteIn->name;
                a.site = geo::labelPoint(siteIn->shape, 20).first;
                // The application whose site lies in another municipality gets its own spot
                // near that border, not the label point another application already uses:
                // two symbols on one point would hide which of them fails the check.
                if (std::string(e.ags) != e.siteAgs) {
                    geo::Vec2 moved{a.site->x, a.site->y - 2500.0};
                    if (!geo::contains(siteIn->shape, moved))
                        throw std::logic_error("demo: moved site of " + std::string(e.nr) +
                                               " left " + siteIn->name);
                    a.site = moved;
                }
                a.property = e.property;
                a.phase = Phase::Konzeptionierung;
                a.actorsNow = e.actorsNow;
                a.actorsTarget = e.actorsTarget;
                a.actorKinds = e.actors;
                a.targetGroups = e.groups;
                a.staffHoursPerWeek = e.staffHours;
                a.fixedContact = e.staffHours > 0;
                a.openingHours = "nach Absprache";
                a.openingHoursPerWeek = 6;
                a.volunteers = e.volunteers;
                a.ownFundsEurPerYear = e.ownFunds;
                a.openToGroups = true;
                a.contactName = "Max Mustermann (fiktiv)";
                a.contactEmail = "kontakt@beispiel.invalid";
                a.receivedByEmail = parseDate(e.email);
                a.receivedByPost = parseDate(e.post);
                a.formComplete = e.complete;
                a.missingItems = e.missing;
                a.conceptText = "Beispieldaten (fiktiv): ein Ort, an dem sich Jung und Alt, "
                                "Neuzugewanderte und Alteingesessene begegnen.";
                apps.push_back(std::move(a));
            }
            p.apply(ImportApplications{apps, kExampleMark});
            CallSettings call = p.call();
            call.title = std::string("Orte der Begegnung – ") + kExampleMark;
            p.apply(UpdateCall{call});
            // Two fictional committee members, so the example can be scored at once; no scores.
            p.apply(AddMember{{0, "A. Beispiel (fiktiv)", "Amt 52, Sozialplanung"}});
            p.apply(AddMember{{0, "B. Muster (fiktiv)", "Inklusionsbeirat"}});
        }
        Database db(tmp.string(), false);
        db.prepare("INSERT OR REPLACE INTO bk_meta (key, value) VALUES ('beispieldaten', ?1)")
            .bind({std::string(kExampleMark)})
            .run();
    } catch (const std::exception& e) {
        std::error_code ec;
        fs::remove(migrationBackup, ec);
        // The copy is this command's own temporary file: the user knows the file they named.
        std::string message = e.what();
        const std::string copy = tmp.string();
        for (auto at = message.find(copy); at != std::string::npos;
             at = message.find(copy, at + boundaries.size()))
            message.replace(at, copy.size(), boundaries);
        throw std::runtime_error(message);  // the output removes its temporary file
    }
    // Opening the copy migrated it after a backup: of a temporary file, not worth keeping.
    std::error_code ec;
    fs::remove(migrationBackup, ec);
    output.commit();
}

}  // namespace exchange

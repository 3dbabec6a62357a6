// After the decision: the draft of a funded place's cooperation agreement as a PDF
// (print/agreement.hpp) and the decision note (the committee's words, or the draft from the
// numbers: print/decision_note.hpp).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/cli/commands.hpp"
#include "app/domain/budget.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/agreement.hpp"
#include "app/print/decision_note.hpp"
#include "app/project/project.hpp"

namespace cli {

namespace t = i18n::text;

int agreement(const std::string& projectPath, const std::string& place, const std::string& out) {
    try {
        project::Project p = project::Project::open(projectPath, project::OpenOptions{true, ""});
        const domain::Application* a = p.findByNr(place);
        if (!a) throw std::runtime_error(i18n::fill(t::kAgrNoApplication, {place}));
        if (!domain::isFundedPlace(p.state(), a->id))
            throw std::runtime_error(i18n::fill(t::kFundNotAFundedPlace, {place}));
        const std::string target = out.empty() ? "kooperationsvertrag-" + place + ".pdf" : out;
        print::writeAgreementPdf(p.state(), a->id, target);
        std::printf("%s\n", i18n::fill(t::kAgrWrote, {target}).c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

int decisionNote(const NoteOptions& o) {
    try {
        const bool edit = !o.textFile.empty() || o.clear;
        project::Project p = project::Project::open(o.project, project::OpenOptions{!edit, o.user});
        if (!o.textFile.empty()) {
            std::ifstream in(o.textFile, std::ios::binary);
            if (!in) throw std::runtime_error(i18n::fill(t::kVerifyNotFound, {o.textFile}));
            std::ostringstream text;
            text << in.rdbuf();
            p.apply(project::SetDecisionNote{text.str()});
        } else if (o.clear) {
            p.apply(project::SetDecisionNote{""});
        }
        const std::string& note = p.state().funding.note;
        if (!note.empty()) {
            std::printf("%s\n%s\n", t::kNoteByCommittee.str().c_str(), note.c_str());
        } else {
            std::printf("%s\n%s\n", t::kNoteDraftHeading.str().c_str(),
                        print::joined(print::draftDecisionNote(p.state())).c_str());
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli

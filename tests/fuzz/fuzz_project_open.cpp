// libFuzzer target: opening a project file made of arbitrary bytes. Each input is written as
// a .gpkg file and goes through what a user's command does with a file it is given:
//   verify (verifyProject), open read-only and read everything, open writable (which may
//   migrate an old schema after a backup copy, or recover), read everything, make one edit
//   and undo it, and verify again.
// Only std::runtime_error may leave these calls (see fuzz_support.hpp). A file that opened
// writable and took an edit and its undo must still open afterwards.

#include <cstdlib>

#include "app/project/project.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

// Touches everything a loaded project offers, so that what open() accepted is really read.
std::size_t readAll(const project::Project& p) {
    std::size_t n = p.applications().size() + p.map().municipalities.size();
    n += p.committee().members.size();
    n += p.auditLog().size();
    n += p.call().title.size();
    for (const domain::Application& a : p.applications()) n += p.find(a.id) != nullptr;
    (void)p.map().attribution();
    (void)p.map().totalPopulation();
    (void)p.viewSetting("theme");
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    fuzz::quietGdal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fuzz::Scratch& dir = fuzz::scratch();
    dir.clear();
    const std::string path = dir.write("projekt.gpkg", data, size);

    (void)project::verifyProject(path);
    try {
        project::Project p = project::Project::open(path, {true, "fuzz"});
        (void)readAll(p);
    } catch (const std::runtime_error&) {
    }
    bool edited = false;
    try {
        project::Project p = project::Project::open(path, {false, "fuzz"});
        (void)readAll(p);
        if (!p.readOnly()) {
            domain::Application a;
            a.nr = "FUZZ-1";
            a.title = "Fuzz";
            if (!p.map().municipalities.empty()) a.municipalityAgs = p.map().municipalities[0].ags;
            try {
                p.apply(project::AddApplication{a});
                (void)readAll(p);
                p.undo();
                edited = true;
            } catch (const project::ValidationError&) {
            }
        }
    } catch (const std::runtime_error&) {
    }
    (void)project::verifyProject(path);
    if (edited) {
        try {
            project::Project again = project::Project::open(path, {true, "fuzz"});
            (void)readAll(again);
        } catch (const std::runtime_error& e) {
            fuzz::fail(std::string("an edit and its undo made the file unopenable: ") + e.what());
        }
    }
    return 0;
}

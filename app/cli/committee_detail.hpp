#pragma once
// What the committee's commands share (app/cli/committee_commands.cpp) with `score --csv`
// (app/cli/score_csv_command.cpp), which reads spreadsheets through GDAL and so lives in a
// file of its own: begegnungskarte-cli, linked without GDAL, hands it to the full program
// (app/cli/full_program.hpp).

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/decision/model.hpp"
#include "app/project/project.hpp"

namespace cli::committee {

// A mistake in what the user typed (an unknown member, Nr or criterion): exit 1 with the text.
struct InputError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const decision::Member& memberNamed(const project::Project& p, const std::string& name);
const domain::Application& applicationNr(const project::Project& p, const std::string& nr);
decision::Criterion criterionKey(const std::string& key);
int scoreValue(const std::string& text);
std::string nrsOf(const project::Project& p, const std::vector<std::int64_t>& ids);
// Opens the project for an edit; a read-only one is an error naming why.
project::Project openForEdit(const std::string& path, const std::string& user = {});
// Runs an edit command: every failure is one "error: ..." line and exit 1.
int run(const std::string& path, const std::function<int()>& body);

}  // namespace cli::committee

namespace cli {

// score PROJECT --csv FILE: all rows or none (score_csv_command.cpp).
int scoreCsv(const std::string& path, const std::string& file);

}  // namespace cli

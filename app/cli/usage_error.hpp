#pragma once
// Usage errors of the command line in the user's language. CLI11 finds them (unknown option,
// missing option or value, a value its checks refuse) and words them in English; these say the
// same from the catalogue, naming the option, with a pointer to --help. --help itself stays
// CLI11's English formatter.

#include <string>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace cli {

// Sets the language from "--lang en" / "--lang=en" anywhere in argv before parsing, so that a
// usage error found while parsing is already said in it. Any other value is left to the parser.
void languageFromArguments(int argc, const char* const* argv);

// What to print for a parse error of `app` (not --help): one line naming the option and, for a
// value, the value and what is expected, then "Hilfe: begegnungskarte COMMAND --help" on the
// next line. Kinds CLI11 has beyond the common ones keep CLI11's text.
std::string describeUsageError(const CLI::App& app, const CLI::ParseError& error);

}  // namespace cli

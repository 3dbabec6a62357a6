#include "app/cli/usage_error.hpp"

#include <CLI/CLI.hpp>
#include <cctype>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace cli {
namespace {

namespace text = i18n::text;

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : separator) + item;
    return out;
}

// The command the arguments named, down to a command's own commands ("member add"): its
// options are the ones at fault. The program itself when none was named.
const CLI::App& commandOf(const CLI::App& app) {
    for (const CLI::App* command : app.get_subcommands({}))
        if (command->parsed()) return commandOf(*command);
    return app;
}

// "begegnungskarte member add" for the command of `command`.
std::string commandLine(const CLI::App& command) {
    if (!command.get_parent()) return "begegnungskarte";
    return commandLine(*command.get_parent()) + " " + command.get_name();
}

// The option of `command` (or of the program) that CLI11's message names: CLI11 starts its
// messages with the option's name ("--width: ...", "project: ...") or names it after "for "
// or "to "; the longest name that occurs as a whole word wins ("--line-width" over "--width").
const CLI::Option* optionNamedIn(const CLI::App& app, const CLI::App& command,
                                 const std::string& message) {
    const CLI::Option* best = nullptr;
    std::size_t bestLength = 0;
    auto wholeWordAt = [&](std::size_t at, std::size_t length) {
        auto nameChar = [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
        };
        return (at == 0 || !nameChar(message[at - 1])) &&
               (at + length == message.size() || !nameChar(message[at + length]));
    };
    for (const CLI::App* owner : {&command, &app}) {
        for (const CLI::Option* option : owner->get_options()) {
            const std::string name = option->get_name();
            if (name.empty() || name.size() <= bestLength) continue;
            for (std::size_t at = message.find(name); at != std::string::npos;
                 at = message.find(name, at + 1))
                if (wholeWordAt(at, name.size())) {
                    best = option;
                    bestLength = name.size();
                    break;
                }
        }
        if (best) return best;
    }
    return best;
}

// A value CLI11 accepts for a flag: a yes/no word or a whole number.
bool isFlagValue(const std::string& value) {
    static const std::set<std::string> words = {"true", "false", "on", "off", "yes", "no", "y",
                                                "n", "enable", "disable", "+", "-"};
    std::string lower;
    for (char c : value) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.empty() || words.count(lower)) return true;
    std::size_t i = lower[0] == '-' || lower[0] == '+' ? 1 : 0;
    return i < lower.size() && lower.find_first_not_of("0123456789", i) == std::string::npos;
}

std::string expectedOf(const CLI::Option& option) {
    std::string type = option.get_type_name();
    return type.empty() ? "TEXT" : type;
}

std::string commandNames(const CLI::App& app) {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands({})) names.push_back(command->get_name());
    return joined(names, ", ");
}

std::string problemLine(const CLI::App& app, const CLI::App& command, const CLI::ParseError& e) {
    const std::string message = e.what();
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        for (const CLI::Option* option : command.get_options())
            if (option->get_required() && option->count() == 0)
                return i18n::fill(text::kUsageRequired, {option->get_name()});
    }
    if (dynamic_cast<const CLI::RequiresError*>(&e)) {
        for (const CLI::Option* option : command.get_options())
            if (option->count() > 0)
                for (const CLI::Option* needed : option->get_needs())
                    if (needed->count() == 0)
                        return i18n::fill(text::kUsageRequires,
                                          {option->get_name(), needed->get_name()});
    }
    if (dynamic_cast<const CLI::ExcludesError*>(&e)) {
        for (const CLI::Option* option : command.get_options())
            if (option->count() > 0)
                for (const CLI::Option* excluded : option->get_excludes())
                    if (excluded->count() > 0)
                        return i18n::fill(text::kUsageExcludes,
                                          {option->get_name(), excluded->get_name()});
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        std::vector<std::string> extras = command.remaining();
        if (extras.empty()) extras = app.remaining(true);
        if (!extras.empty())
            return i18n::count(text::kUsageUnexpected, static_cast<long long>(extras.size()),
                               {joined(extras, " ")});
    }
    const bool badValue = dynamic_cast<const CLI::ValidationError*>(&e) ||
                          dynamic_cast<const CLI::ConversionError*>(&e);
    const bool missingValue = dynamic_cast<const CLI::ArgumentMismatch*>(&e) != nullptr;
    if (badValue || missingValue) {
        if (const CLI::Option* option = optionNamedIn(app, command, message)) {
            // A flag given twice ("-q --quiet=vielleicht") has "true" from the first in its
            // results as well: name the value that is no yes/no word.
            std::vector<std::string> bad;
            if (option->get_expected_min() == 0)  // a flag
                for (const std::string& r : option->results())
                    if (!isFlagValue(r)) bad.push_back(r);
            const std::string value = joined(bad.empty() ? option->results() : bad, " ");
            if (missingValue || value.empty())
                return i18n::fill(text::kUsageMissingValue,
                                  {option->get_name(), expectedOf(*option)});
            // The window's project is the first word when no command was given: a word that is
            // no file and has no path in it is more likely a mistyped command.
            std::error_code ec;
            if (&command == &app && option->get_name() == "project" &&
                value.find_first_of("/.") == std::string::npos &&
                !std::filesystem::exists(value, ec))
                return i18n::fill(text::kUsageUnknownCommand, {value, commandNames(app)});
            return i18n::fill(text::kUsageBadValue,
                              {option->get_name(), value, expectedOf(*option)});
        }
    }
    return message;
}

}  // namespace

void languageFromArguments(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        std::string_view value;
        if (arg == "--lang" && i + 1 < argc)
            value = argv[i + 1];
        else if (arg.rfind("--lang=", 0) == 0)
            value = arg.substr(7);
        if (value == "de") i18n::setLanguage(i18n::Lang::De);
        if (value == "en") i18n::setLanguage(i18n::Lang::En);
    }
}

std::string describeUsageError(const CLI::App& app, const CLI::ParseError& error) {
    const CLI::App& command = commandOf(app);
    return problemLine(app, command, error) + "\n" +
           i18n::fill(text::kUsageHelp, {commandLine(command)});
}

}  // namespace cli

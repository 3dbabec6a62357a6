#pragma once
// The language of everything the user reads: the window, map sheets and the decision report.
// German is the default (the users are German officials); English is switched on with
// `--lang en` or in the window's settings. One process shows one language at a time.
//
// Every user-visible string lives in the catalogue app/i18n/strings.hpp as a `Str` with both
// languages side by side, so a missing translation is a compile error, not a silent gap.

#include <string>
#include <string_view>

namespace i18n {

enum class Lang { De, En };

// The current language (process-wide; German until set).
Lang language();
void setLanguage(Lang lang);

// "de" / "en" <-> Lang. parseLanguage throws std::invalid_argument naming the text otherwise.
std::string_view languageCode(Lang lang);
Lang parseLanguage(std::string_view code);

// One catalogue entry: the German and the English text (UTF-8). Converts to the text of the
// current language wherever a `const char*` is expected; pass `.c_str()` to printf-style calls.
struct Str {
    const char* de;
    const char* en;

    const char* c_str() const { return language() == Lang::En ? en : de; }
    const char* in(Lang lang) const { return lang == Lang::En ? en : de; }
    operator const char*() const { return c_str(); }  // NOLINT: deliberate implicit conversion
    std::string str() const { return c_str(); }
};

// A text that depends on a count: German and English both have one form for 1 and one for
// every other number ("1 Problem", "2 Probleme", "0 Probleme"). Use i18n::count() to fill it.
struct Plural {
    Str one;
    Str other;
    const Str& forCount(long long n) const { return n == 1 || n == -1 ? one : other; }
};

// "Text###id" for ImGui: a window, tab, popup or header whose identity (its position, open
// state, the selected tab) survives a change of language.
inline std::string withId(const char* text, const char* id) { return std::string(text) + "###" + id; }

inline std::string operator+(std::string a, const Str& b) { return a += b.c_str(); }
inline std::string operator+(const Str& a, const std::string& b) { return a.c_str() + b; }
inline std::string operator+(const char* a, const Str& b) { return std::string(a) + b.c_str(); }
inline std::string operator+(const Str& a, const char* b) { return std::string(a.c_str()) + b; }

}  // namespace i18n

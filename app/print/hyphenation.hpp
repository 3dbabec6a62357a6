#pragma once
// Dictionary hyphenation for the report's text: soft hyphens (U+00AD) put into the words at the
// syllable boundaries the hyphenation patterns of the language name (libhyphen, the library
// LibreOffice uses, with the patterns of Debian's hyphen-de and hyphen-en-us packages). Pango
// breaks a line at a soft hyphen and shows a hyphen there; elsewhere the soft hyphen is invisible
// (pango_text.hpp).
//
// Words are runs of letters (Latin-1 range: a–z, A–Z, ä, ö, ü, ß, é, …) of at least 6 letters;
// at least 2 letters stay before a break and 3 after it. Left alone: the text of a
// space-separated token that holds a digit, '@', ':', '_' or a '.' inside it (numbers, e-mail
// and web addresses, file names, the SHA-256), and words that already hold a soft hyphen.
//
// Without libhyphen at build time, or without the language's dictionary in /usr/share/hyphen
// at run time, the text comes back unchanged (Pango then breaks only at spaces, hyphens,
// slashes and the user's own soft hyphens, and inside a word wider than the line).

#include <string>

#include "app/i18n/language.hpp"

namespace print {

// `text` (UTF-8) with soft hyphens at the hyphenation points of `lang`.
std::string insertSoftHyphens(const std::string& text, i18n::Lang lang);

// Whether the hyphenation dictionary of `lang` could be loaded (loaded once, then kept).
bool hyphenationAvailable(i18n::Lang lang);

}  // namespace print

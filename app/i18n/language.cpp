#include "app/i18n/language.hpp"

#include <atomic>
#include <stdexcept>

namespace i18n {
namespace {
std::atomic<Lang> current{Lang::De};
}

Lang language() { return current.load(std::memory_order_relaxed); }
void setLanguage(Lang lang) { current.store(lang, std::memory_order_relaxed); }

std::string_view languageCode(Lang lang) { return lang == Lang::En ? "en" : "de"; }

Lang parseLanguage(std::string_view code) {
    if (code == "de") return Lang::De;
    if (code == "en") return Lang::En;
    throw std::invalid_argument("language '" + std::string(code) + "': expected de or en");
}

}  // namespace i18n

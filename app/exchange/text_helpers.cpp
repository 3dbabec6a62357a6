#include "app/exchange/csv_reader.hpp"

// The text helpers of the spreadsheet reader, without GDAL: the committee's commands use them
// too, in begegnungskarte-cli, which is linked without GDAL (app/cli/full_program.hpp).

#include <cctype>

namespace exchange::detail {
// ---------------------------------------------------------------------------------------------
// Text helpers

bool isBlank(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string trim(std::string_view s) {
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return std::string(s);
}

// Lower case with umlauts and ß spelled out, so "Jülich", "JUELICH" and "Juelich" compare equal.
std::string fold(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            const char* spelled = next == 0xA4 || next == 0x84   ? "ae"
                                  : next == 0xB6 || next == 0x96 ? "oe"
                                  : next == 0xBC || next == 0x9C ? "ue"
                                  : next == 0x9F                 ? "ss"
                                                                 : nullptr;
            if (spelled) {
                out += spelled;
                ++i;
                continue;
            }
        }
        out += static_cast<char>(std::tolower(c));
    }
    return trim(out);
}

// Headers compare on letters and digits only: "E-Mail", "Email" and "e_mail" are one column,
// as are "Hauptamt Std/Woche" and "Hauptamt Std / Woche".
std::string headerKey(std::string_view header) {
    std::string out;
    for (char c : fold(header))
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    return out;
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : std::string(separator)) + p;
    return out;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

}  // namespace exchange::detail

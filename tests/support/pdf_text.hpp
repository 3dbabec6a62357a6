#pragma once
// Test helpers for documents: run a command and read its output, the text a reader finds in a
// PDF (poppler's pdftotext), its page count, whitespace folded away for comparisons (table cells
// wrap, and pdftotext breaks the lines where they wrapped). Header-only.

#include <array>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace testsupport {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The standard output of `command` (run by the shell); empty when it cannot start.
inline std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    std::size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
    pclose(pipe);
    return out;
}

inline std::string squeezed(const std::string& text) {
    std::string out;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
}

inline std::string pdfText(const std::string& pdf) {
    return run("pdftotext -enc UTF-8 '" + pdf + "' -");
}

inline int pdfPages(const std::string& pdf) {
    std::istringstream info(run("pdfinfo '" + pdf + "'"));
    std::string line;
    while (std::getline(info, line))
        if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
    return -1;
}

}  // namespace testsupport

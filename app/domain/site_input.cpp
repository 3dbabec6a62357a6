#include "app/domain/site_input.hpp"

#include <charconv>
#include <cmath>
#include <vector>

#include "app/domain/rules.hpp"
#include "geo/crs.hpp"

namespace domain {
namespace {

std::optional<double> number(std::string token) {
    for (char& c : token)
        if (c == ',') c = '.';
    double v = 0;
    auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    if (ec != std::errc() || end != token.data() + token.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Splits at blanks and ';'; a single token "a,b" with points as decimal marks splits at ','.
std::vector<std::string> tokens(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == ';') {
            if (!current.empty()) out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) out.push_back(current);
    // "50.8043, 6.4820": the comma stuck to the first number is a separator.
    for (std::string& t : out)
        if (out.size() == 2 && t.size() > 1 && t.back() == ',') t.pop_back();
    if (out.size() == 1 && out[0].find('.') != std::string::npos) {
        auto comma = out[0].find(',');
        if (comma != std::string::npos && out[0].find(',', comma + 1) == std::string::npos)
            out = {out[0].substr(0, comma), out[0].substr(comma + 1)};
    }
    return out;
}

}  // namespace

SiteInput parseSiteInput(std::string_view text) {
    SiteInput r;
    std::vector<std::string> parts = tokens(text);
    if (parts.size() != 2) {
        r.problem = Problem{ProblemCode::SiteTwoNumbers, "standort", {}};
        return r;
    }
    auto a = number(parts[0]), b = number(parts[1]);
    if (!a || !b) {
        r.problem = Problem{ProblemCode::SiteNotANumber, "standort", {a ? parts[1] : parts[0]}};
        return r;
    }
    if (std::abs(*a) <= 90 && std::abs(*b) <= 180) {
        static const geo::Transformer toUtm("EPSG:4326", "EPSG:25832");
        r.site = toUtm.forward({*b, *a});  // the transformer takes lon, lat
        r.degrees = true;
        return r;
    }
    if (siteInRange({*a, *b})) {
        r.site = geo::Vec2{*a, *b};
        return r;
    }
    r.problem = Problem{ProblemCode::SiteInputOutOfRange, "standort", {}};
    return r;
}

}  // namespace domain

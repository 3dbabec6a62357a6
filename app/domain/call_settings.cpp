#include "app/domain/call_settings.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace domain {

nlohmann::json toJson(const CallSettings& c) {
    return {{"titel", c.title},
            {"frist", isoDate(c.deadline)},
            {"fristregel", c.deadlineRule},
            {"anzahl_orte", c.placesFunded},
            {"sachmittel_eur", c.materialEurPerPlace},
            {"beratung_eur", c.consultingEurPerPlace},
            {"foerderbedingungen", c.fundingTerms},
            {"antragsberechtigt", c.applicants},
            {"kontakt", c.contact},
            {"kriterien", c.criteria}};
}

CallSettings callFromJson(const nlohmann::json& j) {
    CallSettings c;
    try {
        c.title = j.at("titel").get<std::string>();
        auto d = parseDate(j.at("frist").get<std::string>());
        if (!d) throw std::runtime_error("frist: not a date");
        c.deadline = *d;
        c.deadlineRule = j.at("fristregel").get<std::string>();
        c.placesFunded = j.at("anzahl_orte").get<int>();
        c.materialEurPerPlace = j.at("sachmittel_eur").get<double>();
        c.consultingEurPerPlace = j.at("beratung_eur").get<double>();
        c.fundingTerms = j.at("foerderbedingungen").get<std::string>();
        c.applicants = j.at("antragsberechtigt").get<std::string>();
        c.contact = j.at("kontakt").get<std::string>();
        c.criteria = j.at("kriterien").get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("call settings: ") + e.what());
    }
    return c;
}

}  // namespace domain

// Checks the JSON of `begegnungskarte rank --format json` against schema 1 (see
// app/cli/rank_command.cpp): rank_json_check FILE PLACES. Prints PASS, or FAIL and why (exit 1).
#include <cmath>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace {

int fail(const std::string& why) {
    std::cout << "FAIL: " << why << '\n';
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) return fail("usage: rank_json_check FILE PLACES");
    const int places = std::stoi(argv[2]);
    nlohmann::json j;
    try {
        std::ifstream in(argv[1]);
        j = nlohmann::json::parse(in);
    } catch (const std::exception& e) {
        return fail(std::string("not JSON: ") + e.what());
    }
    try {
        if (j.at("schema") != 1) return fail("schema is not 1");
        if (j.at("places") != places) return fail("places");
        if (!(j.at("radius_km").get<double>() > 0)) return fail("radius_km");
        if (!j.at("population").is_number_integer()) return fail("population");
        const char* keys[] = {"verteilung",  "akteure",      "zusammensetzung",
                              "zielgruppen", "organisation", "lage"};
        double weightSum = 0;
        for (const char* k : keys) weightSum += j.at("weights").at(k).get<double>();
        if (std::abs(weightSum - 1) > 1e-5) return fail("weights do not sum to 1");
        for (const char* k : {"samples", "seed", "sampling"})
            if (!j.at("sensitivity").contains(k)) return fail(std::string("sensitivity.") + k);
        j.at("committee").at("members").get<int>();
        j.at("committee").at("scores").get<int>();
        if (!j.at("committee").contains("kendall_w")) return fail("committee.kendall_w");

        std::set<std::string> nrs;
        for (const auto& a : j.at("applications")) {
            nrs.insert(a.at("nr").get<std::string>());
            a.at("municipality").get<std::string>();
            a.at("ags").get<std::string>();
            a.at("region").get<std::string>();
            a.at("merit").get<double>();
            a.at("raters").get<int>();
            for (int c = 1; c < 6; ++c)
                if (!a.at("scores").contains(keys[c]))
                    return fail("scores." + std::string(keys[c]));
        }
        for (const auto& e : j.at("excluded")) {
            e.at("nr").get<std::string>();
            e.at("reason").get<std::string>();
        }

        const auto& sets = j.at("sets");
        if (sets.empty()) return fail("no sets");
        double acceptability = 0, lastTotal = 1e9;
        int lastRank = 0;
        for (const auto& s : sets) {
            const auto& members = s.at("applications");
            if (static_cast<int>(members.size()) != places)
                return fail("a set of " + std::to_string(members.size()) + ": " + members.dump());
            std::set<std::string> distinct;
            for (const auto& nr : members) {
                if (!nrs.count(nr.get<std::string>())) return fail("unknown Nr " + nr.dump());
                distinct.insert(nr.get<std::string>());
            }
            if (static_cast<int>(distinct.size()) != places) return fail("Nr twice in a set");
            const double share = s.at("coverage_share").get<double>();
            if (share < 0 || share > 1) return fail("coverage_share out of 0–1");
            if (s.at("min_distance_km").get<double>() < 0) return fail("min_distance_km");
            s.at("covered_population").get<long long>();
            s.at("regions").get<int>();
            s.at("merit").get<double>();
            s.at("verteilung").get<double>();
            const double total = s.at("total").get<double>();
            const int rank = s.at("rank").get<int>();
            if (total > lastTotal + 1e-9) return fail("totals not descending");
            if (rank < lastRank || (lastRank == 0 && rank != 1)) return fail("ranks");
            lastTotal = total;
            lastRank = rank;
            acceptability += s.at("acceptability").get<double>();
            s.at("pareto").get<bool>();
        }
        if (std::abs(acceptability - 1) > 1e-4)
            return fail("acceptabilities sum to " + std::to_string(acceptability));
        if (j.at("recommended") != sets[0].at("applications")) return fail("recommended");
        for (const char* k : keys) {
            const auto& r = j.at("stability").at(k);
            const double lower = r.at("lower"), current = r.at("current"), upper = r.at("upper");
            if (!(0 <= lower && lower <= current && current <= upper && upper <= 1))
                return fail(std::string("stability.") + k);
        }
        std::cout << "PASS: " << sets.size() << " sets, recommended " << j.at("recommended").dump()
                  << '\n';
        return 0;
    } catch (const std::exception& e) {
        return fail(std::string("schema: ") + e.what());
    }
}

#include <algorithm>

#include "app/decision/model.hpp"

namespace decision {

const char* criterionName(Criterion c) {
    switch (c) {
        case Criterion::Verteilung:
            return "Verteilung der Kommunen im Kreisgebiet";
        case Criterion::Akteure:
            return "Zahl der beteiligten Akteur*innen (aktuell und Ziel)";
        case Criterion::Zusammensetzung:
            return "Zusammensetzung der beteiligten Akteur*innen";
        case Criterion::Zielgruppen:
            return "Angesprochene Zielgruppen";
        case Criterion::Organisation:
            return "Organisation (Personal, Finanzmittel, Ehrenamt)";
        case Criterion::Lage:
            return "Lage im Kreisgebiet";
    }
    return "";
}

const char* criterionShortName(Criterion c) {
    switch (c) {
        case Criterion::Verteilung:
            return "Verteilung";
        case Criterion::Akteure:
            return "Akteure";
        case Criterion::Zusammensetzung:
            return "Zusammensetzung";
        case Criterion::Zielgruppen:
            return "Zielgruppen";
        case Criterion::Organisation:
            return "Organisation";
        case Criterion::Lage:
            return "Lage";
    }
    return "";
}

const char* criterionKey(Criterion c) {
    switch (c) {
        case Criterion::Verteilung:
            return "verteilung";
        case Criterion::Akteure:
            return "akteure";
        case Criterion::Zusammensetzung:
            return "zusammensetzung";
        case Criterion::Zielgruppen:
            return "zielgruppen";
        case Criterion::Organisation:
            return "organisation";
        case Criterion::Lage:
            return "lage";
    }
    return "";
}

Weights equalWeights() {
    Weights w;
    w.fill(1.0 / kCriteria);
    return w;
}

Weights normalised(const Weights& weights) {
    Weights w;
    double sum = 0;
    for (int c = 0; c < kCriteria; ++c) {
        w[c] = std::max(weights[c], 0.0);
        sum += w[c];
    }
    if (!(sum > 0)) return equalWeights();
    for (double& x : w) x /= sum;
    return w;
}

double candidateMerit(const Candidate& candidate, const Weights& weights) {
    const Weights w = normalised(weights);
    double weighted = 0, weightSum = 0, plain = 0;
    for (int c = 1; c < kCriteria; ++c) {
        weighted += w[c] * candidate.scores[c];
        weightSum += w[c];
        plain += candidate.scores[c];
    }
    return weightSum > 0 ? weighted / weightSum : plain / kScoredCriteria;
}

}  // namespace decision

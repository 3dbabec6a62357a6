#include "app/domain/rules.hpp"

#include <charconv>
#include <cmath>

#include "app/domain/limits.hpp"

namespace domain {

bool looksLikeEmail(std::string_view s) {
    auto at = s.find('@');
    return at != std::string_view::npos && at > 0 &&
           s.find('@', at + 1) == std::string_view::npos &&
           s.find('.', at) != std::string_view::npos && s.back() != '.' &&
           s.find_first_of(" \t\r\n") == std::string_view::npos;
}

bool eastingInRange(double east) {
    return east >= kMinEasting && east <= kMaxEasting;
}
bool northingInRange(double north) {
    return north >= kMinNorthing && north <= kMaxNorthing;
}
bool siteInRange(geo::Vec2 site) {
    return eastingInRange(site.x) && northingInRange(site.y);
}

std::string shownNumber(double value) {
    if (std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

std::optional<Problem> numberProblem(double value, NumberKind kind, const std::string& field,
                                     const std::string& shown) {
    if (std::isnan(value)) return Problem{ProblemCode::NotANumber, field, {shown}};
    if (value < 0) return Problem{ProblemCode::NegativeNumber, field, {shown}};
    switch (kind) {
        case NumberKind::Count:
            if (value != std::floor(value))
                return Problem{ProblemCode::NotWholeNumber, field, {shown}};
            if (value > limits::kMaxCount)
                return Problem{ProblemCode::CountTooLarge, field, {shown}};
            break;
        case NumberKind::Hours:
            if (value > limits::kMaxHoursPerWeek)
                return Problem{ProblemCode::HoursTooLarge, field, {shown}};
            break;
        case NumberKind::Amount:
            if (value > limits::kMaxAmountEur)
                return Problem{ProblemCode::AmountTooLarge, field, {shown}};
            break;
    }
    return std::nullopt;
}

bool nrTaken(const std::vector<Application>& applications, const std::string& nr,
             std::int64_t id) {
    for (const Application& other : applications)
        if (other.nr == nr && other.id != id) return true;
    return false;
}

}  // namespace domain

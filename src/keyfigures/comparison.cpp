// SPDX-License-Identifier: Apache-2.0
#include "miljoplan/keyfigures/comparison.h"

#include <algorithm>
#include <map>

#include "detail/enum_names.h"
#include "miljoplan/error.h"

namespace miljoplan {

namespace {

__extension__ typedef __int128 Wide;

const detail::EnumName<TrendMethod> kMethods[] = {
    {TrendMethod::StartToLatest, "start mot senaste", "start to latest"},
    {TrendMethod::FittedLine, "anpassad linje", "fitted line"},
};

const detail::EnumName<TrendVerdict> kVerdicts[] = {
    {TrendVerdict::Improving, "bättre", "improving"},
    {TrendVerdict::Worsening, "sämre", "worsening"},
    {TrendVerdict::Unchanged, "oförändrad", "unchanged"},
    {TrendVerdict::NotJudged, "ej bedömd", "not judged"},
};

Wide pow10(int n)
{
    Wide out = 1;
    for (int i = 0; i < n; ++i) out *= 10;
    return out;
}

// numerator / denominator rounded half away from zero; denominator > 0.
Wide divide_rounded(Wide numerator, Wide denominator)
{
    const bool negative = numerator < 0;
    const Wide magnitude = negative ? -numerator : numerator;
    Wide q = magnitude / denominator;
    if (2 * (magnitude % denominator) >= denominator) ++q;
    return negative ? -q : q;
}

struct Point {
    int year;
    Decimal value;
};

std::optional<Decimal> slope(const std::vector<Point>& points, TrendMethod method)
{
    if (points.size() < 2) return std::nullopt;
    int scale = 0;
    for (const auto& p : points) scale = std::max(scale, p.value.scale());
    const int out_scale = std::min(scale + 2, Decimal::max_scale);
    auto units = [&](const Decimal& d) { return static_cast<Wide>(d.units()) * pow10(scale - d.scale()); };
    Wide numerator = 0;
    Wide denominator = 0;
    if (method == TrendMethod::StartToLatest) {
        numerator = units(points.back().value) - units(points.front().value);
        denominator = points.back().year - points.front().year;
    } else {
        // Least squares with x counted from the first year keeps the sums small; the slope is
        // (n Σxy - Σx Σy) / (n Σx² - (Σx)²), computed exactly in integers.
        const Wide n = static_cast<Wide>(points.size());
        Wide sx = 0, sy = 0, sxy = 0, sxx = 0;
        for (const auto& p : points) {
            const Wide x = p.year - points.front().year;
            const Wide y = units(p.value);
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
        }
        numerator = n * sxy - sx * sy;
        denominator = n * sxx - sx * sx;
    }
    // The ratio is in units of 10^-scale per year; two more decimals: multiply by 10^(out_scale - scale).
    const Wide result = divide_rounded(numerator * pow10(out_scale - scale), denominator);
    return Decimal(static_cast<std::int64_t>(result), out_scale);
}

TrendVerdict verdict_of(const std::optional<Decimal>& per_year, Better better)
{
    if (!per_year || better == Better::Neither) return TrendVerdict::NotJudged;
    const int sign = compare(*per_year, Decimal());
    if (sign == 0) return TrendVerdict::Unchanged;
    return (sign > 0) == (better == Better::Higher) ? TrendVerdict::Improving : TrendVerdict::Worsening;
}

}  // namespace

std::string to_string(TrendMethod method) { return detail::token_of(kMethods, method); }
std::optional<TrendMethod> parse_trend_method(std::string_view text) { return detail::parse_enum(kMethods, text); }
std::string to_string(TrendVerdict verdict) { return detail::token_of(kVerdicts, verdict); }

const YearComparison* KeyFigureComparison::find(const std::string& key_figure, int year) const noexcept
{
    for (const auto& y : years)
        if (y.key_figure == key_figure && y.year == year) return &y;
    return nullptr;
}

std::optional<Decimal> median_of(std::vector<Decimal> values)
{
    if (values.empty()) return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n % 2 == 1) return values[n / 2];
    return midpoint(values[n / 2 - 1], values[n / 2]);
}

KeyFigureComparison compare_key_figures(const KeyFigureSet& set, const ComparisonOptions& options)
{
    std::vector<const KeyFigure*> figures;
    if (options.key_figures.empty()) {
        for (const auto& k : set.key_figures()) figures.push_back(&k);
    } else {
        for (const auto& id : options.key_figures) {
            const KeyFigure* k = set.find_key_figure(id);
            if (!k) throw InvalidArgument("key figure '" + id + "' is not in the catalogue");
            figures.push_back(k);
        }
    }
    const std::vector<std::string> codes = set.municipality_codes();
    KeyFigureComparison out;
    out.method = options.trend;
    for (const KeyFigure* figure : figures) {
        for (const int year : set.years(figure->id)) {
            YearComparison y;
            y.key_figure = figure->id;
            y.year = year;
            try {
                y.deadline = Date(static_cast<unsigned short>(year + 1), static_cast<unsigned short>(options.deadline_month),
                                  static_cast<unsigned short>(options.deadline_day));
            } catch (const std::exception&) {
                throw InvalidArgument("impossible reporting deadline: month " + std::to_string(options.deadline_month) +
                                      ", day " + std::to_string(options.deadline_day));
            }
            std::vector<Decimal> present;
            for (const auto& code : codes) {
                MunicipalityFigure m;
                m.municipality = code;
                if (const auto* listed = set.find_municipality(code)) {
                    m.name = listed->name;
                    m.party = listed->party;
                }
                if (const auto* v = set.find_value(figure->id, code, year)) {
                    m.value = v->value;
                    m.status = v->status;
                    m.reported_on = v->reported_on;
                }
                if (const auto* p = set.find_value(figure->id, code, year - 1)) m.previous = p->value;
                if (m.value) {
                    present.push_back(*m.value);
                    m.reported_by_deadline = !m.reported_on || *m.reported_on <= y.deadline;
                    if (m.previous) m.change = *m.value - *m.previous;
                }
                if (!m.reported_by_deadline) y.not_reported_by_deadline.push_back(code);
                y.municipalities.push_back(std::move(m));
            }
            y.reported = present.size();
            y.median = median_of(present);
            if (!present.empty()) {
                y.minimum = *std::min_element(present.begin(), present.end());
                y.maximum = *std::max_element(present.begin(), present.end());
                y.spread = *y.maximum - *y.minimum;
            }
            for (auto& m : y.municipalities) {
                if (!m.value) continue;
                m.deviation = *m.value - *y.median;
                if (figure->better == Better::Neither) continue;
                int better_count = 0;
                for (const auto& other : present)
                    if (figure->better == Better::Higher ? other > *m.value : other < *m.value) ++better_count;
                m.rank = better_count + 1;
            }
            out.years.push_back(std::move(y));
        }
        for (const auto& code : codes) {
            KeyFigureTrend t;
            t.key_figure = figure->id;
            t.municipality = code;
            if (const auto* listed = set.find_municipality(code)) t.name = listed->name;
            t.method = options.trend;
            std::vector<Point> points;
            for (const int year : set.years(figure->id))
                if (const auto* v = set.find_value(figure->id, code, year); v && v->value) points.push_back({year, *v->value});
            t.points = points.size();
            if (!points.empty()) {
                t.first_year = points.front().year;
                t.last_year = points.back().year;
            }
            t.per_year = slope(points, options.trend);
            t.verdict = verdict_of(t.per_year, figure->better);
            out.trends.push_back(std::move(t));
        }
    }
    return out;
}

}  // namespace miljoplan

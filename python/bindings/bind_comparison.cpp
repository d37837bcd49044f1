// SPDX-License-Identifier: Apache-2.0
// The yearly key-figure comparison of miljoplan/keyfigures/comparison.h; numbers cross as decimal.Decimal.
#include "bindings.h"
#include "casters.h"
#include "decimal_caster.h"
#include "enums.h"
#include "miljoplan/keyfigures/comparison.h"

namespace miljoplan::python {

namespace {

std::optional<TrendVerdict> parse_verdict(std::string_view text)
{
    for (auto v : {TrendVerdict::Improving, TrendVerdict::Worsening, TrendVerdict::Unchanged, TrendVerdict::NotJudged})
        if (to_string(v) == text) return v;
    return std::nullopt;
}

}  // namespace

void bind_comparison(py::module_& m)
{
    bind_enum<TrendMethod>(m, "TrendMethod",
                           "How a trend is measured: 'start mot senaste' (first against latest value) or "
                           "'anpassad linje' (least-squares line).",
                           parse_trend_method, [](TrendMethod t) { return to_string(t); },
                           {{"StartToLatest", TrendMethod::StartToLatest}, {"FittedLine", TrendMethod::FittedLine}});
    bind_enum<TrendVerdict>(m, "TrendVerdict", "How a trend reads in the direction of better.", parse_verdict,
                            [](TrendVerdict v) { return to_string(v); },
                            {{"Improving", TrendVerdict::Improving},
                             {"Worsening", TrendVerdict::Worsening},
                             {"Unchanged", TrendVerdict::Unchanged},
                             {"NotJudged", TrendVerdict::NotJudged}});

    py::class_<MunicipalityFigure>(m, "MunicipalityFigure",
                                   "One municipality's value of one key figure in one year, set against the county.")
        .def_readonly("municipality", &MunicipalityFigure::municipality, "The kommunkod.")
        .def_readonly("name", &MunicipalityFigure::name, "The municipality's name; may be empty.")
        .def_readonly("party", &MunicipalityFigure::party, "The plan's party id; may be empty.")
        .def_readonly("value", &MunicipalityFigure::value, "The value (decimal.Decimal), or None when missing.")
        .def_readonly("status", &MunicipalityFigure::status, "The value's status (missing when there is none).")
        .def_readonly("deviation", &MunicipalityFigure::deviation, "value - median, exact; None without a value.")
        .def_readonly("rank", &MunicipalityFigure::rank,
                      "1 for the best value, ties share a rank; None without a value or a better direction.")
        .def_readonly("previous", &MunicipalityFigure::previous, "The value of the year before, or None.")
        .def_readonly("change", &MunicipalityFigure::change, "value - previous, exact; None unless both exist.")
        .def_readonly("reported_on", &MunicipalityFigure::reported_on, "When the value was entered, or None.")
        .def_readonly("reported_by_deadline", &MunicipalityFigure::reported_by_deadline,
                      "True when a value exists and was entered by the deadline (or its date is unknown).")
        .def("__repr__", [](const MunicipalityFigure& f) {
            return "<MunicipalityFigure " + f.municipality + " " + (f.value ? f.value->to_string() : "None") +
                   (f.rank ? " rank " + std::to_string(*f.rank) : "") + ">";
        });

    py::class_<YearComparison>(m, "YearComparison",
                               "One key figure in one year: the county's values side by side with median and spread.")
        .def_readonly("key_figure", &YearComparison::key_figure, "The key figure's id.")
        .def_readonly("year", &YearComparison::year, "The year.")
        .def_readonly("deadline", &YearComparison::deadline, "The reporting deadline for this year's values.")
        .def_readonly("municipalities", &YearComparison::municipalities, py::return_value_policy::copy,
                      "Every municipality of the set, in the set's order.")
        .def_readonly("reported", &YearComparison::reported, "How many municipalities have a value.")
        .def_readonly("median", &YearComparison::median, "The median, exact; None without values.")
        .def_readonly("minimum", &YearComparison::minimum, "The smallest value.")
        .def_readonly("maximum", &YearComparison::maximum, "The largest value.")
        .def_readonly("spread", &YearComparison::spread, "maximum - minimum.")
        .def_readonly("not_reported_by_deadline", &YearComparison::not_reported_by_deadline,
                      py::return_value_policy::copy, "Kommunkoder of those that had not reported by the deadline.")
        .def("__repr__", [](const YearComparison& y) {
            return "<YearComparison " + y.key_figure + " " + std::to_string(y.year) + ": " + std::to_string(y.reported) +
                   " values, median " + (y.median ? y.median->to_string() : "None") + ">";
        });

    py::class_<KeyFigureTrend>(m, "KeyFigureTrend", "One municipality's trend of one key figure over the years.")
        .def_readonly("key_figure", &KeyFigureTrend::key_figure, "The key figure's id.")
        .def_readonly("municipality", &KeyFigureTrend::municipality, "The kommunkod.")
        .def_readonly("name", &KeyFigureTrend::name, "The municipality's name; may be empty.")
        .def_readonly("method", &KeyFigureTrend::method, "The trend method used (TrendMethod).")
        .def_readonly("first_year", &KeyFigureTrend::first_year, "The first year with a value (0 when none).")
        .def_readonly("last_year", &KeyFigureTrend::last_year, "The last year with a value (0 when none).")
        .def_readonly("points", &KeyFigureTrend::points, "How many years have a value.")
        .def_readonly("per_year", &KeyFigureTrend::per_year,
                      "Change per year, rounded half away from zero to two more decimals than the values; None "
                      "with fewer than two years.")
        .def_readonly("verdict", &KeyFigureTrend::verdict, "The trend read in the direction of better (TrendVerdict).")
        .def("__repr__", [](const KeyFigureTrend& t) {
            return "<KeyFigureTrend " + t.key_figure + " " + t.municipality + " " +
                   (t.per_year ? t.per_year->to_string() : "None") + " per year (" + to_string(t.verdict) + ")>";
        });

    py::class_<KeyFigureComparison>(m, "KeyFigureComparison", "The yearly comparison of a key-figure set.")
        .def_readonly("method", &KeyFigureComparison::method, "The trend method used.")
        .def_readonly("years", &KeyFigureComparison::years, py::return_value_policy::copy,
                      "One entry per key figure and year: catalogue order, then ascending years.")
        .def_readonly("trends", &KeyFigureComparison::trends, py::return_value_policy::copy,
                      "One entry per key figure and municipality.")
        .def(
            "find",
            [](const KeyFigureComparison& c, const std::string& key_figure, int year) -> std::optional<YearComparison> {
                if (const auto* y = c.find(key_figure, year)) return *y;
                return std::nullopt;
            },
            py::arg("key_figure"), py::arg("year"), "The entry for `key_figure` in `year`, or None.")
        .def("__repr__", [](const KeyFigureComparison& c) {
            return "<KeyFigureComparison " + std::to_string(c.years.size()) + " key-figure years, trend " +
                   to_string(c.method) + ">";
        });

    m.def(
        "compare_key_figures",
        [](const KeyFigureSet& set, TrendMethod trend, int deadline_month, int deadline_day,
           std::vector<std::string> key_figures) {
            ComparisonOptions options;
            options.trend = trend;
            options.deadline_month = deadline_month;
            options.deadline_day = deadline_day;
            options.key_figures = std::move(key_figures);
            return compare_key_figures(set, options);
        },
        py::arg("set"), py::arg("trend") = TrendMethod::FittedLine, py::arg("deadline_month") = 4,
        py::arg("deadline_day") = 1, py::arg("key_figures") = std::vector<std::string>(),
        "Compares the set's key figures year by year: median, spread, deviation, rank, change since last year, "
        "trend and who had not reported by the deadline (1 April of the following year by default).");
    m.def("median_of", &median_of, py::arg("values"),
          "The exact median of decimal values (the midpoint of the middle two for an even count); None for none.");
}

}  // namespace miljoplan::python

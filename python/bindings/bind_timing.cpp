// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/calendar/timing.h"
#include "miljoplan/io/calendar_json.h"

namespace miljoplan::python {

namespace {

std::string months_repr(const std::vector<int>& months)
{
    std::string out = "[";
    for (std::size_t i = 0; i < months.size(); ++i) out += (i ? ", " : "") + std::to_string(months[i]);
    return out + "]";
}

}  // namespace

void bind_timing(py::module_& m)
{
    py::enum_<WindowKind>(m, "WindowKind", "What a window of a timing phrase stands for.")
        .value("Period", WindowKind::Period)
        .value("Phase", WindowKind::Phase)
        .value("Detail", WindowKind::Detail)
        .value("Extension", WindowKind::Extension)
        .value("Scope", WindowKind::Scope);
    py::enum_<CadencePeriod>(m, "CadencePeriod", "The period a cadence counts in.")
        .value("Week", CadencePeriod::Week)
        .value("Month", CadencePeriod::Month)
        .value("Quarter", CadencePeriod::Quarter)
        .value("Tertial", CadencePeriod::Tertial)
        .value("HalfYear", CadencePeriod::HalfYear)
        .value("Term", CadencePeriod::Term)
        .value("Year", CadencePeriod::Year);

    py::class_<TimeWindow> window(m, "TimeWindow", "A date range a phrase names, with its label and its words.");
    window.def_readonly("range", &TimeWindow::range, "The days (a DateRange).")
        .def_readonly("kind", &TimeWindow::kind, "Period, Phase, Detail, Extension or Scope.")
        .def_readonly("label", &TimeWindow::label, "A label from the phrase ('Fas 1', 'tillsynsbesök').")
        .def_readonly("text", &TimeWindow::text, py::return_value_policy::copy, "The words it was read from.")
        .def_property_readonly("start", [](const TimeWindow& w) { return w.range.first; }, "First day.")
        .def_property_readonly("last", [](const TimeWindow& w) { return w.range.last(); }, "Last day (included).")
        .def("__repr__", [](const TimeWindow& w) {
            return "<TimeWindow " + to_string(w.kind) + " " + w.range.to_string() +
                   (w.label.empty() ? "" : " " + quote(w.label)) + ">";
        });
    value_semantics(window);

    py::class_<Cadence> cadence(m, "Cadence", "How often: a count (or range of counts) per period.");
    cadence.def_readonly("min", &Cadence::min, "Fewest occurrences per period.")
        .def_readonly("max", &Cadence::max, "Most occurrences per period.")
        .def_readonly("per", &Cadence::per, "The period counted in.")
        .def_readonly("interval", &Cadence::interval, "Every how many periods ('varannan' gives 2).")
        .def_readonly("excluded_months", &Cadence::excluded_months, py::return_value_policy::copy, "Months excluded (1-12).")
        .def_readonly("within", &Cadence::within, py::return_value_policy::copy, "The period the cadence is limited to, or None.")
        .def_readonly("label", &Cadence::label, "Words naming the occurrences.")
        .def_readonly("anchor", &Cadence::anchor, "Words tying them to something else ('inför styrgruppsmötena').")
        .def_readonly("text", &Cadence::text, py::return_value_policy::copy, "The words it was read from.")
        .def_property_readonly("is_regular", &Cadence::is_regular,
                               "True when the cadence fixes its months (monthly or weekly): expressible as an RRULE.")
        .def("__repr__", [](const Cadence& c) {
            return "<Cadence " + std::to_string(c.min) + (c.max != c.min ? "-" + std::to_string(c.max) : "") + " per " +
                   to_string(c.per) + (c.interval > 1 ? " every " + std::to_string(c.interval) : "") +
                   (c.excluded_months.empty() ? "" : " except " + months_repr(c.excluded_months)) + ">";
        });
    value_semantics(cadence);

    py::class_<Deadline> deadline(m, "Deadline", "A deadline: the last day something may happen, that day included.");
    deadline.def_readonly("date", &Deadline::date, py::return_value_policy::copy, "The last allowed day.")
        .def_readonly("text", &Deadline::text, py::return_value_policy::copy, "The words it was read from.")
        .def("__repr__", [](const Deadline& d) { return "<Deadline " + to_iso_string(d.date) + " " + quote(d.text) + ">"; });
    value_semantics(deadline);

    py::class_<Timing> timing(m, "Timing", "A timing phrase read into its parts, the phrase kept verbatim.");
    timing.def_readonly("text", &Timing::text, py::return_value_policy::copy, "The phrase as written.")
        .def_readonly("windows", &Timing::windows, py::return_value_policy::copy, "Date ranges the phrase names.")
        .def_readonly("dates", &Timing::dates, py::return_value_policy::copy, "Single days the phrase names.")
        .def_readonly("cadences", &Timing::cadences, py::return_value_policy::copy, "How often (a phrase may hold several).")
        .def_property_readonly("cadence", [](const Timing& t) -> std::optional<Cadence> {
            if (t.cadences.empty()) return std::nullopt;
            return t.cadences.front();
        }, "The first cadence, or None.")
        .def_readonly("deadline", &Timing::deadline, py::return_value_policy::copy, "The deadline, or None.")
        .def_readonly("ongoing", &Timing::ongoing, "True for 'löpande'.")
        .def_readonly("excluded_months", &Timing::excluded_months, py::return_value_policy::copy, "Months excluded outside any cadence.")
        .def_readonly("ambiguous", &Timing::ambiguous, "True when the reading depends on a convention.")
        .def_readonly("notes", &Timing::notes, py::return_value_policy::copy, "Remarks: ambiguities, where a year came from.")
        .def_readonly("unparsed", &Timing::unparsed, "Words not understood; empty when fully read.")
        .def_property_readonly("phases", &Timing::phases, "The windows that are phases.")
        .def_property_readonly("span", &Timing::span, "The range covering everything the phrase names, or None.")
        .def("to_json", [](const Timing& t, std::optional<int> year) { return timing_to_json(t, year); },
             py::arg("year") = py::none(), "The JSON of `miljoplan timing --json`.")
        .def("__repr__", [](const Timing& t) {
            return "<Timing " + quote(t.text) + ": " + std::to_string(t.windows.size()) + " windows, " +
                   std::to_string(t.dates.size()) + " dates, " + std::to_string(t.cadences.size()) + " cadences" +
                   (t.unparsed.empty() ? "" : ", unparsed " + quote(t.unparsed)) + ">";
        });
    value_semantics(timing);

    m.def(
        "parse_timing",
        [](const std::string& text, std::optional<int> year, SeasonReading seasons) {
            return parse_timing(text, TimingContext{year, seasons});
        },
        py::arg("text"), py::arg("year") = py::none(), py::arg("seasons") = SeasonReading::Term,
        "Reads a Swedish timing phrase ('Våren 2024', '1 gång per månad, bortsett från juli månad'). "
        "`year` is the year a phrase without one means; `seasons` how 'våren'/'hösten' are read. Raises "
        "ParseError naming the offending part for impossible input.");
}

}  // namespace miljoplan::python

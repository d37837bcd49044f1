// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/analysis/year_wheel.h"
#include "miljoplan/io/calendar_json.h"
#include "miljoplan/io/ics.h"

namespace miljoplan::python {

void bind_year_wheel(py::module_& m)
{
    py::class_<WheelOptions>(m, "WheelOptions", "Options for building a year wheel.")
        .def(py::init([](ExpandOptions expand, std::optional<std::vector<std::string>> meeting_words) {
                 WheelOptions o;
                 o.expand = std::move(expand);
                 if (meeting_words) o.meeting_words = std::move(*meeting_words);
                 return o;
             }),
             py::arg("expand") = ExpandOptions{}, py::arg("meeting_words") = py::none())
        .def_readonly("expand", &WheelOptions::expand)
        .def_readonly("meeting_words", &WheelOptions::meeting_words, py::return_value_policy::copy,
                      "Words in a title or implementation that make an activity a meeting.");

    py::class_<ScheduledActivity>(m, "ScheduledActivity", "One activity read for the calendar.")
        .def_readonly("id", &ScheduledActivity::id)
        .def_readonly("title", &ScheduledActivity::title)
        .def_readonly("category", &ScheduledActivity::category)
        .def_readonly("timing", &ScheduledActivity::timing, "The parsed timing phrase.")
        .def_readonly("expansion", &ScheduledActivity::expansion, "Its meaning in the wheel's year.")
        .def_readonly("meeting", &ScheduledActivity::meeting, "True when it counts as a meeting.")
        .def_readonly("responsible", &ScheduledActivity::responsible, py::return_value_policy::copy, "Responsible actor ids.")
        .def_readonly("error", &ScheduledActivity::error, "Why the phrase could not be read, or ''.")
        .def("__repr__", [](const ScheduledActivity& s) {
            return "<ScheduledActivity " + quote(s.id.value()) + " " + std::to_string(s.expansion.occurrences.size()) +
                   " occurrences>";
        });

    py::class_<ScheduledMilestone>(m, "ScheduledMilestone", "A planning-process step in the wheel's year.")
        .def_readonly("id", &ScheduledMilestone::id)
        .def_readonly("title", &ScheduledMilestone::title)
        .def_readonly("concerns_year", &ScheduledMilestone::concerns_year)
        .def_readonly("responsible", &ScheduledMilestone::responsible, py::return_value_policy::copy)
        .def_readonly("timing", &ScheduledMilestone::timing)
        .def_readonly("expansion", &ScheduledMilestone::expansion)
        .def_readonly("error", &ScheduledMilestone::error)
        .def("__repr__", [](const ScheduledMilestone& s) { return "<ScheduledMilestone " + quote(s.title) + ">"; });

    py::class_<WheelOccurrence>(m, "WheelOccurrence", "An occurrence placed in the wheel.")
        .def_readonly("activity", &WheelOccurrence::activity, "Index into YearWheel.activities.")
        .def_readonly("occurrence", &WheelOccurrence::occurrence);

    py::class_<WheelMonth>(m, "WheelMonth", "One month of the year wheel.")
        .def_readonly("month", &WheelMonth::month)
        .def_readonly("running", &WheelMonth::running, py::return_value_policy::copy, "Indices of activities running in the month.")
        .def_readonly("occurrences", &WheelMonth::occurrences, py::return_value_policy::copy)
        .def_readonly("milestones", &WheelMonth::milestones, py::return_value_policy::copy, "(milestone index, occurrence) pairs.")
        .def_readonly("meetings", &WheelMonth::meetings, "Meeting occurrences in the month.")
        .def_readonly("load", &WheelMonth::load, py::return_value_policy::copy, "Meeting occurrences per responsible actor id.")
        .def("__repr__", [](const WheelMonth& w) {
            return "<WheelMonth " + std::to_string(w.month) + ": " + std::to_string(w.meetings) + " meetings>";
        });

    py::class_<YearWheel>(m, "YearWheel", "The plan's year wheel (årshjul).")
        .def_readonly("year", &YearWheel::year, py::return_value_policy::copy)
        .def_readonly("activities", &YearWheel::activities, py::return_value_policy::copy)
        .def_readonly("milestones", &YearWheel::milestones, py::return_value_policy::copy, "The planning process's steps in the year.")
        .def_property_readonly("months", [](const YearWheel& w) {
            return std::vector<WheelMonth>(w.months.begin(), w.months.end());
        }, "January to December.")
        .def_property_readonly("meetings", &YearWheel::meetings, py::return_value_policy::copy, "Meeting occurrences in the year.")
        .def("meetings_per_activity", &YearWheel::meetings_per_activity)
        .def("to_json", &year_wheel_to_json, "The wheel as JSON.")
        .def("to_text", &year_wheel_text, "The wheel as readable text (Swedish).")
        .def("__repr__", [](const YearWheel& w) {
            return "<YearWheel " + std::to_string(w.year) + ": " + std::to_string(w.activities.size()) + " activities, " +
                   std::to_string(w.meetings()) + " meetings>";
        });

    m.def("build_year_wheel", &build_year_wheel, py::arg("plan"), py::arg("year") = py::none(),
          py::arg("options") = WheelOptions{}, "Builds the year wheel of a plan (its first year by default).");

    py::class_<TimingContext>(m, "TimingContext", "The year and season reading a phrase is read against.")
        .def_readonly("year", &TimingContext::year, py::return_value_policy::copy)
        .def_readonly("seasons", &TimingContext::seasons);
    m.def("timing_context", &timing_context, py::arg("plan"), py::arg("year") = py::none(),
          "The year and season reading a plan's phrases are read against (the plan's first year by default).");

    m.def(
        "to_ics",
        [](const Plan& plan, const YearWheel& wheel, const std::string& stamp, bool include_suggestions) {
            return to_ics(plan, wheel, IcsOptions{stamp, include_suggestions});
        },
        py::arg("plan"), py::arg("wheel"), py::arg("stamp") = "", py::arg("include_suggestions") = true,
        "The year wheel as an iCalendar (RFC 5545) text.");
}

}  // namespace miljoplan::python

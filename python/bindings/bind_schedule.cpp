// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/calendar/schedule.h"

namespace miljoplan::python {

void bind_schedule(py::module_& m)
{
    py::enum_<OccurrenceKind>(m, "OccurrenceKind", "How sure an occurrence's date is.")
        .value("Dated", OccurrenceKind::Dated)
        .value("Monthly", OccurrenceKind::Monthly)
        .value("Suggested", OccurrenceKind::Suggested)
        .value("Deadline", OccurrenceKind::Deadline);

    py::class_<Occurrence> occurrence(m, "Occurrence", "One dated or suggested occurrence.");
    occurrence.def_readonly("date", &Occurrence::date, py::return_value_policy::copy, "The day (exact, or a suggested working day).")
        .def_readonly("kind", &Occurrence::kind, "Dated, Monthly, Suggested or Deadline.")
        .def_readonly("label", &Occurrence::label, "What occurs, from the phrase.")
        .def_readonly("cadence", &Occurrence::cadence, "Index of its cadence, or -1.")
        .def("__repr__", [](const Occurrence& o) {
            return "<Occurrence " + to_iso_string(o.date) + " " + to_string(o.kind) +
                   (o.label.empty() ? "" : " " + quote(o.label)) + ">";
        });
    value_semantics(occurrence);

    py::class_<ExpandOptions>(m, "ExpandOptions", "Options for spreading occurrences over a year.")
        .def(py::init([](std::vector<int> avoid_months, int suggested_day, bool plan_for_max, bool one_in_window) {
                 return ExpandOptions{std::move(avoid_months), suggested_day, plan_for_max, one_in_window};
             }),
             py::arg("avoid_months") = std::vector<int>{7}, py::arg("suggested_day") = 15,
             py::arg("plan_for_max") = true, py::arg("one_in_window") = true)
        .def_readonly("avoid_months", &ExpandOptions::avoid_months, py::return_value_policy::copy)
        .def_readonly("suggested_day", &ExpandOptions::suggested_day)
        .def_readonly("plan_for_max", &ExpandOptions::plan_for_max)
        .def_readonly("one_in_window", &ExpandOptions::one_in_window);

    py::class_<Expansion>(m, "Expansion", "What a timing phrase means within one year.")
        .def_readonly("year", &Expansion::year, py::return_value_policy::copy)
        .def_readonly("windows", &Expansion::windows, py::return_value_policy::copy, "Windows clipped to the year.")
        .def_readonly("occurrences", &Expansion::occurrences, py::return_value_policy::copy, "Occurrences in date order.")
        .def_readonly("has_suggestions", &Expansion::has_suggestions, "True when dates are suggestions.")
        .def_property_readonly("dates", [](const Expansion& e) {
            std::vector<Date> out;
            for (const auto& o : e.occurrences) out.push_back(o.date);
            return out;
        }, "The occurrences' dates.")
        .def("__repr__", [](const Expansion& e) {
            return "<Expansion " + std::to_string(e.year) + ": " + std::to_string(e.windows.size()) + " windows, " +
                   std::to_string(e.occurrences.size()) + " occurrences>";
        });

    m.def("expand", &expand, py::arg("timing"), py::arg("year"), py::arg("options") = ExpandOptions{},
          "Expands a parsed phrase over a year: windows clipped, regular cadences per allowed month, counts "
          "without dates spread over working days.");
    m.def("cadence_months", &cadence_months, py::arg("cadence"), py::arg("year"),
          "The months of a year in which a regular cadence has an occurrence.");
    m.def("next_working_day", &next_working_day, py::arg("day"), "The first working day on or after a day.");
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "enums.h"
#include "casters.h"
#include "miljoplan/analysis/follow_up.h"
#include "miljoplan/analysis/plan_compare.h"
#include "miljoplan/io/annual_report.h"

namespace miljoplan::python {

void bind_follow_up(py::module_& m)
{
    py::class_<CadenceCompliance>(m, "CadenceCompliance", "Occurrences held against those planned in a year.")
        .def_readonly("expected_min", &CadenceCompliance::expected_min)
        .def_readonly("expected_max", &CadenceCompliance::expected_max)
        .def_readonly("held", &CadenceCompliance::held, py::return_value_policy::copy)
        .def_readonly("fulfilled", &CadenceCompliance::fulfilled)
        .def_readonly("timing", &CadenceCompliance::timing)
        .def("__repr__", [](const CadenceCompliance& c) {
            return "<CadenceCompliance held " + std::to_string(c.held) + " of " + std::to_string(c.expected_min) + "-" +
                   std::to_string(c.expected_max) + ">";
        });

    py::class_<ActivityFollowUp>(m, "ActivityFollowUp", "One activity's follow-up in a year.")
        .def_readonly("id", &ActivityFollowUp::id)
        .def_readonly("title", &ActivityFollowUp::title)
        .def_readonly("category", &ActivityFollowUp::category)
        .def_readonly("status", &ActivityFollowUp::status, py::return_value_policy::copy, "The latest status, or None.")
        .def_readonly("status_date", &ActivityFollowUp::status_date, py::return_value_policy::copy)
        .def_readonly("note", &ActivityFollowUp::note)
        .def_readonly("entries", &ActivityFollowUp::entries, py::return_value_policy::copy)
        .def_readonly("compliance", &ActivityFollowUp::compliance, py::return_value_policy::copy, "Cadence compliance, or None.")
        .def("__repr__", [](const ActivityFollowUp& a) {
            return "<ActivityFollowUp " + quote(a.id.value()) + " " + (a.status ? to_string(*a.status) : std::string("-")) + ">";
        });

    py::class_<FollowUpReport>(m, "FollowUpReport", "The plan's follow-up for a year as of a day.")
        .def_readonly("year", &FollowUpReport::year, py::return_value_policy::copy)
        .def_readonly("as_of", &FollowUpReport::as_of)
        .def_readonly("points", &FollowUpReport::points, py::return_value_policy::copy, "The follow-up points (last days of the follow-up months).")
        .def_readonly("activities", &FollowUpReport::activities, py::return_value_policy::copy)
        .def_readonly("by_status", &FollowUpReport::by_status, py::return_value_policy::copy)
        .def_readonly("unknown", &FollowUpReport::unknown, py::return_value_policy::copy, "Entries naming no activity of the plan.")
        .def("to_text", [](const FollowUpReport& r, Language language) { return follow_up_text(r, language); },
             py::arg("language") = Language::Swedish)
        .def("__repr__", [](const FollowUpReport& r) {
            return "<FollowUpReport " + std::to_string(r.year) + " as of " + to_iso_string(r.as_of) + ">";
        });

    m.def("follow_up_points", &follow_up_points, py::arg("organisation"), py::arg("year"));
    m.def("follow_up_report", &follow_up_report, py::arg("plan"), py::arg("year"), py::arg("as_of") = py::none(),
          "Each activity's latest status and note, and cadence compliance, for a year as of a day.");
    m.def("annual_report", &annual_report, py::arg("plan"), py::arg("year"), py::arg("language") = Language::Swedish,
          "The annual report (verksamhetsberättelse) as Markdown.");

    static const std::initializer_list<std::pair<const char*, ActivityChange>> changes{
        {"Continued", ActivityChange::Continued}, {"Changed", ActivityChange::Changed}, {"Moved", ActivityChange::Moved},
        {"Added", ActivityChange::Added}, {"Removed", ActivityChange::Removed}};
    bind_enum<ActivityChange>(
        m, "ActivityChange", "How an activity differs between two plans (fortsätter, ändrad, flyttad, ny, borttagen).",
        [](const std::string& text) -> std::optional<ActivityChange> {
            for (const auto& [name, value] : changes)
                if (text == name || text == to_string(value)) return value;
            return std::nullopt;
        },
        [](ActivityChange c) { return to_string(c); }, changes);

    py::class_<ActivityComparison>(m, "ActivityComparison", "One activity compared across two plans.")
        .def_readonly("id", &ActivityComparison::id)
        .def_readonly("title", &ActivityComparison::title)
        .def_readonly("change", &ActivityComparison::change)
        .def_readonly("first_year", &ActivityComparison::first_year, py::return_value_policy::copy)
        .def_readonly("second_year", &ActivityComparison::second_year, py::return_value_policy::copy)
        .def_readonly("changed_fields", &ActivityComparison::changed_fields, py::return_value_policy::copy)
        .def("__repr__", [](const ActivityComparison& a) {
            return "<ActivityComparison " + quote(a.id.value()) + " " + to_string(a.change) + ">";
        });

    py::class_<PlanComparison>(m, "PlanComparison", "Two plans compared: years, activities, proposals, budgets.")
        .def_readonly("years_added", &PlanComparison::years_added, py::return_value_policy::copy)
        .def_readonly("years_removed", &PlanComparison::years_removed, py::return_value_policy::copy)
        .def_readonly("status_changes", &PlanComparison::status_changes, py::return_value_policy::copy)
        .def_readonly("activities", &PlanComparison::activities, py::return_value_policy::copy)
        .def_readonly("proposals_added", &PlanComparison::proposals_added, py::return_value_policy::copy)
        .def_readonly("proposals_removed", &PlanComparison::proposals_removed, py::return_value_policy::copy)
        .def_readonly("budget", &PlanComparison::budget, py::return_value_policy::copy)
        .def("count", &PlanComparison::count, py::arg("change"))
        .def("__repr__", [](const PlanComparison& c) {
            return "<PlanComparison " + std::to_string(c.activities.size()) + " activities>";
        });

    m.def("compare_plans", &compare_plans, py::arg("first"), py::arg("second"),
          "Compares two plans (versions, or years of a rolling plan).");
}

}  // namespace miljoplan::python

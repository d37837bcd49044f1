// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/planning_cycle.h"

namespace miljoplan::python {

void bind_planning_cycle(py::module_& m)
{
    bind_enum<YearStatus>(m, "YearStatus", "How firm one year of a multi-year plan is.", parse_year_status,
                          [](YearStatus s) { return to_string(s); },
                          {{"Adopted", YearStatus::Adopted},
                           {"Preliminary", YearStatus::Preliminary},
                           {"ProposalBank", YearStatus::ProposalBank}});

    py::class_<PlanningCycle> cycle(m, "PlanningCycle",
                                    "The organisation's planning cycle: horizon, year statuses, adoption.");
    cycle
        .def(py::init([](int horizon_years, std::vector<YearStatus> year_statuses, std::optional<ActorId> adopted_by,
                         int adoption_deadline_month, int adoption_years_before, std::string text) {
                 if (horizon_years < 1) throw py::value_error("horizon_years must be at least 1");
                 if (adoption_deadline_month < 1 || adoption_deadline_month > 12)
                     throw py::value_error("adoption_deadline_month must be 1-12");
                 return PlanningCycle{horizon_years, std::move(year_statuses), std::move(adopted_by),
                                      adoption_deadline_month, adoption_years_before, std::move(text)};
             }),
             py::arg("horizon_years") = 3,
             py::arg("year_statuses") =
                 std::vector<YearStatus>{YearStatus::Adopted, YearStatus::Preliminary, YearStatus::ProposalBank},
             py::arg("adopted_by") = py::none(), py::arg("adoption_deadline_month") = 6,
             py::arg("adoption_years_before") = 1, py::arg("text") = "")
        .def_readonly("horizon_years", &PlanningCycle::horizon_years, "Years a plan normally covers.")
        .def_readonly("year_statuses", &PlanningCycle::year_statuses, py::return_value_policy::copy, "Status of each year of a normal plan.")
        .def_readonly("adopted_by", &PlanningCycle::adopted_by, py::return_value_policy::copy, "Id of the adopting body.")
        .def_readonly("adoption_deadline_month", &PlanningCycle::adoption_deadline_month,
                      "Month by the end of which the plan must be adopted.")
        .def_readonly("adoption_years_before", &PlanningCycle::adoption_years_before,
                      "Years before the plan's first year that the deadline falls.")
        .def_readonly("text", &PlanningCycle::text, py::return_value_policy::copy, "The source's description, verbatim.")
        .def("__repr__", [](const PlanningCycle& c) {
            std::string statuses = "[";
            for (std::size_t i = 0; i < c.year_statuses.size(); ++i)
                statuses += (i ? ", " : "") + quote(to_string(c.year_statuses[i]));
            return "PlanningCycle(horizon_years=" + std::to_string(c.horizon_years) + ", year_statuses=" + statuses +
                   "], adopted_by=" + (c.adopted_by ? quote(c.adopted_by->value()) : std::string("None")) +
                   ", adoption_deadline_month=" + std::to_string(c.adoption_deadline_month) +
                   ", adoption_years_before=" + std::to_string(c.adoption_years_before) + ", text=" + quote(c.text) + ")";
        });
    value_semantics(cycle);
}

}  // namespace miljoplan::python

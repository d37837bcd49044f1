// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/part_json.h"
#include "miljoplan/model/activity.h"

namespace miljoplan::python {

void bind_activity(py::module_& m)
{
    py::class_<ActivityOrigin> origin(m, "ActivityOrigin", "The proposal an activity grew out of, with its history.");
    origin
        .def(py::init([](ProposalId proposal, std::string title, std::string area, std::optional<int> submitted_year,
                         std::optional<ActorId> submitted_by, std::vector<ProposalEvent> history,
                         std::vector<Assessment> assessments) {
                 return ActivityOrigin{std::move(proposal), std::move(title), std::move(area), submitted_year,
                                       std::move(submitted_by), std::move(history), std::move(assessments)};
             }),
             py::arg("proposal"), py::arg("title") = "", py::arg("area") = "", py::arg("submitted_year") = py::none(),
             py::arg("submitted_by") = py::none(), py::arg("history") = std::vector<ProposalEvent>{},
             py::arg("assessments") = std::vector<Assessment>{}, "An origin: the proposal's id and what it carried.")
        .def_readwrite("proposal", &ActivityOrigin::proposal)
        .def_readwrite("title", &ActivityOrigin::title)
        .def_readwrite("area", &ActivityOrigin::area)
        .def_readwrite("submitted_year", &ActivityOrigin::submitted_year, py::return_value_policy::copy)
        .def_readwrite("submitted_by", &ActivityOrigin::submitted_by, py::return_value_policy::copy)
        .def_readwrite("history", &ActivityOrigin::history, py::return_value_policy::copy)
        .def_readwrite("assessments", &ActivityOrigin::assessments, py::return_value_policy::copy)
        .def("__repr__", [](const ActivityOrigin& o) { return "<ActivityOrigin " + quote(o.proposal.value()) + ">"; });
    value_semantics(origin);

    py::class_<Activity, std::shared_ptr<Activity>>(m, "Activity",
                                                    "One row of the plan's activity table, with every column.")
        .def(py::init([](ActivityId id, std::string title, std::string category, std::optional<int> year,
                         std::string goal, std::string implementation, std::string timing_text,
                         ActorPhrase responsible, ActorPhrase partners, GoalPhrase effect_goals) {
                 auto a = std::make_shared<Activity>(std::move(id), std::move(title));
                 a->set_category(std::move(category));
                 a->set_year(year);
                 a->set_goal(std::move(goal));
                 a->set_implementation(std::move(implementation));
                 a->set_timing_text(std::move(timing_text));
                 a->set_responsible(std::move(responsible));
                 a->set_partners(std::move(partners));
                 a->set_effect_goals(std::move(effect_goals));
                 return a;
             }),
             py::arg("id"), py::arg("title"), py::kw_only(), py::arg("category") = "", py::arg("year") = py::none(),
             py::arg("goal") = "", py::arg("implementation") = "", py::arg("timing_text") = "",
             py::arg("responsible") = ActorPhrase{}, py::arg("partners") = ActorPhrase{},
             py::arg("effect_goals") = GoalPhrase{})
        .def_property_readonly("id", &Activity::id, "Stable id, unique within the plan.")
        .def_property("title", &Activity::title, &Activity::set_title, "AKTIVITET: the activity's name.")
        .def_property("category", &Activity::category, &Activity::set_category, "The category heading.")
        .def_property("year", &Activity::year, &Activity::set_year, py::return_value_policy::copy, "The plan year, or None.")
        .def_property("goal", &Activity::goal, &Activity::set_goal, "AKTIVITETSMÅL: what it should achieve.")
        .def_property("implementation", &Activity::implementation, &Activity::set_implementation,
                      "GENOMFÖRANDE: what is to be done.")
        .def_property("timing_text", &Activity::timing_text, &Activity::set_timing_text,
                      "TID FÖR GENOMFÖRANDE: the timing phrase, verbatim.")
        .def_property("responsible", &Activity::responsible, &Activity::set_responsible,
                      "ANSVAR: an ActorPhrase (text and references); a str sets the text only.")
        .def_property("partners", &Activity::partners, &Activity::set_partners,
                      "SAMVERKANSPARTER: an ActorPhrase (text and references); a str sets the text only.")
        .def_property("effect_goals", &Activity::effect_goals, &Activity::set_effect_goals,
                      "EFFEKTMÅL: a GoalPhrase (text and goals); a str sets the text only.")
        .def_property("origin", &Activity::origin, &Activity::set_origin, py::return_value_policy::copy, "The proposal it grew out of, or None.")
        .def_property(
            "extra_fields", [](const Activity& a) { return extra_to_dict(a.extra_fields()); },
            [](Activity& a, const py::dict& d) { a.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Activity& a, const Activity& b) { return a == b; }, py::is_operator())
        // Pickled as the JSON object the plan file holds, so unknown fields and every column survive; the copy
        // belongs to no plan.
        .def(py::pickle([](const Activity& x) { return py::make_tuple(activity_to_json(x)); },
                        [](const py::tuple& state) {
                            if (state.size() != 1) throw py::value_error("Activity: bad pickle state");
                            return activity_from_json(state[0].cast<std::string>(), "<pickle>");
                        }))
        .def("__repr__", [](const Activity& a) {
            return "<Activity " + quote(a.id().value()) + " " + quote(a.title()) + " [" + a.category() + "]>";
        });
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/effect_goal.h"

namespace miljoplan::python {

void bind_effect_goal(py::module_& m)
{
    bind_enum<GoalKind>(m, "GoalKind", "Which family of goals an effect goal belongs to.", parse_goal_kind,
                        [](GoalKind k) { return to_string(k); },
                        {{"Generational", GoalKind::Generational},
                         {"EnvironmentalQuality", GoalKind::EnvironmentalQuality},
                         {"SustainableDevelopment", GoalKind::SustainableDevelopment}});

    py::class_<EffectGoal> goal(m, "EffectGoal",
                                "A goal an activity can serve: a national environmental goal or a global goal.");
    goal.def(py::init([](GoalId id, GoalKind kind, int number, std::string name_sv, std::string name_en,
                         std::vector<std::string> variants, std::string indicator_code, std::string source,
                         std::string note) {
                 if (id.empty()) throw py::value_error("a goal needs an id");
                 return EffectGoal{std::move(id), kind, number, std::move(name_sv), std::move(name_en),
                                   std::move(variants), std::move(indicator_code), std::move(source), std::move(note)};
             }),
             py::arg("id"), py::arg("kind"), py::arg("number"), py::arg("name_sv"), py::arg("name_en") = "",
             py::arg("variants") = std::vector<std::string>{}, py::arg("indicator_code") = "",
             py::arg("source") = "", py::arg("note") = "")
        .def_readonly("id", &EffectGoal::id, "Stable id ('mkm-4', 'sdg-11', 'generationsmalet').")
        .def_readonly("kind", &EffectGoal::kind, "The family of goals.")
        .def_readonly("number", &EffectGoal::number, "Official number within the family.")
        .def_readonly("name_sv", &EffectGoal::name_sv, "Swedish name.")
        .def_readonly("name_en", &EffectGoal::name_en, "English name.")
        .def_readonly("variants", &EffectGoal::variants, py::return_value_policy::copy, "Spellings met in running text.")
        .def_readonly("indicator_code", &EffectGoal::indicator_code, "Miljöbarometern indicator code, if known.")
        .def_readonly("source", &EffectGoal::source, "Where the facts come from.")
        .def_readonly("note", &EffectGoal::note, "Reservations the source makes.")
        .def("__repr__", [](const EffectGoal& g) {
            return "EffectGoal(id=" + quote(g.id.value()) + ", kind=" + quote(to_string(g.kind)) +
                   ", number=" + std::to_string(g.number) + ", name_sv=" + quote(g.name_sv) +
                   ", name_en=" + quote(g.name_en) + ", variants=" + quote_list(g.variants) +
                   ", indicator_code=" + quote(g.indicator_code) + ", source=" + quote(g.source) +
                   ", note=" + quote(g.note) + ")";
        });
    value_semantics(goal);
}

}  // namespace miljoplan::python

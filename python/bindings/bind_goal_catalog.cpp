// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/json.h"
#include "miljoplan/model/goal_catalog.h"

namespace miljoplan::python {

void bind_goal_catalog(py::module_& m)
{
    py::class_<GoalResolution>(m, "GoalResolution", "What resolving an effect-goal phrase found.")
        .def_readonly("phrase", &GoalResolution::phrase, "The structured phrase.")
        .def_readonly("unresolved", &GoalResolution::unresolved, py::return_value_policy::copy, "Parts that matched nothing.")
        .def("__repr__", [](const GoalResolution& r) {
            return "<GoalResolution " + quote(r.phrase.text) + ", " + std::to_string(r.phrase.refs.size()) +
                   " goals, unresolved=" + quote_list(r.unresolved) + ">";
        });

    py::class_<GoalCatalog>(m, "GoalCatalog",
                            "The goals activities may name: generationsmålet, 16 miljökvalitetsmål, 17 globala mål.")
        .def(py::init<>())
        .def(py::init<std::vector<EffectGoal>>(), py::arg("goals"))
        .def_property_readonly("goals", &GoalCatalog::goals, py::return_value_policy::copy, "Every goal, in catalog order.")
        .def("add", &GoalCatalog::add, py::arg("goal"), "Adds a goal; DuplicateIdError if its id is taken.")
        .def("find", [](const GoalCatalog& c, const GoalId& id) -> std::optional<EffectGoal> {
            if (const EffectGoal* g = c.find(id)) return *g;
            return std::nullopt;
        }, py::arg("id"), "The goal with this id, or None.")
        .def("find_by_name", [](const GoalCatalog& c, const std::string& name) -> std::optional<EffectGoal> {
            if (const EffectGoal* g = c.find_by_name(name)) return *g;
            return std::nullopt;
        }, py::arg("name"), "The goal with this Swedish or English name or variant (any case), or None.")
        .def("suggest", &GoalCatalog::suggest, py::arg("text"), "The closest id or name, for 'did you mean'.")
        .def("resolve", &GoalCatalog::resolve, py::arg("text"), "Reads an effect-goal cell into goals.")
        .def("__len__", [](const GoalCatalog& c) { return c.goals().size(); })
        .def("__iter__", [](const GoalCatalog& c) { return py::iter(py::cast(c.goals())); })
        .def("__contains__", [](const GoalCatalog& c, const GoalId& id) { return c.find(id) != nullptr; })
        .def("__eq__", [](const GoalCatalog& a, const GoalCatalog& b) { return a == b; }, py::is_operator())
        // Pickled as the catalog's canonical JSON.
        .def(py::pickle([](const GoalCatalog& c) { return py::make_tuple(goal_catalog_to_json(c)); },
                        [](const py::tuple& state) {
                            if (state.size() != 1) throw py::value_error("GoalCatalog: bad pickle state");
                            return goal_catalog_from_json(state[0].cast<std::string>(), "<pickle>");
                        }))
        .def("__repr__", [](const GoalCatalog& c) { return "<GoalCatalog " + std::to_string(c.goals().size()) + " goals>"; });
}

}  // namespace miljoplan::python

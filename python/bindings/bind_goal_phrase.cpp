// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/goal_phrase.h"

namespace miljoplan::python {

namespace {

std::string repr_measure(const Measure& x)
{
    return "Measure(number=" + quote(x.number) + ", section=" + quote(x.section) + ", programme=" + quote(x.programme) + ")";
}

std::string repr_ref(const GoalRef& r)
{
    return "GoalRef(goal=" + (r.goal.empty() ? std::string("None") : quote(r.goal.value())) +
           ", measure=" + (r.measure ? repr_measure(*r.measure) : std::string("None")) + ")";
}

}  // namespace

void bind_goal_phrase(py::module_& m)
{
    bind_enum<OpenGoals>(m, "OpenGoals", "An open-ended marker in the effect-goal column.", parse_open_goals,
                         [](OpenGoals o) { return to_string(o); },
                         {{"None_", OpenGoals::None}, {"AndOthers", OpenGoals::AndOthers}, {"Most", OpenGoals::Most}});

    py::class_<Measure> measure(m, "Measure", "A measure of an action programme cited as an effect goal.");
    measure
        .def(py::init([](std::string number, std::string section, std::string programme) {
                 return Measure{std::move(number), std::move(section), std::move(programme)};
             }),
             py::arg("number"), py::arg("section"), py::arg("programme"))
        .def_readonly("number", &Measure::number, "The measure's number ('6').")
        .def_readonly("section", &Measure::section, "The programme section ('Ingen övergödning').")
        .def_readonly("programme", &Measure::programme, "The action programme ('Vattnets miljömål 2017-2021').")
        .def("__repr__", &repr_measure);
    value_semantics(measure);

    py::class_<GoalRef> ref(m, "GoalRef", "One structured effect goal: a catalog goal, or a programme measure.");
    ref.def(py::init([](std::optional<GoalId> goal, std::optional<Measure> measure) {
                if ((!goal || goal->empty()) && !measure) throw py::value_error("a goal reference needs a goal or a measure");
                return GoalRef{goal.value_or(GoalId()), std::move(measure)};
            }),
            py::arg("goal") = py::none(), py::arg("measure") = py::none())
        .def_property_readonly("goal", [](const GoalRef& r) -> std::optional<GoalId> {
            if (r.goal.empty()) return std::nullopt;
            return r.goal;
        }, "Id of the catalog goal (for a measure: the goal of its section), or None.")
        .def_readonly("measure", &GoalRef::measure, py::return_value_policy::copy, "The programme measure, or None.")
        .def("__repr__", &repr_ref);
    value_semantics(ref);

    py::class_<GoalPhrase> phrase(m, "GoalPhrase",
                                  "The effect-goal cell of an activity: the words as written and what they mean. "
                                  "Compares equal to its text, so `activity.effect_goals == 'Flertalet'` works.");
    phrase
        .def(py::init([](std::string text, std::vector<GoalRef> refs, OpenGoals open) {
                 return GoalPhrase{std::move(text), std::move(refs), open};
             }),
             py::arg("text") = "", py::arg("refs") = std::vector<GoalRef>{}, py::arg("open") = OpenGoals::None)
        .def(py::init([](std::string text) { return GoalPhrase{std::move(text), {}, OpenGoals::None}; }), py::arg("text"))
        .def_readonly("text", &GoalPhrase::text, py::return_value_policy::copy, "The cell as written, byte-exact.")
        .def_readonly("refs", &GoalPhrase::refs, py::return_value_policy::copy, "The goals and measures it names.")
        .def_readonly("open", &GoalPhrase::open, "Whether the phrase is open-ended ('m.fl.', 'Flertalet').")
        .def_property_readonly("goal_ids", [](const GoalPhrase& p) {
            std::vector<std::string> ids;
            for (const auto& r : p.refs)
                if (!r.goal.empty()) ids.push_back(r.goal.value());
            return ids;
        }, "Ids of the catalog goals named, measures included through their section's goal.")
        .def("__str__", [](const GoalPhrase& p) { return p.text; })
        .def("__bool__", [](const GoalPhrase& p) { return !p.empty(); })
        .def("__contains__", [](const GoalPhrase& p, const std::string& s) {
            if (p.text.find(s) != std::string::npos) return true;
            for (const auto& r : p.refs)
                if (r.goal.value() == s) return true;
            return false;
        }, "True when the text contains the string or a goal id equals it.")
        .def("__repr__", [](const GoalPhrase& p) {
            std::string refs = "[";
            for (std::size_t i = 0; i < p.refs.size(); ++i) refs += (i ? ", " : "") + repr_ref(p.refs[i]);
            return "GoalPhrase(text=" + quote(p.text) + ", refs=" + refs + "], open=" + quote(to_string(p.open)) + ")";
        });
    // Not value_semantics(): a phrase equals its text, so it must hash like its text, and an
    // overload added after value_semantics' catch-all __hash__ would never be reached.
    phrase.def("__eq__", [](const GoalPhrase& a, const GoalPhrase& b) { return a == b; }, py::is_operator());
    phrase.def("__ne__", [](const GoalPhrase& a, const GoalPhrase& b) { return !(a == b); }, py::is_operator());
    phrase.def("__eq__", [](const GoalPhrase& p, const std::string& text) { return p.text == text; }, py::is_operator());
    phrase.def("__ne__", [](const GoalPhrase& p, const std::string& text) { return p.text != text; }, py::is_operator());
    phrase.def("__hash__", [](const GoalPhrase& p) { return py::hash(py::str(p.text)); });
    py::implicitly_convertible<py::str, GoalPhrase>();
}

}  // namespace miljoplan::python

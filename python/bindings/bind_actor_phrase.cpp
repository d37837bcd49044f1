// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/model/actor_phrase.h"

namespace miljoplan::python {

namespace {

std::string repr_ref(const ActorRef& r)
{
    return "ActorRef(id=" + quote(r.id.value()) + ", tentative=" + (r.tentative ? "True" : "False") + ")";
}

}  // namespace

void bind_actor_phrase(py::module_& m)
{
    py::class_<ActorRef> ref(m, "ActorRef", "A structured reference to an actor named in a responsible or partner cell.");
    ref.def(py::init([](ActorId id, bool tentative) {
                if (id.empty()) throw py::value_error("an actor reference needs an id");
                return ActorRef{std::move(id), tentative};
            }),
            py::arg("id"), py::arg("tentative") = false)
        .def_readonly("id", &ActorRef::id, "Id of the party, group, role or body.")
        .def_readonly("tentative", &ActorRef::tentative, "True when the text makes the part conditional.")
        .def("__repr__", &repr_ref);
    value_semantics(ref);

    py::class_<ActorPhrase> phrase(m, "ActorPhrase",
                                   "A responsible (ansvar) or partner (samverkansparter) cell: the words and whom "
                                   "they name. Compares equal to its text, so `activity.responsible == "
                                   "'Länssamordnaren'` works.");
    phrase
        .def(py::init([](std::string text, std::vector<ActorRef> refs) { return ActorPhrase{std::move(text), std::move(refs)}; }),
             py::arg("text") = "", py::arg("refs") = std::vector<ActorRef>{})
        .def(py::init([](std::string text) { return ActorPhrase{std::move(text), {}}; }), py::arg("text"))
        .def_readonly("text", &ActorPhrase::text, py::return_value_policy::copy, "The cell as written, byte-exact.")
        .def_readonly("refs", &ActorPhrase::refs, py::return_value_policy::copy, "The actors it names, in order.")
        .def_property_readonly("ids", [](const ActorPhrase& p) {
            std::vector<std::string> ids;
            for (const auto& r : p.refs) ids.push_back(r.id.value());
            return ids;
        }, "Ids of the actors named.")
        .def("__str__", [](const ActorPhrase& p) { return p.text; })
        .def("__bool__", [](const ActorPhrase& p) { return !p.empty(); })
        .def("__contains__", [](const ActorPhrase& p, const std::string& s) {
            if (p.text.find(s) != std::string::npos) return true;
            for (const auto& r : p.refs)
                if (r.id.value() == s) return true;
            return false;
        }, "True when the text contains the string or an actor id equals it.")
        .def("__repr__", [](const ActorPhrase& p) {
            std::string refs = "[";
            for (std::size_t i = 0; i < p.refs.size(); ++i) refs += (i ? ", " : "") + repr_ref(p.refs[i]);
            return "ActorPhrase(text=" + quote(p.text) + ", refs=" + refs + "])";
        });
    // Not value_semantics(): a phrase equals its text, so it must hash like its text, and an
    // overload added after value_semantics' catch-all __hash__ would never be reached.
    phrase.def("__eq__", [](const ActorPhrase& a, const ActorPhrase& b) { return a == b; }, py::is_operator());
    phrase.def("__ne__", [](const ActorPhrase& a, const ActorPhrase& b) { return !(a == b); }, py::is_operator());
    phrase.def("__eq__", [](const ActorPhrase& p, const std::string& text) { return p.text == text; }, py::is_operator());
    phrase.def("__ne__", [](const ActorPhrase& p, const std::string& text) { return p.text != text; }, py::is_operator());
    phrase.def("__hash__", [](const ActorPhrase& p) { return py::hash(py::str(p.text)); });
    py::implicitly_convertible<py::str, ActorPhrase>();
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/model/party_group.h"

namespace miljoplan::python {

void bind_party_group(py::module_& m)
{
    py::class_<PartyGroup, std::shared_ptr<PartyGroup>>(m, "PartyGroup",
                                                        "A named set of actors that plan text refers to as one.")
        .def(py::init([](ActorId id, std::string name, std::vector<ActorId> members, std::string description) {
                 auto group = std::make_shared<PartyGroup>(std::move(id), std::move(name));
                 group->set_members(std::move(members));
                 group->set_description(std::move(description));
                 return group;
             }),
             py::arg("id"), py::arg("name"), py::arg("members") = std::vector<ActorId>{}, py::arg("description") = "")
        .def_property_readonly("id", &PartyGroup::id, "Stable id, unique among the organisation's actors.")
        .def_property("name", &PartyGroup::name, &PartyGroup::set_name, "Name as plan text uses it.")
        .def_property("members", &PartyGroup::members, &PartyGroup::set_members, py::return_value_policy::copy, "Ids of the members.")
        .def_property("description", &PartyGroup::description, &PartyGroup::set_description, "What the group is.")
        .def_property(
            "extra_fields", [](const PartyGroup& g) { return extra_to_dict(g.extra_fields()); },
            [](PartyGroup& g, const py::dict& d) { g.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const PartyGroup& a, const PartyGroup& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const PartyGroup& g) {
            return "<PartyGroup " + quote(g.id().value()) + " " + quote(g.name()) + ", " +
                   std::to_string(g.members().size()) + " members>";
        });
}

}  // namespace miljoplan::python

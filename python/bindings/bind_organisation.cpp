// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/io/json.h"
#include "miljoplan/model/organisation.h"

namespace miljoplan::python {

void bind_organisation(py::module_& m)
{
    py::class_<County> county(m, "County", "The county a cooperation works in.");
    county
        .def(py::init([](std::string name, std::string code, std::string letter) {
                 return County{std::move(name), std::move(code), std::move(letter)};
             }),
             py::arg("name"), py::arg("code") = "", py::arg("letter") = "")
        .def_readonly("name", &County::name, "Name ('Jönköpings län').")
        .def_readonly("code", &County::code, "Two-digit county code ('06').")
        .def_readonly("letter", &County::letter, "County letter ('F').")
        .def("__repr__", [](const County& c) {
            return "County(name=" + quote(c.name) + ", code=" + quote(c.code) + ", letter=" + quote(c.letter) + ")";
        });
    value_semantics(county);

    py::enum_<ActorKind>(m, "ActorKind", "What an actor id resolves to.")
        .value("Organisation", ActorKind::Organisation)
        .value("Party", ActorKind::Party)
        .value("Group", ActorKind::Group)
        .value("Role", ActorKind::Role)
        .value("Body", ActorKind::Body);

    py::class_<Organisation, std::shared_ptr<Organisation>>(
        m, "Organisation", "A regional environmental-supervision cooperation (miljösamverkan).")
        .def(py::init<ActorId, std::string>(), py::arg("id"), py::arg("name"))
        .def_property_readonly("id", &Organisation::id, "Stable id; plans may name the organisation as an actor.")
        .def_property("name", &Organisation::name, &Organisation::set_name, "Name.")
        .def_property("former_names", &Organisation::former_names, &Organisation::set_former_names, py::return_value_policy::copy, "Earlier names.")
        .def_property("counties", &Organisation::counties, &Organisation::set_counties, py::return_value_policy::copy, "The county or counties.")
        .def_property("founded", &Organisation::founded, &Organisation::set_founded, py::return_value_policy::copy, "Year it started, or None.")
        .def_property("purpose", &Organisation::purpose, &Organisation::set_purpose, "Purpose in the source's words.")
        .def_property("members", &Organisation::members, &Organisation::set_members, py::return_value_policy::copy, "Ids of the member parties.")
        .def_property("cycle", &Organisation::cycle, &Organisation::set_cycle, "The planning cycle.")
        .def_property("season_reading", &Organisation::season_reading, &Organisation::set_season_reading,
                      "How 'våren'/'hösten' are read (SeasonReading.Term by default).")
        .def_property("funding", &Organisation::funding, &Organisation::set_funding, "Who pays and by what key.")
        .def_property("opt_in_members", &Organisation::opt_in_members, &Organisation::set_opt_in_members, py::return_value_policy::copy,
                      "Parties that take part by choice, not as full members.")
        .def_property("categories", &Organisation::categories, &Organisation::set_categories, py::return_value_policy::copy, "Activity categories in order.")
        .def_property("process", &Organisation::process, &Organisation::set_process, py::return_value_policy::copy, "The planning process's steps.")
        .def_property("criteria", &Organisation::criteria, &Organisation::set_criteria, py::return_value_policy::copy, "Proposal criteria.")
        .def_property("follow_up_months", &Organisation::follow_up_months, &Organisation::set_follow_up_months, py::return_value_policy::copy,
                      "Months whose end is a follow-up point.")
        .def_property("labels", &Organisation::labels, &Organisation::set_labels, py::return_value_policy::copy, "Report label overrides.")
        .def_property("rule_settings", &Organisation::rule_settings, &Organisation::set_rule_settings,
                      "Rule choices by code: {'budget.costs_total': RuleSetting(...)}.")
        .def_property_readonly("parties", &Organisation::parties, py::return_value_policy::copy, "Every known party (a list snapshot).")
        .def_property_readonly("groups", &Organisation::groups, py::return_value_policy::copy, "Named groups of actors (a list snapshot).")
        .def_property_readonly("roles", &Organisation::roles, py::return_value_policy::copy, "Roles (a list snapshot).")
        .def_property_readonly("bodies", &Organisation::bodies, py::return_value_policy::copy, "Bodies (a list snapshot).")
        .def("add_party", &Organisation::add_party, py::arg("party").none(false), "Adds a party; DuplicateIdError if its id is taken.")
        .def("add_group", &Organisation::add_group, py::arg("group").none(false), "Adds a group; DuplicateIdError if its id is taken.")
        .def("add_role", &Organisation::add_role, py::arg("role").none(false), "Adds a role; DuplicateIdError if its id is taken.")
        .def("add_body", &Organisation::add_body, py::arg("body").none(false), "Adds a body; DuplicateIdError if its id is taken.")
        .def("find_party", &Organisation::find_party, py::arg("id"), "The party with this id, or None.")
        .def("find_group", &Organisation::find_group, py::arg("id"), "The group with this id, or None.")
        .def("find_role", &Organisation::find_role, py::arg("id"), "The role with this id, or None.")
        .def("find_body", &Organisation::find_body, py::arg("id"), "The body with this id, or None.")
        .def("resolve", &Organisation::resolve, py::arg("id"), "What the id names (an ActorKind), or None.")
        .def("actor_name", &Organisation::actor_name, py::arg("id"), "Display name of the actor, or None.")
        .def("actor_ids", &Organisation::actor_ids, "Every actor id: organisation, parties, groups, roles, bodies.")
        .def("expand", &Organisation::expand, py::arg("id"), "The parties a party or group stands for.")
        .def("clone", &Organisation::clone, "A deep copy.")
        .def_property(
            "extra_fields", [](const Organisation& o) { return extra_to_dict(o.extra_fields()); },
            [](Organisation& o, const py::dict& d) { o.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Organisation& a, const Organisation& b) { return a == b; }, py::is_operator())
        // Pickled as the profile's canonical JSON.
        .def(py::pickle([](const Organisation& o) { return py::make_tuple(organisation_to_json(o)); },
                        [](const py::tuple& state) {
                            if (state.size() != 1) throw py::value_error("Organisation: bad pickle state");
                            return organisation_from_json(state[0].cast<std::string>(), "<pickle>");
                        }))
        .def("__repr__", [](const Organisation& o) {
            return "<Organisation " + quote(o.id().value()) + " " + quote(o.name()) + ", " +
                   std::to_string(o.parties().size()) + " parties>";
        });
}

}  // namespace miljoplan::python

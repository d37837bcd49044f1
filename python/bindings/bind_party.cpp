// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/party.h"

namespace miljoplan::python {

void bind_party(py::module_& m)
{
    bind_enum<PartyKind>(m, "PartyKind", "What kind of organisation a party is.", parse_party_kind,
                         [](PartyKind k) { return to_string(k); },
                         {{"Municipality", PartyKind::Municipality},
                          {"CountyAdministrativeBoard", PartyKind::CountyAdministrativeBoard},
                          {"Region", PartyKind::Region},
                          {"MunicipalAssociation", PartyKind::MunicipalAssociation},
                          {"Office", PartyKind::Office},
                          {"Police", PartyKind::Police},
                          {"Prosecutor", PartyKind::Prosecutor},
                          {"Cooperation", PartyKind::Cooperation},
                          {"Other", PartyKind::Other}});

    py::class_<Population> population(m, "Population", "A population figure with its date, source and certainty.");
    population
        .def(py::init([](std::int64_t count, std::string as_of, std::string source, bool uncertain) {
                 if (count < 0) throw py::value_error("a population cannot be negative");
                 return Population{count, std::move(as_of), std::move(source), uncertain};
             }),
             py::arg("count"), py::arg("as_of") = "", py::arg("source") = "", py::arg("uncertain") = false)
        .def_readonly("count", &Population::count, py::return_value_policy::copy, "Number of inhabitants.")
        .def_readonly("as_of", &Population::as_of, "The date the count refers to (ISO text).")
        .def_readonly("source", &Population::source, "Where the figure comes from.")
        .def_readonly("uncertain", &Population::uncertain, "True when the source marks the figure unconfirmed.")
        .def("__repr__", [](const Population& p) {
            return "Population(count=" + std::to_string(p.count) + ", as_of=" + quote(p.as_of) +
                   ", source=" + quote(p.source) + ", uncertain=" + (p.uncertain ? "True" : "False") + ")";
        })
        .def(py::pickle([](const Population& p) { return py::make_tuple(p.count, p.as_of, p.source, p.uncertain); },
                        [](const py::tuple& t) {
                            return Population{t[0].cast<std::int64_t>(), t[1].cast<std::string>(),
                                              t[2].cast<std::string>(), t[3].cast<bool>()};
                        }));
    value_semantics(population);

    py::class_<Party, std::shared_ptr<Party>>(m, "Party",
                                              "A party: a municipality, an authority, a region, an office or another "
                                              "cooperation.")
        .def(py::init<ActorId, PartyKind, std::string>(), py::arg("id"), py::arg("kind"), py::arg("name"))
        .def_property_readonly("id", &Party::id, "Stable id, unique among the organisation's actors.")
        .def_property("kind", &Party::kind, &Party::set_kind, "The kind of party.")
        .def_property("name", &Party::name, &Party::set_name, "Full name.")
        .def_property("short_names", &Party::short_names, &Party::set_short_names, py::return_value_policy::copy, "Short forms used in plan text.")
        .def_property("municipality_code", &Party::municipality_code, &Party::set_municipality_code, py::return_value_policy::copy,
                      "The four-digit kommunkod of a municipality, or None.")
        .def_property("parent", &Party::parent, &Party::set_parent, py::return_value_policy::copy, "Id of the party this one is part of, or None.")
        .def_property("district", &Party::district, &Party::set_district, "A grouping label such as 'GGVV'.")
        .def_property("population", &Party::population, &Party::set_population, py::return_value_policy::copy, "The population, or None.")
        .def_property(
            "extra_fields", [](const Party& p) { return extra_to_dict(p.extra_fields()); },
            [](Party& p, const py::dict& d) { p.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Party& a, const Party& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Party& p) {
            return "<Party " + quote(p.id().value()) + " " + quote(p.name()) + " (" + to_string(p.kind()) + ")>";
        });
}

}  // namespace miljoplan::python

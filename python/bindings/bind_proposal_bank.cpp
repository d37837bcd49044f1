// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/model/proposal_bank.h"

namespace miljoplan::python {

void bind_proposal_bank(py::module_& m)
{
    // The bank lives inside its plan; Python reaches it through Plan.proposal_bank, which keeps the
    // plan alive for as long as the bank object is used.
    py::class_<ProposalBank>(m, "ProposalBank", "The proposal bank (förslagsbank) of a plan.")
        .def_property("heading", &ProposalBank::heading, &ProposalBank::set_heading, "Section heading as printed.")
        .def_property("title", &ProposalBank::title, &ProposalBank::set_title, "Title as printed.")
        .def_property_readonly("first_year", &ProposalBank::first_year, py::return_value_policy::copy, "First year the proposals are meant for.")
        .def_property_readonly("last_year", &ProposalBank::last_year, py::return_value_policy::copy, "Last year the proposals are meant for.")
        .def("set_years", &ProposalBank::set_years, py::arg("first"), py::arg("last"),
             "Sets the years the proposals are meant for.")
        .def_property("areas", &ProposalBank::areas, &ProposalBank::set_areas, py::return_value_policy::copy, "Area headings in printed order.")
        .def_property("notes", &ProposalBank::notes, &ProposalBank::set_notes, py::return_value_policy::copy, "Notes printed with the bank.")
        .def_property_readonly("proposals", &ProposalBank::proposals, py::return_value_policy::copy, "The proposals (a list snapshot).")
        .def("add_proposal", &ProposalBank::add_proposal, py::arg("proposal").none(false),
             "Adds a proposal; DuplicateIdError if its id is taken.")
        .def("find_proposal", &ProposalBank::find_proposal, py::arg("id"), "The proposal with this id, or None.")
        .def("remove_proposal", &ProposalBank::remove_proposal, py::arg("id"), "Removes a proposal; returns whether it was there.")
        .def("__len__", [](const ProposalBank& b) { return b.proposals().size(); })
        .def("__iter__", [](const ProposalBank& b) { return py::iter(py::cast(b.proposals())); })
        .def("__eq__", [](const ProposalBank& a, const ProposalBank& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const ProposalBank& b) {
            return "<ProposalBank " + quote(b.title()) + ", " + std::to_string(b.proposals().size()) + " proposals>";
        });
}

}  // namespace miljoplan::python

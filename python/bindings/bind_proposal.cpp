// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/part_json.h"
#include "miljoplan/model/proposal.h"

namespace miljoplan::python {

void bind_proposal(py::module_& m)
{
    py::class_<Proposal, std::shared_ptr<Proposal>>(m, "Proposal", "An activity proposal in the proposal bank.")
        .def(py::init([](ProposalId id, std::string title, std::string area, std::optional<int> submitted_year,
                         std::optional<ActorId> submitted_by, std::optional<bool> marked_new) {
                 auto p = std::make_shared<Proposal>(std::move(id), std::move(title));
                 p->set_area(std::move(area));
                 p->set_submitted_year(submitted_year);
                 p->set_submitted_by(std::move(submitted_by));
                 p->set_marked_new(marked_new);
                 return p;
             }),
             py::arg("id"), py::arg("title"), py::kw_only(), py::arg("area") = "",
             py::arg("submitted_year") = py::none(), py::arg("submitted_by") = py::none(),
             py::arg("marked_new") = py::none())
        .def_property_readonly("id", &Proposal::id, "Stable id, unique within the plan.")
        .def_property("title", &Proposal::title, &Proposal::set_title, "The proposal as written.")
        .def_property("area", &Proposal::area, &Proposal::set_area, "The area heading it stands under.")
        .def_property("submitted_year", &Proposal::submitted_year, &Proposal::set_submitted_year, py::return_value_policy::copy,
                      "The year it reached the cooperation, or None when not printed.")
        .def_property("submitted_by", &Proposal::submitted_by, &Proposal::set_submitted_by, py::return_value_policy::copy,
                      "Id of the proposing party, or None.")
        .def_property("marked_new", &Proposal::marked_new, &Proposal::set_marked_new, py::return_value_policy::copy,
                      "Whether the source marks it new; None when the source does not show it.")
        .def_property_readonly("status", &Proposal::status, "Where the proposal is now.")
        .def_property("history", &Proposal::history, &Proposal::set_history, py::return_value_policy::copy, "Its history, oldest first.")
        .def("add_event", &Proposal::add_event, py::arg("event"), "Appends a step of its life.")
        .def_property("assessments", &Proposal::assessments, &Proposal::set_assessments, py::return_value_policy::copy, "Its scores.")
        .def("age", &Proposal::age, py::arg("year"), "Years since it came in, or None.")
        .def_property(
            "extra_fields", [](const Proposal& p) { return extra_to_dict(p.extra_fields()); },
            [](Proposal& p, const py::dict& d) { p.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Proposal& a, const Proposal& b) { return a == b; }, py::is_operator())
        // Pickled as the JSON object the plan file holds, so unknown fields and every column survive; the copy
        // belongs to no plan.
        .def(py::pickle([](const Proposal& x) { return py::make_tuple(proposal_to_json(x)); },
                        [](const py::tuple& state) {
                            if (state.size() != 1) throw py::value_error("Proposal: bad pickle state");
                            return proposal_from_json(state[0].cast<std::string>(), "<pickle>");
                        }))
        .def("__repr__", [](const Proposal& p) {
            return "<Proposal " + quote(p.id().value()) + " " + quote(p.title()) + " (" +
                   (p.submitted_year() ? std::to_string(*p.submitted_year()) : std::string("year not given")) + ")>";
        });
}

}  // namespace miljoplan::python

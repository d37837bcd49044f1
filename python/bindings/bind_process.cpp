// SPDX-License-Identifier: Apache-2.0
// The planning process: milestones, proposal criteria and scores, follow-up entries.
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/criterion.h"
#include "miljoplan/model/follow_up.h"
#include "miljoplan/model/milestone.h"
#include "miljoplan/model/proposal.h"

namespace miljoplan::python {

void bind_process(py::module_& m)
{
    py::class_<Milestone> milestone(m, "Milestone", "A step of the yearly planning process, placed in the calendar.");
    milestone
        .def(py::init([](std::string id, std::string title, std::string timing, int concerns, ActorPhrase responsible,
                         std::string text) {
                 if (id.empty()) throw py::value_error("a milestone needs an id");
                 return Milestone{std::move(id), std::move(title), std::move(timing), concerns, std::move(responsible),
                                  std::move(text)};
             }),
             py::arg("id"), py::arg("title"), py::arg("timing"), py::arg("concerns") = 0,
             py::arg("responsible") = ActorPhrase{}, py::arg("text") = "")
        .def_readonly("id", &Milestone::id)
        .def_readonly("title", &Milestone::title)
        .def_readonly("timing", &Milestone::timing, "When, as a phrase read in the calendar year.")
        .def_readonly("concerns", &Milestone::concerns, "The plan year it concerns relative to the calendar year.")
        .def_readonly("responsible", &Milestone::responsible, py::return_value_policy::copy)
        .def_readonly("text", &Milestone::text, py::return_value_policy::copy)
        .def("__repr__", [](const Milestone& x) { return "<Milestone " + quote(x.id) + " " + quote(x.timing) + ">"; });
    value_semantics(milestone);

    py::class_<Criterion> criterion(m, "Criterion", "A criterion proposals are scored against, with its scale.");
    criterion
        .def(py::init([](std::string id, std::string name, std::string description, int min, int max) {
                 if (max < min) throw py::value_error("max must not be below min");
                 return Criterion{std::move(id), std::move(name), std::move(description), min, max};
             }),
             py::arg("id"), py::arg("name"), py::arg("description") = "", py::arg("min") = 0, py::arg("max") = 3)
        .def_readonly("id", &Criterion::id)
        .def_readonly("name", &Criterion::name)
        .def_readonly("description", &Criterion::description)
        .def_readonly("min", &Criterion::min)
        .def_readonly("max", &Criterion::max)
        .def("__repr__", [](const Criterion& c) {
            return "<Criterion " + quote(c.id) + " " + std::to_string(c.min) + "-" + std::to_string(c.max) + ">";
        });
    value_semantics(criterion);

    bind_enum<ProposalStatus>(m, "ProposalStatus", "Where a proposal is in its life.", parse_proposal_status,
                              [](ProposalStatus s) { return to_string(s); },
                              {{"Received", ProposalStatus::Received},
                               {"Assessed", ProposalStatus::Assessed},
                               {"Consulted", ProposalStatus::Consulted},
                               {"Planned", ProposalStatus::Planned},
                               {"Kept", ProposalStatus::Kept},
                               {"Rejected", ProposalStatus::Rejected}});

    py::class_<Assessment> assessment(m, "Assessment", "One score on one criterion, from one party or the group.");
    assessment
        .def(py::init([](std::string criterion_id, int score, std::optional<ActorId> by, std::string note) {
                 return Assessment{std::move(criterion_id), score, std::move(by), std::move(note)};
             }),
             py::arg("criterion"), py::arg("score"), py::arg("by") = py::none(), py::arg("note") = "")
        .def_readonly("criterion", &Assessment::criterion)
        .def_readonly("score", &Assessment::score)
        .def_readonly("by", &Assessment::by, py::return_value_policy::copy)
        .def_readonly("note", &Assessment::note)
        .def("__repr__", [](const Assessment& a) {
            return "<Assessment " + quote(a.criterion) + " " + std::to_string(a.score) + ">";
        });
    value_semantics(assessment);

    py::class_<ProposalEvent> event(m, "ProposalEvent", "A dated step in a proposal's life.");
    event
        .def(py::init([](ProposalStatus status, int year, std::optional<Date> date, std::string note) {
                 return ProposalEvent{status, year, date, std::move(note)};
             }),
             py::arg("status"), py::arg("year"), py::arg("date") = py::none(), py::arg("note") = "")
        .def_readonly("status", &ProposalEvent::status, py::return_value_policy::copy)
        .def_readonly("year", &ProposalEvent::year, py::return_value_policy::copy)
        .def_readonly("date", &ProposalEvent::date, py::return_value_policy::copy)
        .def_readonly("note", &ProposalEvent::note)
        .def("__repr__", [](const ProposalEvent& e) {
            return "<ProposalEvent " + to_string(e.status) + " " + std::to_string(e.year) + ">";
        });
    value_semantics(event);

    bind_enum<ActivityStatus>(m, "ActivityStatus", "Where an activity stands at a follow-up point.",
                              parse_activity_status, [](ActivityStatus s) { return to_string(s); },
                              {{"Planned", ActivityStatus::Planned},
                               {"Ongoing", ActivityStatus::Ongoing},
                               {"Done", ActivityStatus::Done},
                               {"Postponed", ActivityStatus::Postponed},
                               {"Cancelled", ActivityStatus::Cancelled}});

    py::class_<FollowUpEntry> entry(m, "FollowUpEntry", "One follow-up note on one activity.");
    entry
        .def(py::init([](ActivityId activity, Date date, ActivityStatus status, std::string note, std::vector<Date> held) {
                 if (activity.empty()) throw py::value_error("a follow-up entry needs an activity id");
                 return FollowUpEntry{std::move(activity), date, status, std::move(note), std::move(held)};
             }),
             py::arg("activity"), py::arg("date"), py::arg("status"), py::arg("note") = "",
             py::arg("held") = std::vector<Date>{})
        .def_readonly("activity", &FollowUpEntry::activity)
        .def_readonly("date", &FollowUpEntry::date, py::return_value_policy::copy)
        .def_readonly("status", &FollowUpEntry::status, py::return_value_policy::copy)
        .def_readonly("note", &FollowUpEntry::note)
        .def_readonly("held", &FollowUpEntry::held, py::return_value_policy::copy, "Days the activity was held.")
        .def("__repr__", [](const FollowUpEntry& e) {
            return "<FollowUpEntry " + quote(e.activity.value()) + " " + to_iso_string(e.date) + " " + to_string(e.status) + ">";
        });
    value_semantics(entry);
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/model/body.h"

namespace miljoplan::python {

namespace {

std::string repr_seat(const Seat& s)
{
    std::string functions = "[";
    for (std::size_t i = 0; i < s.functions.size(); ++i) functions += (i ? ", " : "") + quote(to_string(s.functions[i]));
    functions += "]";
    return "Seat(from_=" + quote(s.from.value()) + ", position=" + quote(s.position) +
           ", count=" + (s.count ? std::to_string(*s.count) : std::string("None")) + ", functions=" + functions +
           ", text=" + quote(s.text) + ")";
}

}  // namespace

void bind_body(py::module_& m)
{
    bind_enum<BodyKind>(m, "BodyKind", "The kind of a governance body or working group.", parse_body_kind,
                        [](BodyKind k) { return to_string(k); },
                        {{"PoliticalBoard", BodyKind::PoliticalBoard},
                         {"SteeringGroup", BodyKind::SteeringGroup},
                         {"PreparationGroup", BodyKind::PreparationGroup},
                         {"ContactPersons", BodyKind::ContactPersons},
                         {"ProjectGroup", BodyKind::ProjectGroup},
                         {"ReferenceGroup", BodyKind::ReferenceGroup},
                         {"Presidia", BodyKind::Presidia},
                         {"Network", BodyKind::Network},
                         {"Other", BodyKind::Other}});
    bind_enum<SeatFunction>(m, "SeatFunction", "What a seat holder does besides being a member.", parse_seat_function,
                            [](SeatFunction f) { return to_string(f); },
                            {{"Member", SeatFunction::Member},
                             {"Chair", SeatFunction::Chair},
                             {"Secretary", SeatFunction::Secretary},
                             {"Rapporteur", SeatFunction::Rapporteur},
                             {"Convener", SeatFunction::Convener}});

    py::class_<Seat> seat(m, "Seat", "A rule for who sits in a body: which actor sends whom, how many, doing what.");
    seat.def(py::init([](ActorId from, std::string position, std::optional<int> count,
                         std::vector<SeatFunction> functions, std::string text) {
                 if (from.empty()) throw py::value_error("a seat needs the actor that fills it");
                 if (count && *count < 1) throw py::value_error("a seat count must be at least 1");
                 return Seat{std::move(from), std::move(position), count, std::move(functions), std::move(text)};
             }),
             py::arg("from_"), py::arg("position") = "", py::arg("count") = py::none(),
             py::arg("functions") = std::vector<SeatFunction>{}, py::arg("text") = "")
        .def_readonly("from_", &Seat::from, "Id of the party, group or role that fills the seat.")
        .def_readonly("position", &Seat::position, "The holder's position ('miljöchef').")
        .def_readonly("count", &Seat::count, py::return_value_policy::copy, "Number of seats; None means one per member of the group.")
        .def_readonly("functions", &Seat::functions, py::return_value_policy::copy, "Functions besides membership.")
        .def_readonly("text", &Seat::text, py::return_value_policy::copy, "The source's words for this seat.")
        .def("__repr__", &repr_seat);
    value_semantics(seat);

    py::class_<BodyMember> member(m, "BodyMember", "A recorded member of a body; the person's name is optional personal data.");
    member
        .def(py::init([](ActorId from, std::string position, std::optional<std::string> person,
                         std::vector<SeatFunction> functions) {
                 if (from.empty()) throw py::value_error("a member needs the actor they come from");
                 return BodyMember{std::move(from), std::move(position), std::move(person), std::move(functions)};
             }),
             py::arg("from_"), py::arg("position") = "", py::arg("person") = py::none(),
             py::arg("functions") = std::vector<SeatFunction>{})
        .def_readonly("from_", &BodyMember::from)
        .def_readonly("position", &BodyMember::position)
        .def_readonly("person", &BodyMember::person, py::return_value_policy::copy)
        .def_readonly("functions", &BodyMember::functions, py::return_value_policy::copy)
        .def("__repr__", [](const BodyMember& b) {
            return "<BodyMember " + quote(b.from.value()) + " " + quote(b.position) + ">";
        });
    value_semantics(member);

    py::class_<MeetingFrequency> frequency(m, "MeetingFrequency", "How often a body meets per year.");
    frequency
        .def(py::init([](int min, int max, std::string text) {
                 if (min < 0 || max < min) throw py::value_error("need 0 <= min <= max");
                 return MeetingFrequency{min, max, std::move(text)};
             }),
             py::arg("min"), py::arg("max"), py::arg("text") = "")
        .def_readonly("min", &MeetingFrequency::min)
        .def_readonly("max", &MeetingFrequency::max)
        .def_readonly("text", &MeetingFrequency::text, py::return_value_policy::copy)
        .def("__repr__", [](const MeetingFrequency& f) {
            return "MeetingFrequency(min=" + std::to_string(f.min) + ", max=" + std::to_string(f.max) + ", text=" + quote(f.text) + ")";
        });
    value_semantics(frequency);

    py::class_<Body, std::shared_ptr<Body>>(m, "Body", "A governance body or working group, with its composition.")
        .def(py::init([](ActorId id, BodyKind kind, std::string name, std::string mandate, std::vector<Seat> seats,
                         bool per_activity) {
                 auto body = std::make_shared<Body>(std::move(id), kind, std::move(name));
                 body->set_mandate(std::move(mandate));
                 body->set_seats(std::move(seats));
                 body->set_per_activity(per_activity);
                 return body;
             }),
             py::arg("id"), py::arg("kind"), py::arg("name"), py::arg("mandate") = "",
             py::arg("seats") = std::vector<Seat>{}, py::arg("per_activity") = false)
        .def_property_readonly("id", &Body::id, "Stable id, unique among the organisation's actors.")
        .def_property("kind", &Body::kind, &Body::set_kind, "The kind of body.")
        .def_property("name", &Body::name, &Body::set_name, "Name as plan text uses it.")
        .def_property("mandate", &Body::mandate, &Body::set_mandate, "The body's mandate in the source's words.")
        .def_property("seats", &Body::seats, &Body::set_seats, py::return_value_policy::copy, "Who sits in the body (the rule).")
        .def_property("members", &Body::members, &Body::set_members, py::return_value_policy::copy, "The recorded members.")
        .def_property("meetings", &Body::meetings, &Body::set_meetings, py::return_value_policy::copy, "How often it meets, or None.")
        .def_property("per_activity", &Body::per_activity, &Body::set_per_activity,
                      "True for groups set up per activity (project or reference groups).")
        .def_property(
            "extra_fields", [](const Body& b) { return extra_to_dict(b.extra_fields()); },
            [](Body& b, const py::dict& d) { b.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Body& a, const Body& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Body& b) {
            return "<Body " + quote(b.id().value()) + " " + quote(b.name()) + " (" + to_string(b.kind()) + ")>";
        });
}

}  // namespace miljoplan::python

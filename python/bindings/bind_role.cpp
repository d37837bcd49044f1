// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/model/role.h"

namespace miljoplan::python {

void bind_role(py::module_& m)
{
    py::class_<Role, std::shared_ptr<Role>>(m, "Role", "A function held by a person, such as länssamordnare.")
        .def(py::init([](ActorId id, std::string title, std::optional<ActorId> employer, std::string description) {
                 auto role = std::make_shared<Role>(std::move(id), std::move(title));
                 role->set_employer(std::move(employer));
                 role->set_description(std::move(description));
                 return role;
             }),
             py::arg("id"), py::arg("title"), py::arg("employer") = py::none(), py::arg("description") = "")
        .def_property_readonly("id", &Role::id, "Stable id, unique among the organisation's actors.")
        .def_property("title", &Role::title, &Role::set_title, "Title as plan text uses it.")
        .def_property("employer", &Role::employer, &Role::set_employer, py::return_value_policy::copy, "Id of the employing party, or None.")
        .def_property("description", &Role::description, &Role::set_description, "What the role does.")
        .def_property(
            "extra_fields", [](const Role& r) { return extra_to_dict(r.extra_fields()); },
            [](Role& r, const py::dict& d) { r.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Role& a, const Role& b) { return a == b; }, py::is_operator())
        .def("__repr__", [](const Role& r) { return "<Role " + quote(r.id().value()) + " " + quote(r.title()) + ">"; });
}

}  // namespace miljoplan::python

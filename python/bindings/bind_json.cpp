// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/json.h"

namespace miljoplan::python {

namespace {

// Accepts str and os.PathLike alike, as Python's own file functions do.
std::string to_path(const py::object& path) { return py::str(py::module_::import("os").attr("fspath")(path)); }

}  // namespace

void bind_json(py::module_& m)
{
    m.def("loads",
          [](const std::string& text, const std::string& source, const py::object& base_dir) {
              return plan_from_json(text, source, base_dir.is_none() ? std::string() : to_path(base_dir));
          },
          py::arg("text"), py::arg("source") = "<string>", py::arg("base_dir") = py::none(),
          "Reads a plan from canonical JSON text. Raises ParseError (with line and column) or SchemaError "
          "(with the JSON path).");
    m.def("load", [](const py::object& path) { return load_plan(to_path(path)); }, py::arg("path"),
          "Loads a plan from a JSON file. Raises IoError, ParseError or SchemaError.");
    m.def("dumps", &plan_to_json, py::arg("plan"), "The plan as canonical JSON text.");
    m.def(
        "save",
        [](const Plan& plan, const py::object& path, bool overwrite) {
            save_plan(plan, to_path(path), overwrite ? Overwrite::Yes : Overwrite::No);
        },
        py::arg("plan"), py::arg("path"), py::arg("overwrite") = true,
        "Saves a plan as JSON atomically. With overwrite=False an existing file raises IoError.");
    m.def("organisation_from_json", &organisation_from_json, py::arg("text"), py::arg("source") = "<string>",
          "Reads an organisation profile from JSON.");
    m.def("organisation_to_json", &organisation_to_json, py::arg("organisation"),
          "An organisation profile as canonical JSON.");
    m.def("load_profile", [](const py::object& ref) { return load_profile(to_path(ref)); }, py::arg("id_or_path"),
          "An organisation profile: a built-in id ('jonkoping', 'skane') or a JSON file.");
    m.def(
        "save_profile",
        [](const Organisation& organisation, const py::object& path, bool overwrite) {
            save_profile(organisation, to_path(path), overwrite ? Overwrite::Yes : Overwrite::No);
        },
        py::arg("organisation"), py::arg("path"), py::arg("overwrite") = true, "Saves a profile as JSON atomically.");
    m.def("goal_catalog_from_json", &goal_catalog_from_json, py::arg("text"), py::arg("source") = "<string>",
          "Reads a goal catalog from JSON.");
    m.def("goal_catalog_to_json", &goal_catalog_to_json, py::arg("catalog"), "A goal catalog as canonical JSON.");
}

}  // namespace miljoplan::python

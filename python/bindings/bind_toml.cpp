// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/toml.h"

namespace miljoplan::python {

namespace {

// Accepts str and os.PathLike alike, as Python's own file functions do.
std::string to_path(const py::object& path) { return py::str(py::module_::import("os").attr("fspath")(path)); }

void save(const Plan& plan, const py::object& path, bool overwrite)
{
    save_plan_toml(plan, to_path(path), overwrite ? Overwrite::Yes : Overwrite::No);
}

}  // namespace

void bind_toml(py::module_& m)
{
    m.def("plan_from_toml",
          [](std::string_view text, const std::string& source, const py::object& base_dir) {
              return plan_from_toml(text, source, base_dir.is_none() ? std::string() : to_path(base_dir));
          },
          py::arg("text"), py::arg("source") = "<string>", py::arg("base_dir") = py::none(),
          "Reads a plan from TOML text. Raises ParseError (with line and column) for bad TOML, SchemaError "
          "(with the JSON path, and the line of the nearest key) for the wrong shape.");
    m.def("plan_to_toml", &plan_to_toml, py::arg("plan"),
          "The plan as TOML text; it reads back to an equal plan with the same canonical JSON. Null fields are "
          "left out.");
    m.def("load_toml", [](const py::object& path) { return load_plan_toml(to_path(path)); }, py::arg("path"),
          "Loads a plan from a TOML file. Raises IoError, ParseError or SchemaError.");
    m.def("load_any", [](const py::object& path) { return load_any_plan(to_path(path)); }, py::arg("path"),
          "Loads a plan file: TOML when its name ends in .toml, JSON otherwise.");
    m.def("save_toml", &save, py::arg("plan"), py::arg("path"), py::arg("overwrite") = true,
          "Saves a plan as TOML atomically. With overwrite=False an existing file raises IoError.");

    // The methods belong on Plan, which bind_plan() created; TOML's binding adds them there.
    auto plan = py::reinterpret_borrow<py::class_<Plan, std::shared_ptr<Plan>>>(m.attr("Plan"));
    plan.def("to_toml", &plan_to_toml, "The plan as TOML text (see plan_to_toml).");
    plan.def("save_toml", &save, py::arg("path"), py::arg("overwrite") = true,
             "Saves the plan as TOML atomically. With overwrite=False an existing file raises IoError.");
}

}  // namespace miljoplan::python

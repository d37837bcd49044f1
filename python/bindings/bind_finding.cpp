// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "enums.h"
#include "miljoplan/rules/finding.h"

namespace miljoplan::python {

void bind_finding(py::module_& m)
{
    bind_enum<Severity>(m, "Severity", "How serious a finding is.", parse_severity,
                        [](Severity s) { return to_string(s); },
                        {{"Error", Severity::Error}, {"Warning", Severity::Warning}, {"Info", Severity::Info}});

    py::class_<Finding> finding(m, "Finding", "One result of checking a plan: what, where, with the figures.");
    finding
        .def(py::init([](std::string code, Severity severity, std::string message, std::string path) {
                 return Finding{std::move(code), severity, std::move(message), std::move(path)};
             }),
             py::arg("code"), py::arg("severity"), py::arg("message"), py::arg("path") = "")
        .def_readonly("code", &Finding::code, "Stable code of the rule ('budget.costs_total').")
        .def_readonly("severity", &Finding::severity, py::return_value_policy::copy, "Severity.Error, Warning or Info; str() gives 'error', ...")
        .def_readonly("message", &Finding::message, "What is wrong, with the figures.")
        .def_readonly("path", &Finding::path, "JSONPath of what the finding concerns.")
        .def("__repr__", [](const Finding& f) {
            return "Finding(code=" + quote(f.code) + ", severity=" + quote(to_string(f.severity)) +
                   ", message=" + quote(f.message) + ", path=" + quote(f.path) + ")";
        })
        .def(py::pickle([](const Finding& f) { return py::make_tuple(f.code, f.severity, f.message, f.path); },
                        [](const py::tuple& t) {
                            return Finding{t[0].cast<std::string>(), t[1].cast<Severity>(), t[2].cast<std::string>(),
                                           t[3].cast<std::string>()};
                        }));
    value_semantics(finding);
}

}  // namespace miljoplan::python

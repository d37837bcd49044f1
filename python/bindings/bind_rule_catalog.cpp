// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/model/rule_settings.h"
#include "miljoplan/rules/rule_catalog.h"

namespace miljoplan::python {

void bind_rule_catalog(py::module_& m)
{
    py::class_<RuleParameter>(m, "RuleParameter", "A parameter a rule reads from the organisation's profile.")
        .def_readonly("name", &RuleParameter::name)
        .def_readonly("default", &RuleParameter::default_value, "Value used when the profile sets none.")
        .def_readonly("description", &RuleParameter::description)
        .def("__repr__", [](const RuleParameter& p) {
            return "<RuleParameter " + quote(p.name) + " = " + std::to_string(p.default_value) + ">";
        });

    py::class_<RuleInfo>(m, "RuleInfo", "A rule of the catalogue: stable code, default severity, purpose, parameters.")
        .def_readonly("code", &RuleInfo::code)
        .def_readonly("area", &RuleInfo::area)
        .def_readonly("severity", &RuleInfo::severity, py::return_value_policy::copy)
        .def_readonly("purpose_sv", &RuleInfo::purpose_sv)
        .def_readonly("purpose_en", &RuleInfo::purpose_en)
        .def_readonly("parameters", &RuleInfo::parameters, py::return_value_policy::copy)
        .def("__repr__", [](const RuleInfo& r) {
            return "<RuleInfo " + quote(r.code) + " (" + to_string(r.severity) + ")>";
        });

    py::class_<RuleSetting> setting(m, "RuleSetting", "An organisation's choice for one rule.");
    setting
        .def(py::init([](bool enabled, std::optional<Severity> severity, std::map<std::string, std::int64_t> parameters) {
                 return RuleSetting{enabled, severity, std::move(parameters)};
             }),
             py::arg("enabled") = true, py::arg("severity") = py::none(),
             py::arg("parameters") = std::map<std::string, std::int64_t>{})
        .def_readonly("enabled", &RuleSetting::enabled)
        .def_readonly("severity", &RuleSetting::severity, py::return_value_policy::copy)
        .def_readonly("parameters", &RuleSetting::parameters, py::return_value_policy::copy)
        .def("__repr__", [](const RuleSetting& s) {
            std::string params = "{";
            bool first = true;
            for (const auto& [k, v] : s.parameters) {
                params += (first ? "" : ", ") + quote(k) + ": " + std::to_string(v);
                first = false;
            }
            return "RuleSetting(enabled=" + std::string(s.enabled ? "True" : "False") + ", severity=" +
                   (s.severity ? quote(to_string(*s.severity)) : std::string("None")) + ", parameters=" + params + "})";
        });
    value_semantics(setting);

    m.def("rule_catalog", &rule_catalog, "Every rule validate() runs, in order (see docs/rules.md).");
    m.def("find_rule", [](const std::string& code) -> std::optional<RuleInfo> {
        if (const RuleInfo* r = find_rule(code)) return *r;
        return std::nullopt;
    }, py::arg("code"), "The rule with this code, or None.");
}

}  // namespace miljoplan::python

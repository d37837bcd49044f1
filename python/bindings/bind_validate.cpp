// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan::python {

void bind_validate(py::module_& m)
{
    m.def(
        "validate",
        [](const Plan& plan, const std::optional<GoalCatalog>& catalog, Language language, RuleSettings overrides,
           std::vector<std::shared_ptr<Plan>> related) {
            ValidationOptions options;
            options.language = language;
            options.overrides = std::move(overrides);
            for (auto& r : related) options.related.push_back(std::move(r));
            return validate(plan, catalog ? *catalog : builtin_goal_catalog(), options);
        },
        py::arg("plan"), py::arg("catalog") = py::none(), py::arg("language") = Language::Swedish,
        py::arg("overrides") = RuleSettings{}, py::arg("related") = std::vector<std::shared_ptr<Plan>>{},
        "Checks a plan and returns its findings (never raises for bad data). The built-in goal catalog is "
        "used unless another is given.");
}

}  // namespace miljoplan::python

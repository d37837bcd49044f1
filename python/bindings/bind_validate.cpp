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
        [](const Plan& plan, const std::optional<GoalCatalog>& catalog, Language language) {
            return validate(plan, catalog ? *catalog : builtin_goal_catalog(), language);
        },
        py::arg("plan"), py::arg("catalog") = py::none(), py::arg("language") = Language::Swedish,
        "Checks a plan and returns its findings (never raises for bad data). The built-in goal catalog is "
        "used unless another is given.");
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/embedded.h"

namespace miljoplan::python {

void bind_embedded(py::module_& m)
{
    m.def("example_plan", &example_plan,
          "The reference plan, Miljösamverkan Jönköpings län 2024, as shipped inside the library. Each call "
          "returns a fresh plan.");
    m.def("example_plan_json", [] { return std::string(example_plan_json()); },
          "The JSON text of the embedded reference plan.");
    m.def("builtin_profile_ids", &builtin_profile_ids, "Ids of the built-in organisation profiles.");
    m.def("builtin_profile", &builtin_profile, py::arg("id"), "A fresh copy of a built-in profile, or None.");
    m.def("builtin_plan_ids", &builtin_plan_ids, "Ids of the built-in example plans.");
    m.def("builtin_plan", &builtin_plan, py::arg("id"), "A fresh copy of a built-in example plan, or None.");
    m.def("builtin_goal_catalog", [] { return builtin_goal_catalog(); },
          "A copy of the built-in goal catalog (generationsmålet, 16 miljökvalitetsmål, 17 globala mål).");
}

}  // namespace miljoplan::python

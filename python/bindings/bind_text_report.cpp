// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/text_report.h"

namespace miljoplan::python {

void bind_text_report(py::module_& m)
{
    m.def("text_report", &text_report, py::arg("plan"), py::arg("findings"), py::arg("language") = Language::Swedish,
          "A readable plain-text overview of a plan with its findings (Swedish by default).");
}

}  // namespace miljoplan::python

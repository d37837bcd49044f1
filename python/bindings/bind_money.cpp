// SPDX-License-Identifier: Apache-2.0
// Python represents amounts as int kronor (exact, unbounded); only the formatting is bound.
#include "bindings.h"
#include "miljoplan/types/money.h"

namespace miljoplan::python {

namespace py = pybind11;

void bind_money(py::module_& m)
{
    m.def("format_tkr", [](std::int64_t kronor) { return format_tkr(Money::from_kronor(kronor)); }, py::arg("kronor"),
          "Formats whole kronor as thousands of kronor, exactly, Swedish style: 1196500 -> '1 196,5'.");
    m.def("format_kronor", [](std::int64_t kronor) { return format_kronor(Money::from_kronor(kronor)); },
          py::arg("kronor"), "Formats whole kronor with digit grouping and unit: 1196000 -> '1 196 000 kr'.");
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/analysis/fees.h"

namespace miljoplan::python {

// Registered after the organisation, so that signatures name Python classes rather than C++ types.
void bind_fees(py::module_& m)
{
    py::class_<FeeShare>(m, "FeeShare", "One paying unit's share.")
        .def_readonly("unit", &FeeShare::unit)
        .def_readonly("name", &FeeShare::name)
        .def_readonly("parties", &FeeShare::parties, py::return_value_policy::copy)
        .def_readonly("population", &FeeShare::population)
        .def_readonly("population_uncertain", &FeeShare::population_uncertain)
        .def_readonly("population_missing", &FeeShare::population_missing)
        .def_property_readonly("amount", [](const FeeShare& s) { return s.amount.kronor(); }, "Kronor.")
        .def("__repr__", [](const FeeShare& s) {
            return "<FeeShare " + quote(s.unit) + " " + std::to_string(s.amount.kronor()) + " kr" +
                   (s.population_uncertain ? " (osäker befolkning)" : "") + ">";
        });

    py::class_<FeeAllocation>(m, "FeeAllocation", "A fee allocation: each paying unit's share and how it was computed.")
        .def_readonly("key", &FeeAllocation::key)
        .def_property_readonly("total", [](const FeeAllocation& a) { return a.total.kronor(); }, "Kronor.")
        .def_readonly("shares", &FeeAllocation::shares, py::return_value_policy::copy)
        .def_readonly("uses_uncertain_population", &FeeAllocation::uses_uncertain_population)
        .def_readonly("method", &FeeAllocation::method)
        .def("rows", [](const FeeAllocation& a) {
            py::list rows;
            for (const auto& s : a.shares) {
                py::dict row;
                row["unit"] = s.unit;
                row["name"] = s.name;
                row["parties"] = py::cast(s.parties);
                row["population"] = s.population;
                row["population_uncertain"] = s.population_uncertain;
                row["amount"] = s.amount.kronor();
                rows.append(row);
            }
            return rows;
        }, "The shares as a list of dicts (one per paying unit), ready for pandas.DataFrame.")
        .def("__repr__", [](const FeeAllocation& a) {
            return "<FeeAllocation " + to_string(a.key) + ": " + std::to_string(a.shares.size()) + " shares, total " +
                   std::to_string(a.total.kronor()) + " kr>";
        });

    m.def("fees_by_key", &fees_by_key, py::arg("organisation"), py::arg("funding"),
          "What each paying unit pays under the key's own amounts.");
    m.def("split_by_key",
          [](const Organisation& org, const Funding& funding, std::int64_t total) {
              return split_by_key(org, funding, Money::from_kronor(total));
          },
          py::arg("organisation"), py::arg("funding"), py::arg("total"),
          "Splits a total (kronor) over the paying units by the key's weights, exactly (largest remainder).");
}

}  // namespace miljoplan::python

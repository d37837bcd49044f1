// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "enums.h"
#include "casters.h"
#include "miljoplan/analysis/budget_compare.h"

namespace miljoplan::python {

namespace {

std::optional<std::int64_t> kronor(const std::optional<Money>& m)
{
    if (!m) return std::nullopt;
    return m->kronor();
}

}  // namespace

void bind_budget_compare(py::module_& m)
{
    static const std::initializer_list<std::pair<const char*, LineChange>> changes{
        {"Same", LineChange::Same}, {"Changed", LineChange::Changed}, {"Added", LineChange::Added},
        {"Removed", LineChange::Removed}};
    bind_enum<LineChange>(
        m, "LineChange", "How a budget line differs between two versions (oförändrad, ändrad, ny, borttagen).",
        [](const std::string& text) -> std::optional<LineChange> {
            for (const auto& [name, value] : changes)
                if (text == name || text == to_string(value)) return value;
            return std::nullopt;
        },
        [](LineChange c) { return to_string(c); }, changes);

    py::class_<BudgetLineComparison>(m, "BudgetLineComparison", "One line compared across two budgets.")
        .def_readonly("section", &BudgetLineComparison::section)
        .def_readonly("id", &BudgetLineComparison::id)
        .def_readonly("label", &BudgetLineComparison::label)
        .def_property_readonly("first", [](const BudgetLineComparison& c) { return kronor(c.first); })
        .def_property_readonly("second", [](const BudgetLineComparison& c) { return kronor(c.second); })
        .def_property_readonly("difference", [](const BudgetLineComparison& c) { return c.difference.kronor(); })
        .def_readonly("change", &BudgetLineComparison::change)
        .def("__repr__", [](const BudgetLineComparison& c) {
            return "<BudgetLineComparison " + quote(c.label) + " " + to_string(c.change) + " " +
                   std::to_string(c.difference.kronor()) + ">";
        });

    py::class_<BudgetComparison>(m, "BudgetComparison", "Two budgets compared line by line, with their totals.")
        .def_readonly("lines", &BudgetComparison::lines, py::return_value_policy::copy)
        .def_property_readonly("income_first", [](const BudgetComparison& c) { return c.income_first.kronor(); })
        .def_property_readonly("income_second", [](const BudgetComparison& c) { return c.income_second.kronor(); })
        .def_property_readonly("costs_first", [](const BudgetComparison& c) { return c.costs_first.kronor(); })
        .def_property_readonly("costs_second", [](const BudgetComparison& c) { return c.costs_second.kronor(); })
        .def_property_readonly("result_first", [](const BudgetComparison& c) { return c.result_first.kronor(); })
        .def_property_readonly("result_second", [](const BudgetComparison& c) { return c.result_second.kronor(); })
        .def("__repr__", [](const BudgetComparison& c) {
            return "<BudgetComparison " + std::to_string(c.lines.size()) + " lines>";
        });

    m.def("compare_budgets", &compare_budgets, py::arg("first"), py::arg("second"),
          "Compares two budgets line by line (matched by id, else by label).");
}

}  // namespace miljoplan::python

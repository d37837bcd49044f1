// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/csv.h"

namespace miljoplan::python {

namespace {

CsvOptions csv_options(const std::string& separator, bool byte_order_mark)
{
    if (separator != "," && separator != ";") throw py::value_error("separator must be ',' or ';', got '" + separator + "'");
    return CsvOptions{separator[0], byte_order_mark};
}

}  // namespace

void bind_csv(py::module_& m)
{
    m.def(
        "activities_to_csv",
        [](const Plan& plan, const std::string& separator, bool bom) { return activities_to_csv(plan, csv_options(separator, bom)); },
        py::arg("plan"), py::arg("separator") = ",", py::arg("byte_order_mark") = false,
        "The activities as CSV for spreadsheets; formula-like cells are neutralised with an apostrophe.");
    m.def(
        "proposals_to_csv",
        [](const Plan& plan, const std::string& separator, bool bom) { return proposals_to_csv(plan, csv_options(separator, bom)); },
        py::arg("plan"), py::arg("separator") = ",", py::arg("byte_order_mark") = false, "The proposal bank as CSV.");
    m.def(
        "budget_to_csv",
        [](const Plan& plan, const std::string& separator, bool bom) { return budget_to_csv(plan, csv_options(separator, bom)); },
        py::arg("plan"), py::arg("separator") = ",", py::arg("byte_order_mark") = false,
        "The budget lines as CSV (amounts in whole kronor).");
    m.def(
        "activities_from_csv",
        [](const std::string& text, const std::string& source_name) { return activities_from_csv(text, source_name); },
        py::arg("text"), py::arg("source_name") = "<csv>",
        "Reads activities from CSV; errors name the row and column (ParseError.line and .column).");
}

}  // namespace miljoplan::python

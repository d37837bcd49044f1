// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/csv.h"

namespace miljoplan::python {

namespace {

CsvOptions csv_options(const std::string& separator, bool byte_order_mark, bool privacy_line, Language language)
{
    if (separator != "," && separator != ";") throw py::value_error("separator must be ',' or ';', got '" + separator + "'");
    return CsvOptions{separator[0], byte_order_mark, privacy_line, language};
}

// The writers share their keyword arguments, so one helper binds all three.
template <typename Writer>
void def_writer(py::module_& m, const char* name, Writer writer, const char* doc)
{
    m.def(
        name,
        [writer](const Plan& plan, const std::string& separator, bool bom, bool privacy_line, Language language) {
            return writer(plan, csv_options(separator, bom, privacy_line, language));
        },
        py::arg("plan"), py::arg("separator") = ",", py::arg("byte_order_mark") = false, py::arg("privacy_line") = true,
        py::arg("language") = Language::Swedish, doc);
}

}  // namespace

void bind_csv(py::module_& m)
{
    def_writer(m, "activities_to_csv", &activities_to_csv,
               "The activities as CSV for spreadsheets; formula-like cells are neutralised with an apostrophe. The first "
               "line says whether the file holds personal data unless privacy_line=False.");
    def_writer(m, "proposals_to_csv", &proposals_to_csv, "The proposal bank as CSV.");
    def_writer(m, "budget_to_csv", &budget_to_csv, "The budget lines as CSV (amounts in whole kronor).");
    m.def(
        "activities_from_csv",
        [](const std::string& text, const std::string& source_name) { return activities_from_csv(text, source_name); },
        py::arg("text"), py::arg("source_name") = "<csv>",
        "Reads activities from CSV; errors name the row and column (ParseError.line and .column).");
    m.def(
        "proposals_from_csv",
        [](const std::string& text, const std::string& source_name) { return proposals_from_csv(text, source_name); },
        py::arg("text"), py::arg("source_name") = "<csv>",
        "Reads proposals from CSV written by proposals_to_csv(); errors name the row and column.");

    py::class_<BudgetLinesCsv>(m, "BudgetLinesCsv", "Budget lines read from CSV, income and costs in file order.")
        .def_property_readonly(
            "income", [](const BudgetLinesCsv& b) { return b.income; }, "Lines of the income section (intäkter).")
        .def_property_readonly(
            "costs", [](const BudgetLinesCsv& b) { return b.costs; }, "Lines of the cost section (kostnader).")
        .def("__repr__", [](const BudgetLinesCsv& b) {
            return "<BudgetLinesCsv income=" + std::to_string(b.income.size()) + " costs=" + std::to_string(b.costs.size()) + ">";
        });
    m.def(
        "budget_lines_from_csv",
        [](const std::string& text, const std::string& source_name) { return budget_lines_from_csv(text, source_name); },
        py::arg("text"), py::arg("source_name") = "<csv>",
        "Reads budget lines from CSV written by budget_to_csv(); errors name the row and column.");
}

}  // namespace miljoplan::python

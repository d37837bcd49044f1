// SPDX-License-Identifier: Apache-2.0
// The column tables of miljoplan/analysis/tables.h. Numbers, dates and flags cross as NumPy arrays in
// one copy each, so the pandas frames (miljoplan/frames.py) never build a Python object per row for them.
#include <limits>

#include <pybind11/numpy.h>

#include "bindings.h"
#include "casters.h"
#include "miljoplan/analysis/tables.h"
#include "miljoplan/io/embedded.h"

namespace miljoplan::python {

namespace {

py::object column_values(const Column& c)
{
    const std::size_t n = c.size();
    switch (c.type) {
    case ColumnType::Text: {
        py::list out(n);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = c.is_missing(i) ? py::object(py::none()) : py::object(py::str(c.text[i]));
        return std::move(out);
    }
    case ColumnType::Integer: {
        py::array_t<std::int64_t> out(static_cast<py::ssize_t>(n));
        auto view = out.mutable_unchecked<1>();
        for (std::size_t i = 0; i < n; ++i) view(static_cast<py::ssize_t>(i)) = c.integers[i];
        return std::move(out);
    }
    case ColumnType::Day: {
        // Days since 1970-01-01 viewed as datetime64[D]: exact for every year the library accepts;
        // the narrower nanosecond range is pandas' to check, which it does (OutOfBoundsDatetime).
        const Date epoch(1970, 1, 1);
        py::array_t<std::int64_t> days(static_cast<py::ssize_t>(n));
        auto view = days.mutable_unchecked<1>();
        for (std::size_t i = 0; i < n; ++i)
            view(static_cast<py::ssize_t>(i)) = c.is_missing(i) || c.dates[i].is_special()
                                                    ? std::numeric_limits<std::int64_t>::min()  // NaT
                                                    : (c.dates[i] - epoch).days();
        return days.attr("view")("datetime64[D]");
    }
    case ColumnType::Boolean: {
        py::array_t<bool> out(static_cast<py::ssize_t>(n));
        auto view = out.mutable_unchecked<1>();
        for (std::size_t i = 0; i < n; ++i) view(static_cast<py::ssize_t>(i)) = c.booleans[i];
        return std::move(out);
    }
    case ColumnType::TextList: {
        py::list out(n);
        for (std::size_t i = 0; i < n; ++i) out[i] = py::cast(c.lists[i]);
        return std::move(out);
    }
    }
    return py::none();
}

py::object column_missing(const Column& c)
{
    const std::size_t n = c.size();
    py::array_t<bool> out(static_cast<py::ssize_t>(n));
    auto view = out.mutable_unchecked<1>();
    for (std::size_t i = 0; i < n; ++i) view(static_cast<py::ssize_t>(i)) = c.is_missing(i);
    return std::move(out);
}

}  // namespace

void bind_tables(py::module_& m)
{
    py::enum_<ColumnType>(m, "ColumnType", "What a table column holds.")
        .value("Text", ColumnType::Text)
        .value("Integer", ColumnType::Integer)
        .value("Day", ColumnType::Day)
        .value("Boolean", ColumnType::Boolean)
        .value("TextList", ColumnType::TextList);

    py::class_<Column>(m, "Column", "One named column of a Table.")
        .def_readonly("name", &Column::name, "The column's name.")
        .def_readonly("type", &Column::type, "What the column holds (ColumnType).")
        .def_readonly("nullable", &Column::nullable, "True when the column may hold missing values at all.")
        .def_readonly("categories", &Column::categories, py::return_value_policy::copy,
                      "For a categorical column, its categories in their meaningful order; [] otherwise.")
        .def_readonly("categorical", &Column::categorical, "True when the values come from ordered categories.")
        .def_property_readonly("values", &column_values,
                               "The values: a list of str (None where missing) for text, a list of lists of str "
                               "for text lists, a NumPy array otherwise (int64, datetime64[D] with NaT where "
                               "missing, bool).")
        .def_property_readonly("missing", &column_missing, "Per row, True where the value is missing (NumPy bool).")
        .def("__len__", &Column::size)
        .def("__repr__", [](const Column& c) {
            return "<Column " + quote(c.name) + " " + to_string(c.type) + (c.nullable ? " nullable" : "") +
                   (c.categorical ? " categorical" : "") + ", " + std::to_string(c.size()) + " rows>";
        });

    py::class_<Table>(m, "Table", "A small column-oriented table (see Table.to_frame() for pandas).")
        .def_readonly("columns", &Table::columns, py::return_value_policy::copy, "The columns in display order.")
        .def_property_readonly("rows", &Table::rows, "Number of rows.")
        .def_property_readonly("names", &Table::names, "The column names in order.")
        .def("column", &Table::column, py::arg("name"), py::return_value_policy::reference_internal,
             "The column called `name`; InvalidArgumentError if there is none.")
        .def("to_csv", &to_csv, "The table as CSV text (RFC 4180).")
        .def("__len__", &Table::rows)
        .def("__repr__", [](const Table& t) {
            return "<Table " + std::to_string(t.rows()) + " rows × " + std::to_string(t.columns.size()) + " columns>";
        });

    m.def("activity_table", &activity_table, py::arg("plan"), "One row per activity, in printed order.");
    m.def("proposal_table", &proposal_table, py::arg("plan"), "One row per proposal of the bank, in printed order.");
    m.def("budget_table", &budget_table, py::arg("budget"), py::arg("language") = Language::Swedish,
          "The budget in long form: lines, computed sums and printed totals (kind line/computed/printed).");
    m.def("budget_totals_table", &budget_totals_table, py::arg("budget"), py::arg("language") = Language::Swedish,
          "Income, costs and result: computed, printed and their difference.");
    m.def(
        "goal_coverage_table",
        [](const Plan& plan, const std::optional<GoalCatalog>& catalog, Language language) {
            return goal_coverage_table(plan, catalog ? *catalog : builtin_goal_catalog(), language);
        },
        py::arg("plan"), py::arg("catalog") = py::none(), py::arg("language") = Language::Swedish,
        "One row per goal: how many activities serve it (the built-in goal catalog unless another is given).");
    m.def("occurrence_table", &occurrence_table, py::arg("wheel"), "One row per occurrence of the year wheel.");
    m.def("month_table", &month_table, py::arg("wheel"), "One row per month of the year wheel.");
    m.def("load_table", &load_table, py::arg("wheel"), "Meetings per month and responsible actor (long form).");
    m.def("allocation_table", &allocation_table, py::arg("allocation"), "One row per paying unit.");
    m.def("finding_table", &finding_table, py::arg("findings"), "One row per finding.");
    m.def("comparison_table", &comparison_table, py::arg("comparison"), "One row per activity of a plan comparison.");
}

}  // namespace miljoplan::python

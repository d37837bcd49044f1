// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"
#include "casters.h"
#include "miljoplan/io/part_json.h"
#include "enums.h"
#include "miljoplan/model/budget.h"

namespace miljoplan::python {

namespace {

/// The three printed totals at a glance, in whole kronor; None where the document prints none.
struct PrintedTotals {
    std::optional<std::int64_t> income;
    std::optional<std::int64_t> costs;
    std::optional<std::int64_t> result;
};

std::optional<std::int64_t> kronor_of(const std::optional<PrintedTotal>& total)
{
    if (!total) return std::nullopt;
    return total->amount.kronor();
}

std::string repr_optional(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : "None"; }

std::string repr_line(const BudgetLine& l)
{
    return "BudgetLine(label=" + quote(l.label) + ", amount=" + std::to_string(l.amount.kronor()) +
           ", id=" + quote(l.id) + ", tags=" + quote_list(l.tags) + ")";
}

}  // namespace

void bind_budget(py::module_& m)
{
    py::class_<BudgetLine> line(m, "BudgetLine", "One budget line: its label as printed and its amount in whole kronor.");
    line.def(py::init([](std::string label, std::int64_t amount, std::string id, std::vector<std::string> tags) {
                 return BudgetLine{std::move(id), std::move(label), Money::from_kronor(amount), std::move(tags), {}};
             }),
             py::arg("label"), py::arg("amount"), py::arg("id") = "", py::arg("tags") = std::vector<std::string>{})
        .def_readonly("id", &BudgetLine::id, "Stable id within the budget.")
        .def_readonly("label", &BudgetLine::label, "The label as printed.")
        .def_property_readonly("amount", [](const BudgetLine& l) { return l.amount.kronor(); }, "Amount in whole kronor.")
        .def_readonly("tags", &BudgetLine::tags, py::return_value_policy::copy, "Machine-readable roles of the line ('carry_over', ...).")
        .def_property_readonly("extra_fields", [](const BudgetLine& l) { return extra_to_dict(l.extra); },
                               "Fields from the file this version does not know.")
        .def("__repr__", &repr_line)
        .def(py::pickle(
            [](const BudgetLine& l) {
                return py::make_tuple(l.id, l.label, l.amount.kronor(), l.tags, extra_to_dict(l.extra));
            },
            [](const py::tuple& state) {
                if (state.size() != 5) throw py::value_error("BudgetLine: bad pickle state");
                return BudgetLine{state[0].cast<std::string>(), state[1].cast<std::string>(),
                                  Money::from_kronor(state[2].cast<std::int64_t>()),
                                  state[3].cast<std::vector<std::string>>(), dict_to_extra(state[4].cast<py::dict>())};
            }));
    value_semantics(line);

    py::class_<PrintedTotal> total(m, "PrintedTotal", "A total as the document prints it.");
    total.def(py::init([](std::string label, std::int64_t amount) { return PrintedTotal{std::move(label), Money::from_kronor(amount)}; }),
              py::arg("label"), py::arg("amount"))
        .def_readonly("label", &PrintedTotal::label, "The printed label; empty when the figure stands alone.")
        .def_property_readonly("amount", [](const PrintedTotal& t) { return t.amount.kronor(); }, "Amount in whole kronor.")
        .def("__repr__", [](const PrintedTotal& t) {
            return "PrintedTotal(label=" + quote(t.label) + ", amount=" + std::to_string(t.amount.kronor()) + ")";
        })
        .def(py::pickle([](const PrintedTotal& t) { return py::make_tuple(t.label, t.amount.kronor()); },
                        [](const py::tuple& state) {
                            if (state.size() != 2) throw py::value_error("PrintedTotal: bad pickle state");
                            return PrintedTotal{state[0].cast<std::string>(),
                                                Money::from_kronor(state[1].cast<std::int64_t>())};
                        }));
    value_semantics(total);

    py::class_<PrintedTotals>(m, "PrintedTotals", "The printed totals in whole kronor; None where none is printed.")
        .def_readonly("income", &PrintedTotals::income, "Printed income total.")
        .def_readonly("costs", &PrintedTotals::costs, "Printed cost total.")
        .def_readonly("result", &PrintedTotals::result, "Printed result.")
        .def("__repr__", [](const PrintedTotals& t) {
            return "PrintedTotals(income=" + repr_optional(t.income) + ", costs=" + repr_optional(t.costs) +
                   ", result=" + repr_optional(t.result) + ")";
        })
        .def("__eq__", [](const PrintedTotals& a, const PrintedTotals& b) {
            return a.income == b.income && a.costs == b.costs && a.result == b.result;
        }, py::is_operator());

    bind_enum<BudgetVersion>(m, "BudgetVersion", "Which version of a year's budget.", parse_budget_version,
                             [](BudgetVersion v) { return to_string(v); },
                             {{"Adopted", BudgetVersion::Adopted}, {"Revised", BudgetVersion::Revised},
                              {"Outcome", BudgetVersion::Outcome}});

    py::class_<Budget, std::shared_ptr<Budget>>(m, "Budget", "A year's budget: income and cost lines with printed totals.")
        .def(py::init<int>(), py::arg("year"))
        .def_property("year", &Budget::year, &Budget::set_year, py::return_value_policy::copy, "The budget year.")
        .def_property("version", &Budget::version, &Budget::set_version, "Adopted, revised or outcome (bokslut).")
        .def_property("decided_by", &Budget::decided_by, &Budget::set_decided_by, py::return_value_policy::copy, "Id of the deciding body, or None.")
        .def_property("decided_on", &Budget::decided_on, &Budget::set_decided_on, py::return_value_policy::copy, "Date of the decision, or None.")
        .def_property("covers", &Budget::covers, &Budget::set_covers, "What a revision covered, verbatim.")
        .def_property("deficit_decision", &Budget::deficit_decision, &Budget::set_deficit_decision,
                      "A recorded decision that accepts a planned deficit.")
        .def("lines_tagged", &Budget::lines_tagged, py::arg("tag"), "Lines of both sections carrying a tag.")
        .def_property("title", &Budget::title, &Budget::set_title, "The table heading as printed.")
        .def_property("display_unit", &Budget::display_unit, &Budget::set_display_unit, "'tkr' or 'kr'.")
        .def_property_readonly("income_heading", &Budget::income_heading, "Heading of the income section.")
        .def_property_readonly("costs_heading", &Budget::costs_heading, "Heading of the cost section.")
        .def("set_headings", &Budget::set_headings, py::arg("income"), py::arg("costs"), "Sets the section headings.")
        .def_property("income", &Budget::income, &Budget::set_income, py::return_value_policy::copy, "Income lines (a list snapshot).")
        .def_property("costs", &Budget::costs, &Budget::set_costs, py::return_value_policy::copy, "Cost lines (a list snapshot).")
        .def("add_income", &Budget::add_income, py::arg("line"), "Appends an income line.")
        .def("add_cost", &Budget::add_cost, py::arg("line"), "Appends a cost line.")
        .def_property("printed_income", &Budget::printed_income, &Budget::set_printed_income, py::return_value_policy::copy,
                      "The printed income total (PrintedTotal), or None.")
        .def_property("printed_costs", &Budget::printed_costs, &Budget::set_printed_costs, py::return_value_policy::copy,
                      "The printed cost total (PrintedTotal), or None.")
        .def_property("printed_result", &Budget::printed_result, &Budget::set_printed_result, py::return_value_policy::copy,
                      "The printed result (PrintedTotal), or None.")
        .def_property_readonly("printed_totals", [](const Budget& b) {
            return PrintedTotals{kronor_of(b.printed_income()), kronor_of(b.printed_costs()), kronor_of(b.printed_result())};
        }, "The printed totals in whole kronor (income, costs, result; None where none is printed).")
        .def_property("notes", &Budget::notes, &Budget::set_notes, py::return_value_policy::copy, "Notes printed with the budget.")
        .def_property_readonly("income_total", [](const Budget& b) { return b.income_total().kronor(); },
                               "Sum of the income lines in kronor.")
        .def_property_readonly("costs_total", [](const Budget& b) { return b.costs_total().kronor(); },
                               "Sum of the cost lines in kronor.")
        .def_property_readonly("result", [](const Budget& b) { return b.result().kronor(); },
                               "Computed income minus computed costs, in kronor.")
        .def_property(
            "extra_fields", [](const Budget& b) { return extra_to_dict(b.extra_fields()); },
            [](Budget& b, const py::dict& d) { b.extra_fields() = dict_to_extra(d); },
            "Fields from the file this version does not know, kept for the round trip.")
        .def("__eq__", [](const Budget& a, const Budget& b) { return a == b; }, py::is_operator())
        // Pickled as the JSON object the plan file holds, so unknown fields and every column survive; the copy
        // belongs to no plan.
        .def(py::pickle([](const Budget& x) { return py::make_tuple(budget_to_json(x)); },
                        [](const py::tuple& state) {
                            if (state.size() != 1) throw py::value_error("Budget: bad pickle state");
                            return budget_from_json(state[0].cast<std::string>(), "<pickle>");
                        }))
        .def("__repr__", [](const Budget& b) {
            return "<Budget " + std::to_string(b.year()) + ": " + std::to_string(b.income().size()) + " income lines, " +
                   std::to_string(b.costs().size()) + " cost lines>";
        });
}

}  // namespace miljoplan::python

// SPDX-License-Identifier: Apache-2.0
// One bind_<header>() per public header; module.cpp calls them in dependency order.
#pragma once

#include <pybind11/pybind11.h>

namespace miljoplan::python {

void bind_error(pybind11::module_& m);
void bind_money(pybind11::module_& m);
void bind_language(pybind11::module_& m);
void bind_date_range(pybind11::module_& m);
void bind_swedish_calendar(pybind11::module_& m);
void bind_timing(pybind11::module_& m);
void bind_schedule(pybind11::module_& m);
void bind_party(pybind11::module_& m);
void bind_party_group(pybind11::module_& m);
void bind_role(pybind11::module_& m);
void bind_body(pybind11::module_& m);
void bind_planning_cycle(pybind11::module_& m);
void bind_organisation(pybind11::module_& m);
void bind_effect_goal(pybind11::module_& m);
void bind_goal_phrase(pybind11::module_& m);
void bind_goal_catalog(pybind11::module_& m);
void bind_actor_phrase(pybind11::module_& m);
void bind_activity(pybind11::module_& m);
void bind_proposal(pybind11::module_& m);
void bind_proposal_bank(pybind11::module_& m);
void bind_budget(pybind11::module_& m);
void bind_plan(pybind11::module_& m);
void bind_finding(pybind11::module_& m);
void bind_validate(pybind11::module_& m);
void bind_json(pybind11::module_& m);
void bind_toml(pybind11::module_& m);
void bind_embedded(pybind11::module_& m);
void bind_text_report(pybind11::module_& m);
void bind_year_wheel(pybind11::module_& m);
void bind_rule_catalog(pybind11::module_& m);
void bind_funding(pybind11::module_& m);
void bind_fees(pybind11::module_& m);
void bind_budget_compare(pybind11::module_& m);
void bind_process(pybind11::module_& m);
void bind_follow_up(pybind11::module_& m);
void bind_tables(pybind11::module_& m);
void bind_document_report(pybind11::module_& m);
void bind_csv(pybind11::module_& m);
void bind_key_figure(pybind11::module_& m);
void bind_key_figure_value(pybind11::module_& m);
void bind_key_figure_set(pybind11::module_& m);
void bind_key_figure_io(pybind11::module_& m);
void bind_comparison(pybind11::module_& m);
void bind_key_figure_report(pybind11::module_& m);

}  // namespace miljoplan::python

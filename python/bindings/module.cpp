// SPDX-License-Identifier: Apache-2.0
#include "bindings.h"

PYBIND11_MODULE(_core, m)
{
    m.doc() = "miljoplan's compiled core. Import the package `miljoplan`, not this module.";
    m.attr("__version__") = MILJOPLAN_PYTHON_VERSION;
    using namespace miljoplan::python;
    bind_error(m);
    bind_money(m);
    bind_language(m);
    bind_date_range(m);
    bind_swedish_calendar(m);
    bind_timing(m);
    bind_schedule(m);
    bind_finding(m);
    bind_party(m);
    bind_party_group(m);
    bind_role(m);
    bind_body(m);
    bind_planning_cycle(m);
    bind_rule_catalog(m);
    bind_funding(m);
    bind_organisation(m);
    bind_fees(m);
    bind_effect_goal(m);
    bind_goal_phrase(m);
    bind_goal_catalog(m);
    bind_actor_phrase(m);
    bind_process(m);
    bind_activity(m);
    bind_proposal(m);
    bind_proposal_bank(m);
    bind_budget(m);
    bind_budget_compare(m);
    bind_plan(m);
    bind_validate(m);
    bind_json(m);
    bind_toml(m);
    bind_embedded(m);
    bind_text_report(m);
    bind_year_wheel(m);
    bind_follow_up(m);
    bind_tables(m);
    bind_document_report(m);
    bind_csv(m);
    // Key figures: the set needs Organisation (link_parties) and the catalogue and value types before it.
    bind_key_figure(m);
    bind_key_figure_value(m);
    bind_key_figure_set(m);
    bind_key_figure_io(m);
    bind_comparison(m);
    bind_key_figure_report(m);
}

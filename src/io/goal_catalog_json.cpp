// SPDX-License-Identifier: Apache-2.0
#include "io/codec.h"

namespace miljoplan::detail {

GoalCatalog read_goal_catalog(ObjectReader& in)
{
    in.expect_schema(GoalCatalog::schema_name, GoalCatalog::schema_version, true);
    GoalCatalog catalog;
    in.for_each("goals", [&](const Json& item, const std::string& path) {
        ObjectReader g(item, path, in.source());
        EffectGoal goal;
        goal.id = GoalId(g.required_string("id"));
        goal.kind = read_enum<GoalKind>(g, "kind", parse_goal_kind, "generationsmål, miljökvalitetsmål or globalt mål");
        goal.number = g.required_int("number");
        goal.name_sv = g.required_string("name_sv");
        goal.name_en = g.optional_string("name_en");
        goal.variants = g.string_list("variants");
        goal.indicator_code = g.optional_string("indicator_code");
        goal.source = g.optional_string("source");
        goal.note = g.optional_string("note");
        g.reject_unknown("a goal");
        at_path(g, [&] { catalog.add(std::move(goal)); });
    });
    catalog.extra_fields() = in.extra_fields();
    return catalog;
}

Json write_goal_catalog(const GoalCatalog& catalog)
{
    Json out = tagged(GoalCatalog::schema_name, GoalCatalog::schema_version);
    put_extra(out, catalog.extra_fields());
    Json goals = Json::array();
    for (const auto& goal : catalog.goals()) {
        Json g = Json::object();
        g["id"] = goal.id.value();
        g["kind"] = to_string(goal.kind);
        g["number"] = goal.number;
        g["name_sv"] = goal.name_sv;
        if (!goal.name_en.empty()) g["name_en"] = goal.name_en;
        if (!goal.variants.empty()) g["variants"] = goal.variants;
        if (!goal.indicator_code.empty()) g["indicator_code"] = goal.indicator_code;
        if (!goal.source.empty()) g["source"] = goal.source;
        if (!goal.note.empty()) g["note"] = goal.note;
        goals.push_back(g);
    }
    out["goals"] = goals;
    return out;
}

}  // namespace miljoplan::detail

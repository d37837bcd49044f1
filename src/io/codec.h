// SPDX-License-Identifier: Apache-2.0
// Internal: conversion of each model class to and from its JSON object.
#pragma once

#include <functional>
#include <memory>

#include "io/json_support.h"
#include "miljoplan/model/goal_catalog.h"
#include "miljoplan/model/organisation.h"
#include "miljoplan/model/plan.h"

namespace miljoplan::detail {

std::shared_ptr<Organisation> read_organisation(ObjectReader& in);
Json write_organisation(const Organisation& organisation);

/// Rewrites a plan document's relative profile reference for a file saved at @p target_path, so that
/// the saved copy reaches the same profile file the plan was read with (built-in ids stay as they are).
void rebase_profile_reference(Json& document, const Plan& plan, const std::string& target_path);

/// Resolves a profile reference ("jonkoping", "profiles/x.json") to the organisation it names.
using ProfileLookup = std::function<std::shared_ptr<const Organisation>(const std::string& profile)>;

std::shared_ptr<Plan> read_plan(ObjectReader& in, const ProfileLookup& lookup);
Json write_plan(const Plan& plan);

std::shared_ptr<Activity> read_activity(ObjectReader& in);
Json write_activity(const Activity& activity);

std::shared_ptr<Proposal> read_proposal(ObjectReader& in);
Json write_proposal(const Proposal& proposal);

std::shared_ptr<Budget> read_budget(ObjectReader& in);
Json write_budget(const Budget& budget);

GoalCatalog read_goal_catalog(ObjectReader& in);
Json write_goal_catalog(const GoalCatalog& catalog);

/// Runs @p body, turning the model's InvalidArgument into a SchemaError at @p in's path.
template <class F>
auto at_path(const ObjectReader& in, F&& body) -> decltype(body())
{
    try {
        return body();
    } catch (const SchemaError&) {
        throw;
    } catch (const InvalidArgument& e) {
        fail_at(in.source(), in.path(), e.what());
    }
}

/// Reads an enum token with @p parse; a wrong token is an error listing the accepted ones.
template <class E, class Parse>
E read_enum(ObjectReader& in, const char* key, Parse parse, const char* accepted)
{
    const std::string text = in.required_string(key);
    if (auto value = parse(text)) return *value;
    in.fail(key, "unknown value \"" + text + "\"; expected one of " + accepted);
}

}  // namespace miljoplan::detail

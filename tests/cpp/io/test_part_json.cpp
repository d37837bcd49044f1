// SPDX-License-Identifier: Apache-2.0
// One activity, proposal or budget as JSON: the object the plan file holds, read back equal, unknown fields
// kept, errors naming source and path. Python's pickling of these classes is built on it (test_pickle.py).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/part_json.h"

namespace {

using namespace miljoplan;
using Json = nlohmann::ordered_json;

std::string error_of(void (*read)(const std::string&), const std::string& text)
{
    try {
        read(text);
    } catch (const ParseError& e) {
        return e.what();
    }
    return "no error";
}

TEST(PartJson, EveryActivityOfTheReferencePlanRoundTrips)
{
    const auto plan = builtin_plan("jonkoping-2024");
    const Json plan_document = Json::parse(plan_to_json(*plan));
    ASSERT_EQ(plan->activities().size(), plan_document["activities"].size());
    for (std::size_t i = 0; i < plan->activities().size(); ++i) {
        const Activity& original = *plan->activities()[i];
        const std::string text = activity_to_json(original);
        // The same object the plan file holds for the row.
        EXPECT_EQ(Json::parse(text), plan_document["activities"][i]) << original.id().value();
        const auto copy = activity_from_json(text, "aktivitet.json");
        EXPECT_EQ(*copy, original) << original.id().value();
    }
}

TEST(PartJson, ProposalsAndTheBudgetRoundTripWithTheirPrintedTotals)
{
    const auto plan = builtin_plan("jonkoping-2024");
    ASSERT_FALSE(plan->proposal_bank().proposals().empty());
    for (const auto& proposal : plan->proposal_bank().proposals())
        EXPECT_EQ(*proposal_from_json(proposal_to_json(*proposal)), *proposal) << proposal->id().value();

    const Budget& budget = *plan->budget();
    const auto copy = budget_from_json(budget_to_json(budget));
    EXPECT_EQ(*copy, budget);
    // The reference plan prints SUMMA KOSTNADER 1 206 000 kr while its cost lines sum to 1 211 000 kr: the
    // printed figure travels as printed, for the rules to judge.
    ASSERT_TRUE(copy->printed_costs());
    EXPECT_EQ(copy->printed_costs()->label, "SUMMA KOSTNADER");
    EXPECT_EQ(copy->printed_costs()->amount, Money::from_kronor(1'206'000));
    EXPECT_EQ(copy->costs_total(), Money::from_kronor(1'211'000));
    EXPECT_EQ(copy->printed_result()->amount, Money::from_kronor(55'000));
}

TEST(PartJson, UnknownFieldsAreKept)
{
    const auto plan = builtin_plan("jonkoping-2024");
    Json document = Json::parse(activity_to_json(*plan->activities().front()));
    document["kommande_fält"] = Json{{"nivå", 2}, {"text", "åäö"}};
    const auto activity = activity_from_json(document.dump());
    EXPECT_EQ(activity->extra_fields().get("kommande_fält"), std::optional<std::string>(R"({"nivå":2,"text":"åäö"})"));
    EXPECT_EQ(Json::parse(activity_to_json(*activity)), document);
}

TEST(PartJson, ErrorsNameSourceAndPath)
{
    EXPECT_EQ(error_of([](const std::string& t) { activity_from_json(t, "a.json"); }, "[1]"),
              "a.json at $: expected an object, found an array");
    EXPECT_EQ(error_of([](const std::string& t) { activity_from_json(t, "a.json"); }, R"({"id": "A1"})"),
              "a.json at $: missing required field \"title\"");
    EXPECT_EQ(error_of([](const std::string& t) { budget_from_json(t, "b.json"); }, R"({"year": "2024"})"),
              "b.json at $.year: expected an integer, found a string");
    EXPECT_EQ(error_of([](const std::string& t) { proposal_from_json(t, "p.json"); },
                       R"({"schema": "Activity.1", "id": "F1", "title": "x"})"),
              "p.json at $.schema: expected a Proposal object, found schema \"Activity.1\"");
    EXPECT_EQ(error_of([](const std::string& t) { proposal_from_json(t, "p.json"); }, R"({"id": )"),
              "p.json:1:8: invalid JSON: syntax error while parsing value - unexpected end of input; expected '[', "
              "'{', or a literal");
}

}  // namespace

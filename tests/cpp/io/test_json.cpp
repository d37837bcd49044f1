// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "test_support.h"

using miljoplan::testing::load_text;
using miljoplan::testing::read_file;
using miljoplan::testing::reference_plan_path;
using Json = nlohmann::ordered_json;

namespace {

Json reference_document() { return Json::parse(read_file(reference_plan_path())); }

// The reference plan with its profile written out in place, for tests that reach into the organisation.
Json inline_document()
{
    Json doc = reference_document();
    doc["organisation"] = Json::parse(read_file(miljoplan::testing::source_dir() + "/data/profiles/jonkoping.json"));
    return doc;
}

// The library's canonical layout: two-space indent, UTF-8 as is, final newline.
std::string canonical(const Json& document) { return document.dump(2, ' ', false) + "\n"; }

const std::string kMinimalHead = R"({"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O"})";

std::string minimal_plan(const std::string& more_members = "") { return kMinimalHead + more_members + "}"; }

std::string nested_arrays(int depth, const std::string& innermost)
{
    return std::string(static_cast<std::size_t>(depth), '[') + innermost + std::string(static_cast<std::size_t>(depth), ']');
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST(Json, ReferencePlanRoundTripsToAnEqualPlan)
{
    const auto plan = miljoplan::example_plan();
    const auto again = miljoplan::plan_from_json(miljoplan::plan_to_json(*plan));
    EXPECT_EQ(*again, *plan);
}

TEST(Json, ReferenceDataFileIsCanonical)
{
    const std::string file = read_file(reference_plan_path());
    EXPECT_EQ(miljoplan::plan_to_json(*miljoplan::plan_from_json(file)), file);
    EXPECT_EQ(miljoplan::example_plan_json(), file) << "the embedded plan is not the data file";
}

TEST(Json, GoalCatalogAndOrganisationRoundTrip)
{
    const std::string goals = read_file(miljoplan::testing::source_dir() + "/data/goals.json");
    EXPECT_EQ(miljoplan::goal_catalog_to_json(miljoplan::builtin_goal_catalog()), goals);
    EXPECT_EQ(miljoplan::goal_catalog_from_json(goals), miljoplan::builtin_goal_catalog());
    const auto plan = miljoplan::example_plan();
    const auto& org = *plan->organisation();
    EXPECT_EQ(*miljoplan::organisation_from_json(miljoplan::organisation_to_json(org)), org);
}

TEST(Json, UnknownFieldsOnSchemaTaggedObjectsSurviveExactly)
{
    Json doc = inline_document();
    const Json future = Json::parse(R"({"n": 1, "s": "å”", "list": [true, null, 2.5]})");
    // JSON pointers, not C++ pointers: adding a key to ordered_json moves its children.
    for (const char* target : {"", "/organisation", "/organisation/parties/0", "/organisation/groups/0",
                               "/organisation/roles/0", "/organisation/bodies/1", "/activities/3", "/proposal_bank",
                               "/proposal_bank/proposals/2", "/budget", "/budget/income/1", "/budget/costs/0"})
        doc[Json::json_pointer(target)]["x_future"] = future;
    const std::string text = canonical(doc);

    const auto plan = miljoplan::plan_from_json(text);
    const std::string compact = R"({"n":1,"s":"å”","list":[true,null,2.5]})";
    const auto& org = *plan->organisation();
    EXPECT_EQ(plan->extra_fields().get("x_future"), compact);
    EXPECT_EQ(org.extra_fields().get("x_future"), compact);
    EXPECT_EQ(org.parties()[0]->extra_fields().get("x_future"), compact);
    EXPECT_EQ(org.groups()[0]->extra_fields().get("x_future"), compact);
    EXPECT_EQ(org.roles()[0]->extra_fields().get("x_future"), compact);
    EXPECT_EQ(org.bodies()[1]->extra_fields().get("x_future"), compact);
    EXPECT_EQ(plan->activities()[3]->extra_fields().get("x_future"), compact);
    EXPECT_EQ(plan->proposal_bank().extra_fields().get("x_future"), compact);
    EXPECT_EQ(plan->proposal_bank().proposals()[2]->extra_fields().get("x_future"), compact);
    EXPECT_EQ(plan->budget()->extra_fields().get("x_future"), compact);
    EXPECT_EQ(plan->budget()->income()[1].extra.get("x_future"), compact);
    EXPECT_EQ(plan->budget()->costs()[0].extra.get("x_future"), compact);
    EXPECT_TRUE(plan->activities()[2]->extra_fields().empty());

    EXPECT_EQ(miljoplan::plan_to_json(*plan), text);
    EXPECT_EQ(*miljoplan::plan_from_json(miljoplan::plan_to_json(*plan)), *plan);
}

TEST(Json, UnknownFieldsInUntaggedValueObjectsAreErrorsAtTheirPath)
{
    const std::vector<std::pair<std::vector<Json::json_pointer>, std::string>> cases{
        {{Json::json_pointer("/organisation/bodies/1/seats/0")}, "$.organisation.bodies[1].seats[0].x_new"},
        {{Json::json_pointer("/budget/printed_totals/costs")}, "$.budget.printed_totals.costs.x_new"},
        {{Json::json_pointer("/budget/printed_totals")}, "$.budget.printed_totals.x_new"},
        {{Json::json_pointer("/years/0")}, "$.years[0].x_new"},
        {{Json::json_pointer("/adoption")}, "$.adoption.x_new"},
        {{Json::json_pointer("/organisation/cycle")}, "$.organisation.cycle.x_new"},
        {{Json::json_pointer("/organisation/counties/0")}, "$.organisation.counties[0].x_new"},
        {{Json::json_pointer("/organisation/parties/0/population")}, "$.organisation.parties[0].population.x_new"},
        {{Json::json_pointer("/activities/6/partners/refs/2")}, "$.activities[6].partners.refs[2].x_new"},
        {{Json::json_pointer("/activities/0/responsible")}, "$.activities[0].responsible.x_new"},
        {{Json::json_pointer("/activities/9/effect_goals/goals/0/measure")},
         "$.activities[9].effect_goals.goals[0].measure.x_new"},
        {{Json::json_pointer("/proposal_bank/years")}, "$.proposal_bank.years.x_new"},
        {{Json::json_pointer("/sections/0")}, "$.sections[0].x_new"},
        {{Json::json_pointer("/source")}, "$.source.x_new"},
    };
    for (const auto& [pointers, path] : cases) {
        Json doc = inline_document();
        for (const auto& pointer : pointers) doc[pointer]["x_new"] = 1;
        const auto outcome = load_text(canonical(doc));
        EXPECT_EQ(outcome.kind, "schema") << path;
        EXPECT_EQ(outcome.location.path, path);
        EXPECT_TRUE(contains(outcome.message, "unknown field")) << outcome.message;
    }
}

TEST(Json, TopLevelSchemaIsRequiredNamedAndNotNewer)
{
    Json doc = reference_document();
    doc.erase("schema");
    auto outcome = load_text(canonical(doc));
    EXPECT_EQ(outcome.kind, "schema");
    EXPECT_EQ(outcome.location.path, "$");
    EXPECT_TRUE(contains(outcome.message, "missing \"schema\"")) << outcome.message;

    const std::vector<std::pair<std::string, std::string>> wrong{
        {"Budget.1", "found schema \"Budget.1\""}, {"Plan.2", "newer"}, {"Plan", "no version"}, {"Plan.0", "no version"}};
    for (const auto& [tag, expected] : wrong) {
        doc = reference_document();
        doc["schema"] = tag;
        outcome = load_text(canonical(doc));
        EXPECT_EQ(outcome.kind, "schema") << tag;
        EXPECT_EQ(outcome.location.path, "$.schema") << tag;
        EXPECT_TRUE(contains(outcome.message, "\"" + tag + "\"")) << outcome.message;
        EXPECT_TRUE(contains(outcome.message, expected)) << outcome.message;
    }
}

TEST(Json, NestedSchemaTagsAreOptionalButChecked)
{
    Json doc = reference_document();
    doc["activities"][0].erase("schema");
    const auto plan = miljoplan::plan_from_json(canonical(doc));
    EXPECT_EQ(*plan, *miljoplan::example_plan());
    doc["activities"][0]["schema"] = "Activity.2";
    const auto outcome = load_text(canonical(doc));
    EXPECT_EQ(outcome.kind, "schema");
    EXPECT_EQ(outcome.location.path, "$.activities[0].schema");
    EXPECT_TRUE(contains(outcome.message, "Activity.2")) << outcome.message;
}

TEST(Json, SyntaxErrorsGiveLineAndColumnInCharacters)
{
    struct Case {
        std::string text;
        std::size_t line;
        std::size_t column;
    };
    const std::vector<Case> cases{
        // the '}' after the trailing comma is character 32 of line 1
        {R"({"schema": "Plan.1", "id": "p",})", 1, 32},
        // line 2 is `  "id": @`: two spaces, "id" in columns 3-6, ':' 7, space 8, '@' 9
        {"{\"schema\": \"Plan.1\",\n  \"id\": @}", 2, 9},
        // line 2 is ` "title": "Miljö", ]`; ö is one character, so ']' is in column 20 (byte 21)
        {"{\n \"title\": \"Miljö\", ]", 2, 20},
        // a tab is one column: line 3 is `\t"a": 1 2`, the second number starts in column 9
        {"{\n\"x\": {\n\t\"a\": 1 2}}", 3, 9},
        // input ends after the newline that closes line 3
        {"{\n  \"schema\": \"Plan.1\",\n  \"id\": \"p\",\n", 4, 1},
        {"", 1, 1},
    };
    for (const auto& c : cases) {
        const auto outcome = load_text(c.text);
        EXPECT_EQ(outcome.kind, "parse") << c.text;
        EXPECT_EQ(outcome.location.line, c.line) << c.text;
        EXPECT_EQ(outcome.location.column, c.column) << c.text;
        EXPECT_EQ(outcome.location.source, "<test>");
        EXPECT_TRUE(outcome.location.path.empty());
        const std::string prefix = "<test>:" + std::to_string(c.line) + ":" + std::to_string(c.column) + ": invalid JSON";
        EXPECT_EQ(outcome.message.rfind(prefix, 0), 0u) << outcome.message;
    }
}

TEST(Json, ShapeErrorsNameTheJsonPathOfTheOffendingValue)
{
    const std::vector<std::tuple<Json::json_pointer, Json, std::string, std::string>> cases{
        {Json::json_pointer("/activities/3/title"), 5, "$.activities[3].title", "expected a string, found an integer"},
        {Json::json_pointer("/budget/income/1/amount"), "1196000", "$.budget.income[1].amount", "found a string"},
        {Json::json_pointer("/years/0/year"), "2024", "$.years[0].year", "found a string"},
        {Json::json_pointer("/organisation/parties/2/kind"), "stad", "$.organisation.parties[2].kind", "unknown value \"stad\""},
        {Json::json_pointer("/activities"), Json::object(), "$.activities", "expected an array"},
        {Json::json_pointer("/activities/3"), "Bullerklagomål", "$.activities[3]", "expected an object"},
        {Json::json_pointer("/activities/3/title"), "", "$.activities[3]", "title must not be empty"},
        {Json::json_pointer("/activities/5/id"), "avfallsbrottslighet", "$.activities[5]", "duplicate id 'avfallsbrottslighet'"},
        {Json::json_pointer("/adoption/date"), "2023-02-29", "$.adoption.date", "2023-02-29"},
        {Json::json_pointer("/organisation/bodies/1/seats/3/functions/0"), "protokollförare",
         "$.organisation.bodies[1].seats[3].functions", "unknown seat function"},
    };
    for (const auto& [pointer, value, path, detail] : cases) {
        Json doc = inline_document();
        doc[pointer] = value;
        const auto outcome = load_text(canonical(doc));
        EXPECT_EQ(outcome.kind, "schema") << path;
        EXPECT_EQ(outcome.location.path, path);
        EXPECT_TRUE(contains(outcome.message, detail)) << outcome.message;
    }
}

TEST(Json, DuplicateKeysAreRejectedWhereTheyOccur)
{
    auto outcome = load_text(R"({"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O", "name": "P"}})");
    EXPECT_EQ(outcome.kind, "schema");
    EXPECT_EQ(outcome.location.path, "$.organisation");
    EXPECT_TRUE(contains(outcome.message, "duplicate key \"name\"")) << outcome.message;
    outcome = load_text(minimal_plan(R"(, "activities": [{"id": "a", "title": "A"}, {"id": "b", "title": "B", "id": "c"}])"));
    EXPECT_EQ(outcome.kind, "schema");
    EXPECT_EQ(outcome.location.path, "$.activities[1]");
}

TEST(Json, AmountsMustBeWholeKronorWithinTenToTheFifteenth)
{
    auto budget_with = [](const std::string& amount) {
        return minimal_plan(R"(, "budget": {"year": 2024, "income": [{"label": "x", "amount": 1}, {"label": "y", "amount": )" +
                            amount + "}]}");
    };
    for (const char* ok : {"1000000000000000", "-1000000000000000", "0", "-5000"})
        EXPECT_EQ(load_text(budget_with(ok)).kind, "ok") << ok;
    for (const char* bad : {"1.5", "1196000.0", "1e3", "1000000000000001", "-1000000000000001", "9223372036854775807",
                            "9223372036854775808", "18446744073709551616", "-9223372036854775809", "\"1196000\"", "null"}) {
        const auto outcome = load_text(budget_with(bad));
        EXPECT_EQ(outcome.kind, "schema") << bad;
        EXPECT_EQ(outcome.location.path, "$.budget.income[1].amount") << bad;
    }
    const auto plan = miljoplan::plan_from_json(budget_with("-1000000000000000"));
    EXPECT_EQ(plan->budget()->income()[1].amount.kronor(), -1'000'000'000'000'000);
}

TEST(Json, NumbersBeyondDoubleRangeAreParseErrors)
{
    const auto outcome = load_text(minimal_plan(R"(, "x_future": [1, 1e400])"));
    EXPECT_EQ(outcome.kind, "parse") << outcome.message;
    EXPECT_EQ(outcome.location.path, "$.x_future[1]");
    EXPECT_TRUE(contains(outcome.message, "1e400")) << outcome.message;
}

TEST(Json, InvalidUtf8AndControlCharactersAreParseErrors)
{
    for (const std::string& bad : {std::string("\xC3\x28"), std::string("\xED\xA0\x80"), std::string("\xC0\xAF"),
                                   std::string("a\xFF"), std::string("x\0y", 3), std::string("\x01")}) {
        const auto outcome = load_text(R"({"schema": "Plan.1", "id": "p", "title": ")" + bad + "\"}");
        EXPECT_EQ(outcome.kind, "parse") << outcome.message;
        EXPECT_EQ(outcome.location.line, 1u);
    }
}

TEST(Json, NestingUpToSixtyFourLevelsIsAcceptedAndDeeperRejected)
{
    // The plan object is level 1, so an extra field holding n arrays nests n + 1 deep.
    for (const std::string& innermost : {std::string(), std::string("1")}) {
        EXPECT_EQ(load_text(minimal_plan(R"(, "x_deep": )" + nested_arrays(63, innermost))).kind, "ok") << innermost;
        const auto outcome = load_text(minimal_plan(R"(, "x_deep": )" + nested_arrays(64, innermost)));
        EXPECT_EQ(outcome.kind, "schema") << innermost;
        EXPECT_EQ(outcome.location.path.rfind("$.x_deep[0][0]", 0), 0u) << outcome.location.path;
        EXPECT_TRUE(contains(outcome.message, "nesting deeper than 64")) << outcome.message;
    }
}

TEST(Json, MissingFileIsAnIoErrorNamingTheFile)
{
    const std::string path = ::testing::TempDir() + "miljoplan-no-such-plan.json";
    const auto outcome = miljoplan::testing::classify([&] { miljoplan::load_plan(path); });
    EXPECT_EQ(outcome.kind, "io");
    EXPECT_TRUE(contains(outcome.message, path)) << outcome.message;
    EXPECT_EQ(miljoplan::testing::classify([&] { miljoplan::load_plan(::testing::TempDir()); }).kind, "io");
}

TEST(Json, LoadPlanNamesTheFileInErrors)
{
    const miljoplan::testing::TempDir dir;
    const std::string path = dir.file("broken.json");
    miljoplan::testing::write_file(path, "{\n  \"schema\": \"Plan.1\",\n  \"id\": @\n}\n");
    const auto outcome = miljoplan::testing::classify([&] { miljoplan::load_plan(path); });
    EXPECT_EQ(outcome.kind, "parse");
    EXPECT_EQ(outcome.location.source, path);
    EXPECT_EQ(outcome.message.rfind(path + ":3:9: ", 0), 0u) << outcome.message;
}

TEST(Json, WritingMalformedUtf8IsRefused)
{
    auto plan = miljoplan::example_plan();
    plan->set_title("Plan \xC3");
    EXPECT_THROW(miljoplan::plan_to_json(*plan), miljoplan::InvalidArgument);
}

TEST(Json, OrganisationAndGoalCatalogDocumentsNeedTheirSchemaTag)
{
    auto outcome = miljoplan::testing::classify([] { miljoplan::organisation_from_json(R"({"id": "o", "name": "O"})"); });
    EXPECT_EQ(outcome.kind, "schema");
    EXPECT_EQ(outcome.location.path, "$");
    outcome = miljoplan::testing::classify([] { miljoplan::goal_catalog_from_json(R"({"schema": "Plan.1", "goals": []})"); });
    EXPECT_EQ(outcome.kind, "schema");
    EXPECT_EQ(outcome.location.path, "$.schema");
}

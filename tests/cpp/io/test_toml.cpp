// SPDX-License-Identifier: Apache-2.0
// TOML, the hand-writable second format: lossless both ways with the canonical JSON, errors with line and
// column, and the command line's export, convert and PLAN arguments.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/toml.h"
#include "test_support.h"

using miljoplan::testing::classify;
using miljoplan::testing::read_file;
using miljoplan::testing::source_dir;
using Json = nlohmann::ordered_json;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string example_dir() { return source_dir() + "/examples/new_cooperation"; }

// The reference plan with its profile written out in place, so unknown fields can go into the organisation.
Json inline_document()
{
    Json doc = Json::parse(read_file(miljoplan::testing::reference_plan_path()));
    doc["organisation"] = Json::parse(read_file(source_dir() + "/data/profiles/jonkoping.json"));
    return doc;
}

std::string canonical(const Json& document) { return document.dump(2, ' ', false) + "\n"; }

// JSON -> TOML -> plan gives an equal plan whose canonical JSON is the same, byte for byte.
void expect_lossless(const miljoplan::Plan& plan, const std::string& base_dir = "")
{
    const std::string json = miljoplan::plan_to_json(plan);
    const std::string toml = miljoplan::plan_to_toml(plan);
    const auto again = miljoplan::plan_from_toml(toml, "<toml>", base_dir);
    EXPECT_EQ(*again, plan);
    EXPECT_EQ(miljoplan::plan_to_json(*again), json);
    // TOML -> TOML is stable too, so a converted file does not churn.
    EXPECT_EQ(miljoplan::plan_to_toml(*again), toml);
}

const char* const kMinimal = "schema = \"Plan.1\"\nid = \"p\"\ntitle = \"T\"\norganisation = { id = \"o\", name = \"O\" }\n";

miljoplan::testing::LoadOutcome load_toml_text(const std::string& text)
{
    return classify([&] { miljoplan::plan_from_toml(text, "<test>"); });
}

}  // namespace

TEST(Toml, ReferencePlanRoundTripsLosslessly)
{
    const auto plan = miljoplan::example_plan();
    expect_lossless(*plan);
    const std::string toml = miljoplan::plan_to_toml(*plan);
    // The readable layout: sections for the big tables, no null markers, prose as multi-line strings.
    EXPECT_TRUE(contains(toml, "\n[[activities]]\nschema = \"Activity.1\"\n")) << toml.substr(0, 2000);
    EXPECT_TRUE(contains(toml, "\n[budget]\n")) << toml.substr(0, 2000);
    EXPECT_TRUE(contains(toml, "organisation = { profile = \"jonkoping\" }\n")) << toml.substr(0, 2000);
    EXPECT_TRUE(contains(toml, "text = \"\"\"\n")) << toml.substr(0, 2000);
    EXPECT_FALSE(contains(toml, "$null"));
}

TEST(Toml, SkanePlanRoundTripsLosslessly)
{
    const auto plan = miljoplan::builtin_plan("skane-2022");
    ASSERT_TRUE(plan);
    expect_lossless(*plan);
    EXPECT_FALSE(contains(miljoplan::plan_to_toml(*plan), "$null"));
}

TEST(Toml, ReferencePlanWithItsOrganisationWrittenOutRoundTrips)
{
    const auto plan = miljoplan::plan_from_json(canonical(inline_document()));
    expect_lossless(*plan);
    EXPECT_TRUE(contains(miljoplan::plan_to_toml(*plan), "\n[[organisation.parties]]\nschema = \"Party.1\"\n"));
}

TEST(Toml, ExampleCooperationRoundTripsLosslessly)
{
    const auto plan = miljoplan::load_plan(example_dir() + "/plan-2026.json");
    expect_lossless(*plan, example_dir());
}

TEST(Toml, HandWrittenExampleIsTheJsonPlan)
{
    const auto from_json = miljoplan::load_plan(example_dir() + "/plan-2026.json");
    const auto from_toml = miljoplan::load_plan_toml(example_dir() + "/plan-2026.toml");
    EXPECT_EQ(*from_toml, *from_json);
    EXPECT_EQ(miljoplan::plan_to_json(*from_toml), miljoplan::plan_to_json(*from_json));
    EXPECT_EQ(*miljoplan::load_any_plan(example_dir() + "/plan-2026.toml"), *from_json);
    EXPECT_EQ(*miljoplan::load_any_plan(example_dir() + "/plan-2026.json"), *from_json);
}

TEST(Toml, UnknownFieldsSurviveExactly)
{
    Json doc = inline_document();
    const Json future = Json::parse(R"({"n": 1, "s": "å” \"citat\"\nrad två", "list": [true, null, 2.5, [1, "x"], {"k": "ö"}],
                                        "obj": {"deep": {"deeper": [{"a": 1}, {"b": -0.0}]}}, "big": 1e300})");
    for (const char* target : {"", "/organisation", "/organisation/parties/0", "/organisation/groups/0",
                               "/organisation/roles/0", "/organisation/bodies/1", "/activities/3", "/proposal_bank",
                               "/proposal_bank/proposals/2", "/budget", "/budget/income/1", "/budget/costs/0"}) {
        doc[Json::json_pointer(target)]["x_future"] = future;
        doc[Json::json_pointer(target)]["x_note"] = "en anteckning på svenska: ”så”";
    }
    const std::string text = canonical(doc);
    const auto plan = miljoplan::plan_from_json(text);
    ASSERT_EQ(miljoplan::plan_to_json(*plan), text);
    expect_lossless(*plan);
    const std::string toml = miljoplan::plan_to_toml(*plan);
    const auto again = miljoplan::plan_from_toml(toml);
    EXPECT_EQ(miljoplan::plan_to_json(*again), text);
    EXPECT_EQ(again->budget()->costs()[0].extra, plan->budget()->costs()[0].extra);
    // Only the unknown fields are written exactly (inline, nulls as markers); the rest keeps its sections.
    EXPECT_TRUE(contains(toml, "\n[[activities]]\nschema = \"Activity.1\"\n")) << toml.substr(0, 2000);
    EXPECT_TRUE(contains(toml, "\n[[organisation.parties]]\nschema = \"Party.1\"\n")) << toml.substr(0, 2000);
    EXPECT_TRUE(contains(toml, "\nx_future = { n = 1, s = \"å” \\\"citat\\\"\\nrad två\", list = [true, { \"$null\" = true }, 2.5, "))
        << toml.substr(0, 2000);
}

TEST(Toml, NullsAndOrderInUnknownFieldsSurviveExactly)
{
    // A null kept in an unknown field cannot be left out, and a table before a plain value cannot keep its
    // place as a [section]: the writer notices and keeps both (a null marker, inline tables).
    Json doc = inline_document();
    doc["x_table_first"] = Json::parse(R"({"a": {"b": [1, 2, 3], "c": "ett långt värde som inte får plats på en rad med allt det andra"}, "n": null})");
    doc["x_null"] = nullptr;
    doc["x_last"] = "efter tabellen";
    doc["activities"][0]["x_empty"] = Json::object();
    doc["activities"][0]["x_list_of_tables"] = Json::parse(R"([{"a": null}, {"b": []}])");
    doc["activities"][0]["x_after"] = 7;
    const std::string text = canonical(doc);
    const auto plan = miljoplan::plan_from_json(text);
    expect_lossless(*plan);
    const std::string toml = miljoplan::plan_to_toml(*plan);
    EXPECT_TRUE(contains(toml, "\nx_table_first = { a = { b = [1, 2, 3], c = ")) << toml.substr(0, 3000);
    EXPECT_TRUE(contains(toml, " }, n = { \"$null\" = true } }\nx_null = { \"$null\" = true }\nx_last = \"efter tabellen\"\n"))
        << toml.substr(0, 3000);
    EXPECT_TRUE(contains(toml, "\nx_list_of_tables = [{ a = { \"$null\" = true } }, { b = [] }]\nx_after = 7\n"))
        << toml.substr(0, 3000);
    // The known fields before them keep the readable layout, their nulls left out.
    EXPECT_TRUE(contains(toml, "\n[[activities]]\nschema = \"Activity.1\"\n")) << toml.substr(0, 3000);
    EXPECT_TRUE(contains(toml, "\nadoption = { body = \"styrgrupp\" }\n")) << toml.substr(0, 3000);
}

TEST(Toml, ValuesTomlCannotHoldAreRefusedNotLost)
{
    Json doc = inline_document();
    doc["x_huge"] = Json::parse("18446744073709551615");
    auto plan = miljoplan::plan_from_json(canonical(doc));
    EXPECT_THROW(miljoplan::plan_to_toml(*plan), miljoplan::InvalidArgument);
    doc.erase("x_huge");
    doc["x_marker"] = Json::parse(R"({"$null": true})");
    plan = miljoplan::plan_from_json(canonical(doc));
    EXPECT_THROW(miljoplan::plan_to_toml(*plan), miljoplan::InvalidArgument);
}

TEST(Toml, NullFieldsAreLeftOutAndReadBackAsNull)
{
    const auto plan = miljoplan::example_plan();
    ASSERT_FALSE(plan->adoption().date);  // the reference plan does not say when it was adopted
    const std::string toml = miljoplan::plan_to_toml(*plan);
    const auto adoption = toml.find("adoption = {");
    ASSERT_NE(adoption, std::string::npos) << toml.substr(0, 2000);
    EXPECT_FALSE(contains(toml.substr(adoption, toml.find('\n', adoption) - adoption), "date"));

    // Every nullable field the JSON writer emits as null, left out of a TOML file, reads as null.
    const std::string text = std::string(kMinimal) +
                             "[adoption]\nnote = \"inget datum\"\n"
                             "[[revisions]]\ncovers = \"budgeten\"\n"
                             "[proposal_bank]\n[[proposal_bank.proposals]]\nid = \"x\"\ntitle = \"X\"\n";
    const auto read = miljoplan::plan_from_toml(text);
    EXPECT_FALSE(read->adoption().body);
    EXPECT_FALSE(read->adoption().date);
    ASSERT_EQ(read->revisions().size(), 1u);
    EXPECT_FALSE(read->revisions()[0].date);
    EXPECT_FALSE(read->revisions()[0].body);
    EXPECT_FALSE(read->proposal_bank().proposals()[0]->submitted_year());
    EXPECT_FALSE(read->budget());
    const Json json = Json::parse(miljoplan::plan_to_json(*read));
    EXPECT_TRUE(json["adoption"]["date"].is_null());
    EXPECT_TRUE(json["revisions"][0]["body"].is_null());
    EXPECT_TRUE(json["proposal_bank"]["proposals"][0]["submitted_year"].is_null());
    EXPECT_TRUE(json["budget"].is_null());
    expect_lossless(*read);
}

TEST(Toml, DatesAndIntegersWrittenByHand)
{
    const auto plan = miljoplan::plan_from_toml(std::string(kMinimal) +
                                                "adoption = { date = 2025-05-20 }\n"
                                                "[budget]\nyear = 2026\nincome = [{ label = \"Avgifter\", amount = 1_250_000 }]\n");
    ASSERT_TRUE(plan->adoption().date);
    EXPECT_EQ(miljoplan::to_iso_string(*plan->adoption().date), "2025-05-20");
    EXPECT_EQ(plan->budget()->income()[0].amount.kronor(), 1250000);
}

TEST(Toml, TablesAndKeysMayComeInAnyOrder)
{
    const auto a = miljoplan::plan_from_toml(std::string(kMinimal) + "[adoption]\nbody = \"b\"\n[source]\ntitle = \"S\"\n");
    const auto b = miljoplan::plan_from_toml("title = \"T\"\nid = \"p\"\nschema = \"Plan.1\"\n[source]\ntitle = \"S\"\n"
                                             "[organisation]\nname = \"O\"\nid = \"o\"\n[adoption]\nbody = \"b\"\n");
    EXPECT_EQ(*a, *b);
    EXPECT_EQ(miljoplan::plan_to_json(*a), miljoplan::plan_to_json(*b));
}

TEST(Toml, SyntaxErrorsNameLineAndColumn)
{
    struct Case {
        std::string text;
        std::size_t line;
        std::size_t column;
    };
    const std::string head = kMinimal;  // four lines
    const std::vector<Case> cases{
        {head + "horizon_exception = \"oavslutad\n", 5, 31},          // a string left open
        {head + "title = \"igen\"\n", 5, 9},                             // a key given twice
        {head + "categories = [\"a\", \"b\"\n", 5, 24},                  // a list left open
        {head + "horizon_exception \"saknar likhetstecken\"\n", 5, 19},  // no "="
        {head + "[adoption]\nbody = \"b\"\n[adoption]\n", 7, 1},         // a table defined twice
        {head + "horizon_exception = \"\\q\"\n", 5, 23},                 // an unknown escape
        {head + "horizon_exception = \"åäö\" extra\n", 5, 27},           // columns count characters
        {head + "[budget]\nyear = 20x6\n", 6, 10},                       // not a number
    };
    for (const auto& c : cases) {
        const auto outcome = load_toml_text(c.text);
        EXPECT_EQ(outcome.kind, "parse") << c.text << outcome.message;
        EXPECT_EQ(outcome.location.source, "<test>");
        EXPECT_EQ(outcome.location.line, c.line) << c.text << outcome.message;
        EXPECT_EQ(outcome.location.column, c.column) << c.text << outcome.message;
        EXPECT_TRUE(contains(outcome.message, "<test>:" + std::to_string(c.line) + ":" + std::to_string(c.column) +
                                                  ": invalid TOML: "))
            << outcome.message;
    }
}

TEST(Toml, ShapeErrorsKeepTheJsonPathAndGainTheLine)
{
    const std::string head = kMinimal;
    {
        const auto o = load_toml_text(head + "horizon_exception = 5\n");
        EXPECT_EQ(o.kind, "schema") << o.message;
        EXPECT_EQ(o.location.path, "$.horizon_exception");
        EXPECT_EQ(o.location.line, 5u);
        EXPECT_EQ(o.location.column, 1u);
        EXPECT_TRUE(contains(o.message, "<test>:5:1 at $.horizon_exception: expected a string")) << o.message;
    }
    {
        // An amount must be whole kronor, in TOML as in JSON.
        const auto o = load_toml_text(head + "[budget]\nyear = 2026\n\n[[budget.income]]\nlabel = \"A\"\namount = 1200.0\n");
        EXPECT_EQ(o.kind, "schema") << o.message;
        EXPECT_EQ(o.location.path, "$.budget.income[0].amount");
        EXPECT_EQ(o.location.line, 10u);
        EXPECT_TRUE(contains(o.message, "expected a whole number")) << o.message;
    }
    {
        const auto o = load_toml_text(head + "[[activities]]\nid = \"a\"\n");
        EXPECT_EQ(o.kind, "schema") << o.message;
        EXPECT_EQ(o.location.path, "$.activities[0]");
        EXPECT_EQ(o.location.line, 5u);
        EXPECT_TRUE(contains(o.message, "missing required field \"title\"")) << o.message;
    }
    {
        const auto o = load_toml_text(head + "years = [{ year = 2026, status = \"klar\" }]\n");
        EXPECT_EQ(o.kind, "schema") << o.message;
        EXPECT_EQ(o.location.path, "$.years[0].status");
        EXPECT_EQ(o.location.line, 5u);
    }
    {
        const auto o = load_toml_text("id = \"p\"\n");
        EXPECT_EQ(o.kind, "schema") << o.message;
        EXPECT_EQ(o.location.path, "$");
    }
}

TEST(Toml, TimesAndNonNumbersAreRejectedWithTheirPlace)
{
    const std::string head = kMinimal;
    for (const auto& [text, path] : std::vector<std::pair<std::string, std::string>>{
             {head + "adoption = { date = 2025-05-20T10:00:00 }\n", "$.adoption.date"},
             {head + "x_when = 10:30:00\n", "$.x_when"},
             {head + "x_value = nan\n", "$.x_value"},
             {head + "x_list = [1.0, -inf]\n", "$.x_list[1]"}}) {
        const auto o = load_toml_text(text);
        EXPECT_EQ(o.kind, "schema") << text << o.message;
        EXPECT_EQ(o.location.path, path) << o.message;
        EXPECT_EQ(o.location.line, 5u) << o.message;
    }
}

TEST(Toml, StringsWithEveryKindOfCharacterRoundTrip)
{
    auto plan = miljoplan::plan_from_toml(kMinimal);
    std::vector<miljoplan::TextSection> sections{
        {"Rubrik med \"citat\" och \\", "Stycke ett.\n\nStycke två med \"citat\" och ”typografiska” tecken.\n"},
        {"tab\there", "slutar med citattecken\"\"\n\"\"\"tre\"\"\" \\n inte radbrytning\r\nCRLF\x01\x7f"},
        {"", "\n"},
        {"", "\"\n\""},
    };
    plan->set_sections(sections);
    expect_lossless(*plan);
    EXPECT_EQ(miljoplan::plan_from_toml(miljoplan::plan_to_toml(*plan))->sections(), sections);
}

TEST(Toml, SavedFilesLoadBackAndKeepTheirProfile)
{
    miljoplan::testing::TempDir dir;
    const auto plan = miljoplan::load_plan(example_dir() + "/plan-2026.json");
    miljoplan::save_plan_toml(*plan, dir.file("plan.toml"));
    EXPECT_THROW(miljoplan::save_plan_toml(*plan, dir.file("plan.toml"), miljoplan::Overwrite::No), miljoplan::IoError);
    // Saved elsewhere, the relative profile path is rewritten to reach the same profile file.
    const auto again = miljoplan::load_any_plan(dir.file("plan.toml"));
    EXPECT_EQ(*again->organisation(), *plan->organisation());
    EXPECT_EQ(again->activities().size(), plan->activities().size());
    EXPECT_EQ(again->profile().find("profile.json") + 12, again->profile().size()) << again->profile();
    const auto missing = classify([&] { miljoplan::load_plan_toml(dir.file("saknas.toml")); });
    EXPECT_EQ(missing.kind, "io");
}

#ifdef MILJOPLAN_CLI

namespace {

miljoplan::testing::CommandResult cli(const std::vector<std::string>& args) { return miljoplan::testing::run(MILJOPLAN_CLI, args); }

}  // namespace

TEST(TomlCli, ExportToTomlAndConvertBothWays)
{
    miljoplan::testing::TempDir dir;
    const auto toml = cli({"export", "--to", "toml"});
    EXPECT_EQ(toml.exit_code, 0) << toml.err;
    EXPECT_EQ(toml.out, miljoplan::plan_to_toml(*miljoplan::example_plan()));

    const auto json = cli({"export", "--to", "json"});
    EXPECT_EQ(cli({"convert", "jonkoping-2024", dir.file("plan.toml")}).exit_code, 0);
    EXPECT_EQ(read_file(dir.file("plan.toml")), toml.out);
    const auto back = cli({"convert", dir.file("plan.toml"), dir.file("plan.json")});
    EXPECT_EQ(back.exit_code, 0) << back.err;
    EXPECT_EQ(read_file(dir.file("plan.json")), json.out);
    EXPECT_EQ(cli({"export", dir.file("plan.toml"), "--to", "json"}).out, json.out);

    // The existing-file rule holds for TOML as for every format.
    EXPECT_EQ(cli({"convert", "skane-2022", dir.file("plan.toml")}).exit_code, 2);
    EXPECT_EQ(cli({"convert", "skane-2022", dir.file("plan.toml"), "--force"}).exit_code, 0);
    EXPECT_EQ(*miljoplan::load_plan_toml(dir.file("plan.toml")), *miljoplan::builtin_plan("skane-2022"));
    const auto unknown = cli({"convert", "jonkoping-2024", dir.file("plan.yaml")});
    EXPECT_EQ(unknown.exit_code, 64);
    EXPECT_TRUE(contains(unknown.err, ".toml, .json")) << unknown.err;
}

TEST(TomlCli, EveryCommandReadsATomlPlan)
{
    const std::string plan = example_dir() + "/plan-2026.toml";
    const auto validate_toml = cli({"validate", plan});
    const auto validate_json = cli({"validate", example_dir() + "/plan-2026.json"});
    EXPECT_EQ(validate_toml.exit_code, 0) << validate_toml.err;
    EXPECT_EQ(validate_toml.out, validate_json.out);
    const auto report = cli({"report", plan});
    EXPECT_EQ(report.exit_code, 0) << report.err;
    EXPECT_EQ(report.out, cli({"report", example_dir() + "/plan-2026.json"}).out);
    EXPECT_EQ(cli({"calendar", plan, "--year", "2026"}).exit_code, 0);
    EXPECT_EQ(cli({"followup", plan, "--year", "2026"}).exit_code, 0);
}

TEST(TomlCli, BadTomlExitsTwoWithFileLineAndColumn)
{
    miljoplan::testing::TempDir dir;
    miljoplan::testing::write_file(dir.file("trasig.toml"), std::string(kMinimal) + "title = \"igen\"\n");
    const auto r = cli({"validate", dir.file("trasig.toml")});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_TRUE(contains(r.err, dir.file("trasig.toml") + ":5:9: invalid TOML")) << r.err;
    miljoplan::testing::write_file(dir.file("fel.toml"), std::string(kMinimal) + "years = [{ year = \"2026\" }]\n");
    const auto s = cli({"report", dir.file("fel.toml")});
    EXPECT_EQ(s.exit_code, 2);
    EXPECT_TRUE(contains(s.err, dir.file("fel.toml") + ":5:12 at $.years[0].year: expected an integer")) << s.err;
}

#endif

// SPDX-License-Identifier: Apache-2.0
// The analysis tables on the reference plan: every figure below is read off data/jonkoping-2024.json
// (and data/goals.json), not off the tables, so the tables are checked against the source.
#include <map>

#include <gtest/gtest.h>

#include "miljoplan/analysis/tables.h"
#include "miljoplan/error.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/rules/validate.h"

namespace miljoplan {

namespace {

std::vector<std::string> texts(const Table& t, const std::string& name) { return t.column(name).text; }
std::vector<std::int64_t> integers(const Table& t, const std::string& name) { return t.column(name).integers; }

const std::vector<std::string> kCategories{"Tillsynsprojekt",          "Handläggarstöd",
                                           "Utbildning/workshops",     "Övrigt utvecklingsarbete",
                                           "Handläggarträffar",        "Styrning av miljösamverkan",
                                           "Övriga träffar",           "Kommunikation"};

// Every column has one value per row and only the vector its type calls for.
void expect_rectangular(const Table& t)
{
    for (const auto& c : t.columns) {
        EXPECT_EQ(c.size(), t.rows()) << c.name;
        EXPECT_TRUE(c.missing.empty() || c.missing.size() == t.rows()) << c.name;
        EXPECT_TRUE(c.nullable || c.missing.empty()) << c.name << " has missing values but is not nullable";
        const std::size_t filled = !c.text.empty() + !c.integers.empty() + !c.dates.empty() + !c.booleans.empty() +
                                   !c.lists.empty();
        EXPECT_LE(filled, 1u) << c.name;
    }
}

}  // namespace

TEST(TablesActivity, TwentySixRowsInPrintedOrderWithThePlansCategories)
{
    auto plan = example_plan();
    const Table t = activity_table(*plan);
    expect_rectangular(t);
    ASSERT_EQ(t.rows(), 26u);
    EXPECT_EQ(t.names(), (std::vector<std::string>{"id", "category", "year", "title", "goal", "implementation",
                                                   "timing_text", "first_day", "last_day", "responsible",
                                                   "responsible_ids", "partners", "partner_ids", "effect_goals",
                                                   "goal_ids", "open_goals", "proposal"}));
    EXPECT_EQ(texts(t, "id").front(), "avfallsbrottslighet");
    EXPECT_EQ(texts(t, "id").back(), "webbplats-och-ping-pong");
    EXPECT_EQ(t.column("category").categories, kCategories);
    EXPECT_EQ(texts(t, "category")[12], "Styrning av miljösamverkan");  // styrgruppsmoten, the 13th row
    EXPECT_EQ(integers(t, "year"), std::vector<std::int64_t>(26, 2024));
    EXPECT_EQ(texts(t, "timing_text")[0], "2023-2024 (tillsynsbesök höst 2023-sommar 2024)");
    EXPECT_EQ(texts(t, "responsible")[0], "Länssamordnaren ihop med projektgruppen.");
    EXPECT_EQ(t.column("responsible_ids").lists[0], (std::vector<std::string>{"lanssamordnare", "projektgrupp"}));
    EXPECT_EQ(t.column("partner_ids").lists[0], (std::vector<std::string>{"lanets-kommuner", "lansstyrelsen"}));
    EXPECT_EQ(t.column("goal_ids").lists[0], (std::vector<std::string>{"mkm-15", "mkm-4"}));
    // A programme measure counts for the goal its section belongs to.
    EXPECT_EQ(t.column("goal_ids").lists[9], (std::vector<std::string>{"mkm-7"}));
    EXPECT_EQ(texts(t, "open_goals")[0], "m.fl.");
    EXPECT_EQ(texts(t, "open_goals")[3], "flertalet");
    EXPECT_EQ(texts(t, "open_goals")[1], "");
    // No activity of the reference plan came from the proposal bank.
    for (std::size_t i = 0; i < 26; ++i) EXPECT_TRUE(t.column("proposal").is_missing(i));
}

TEST(TablesActivity, SpansOfTheTimingPhrases)
{
    auto plan = example_plan();
    const Table t = activity_table(*plan);
    const Column& first = t.column("first_day");
    const Column& last = t.column("last_day");
    // "2023-2024 (...)" reaches back into 2023; "Vår 2024" is the spring term; "Löpande" runs through
    // the plan's year; "3 gånger per år" names no period at all.
    EXPECT_EQ(first.dates[0], make_date(2023, 1, 1));
    EXPECT_EQ(last.dates[0], make_date(2024, 12, 31));
    EXPECT_EQ(first.dates[2], make_date(2024, 1, 1));
    EXPECT_EQ(last.dates[2], make_date(2024, 6, 30));
    EXPECT_EQ(first.dates[16], make_date(2024, 2, 1));  // "Februari 2024"
    EXPECT_EQ(last.dates[16], make_date(2024, 2, 29));
    EXPECT_EQ(first.dates[25], make_date(2024, 1, 1));
    EXPECT_EQ(last.dates[25], make_date(2024, 12, 31));
    EXPECT_TRUE(first.is_missing(12) && last.is_missing(12));  // styrgruppsmoten
    EXPECT_TRUE(first.dates[12].is_not_a_date());
    // "1 gång per månad, bortsett från juli månad, under 2024": the cadence's scope is the span.
    EXPECT_EQ(first.dates[17], make_date(2024, 1, 1));
    EXPECT_EQ(last.dates[17], make_date(2024, 12, 31));
    std::size_t without = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) without += first.is_missing(i);
    EXPECT_EQ(without, 6u);  // the five counts per year and the preparation group's cadences
}

TEST(TablesProposal, TwelveProposalsWithAgesAndTheNewOnes)
{
    auto plan = example_plan();
    const Table t = proposal_table(*plan);
    expect_rectangular(t);
    ASSERT_EQ(t.rows(), 12u);
    EXPECT_EQ(texts(t, "id")[0], "fororenade-omraden-skolor");
    EXPECT_EQ(t.column("area").categories,
              (std::vector<std::string>{"Tillsyn hälsoskydd", "Tillsyn miljöskydd", "Handläggarstöd miljöskydd",
                                        "Handläggarstöd hälsoskydd", "Utbildning/föreläsning/workshop"}));
    EXPECT_EQ(integers(t, "submitted_year")[0], 2021);
    EXPECT_EQ(integers(t, "age")[0], 3);
    // "Digital tillsyn" prints no year: missing, not zero.
    EXPECT_TRUE(t.column("submitted_year").is_missing(6));
    EXPECT_TRUE(t.column("age").is_missing(6));
    // The two proposals of 2023 are new in the 2024 plan.
    std::vector<std::string> fresh;
    for (std::size_t i = 0; i < t.rows(); ++i)
        if (t.column("new").booleans[i]) fresh.push_back(texts(t, "id")[i]);
    EXPECT_EQ(fresh, (std::vector<std::string>{"hydrologiska-geologiska-forhallanden", "hot-och-vald"}));
    EXPECT_EQ(texts(t, "status"), std::vector<std::string>(12, "kvar"));
    EXPECT_EQ(t.column("status").categories,
              (std::vector<std::string>{"inkommen", "bedömd", "remitterad", "planerad", "kvar", "avslagen"}));
    EXPECT_TRUE(t.column("marked_new").is_missing(0));
}

TEST(TablesBudget, LinesComputedSumsAndPrintedTotals)
{
    auto plan = example_plan();
    const Table t = budget_table(*plan->budget());
    expect_rectangular(t);
    // 3 income lines + sum + printed, 7 cost lines + sum + printed, result computed + printed.
    ASSERT_EQ(t.rows(), 16u);
    EXPECT_EQ(t.column("section").categories, (std::vector<std::string>{"income", "costs", "result"}));
    EXPECT_EQ(t.column("kind").categories, (std::vector<std::string>{"line", "computed", "printed"}));
    const auto& kind = texts(t, "kind");
    const auto& section = texts(t, "section");
    const auto& amount = integers(t, "amount");
    auto find = [&](const std::string& s, const std::string& k) {
        for (std::size_t i = 0; i < t.rows(); ++i)
            if (section[i] == s && kind[i] == k) return amount[i];
        ADD_FAILURE() << s << " " << k;
        return std::int64_t{-1};
    };
    EXPECT_EQ(find("income", "computed"), 1'266'000);
    EXPECT_EQ(find("income", "printed"), 1'266'000);
    EXPECT_EQ(find("costs", "computed"), 1'211'000);
    EXPECT_EQ(find("costs", "printed"), 1'206'000);
    EXPECT_EQ(find("result", "computed"), 55'000);
    EXPECT_EQ(find("result", "printed"), 55'000);
    EXPECT_EQ(texts(t, "id")[1], "inbetalningar");
    EXPECT_EQ(amount[1], 1'196'000);
    EXPECT_EQ(t.column("tags").lists[1], (std::vector<std::string>{"member_payments"}));
    EXPECT_EQ(texts(t, "label")[3], "Intäkter");         // the computed sum takes the printed heading
    EXPECT_EQ(texts(t, "label")[4], "SUMMA INTÄKTER");   // the printed total its printed label
    EXPECT_EQ(texts(t, "label")[14], "Resultat");
    EXPECT_EQ(texts(budget_table(*plan->budget(), Language::English), "label")[14], "Result");
}

TEST(TablesBudget, TotalsSideBySide)
{
    auto plan = example_plan();
    const Table t = budget_totals_table(*plan->budget());
    expect_rectangular(t);
    EXPECT_EQ(texts(t, "section"), (std::vector<std::string>{"income", "costs", "result"}));
    EXPECT_EQ(texts(t, "label"), (std::vector<std::string>{"Intäkter", "Kostnader", "Resultat"}));
    EXPECT_EQ(integers(t, "computed"), (std::vector<std::int64_t>{1'266'000, 1'211'000, 55'000}));
    EXPECT_EQ(integers(t, "printed"), (std::vector<std::int64_t>{1'266'000, 1'206'000, 55'000}));
    EXPECT_EQ(integers(t, "difference"), (std::vector<std::int64_t>{0, -5'000, 0}));
    EXPECT_TRUE(t.column("printed").missing.empty());

    Budget bare(2024);
    bare.add_cost(BudgetLine{"x", "X", Money::from_kronor(7), {}, {}});
    const Table b = budget_totals_table(bare);
    EXPECT_EQ(integers(b, "computed"), (std::vector<std::int64_t>{0, 7, -7}));
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_TRUE(b.column("printed").is_missing(i));
        EXPECT_TRUE(b.column("difference").is_missing(i));
    }
    // Without printed totals the long form has only lines and computed sums.
    EXPECT_EQ(budget_table(bare).rows(), 4u);
}

TEST(TablesGoalCoverage, SixGoalsServedTwentyEightNot)
{
    auto plan = example_plan();
    const Table t = goal_coverage_table(*plan, builtin_goal_catalog());
    expect_rectangular(t);
    ASSERT_EQ(t.rows(), 34u);
    EXPECT_EQ(texts(t, "goal")[0], "generationsmalet");
    EXPECT_EQ(t.column("kind").categories,
              (std::vector<std::string>{"generationsmål", "miljökvalitetsmål", "globalt mål"}));
    std::map<std::string, std::vector<std::string>> served;
    for (std::size_t i = 0; i < t.rows(); ++i) {
        EXPECT_EQ(t.column("served").booleans[i], integers(t, "activities")[i] > 0);
        if (t.column("served").booleans[i]) served[texts(t, "goal")[i]] = t.column("activity_ids").lists[i];
    }
    EXPECT_EQ(served.size(), 6u);
    EXPECT_EQ(served["mkm-15"], (std::vector<std::string>{"avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten",
                                                          "bullerklagomal", "handlaggartraff-halsoskydd"}));
    EXPECT_EQ(served["mkm-4"], (std::vector<std::string>{"avfallsbrottslighet", "uppstromsarbete-utslapp-till-vatten",
                                                         "clp-och-markning"}));
    EXPECT_EQ(served["mkm-7"], (std::vector<std::string>{"handlaggartraff-sma-avlopp", "handlaggartraff-lantbrukstillsyn"}));
    EXPECT_EQ(served["mkm-8"], (std::vector<std::string>{"uppstromsarbete-utslapp-till-vatten"}));
    EXPECT_EQ(served["sdg-3"], (std::vector<std::string>{"bullerklagomal", "clp-och-markning"}));
    EXPECT_EQ(served["sdg-11"], (std::vector<std::string>{"bullerklagomal"}));
    EXPECT_EQ(texts(t, "name")[4], "Giftfri miljö");
    EXPECT_EQ(texts(goal_coverage_table(*plan, builtin_goal_catalog(), Language::English), "name")[4],
              "A Non-Toxic Environment");
}

TEST(TablesGoalCoverage, GoalsOutsideTheCatalogComeLast)
{
    auto plan = example_plan();
    GoalPhrase phrase;
    phrase.text = "Okänt mål";
    phrase.refs.push_back(GoalRef{GoalId("x-1"), std::nullopt});
    plan->activities()[0]->set_effect_goals(phrase);
    const Table t = goal_coverage_table(*plan, builtin_goal_catalog());
    expect_rectangular(t);
    ASSERT_EQ(t.rows(), 35u);
    EXPECT_EQ(texts(t, "goal").back(), "x-1");
    EXPECT_FALSE(t.column("in_catalog").booleans.back());
    EXPECT_TRUE(t.column("kind").is_missing(34));
    EXPECT_EQ(t.column("activity_ids").lists.back(), (std::vector<std::string>{"avfallsbrottslighet"}));
}

TEST(TablesWheel, FortyFiveMeetingsAndTheCoordinatorsLoad)
{
    auto plan = example_plan();
    const YearWheel wheel = build_year_wheel(*plan, 2024);
    const Table t = occurrence_table(wheel);
    expect_rectangular(t);
    std::int64_t meetings = 0;
    std::vector<std::int64_t> per_month(12, 0);
    for (std::size_t i = 0; i < t.rows(); ++i) {
        if (i > 0) {
            EXPECT_LE(t.column("date").dates[i - 1], t.column("date").dates[i]);
        }
        EXPECT_EQ(integers(t, "month")[i], t.column("date").dates[i].month().as_number());
        if (t.column("meeting").booleans[i]) {
            ++meetings;
            ++per_month[static_cast<std::size_t>(integers(t, "month")[i] - 1)];
        }
    }
    EXPECT_EQ(meetings, 45);
    EXPECT_EQ(per_month, (std::vector<std::int64_t>{2, 4, 5, 7, 2, 4, 0, 2, 2, 11, 4, 2}));
    EXPECT_EQ(t.column("category").categories, kCategories);
    EXPECT_EQ(t.column("kind").categories, (std::vector<std::string>{"datum", "månad", "förslag", "senast"}));

    const Table months = month_table(wheel);
    expect_rectangular(months);
    EXPECT_EQ(integers(months, "meetings"), (std::vector<std::int64_t>{2, 4, 5, 7, 2, 4, 0, 2, 2, 11, 4, 2}));
    EXPECT_EQ(integers(months, "month").front(), 1);

    const Table load = load_table(wheel);
    expect_rectangular(load);
    std::vector<std::int64_t> coordinator(12, 0);
    for (std::size_t i = 0; i < load.rows(); ++i) {
        EXPECT_GT(integers(load, "meetings")[i], 0);
        if (texts(load, "actor")[i] == "lanssamordnare")
            coordinator[static_cast<std::size_t>(integers(load, "month")[i] - 1)] = integers(load, "meetings")[i];
    }
    EXPECT_EQ(coordinator, (std::vector<std::int64_t>{2, 4, 2, 7, 2, 4, 0, 2, 2, 8, 4, 2}));
}

TEST(TablesWheel, MilestonesAreRowsWithoutCategory)
{
    auto plan = example_plan();
    const Table t = occurrence_table(build_year_wheel(*plan, 2024));
    std::size_t milestones = 0;
    for (std::size_t i = 0; i < t.rows(); ++i) {
        if (texts(t, "source")[i] != "milestone") continue;
        ++milestones;
        EXPECT_TRUE(t.column("category").is_missing(i));
        EXPECT_FALSE(t.column("meeting").booleans[i]);
    }
    std::size_t expected = 0;
    for (const auto& m : build_year_wheel(*plan, 2024).months) expected += m.milestones.size();
    EXPECT_EQ(milestones, expected);
}

TEST(TablesAllocation, FlatFeeOverTheThirteenMunicipalities)
{
    auto plan = example_plan();
    Funding f;
    f.key = FeeKey::FlatPerUnit;
    f.unit_fee = Money::from_kronor(80'000);
    for (const char* id : {"kommun-0604", "kommun-0617", "kommun-0680"}) f.units.push_back(PayingUnit{id, "", {ActorId(id)}, {}});
    const Table t = allocation_table(fees_by_key(*plan->organisation(), f));
    expect_rectangular(t);
    EXPECT_EQ(texts(t, "unit"), (std::vector<std::string>{"kommun-0604", "kommun-0617", "kommun-0680"}));
    EXPECT_EQ(texts(t, "name")[0], "Aneby kommun");
    EXPECT_EQ(integers(t, "amount"), (std::vector<std::int64_t>(3, 80'000)));
    EXPECT_EQ(t.column("parties").lists[2], (std::vector<std::string>{"kommun-0680"}));

    f.key = FeeKey::PerInhabitant;
    f.per_inhabitant_ore = 325;
    const Table per = allocation_table(fees_by_key(*plan->organisation(), f));
    // Aneby 6 852 × 3,25 kr = 22 269 kr; Jönköping 146 161 × 3,25 = 475 023,25 -> 475 023.
    EXPECT_EQ(integers(per, "population"), (std::vector<std::int64_t>{6'852, 9'246, 146'161}));
    EXPECT_EQ(integers(per, "amount"), (std::vector<std::int64_t>{22'269, 30'050, 475'023}));
    EXPECT_EQ(per.column("population_uncertain").booleans, (std::vector<bool>{true, true, true}));
    EXPECT_EQ(per.column("population_missing").booleans, (std::vector<bool>{false, false, false}));
}

TEST(TablesFindings, TheReferencePlansFiveFindings)
{
    auto plan = example_plan();
    const Table t = finding_table(validate(*plan, builtin_goal_catalog()));
    expect_rectangular(t);
    EXPECT_EQ(texts(t, "code"),
              (std::vector<std::string>{"budget.costs_total", "budget.result_printed_totals", "budget.catering_meetings",
                                        "plan.dates_partly_outside_years", "plan.adoption_date_missing"}));
    EXPECT_EQ(texts(t, "severity"), (std::vector<std::string>{"error", "warning", "warning", "info", "info"}));
    EXPECT_EQ(texts(t, "area"), (std::vector<std::string>{"budget", "budget", "budget", "plan", "plan"}));
    EXPECT_EQ(t.column("severity").categories, (std::vector<std::string>{"error", "warning", "info"}));
    EXPECT_NE(texts(t, "message")[0].find("1 206"), std::string::npos);
    EXPECT_NE(texts(t, "message")[0].find("1 211"), std::string::npos);
    EXPECT_EQ(texts(t, "path")[0], "$.budget.printed_totals.costs");
    EXPECT_EQ(finding_table({}).rows(), 0u);
    // An empty table keeps its schema: still categorical, with every category.
    EXPECT_TRUE(finding_table({}).column("severity").categorical);
    EXPECT_EQ(finding_table({}).column("severity").categories.size(), 3u);
}

TEST(TablesComparison, SkaneAgainstJonkoping)
{
    auto jonkoping = example_plan();
    const Table same = comparison_table(compare_plans(*jonkoping, *jonkoping));
    expect_rectangular(same);
    EXPECT_EQ(same.rows(), 26u);
    EXPECT_EQ(texts(same, "change"), std::vector<std::string>(26, "fortsätter"));
    EXPECT_EQ(integers(same, "first_year"), std::vector<std::int64_t>(26, 2024));

    auto skane = builtin_plan("skane-2022");
    const Table t = comparison_table(compare_plans(*jonkoping, *skane));
    expect_rectangular(t);
    // Nothing matches across the counties: 26 removed, then Skåne's 10 added.
    ASSERT_EQ(t.rows(), 36u);
    EXPECT_EQ(texts(t, "change")[0], "borttagen");
    EXPECT_EQ(texts(t, "change")[35], "ny");
    EXPECT_TRUE(t.column("second_year").is_missing(0));
    EXPECT_TRUE(t.column("first_year").is_missing(35));
}

TEST(TablesTable, ColumnLookupAndCsv)
{
    auto plan = example_plan();
    const Table t = budget_totals_table(*plan->budget());
    EXPECT_EQ(t.find("nope"), nullptr);
    EXPECT_THROW(t.column("nope"), InvalidArgument);
    EXPECT_EQ(to_string(ColumnType::TextList), "text_list");
    EXPECT_EQ(to_csv(t),
              "section,label,computed,printed,difference\r\n"
              "income,Intäkter,1266000,1266000,0\r\n"
              "costs,Kostnader,1211000,1206000,-5000\r\n"
              "result,Resultat,55000,55000,0\r\n");
    // Quotes, commas and lists; a missing value is an empty field.
    Table q;
    Column c;
    c.name = "a";
    c.type = ColumnType::TextList;
    c.nullable = true;
    c.lists = {{"x", "y"}, {"say \"hi\", then"}, {}};
    c.missing = {false, false, true};
    q.columns.push_back(c);
    EXPECT_EQ(to_csv(q), "a\r\nx; y\r\n\"say \"\"hi\"\", then\"\r\n\r\n");
    // Text a spreadsheet would run is guarded as in the plan exports; numbers stay numbers.
    Column formula;
    formula.name = "note";
    formula.type = ColumnType::Text;
    formula.text = {"=HYPERLINK(\"x\")", "-5 tkr", "ok"};
    Table f;
    f.columns.push_back(formula);
    EXPECT_EQ(to_csv(f), "note\r\n\"'=HYPERLINK(\"\"x\"\")\"\r\n'-5 tkr\r\nok\r\n");
    EXPECT_EQ(Table{}.rows(), 0u);
}

}  // namespace miljoplan

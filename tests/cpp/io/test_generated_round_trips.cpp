// SPDX-License-Identifier: Apache-2.0
// Round trips on generated plans, not only on the reference plan: text full of separators, quotes, line
// breaks, formula starts and non-ASCII letters; years, amounts and unknown fields of every shape. JSON to
// TOML to JSON must give the same bytes, and CSV to model to CSV the same cells and the same file.
#include <gtest/gtest.h>

#include <random>

#include "miljoplan/io/csv.h"
#include "miljoplan/io/embedded.h"
#include "miljoplan/io/json.h"
#include "miljoplan/io/toml.h"

namespace {

// Pieces a spreadsheet or a TOML writer finds awkward, each valid UTF-8 on its own.
const std::vector<std::string> kPieces{"a",  "Z",  " ",  ",",  ";",  "\"", "'",  "=",  "+",  "-",     "@",
                                       "\t", "\r", "\n", "#",  "å",  "Ä",  "ö",  "€",  "😀", "\u2212", "\u00A0",
                                       "[",  "]",  "{",  "}",  "\\", "=1+1", "tkr", "\r\n", "\"\"", "0"};

class Generator {
public:
    explicit Generator(unsigned seed) : random_(seed) {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(random_); }

    std::string text(int max_pieces)
    {
        std::string out;
        for (int n = below(max_pieces + 1); n > 0; --n) out += kPieces[below(static_cast<int>(kPieces.size()))];
        return out;
    }

    // Ids stay unique by their number; the prefix may look like a formula or start with an apostrophe.
    std::string id(const std::string& stem, int number)
    {
        static const std::vector<std::string> prefixes{"", "=", "-", "'", "'=", "+", "@", "å"};
        return prefixes[below(static_cast<int>(prefixes.size()))] + stem + "-" + std::to_string(number);
    }

    std::optional<int> year()
    {
        if (below(4) == 0) return std::nullopt;
        return 1000 + below(9000);
    }

    // An unknown field's JSON value: nested arrays and objects, nulls, numbers, strings.
    std::string json_value(int depth)
    {
        switch (depth > 2 ? below(4) : below(6)) {
            case 0: return "null";
            case 1: return std::to_string(below(2000000) - 1000000);
            case 2: return below(2) ? "true" : "false";
            case 3: return "\"x" + std::to_string(below(100)) + "\"";
            case 4: return "[" + json_value(depth + 1) + "," + json_value(depth + 1) + "]";
            default: return "{\"k\":" + json_value(depth + 1) + ",\"x_v\":[]}";
        }
    }

    std::shared_ptr<miljoplan::Plan> plan()
    {
        auto plan = miljoplan::example_plan();
        for (const auto& a : std::vector(plan->activities())) plan->remove_activity(a->id());
        for (int i = 0, n = below(30); i < n; ++i) {
            auto a = std::make_shared<miljoplan::Activity>(miljoplan::ActivityId(id("akt", i)), "T" + text(6));
            a->set_category(text(3));
            a->set_year(year());
            a->set_goal(text(8));
            a->set_implementation(text(8));
            a->set_timing_text(text(4));
            a->set_responsible(miljoplan::ActorPhrase{text(4), {}});
            a->set_partners(miljoplan::ActorPhrase{text(4), {}});
            miljoplan::GoalPhrase goals;
            goals.text = text(4);
            a->set_effect_goals(goals);
            if (below(3) == 0) a->extra_fields().set("x_extra", json_value(0));
            plan->add_activity(a);
        }
        auto& bank = plan->proposal_bank();
        for (const auto& p : std::vector(bank.proposals())) bank.remove_proposal(p->id());
        for (int i = 0, n = below(15); i < n; ++i) {
            auto p = std::make_shared<miljoplan::Proposal>(miljoplan::ProposalId(id("forslag", i)), "F" + text(6));
            p->set_area(text(4));
            p->set_submitted_year(year());
            if (below(2)) p->set_submitted_by(miljoplan::ActorId("part-" + std::to_string(below(5))));
            if (below(2)) p->set_marked_new(below(2) == 1);
            bank.add_proposal(p);
        }
        auto budget = std::make_shared<miljoplan::Budget>(*plan->budget());
        std::vector<miljoplan::BudgetLine> income, costs;
        for (int i = 0, n = below(20); i < n; ++i) {
            miljoplan::BudgetLine line;
            line.id = id("rad", i);
            line.label = text(6);
            line.amount = miljoplan::Money::from_kronor(
                std::uniform_int_distribution<std::int64_t>(-1'000'000'000'000, 1'000'000'000'000)(random_));
            for (int t = below(3); t > 0; --t) line.tags.push_back("tag" + std::to_string(below(4)) + (below(2) ? "å" : ""));
            (below(2) ? income : costs).push_back(line);
        }
        budget->set_income(income);
        budget->set_costs(costs);
        plan->set_budget(budget);
        return plan;
    }

private:
    std::mt19937 random_;
};

}  // namespace

TEST(GeneratedRoundTrips, JsonToTomlToJsonKeepsEveryByte)
{
    Generator generate(20240101);
    for (int n = 0; n < 40; ++n) {
        const auto plan = generate.plan();
        const std::string json = miljoplan::plan_to_json(*plan);
        const auto from_toml = miljoplan::plan_from_toml(miljoplan::plan_to_toml(*plan), "<generated.toml>");
        ASSERT_EQ(*from_toml, *plan) << "plan " << n;
        ASSERT_EQ(miljoplan::plan_to_json(*from_toml), json) << "plan " << n;
        ASSERT_EQ(miljoplan::plan_to_json(*miljoplan::plan_from_json(json, "<generated.json>")), json) << "plan " << n;
    }
}

TEST(GeneratedRoundTrips, CsvToModelToCsvKeepsEveryCell)
{
    Generator generate(7);
    for (int n = 0; n < 40; ++n) {
        const auto plan = generate.plan();
        const miljoplan::CsvOptions options{n % 2 ? ';' : ',', n % 3 == 0, n % 4 != 0, miljoplan::Language::Swedish};

        const std::string activities = miljoplan::activities_to_csv(*plan, options);
        const auto read = miljoplan::activities_from_csv(activities, "<generated.csv>");
        ASSERT_EQ(read.size(), plan->activities().size()) << activities;
        auto copy = plan->clone();
        for (std::size_t i = 0; i < read.size(); ++i) {
            const auto& a = *plan->activities()[i];
            const auto& b = *read[i];
            ASSERT_EQ(b.id(), a.id());
            ASSERT_EQ(b.title(), a.title());
            ASSERT_EQ(b.category(), a.category());
            ASSERT_EQ(b.year(), a.year());
            ASSERT_EQ(b.goal(), a.goal());
            ASSERT_EQ(b.implementation(), a.implementation());
            ASSERT_EQ(b.timing_text(), a.timing_text());
            ASSERT_EQ(b.responsible().text, a.responsible().text);
            ASSERT_EQ(b.partners().text, a.partners().text);
            ASSERT_EQ(b.effect_goals().text, a.effect_goals().text);
            copy->remove_activity(a.id());
            copy->add_activity(read[i]);
        }
        EXPECT_EQ(miljoplan::activities_to_csv(*copy, options), activities);

        const std::string proposals = miljoplan::proposals_to_csv(*plan, options);
        const auto back = miljoplan::proposals_from_csv(proposals, "<generated.csv>");
        ASSERT_EQ(back.size(), plan->proposal_bank().proposals().size());
        for (std::size_t i = 0; i < back.size(); ++i) {
            const auto& p = *plan->proposal_bank().proposals()[i];
            ASSERT_EQ(back[i]->id(), p.id());
            ASSERT_EQ(back[i]->title(), p.title());
            ASSERT_EQ(back[i]->area(), p.area());
            ASSERT_EQ(back[i]->submitted_year(), p.submitted_year());
            ASSERT_EQ(back[i]->submitted_by(), p.submitted_by());
            ASSERT_EQ(back[i]->marked_new(), p.marked_new());
        }

        const auto lines = miljoplan::budget_lines_from_csv(miljoplan::budget_to_csv(*plan, options), "<generated.csv>");
        EXPECT_EQ(lines.income, plan->budget()->income());
        EXPECT_EQ(lines.costs, plan->budget()->costs());
    }
}

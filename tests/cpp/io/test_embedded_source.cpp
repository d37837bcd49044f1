// SPDX-License-Identifier: Apache-2.0
// The embedded plan checked against the published plan's text extraction, not against itself.
// The extraction breaks table cells across lines, often mid-word, and repeats the table header
// on every page; so texts are compared with all white space removed and the header taken out.
#include <set>
#include <sys/stat.h>

#include <gtest/gtest.h>

#include "miljoplan/io/embedded.h"
#include "test_support.h"

using miljoplan::testing::without_space;

namespace {

const std::string kPageHeader =
    "AKTIVITETAKTIVITETSMÅLGENOMFÖRANDE(vadsomskagöras)TIDFÖRGENOMFÖRANDEANSVARSAMVERKANSPARTER"
    "EFFEKTMÅL(miljökvalitetsmålochGlobalamål)";

// Cells the page layout splits: the rest of the cell continues after the next page header,
// behind the other cells of the row.
const std::set<std::string> kSplitByPageBreak{
    "uppdaterade-miljobalkstillstand.goal",     "framtidens-miljobalkstillsyn.implementation",
    "handlaggartraff-sma-avlopp.goal",          "handlaggartraff-sma-avlopp.effect_goals",
    "besok-kommuner-och-lansstyrelsen.goal",    "besok-kommuner-och-lansstyrelsen.implementation",
    "projektledartraffar.title",                "projektledartraffar.goal",
    "projektledartraffar.responsible",          "projektledartraffar.partners"};

class SourceText : public ::testing::Test {
protected:
    void SetUp() override
    {
        text_ = without_space(miljoplan::testing::read_file(miljoplan::testing::source_text_path()));
        std::size_t headers = 0;
        for (std::size_t at = text_.find(kPageHeader); at != std::string::npos; at = text_.find(kPageHeader)) {
            text_.erase(at, kPageHeader.size());
            ++headers;
        }
        ASSERT_EQ(headers, 9u) << "not the expected extraction of the 2024 plan";
        plan_ = miljoplan::example_plan();
    }

    std::size_t find(const std::string& words, std::size_t from = 0) const { return text_.find(without_space(words), from); }
    bool contains(const std::string& words) const { return find(words) != std::string::npos; }

    // Whether the two halves of some split of @p words both appear.
    bool contains_in_two_pieces(const std::string& words) const
    {
        const std::string key = without_space(words);
        for (std::size_t cut = 1; cut < key.size(); ++cut)
            if (text_.find(key.substr(0, cut)) != std::string::npos && text_.find(key.substr(cut)) != std::string::npos)
                return true;
        return false;
    }

    std::string text_;
    std::shared_ptr<miljoplan::Plan> plan_;
};

}  // namespace

TEST_F(SourceText, EveryActivityCellIsPrintedAsStored)
{
    for (const auto& a : plan_->activities()) {
        const std::vector<std::pair<std::string, std::string>> cells{
            {"title", a->title()},        {"goal", a->goal()},
            {"implementation", a->implementation()}, {"timing", a->timing_text()},
            {"responsible", a->responsible().text},  {"partners", a->partners().text},
            {"effect_goals", a->effect_goals().text}};
        for (const auto& [column, value] : cells) {
            const std::string key = a->id().value() + "." + column;
            if (kSplitByPageBreak.count(key) != 0) {
                EXPECT_FALSE(contains(value)) << key << " is not split after all";
                EXPECT_TRUE(contains_in_two_pieces(value)) << key << ": " << value;
            } else {
                EXPECT_TRUE(contains(value)) << key << ": " << value;
            }
        }
    }
}

TEST_F(SourceText, EachActivityStandsUnderItsHeadingInPrintedOrder)
{
    std::size_t heading_at = find("Aktiviteter 2024");
    ASSERT_NE(heading_at, std::string::npos);
    const std::size_t table_end = find("Aktivitetsförslag som ligger kvar");
    std::size_t total = 0;
    for (std::size_t c = 0; c < plan_->categories().size(); ++c) {
        const std::string& category = plan_->categories()[c];
        heading_at = find(category, heading_at);
        ASSERT_NE(heading_at, std::string::npos) << category;
        const std::size_t next_heading =
            c + 1 < plan_->categories().size() ? find(plan_->categories()[c + 1], heading_at) : table_end;
        std::size_t previous = heading_at;
        for (const auto& a : plan_->activities_in(category)) {
            // A title cut by a page break is looked for by its first 40 characters.
            std::string title = without_space(a->title());
            if (kSplitByPageBreak.count(a->id().value() + ".title") != 0) title.resize(40);
            const std::size_t at = text_.find(title, previous);
            EXPECT_LT(at, next_heading) << a->title() << " is not under " << category;
            previous = at == std::string::npos ? previous : at;
            ++total;
        }
    }
    EXPECT_EQ(total, 26u);
}

TEST_F(SourceText, BudgetLinesAndTotalsAreThePrintedFigures)
{
    const auto& budget = *plan_->budget();
    EXPECT_TRUE(contains(budget.title()));
    for (const auto* lines : {&budget.income(), &budget.costs()})
        for (const auto& line : *lines)
            EXPECT_TRUE(contains(line.label + " " + miljoplan::format_tkr(line.amount))) << line.label;
    EXPECT_TRUE(contains("SUMMA INTÄKTER " + miljoplan::format_tkr(budget.printed_income()->amount)));
    // The result stands alone, without a label, right after the cost total.
    EXPECT_TRUE(contains("SUMMA KOSTNADER " + miljoplan::format_tkr(budget.printed_costs()->amount) + " " +
                         miljoplan::format_tkr(budget.printed_result()->amount) + " Verksamhetsplan för"));
    EXPECT_EQ(budget.printed_costs()->label, "SUMMA KOSTNADER");
    EXPECT_TRUE(budget.printed_result()->label.empty());
}

TEST_F(SourceText, ProposalsStandUnderTheirAreasWithTheirYears)
{
    const auto& bank = plan_->proposal_bank();
    EXPECT_TRUE(contains(bank.heading()));
    EXPECT_TRUE(contains(bank.title()));
    for (const auto& note : bank.notes()) EXPECT_TRUE(contains(note)) << note;
    std::size_t area_at = find(bank.title());
    for (std::size_t i = 0; i < bank.areas().size(); ++i) {
        area_at = find(bank.areas()[i], area_at);
        ASSERT_NE(area_at, std::string::npos) << bank.areas()[i];
        const std::size_t next = i + 1 < bank.areas().size() ? find(bank.areas()[i + 1], area_at) : std::string::npos;
        std::size_t previous = area_at;
        for (const auto& p : bank.proposals()) {
            if (p->area() != bank.areas()[i]) continue;
            const std::string printed =
                p->title() + (p->submitted_year() ? " (" + std::to_string(*p->submitted_year()) + ")" : "");
            const std::size_t at = find(printed, previous);
            EXPECT_LT(at, next) << printed;
            previous = at == std::string::npos ? previous : at;
        }
    }
    EXPECT_TRUE(contains("Digital tillsyn BAT-tillämpning")) << "Digital tillsyn has no year in the source";
    EXPECT_TRUE(contains("Handläggarstöd hälsoskydd Utbildning/föreläsning/workshop")) << "an empty area";
}

TEST_F(SourceText, GovernanceAndCycleAreTheSourcesWords)
{
    const auto& org = *plan_->organisation();
    EXPECT_TRUE(contains(org.purpose()));
    EXPECT_TRUE(contains(org.cycle().text));
    EXPECT_TRUE(contains(plan_->horizon_exception()));
    EXPECT_TRUE(contains(org.find_role(miljoplan::ActorId("lanssamordnare"))->description()));
    for (const auto& body : org.bodies()) {
        for (const auto& sentence : miljoplan::testing::split_sentences(body->mandate()))
            EXPECT_TRUE(contains(sentence)) << body->name() << ": " << sentence;
        for (const auto& seat : body->seats()) {
            if (seat.text.find("inte från planen") != std::string::npos) continue;  // marked as from elsewhere
            EXPECT_TRUE(contains(seat.text)) << body->name() << ": " << seat.text;
        }
    }
    for (const auto& section : plan_->sections()) {
        EXPECT_TRUE(contains(section.heading)) << section.heading;
        for (const auto& sentence : miljoplan::testing::split_sentences(section.text))
            EXPECT_TRUE(contains(sentence)) << section.heading << ": " << sentence;
    }
    // The facts the cycle and the years encode, in the source's words.
    EXPECT_TRUE(contains("Verksamhetsplanen fastställs av styrgruppen senast i juni året innan den ska börja gälla."));
    EXPECT_TRUE(contains("Verksamhetsplanen är normalt treårig"));
    EXPECT_TRUE(contains("För 2024 är planen ettårig"));
    EXPECT_TRUE(contains("Verksamheten startade 2005."));
    EXPECT_TRUE(contains("Länssamordnaren för miljösamverkan ingår i styrgruppen som sekreterare och föredragande."));
}

// SPDX-License-Identifier: Apache-2.0
// The yearly comparison on the illustrative data set: median, spread, deviation, rank in the direction of
// better, change since last year, both trend methods and the reporting deadline (1 April the year after).
#include <gtest/gtest.h>

#include "keyfigure_fixture.h"
#include "miljoplan/keyfigures/comparison.h"

using namespace miljoplan;
using miljoplan::testing::county_set;

namespace {

const MunicipalityFigure& figure(const YearComparison& y, const std::string& code)
{
    for (const auto& m : y.municipalities)
        if (m.municipality == code) return m;
    throw std::runtime_error("no " + code);
}

const KeyFigureTrend& trend(const KeyFigureComparison& c, const std::string& key_figure, const std::string& code)
{
    for (const auto& t : c.trends)
        if (t.key_figure == key_figure && t.municipality == code) return t;
    throw std::runtime_error("no trend " + code);
}

}  // namespace

TEST(KeyFigureComparison, MedianSpreadDeviationAndRankOfOrganicFood2023)
{
    const auto comparison = compare_key_figures(county_set());
    const YearComparison* y = comparison.find("eko-livsmedel", 2023);
    ASSERT_NE(y, nullptr);
    EXPECT_EQ(y->municipalities.size(), 13U);  // every municipality of the county, reported or not
    EXPECT_EQ(y->reported, 11U);
    // 22.0 26.4 27.5 28.0 29.5 [30.25] 31.7 33.0 34.0 36.1 38.5
    EXPECT_EQ(y->median->to_string(), "30.25");
    EXPECT_EQ(y->minimum->to_string(), "22.0");
    EXPECT_EQ(y->maximum->to_string(), "38.5");
    EXPECT_EQ(y->spread->to_string(), "16.5");
    EXPECT_EQ(figure(*y, "0642").deviation->to_string(), "8.25");   // Mullsjö
    EXPECT_EQ(figure(*y, "0617").deviation->to_string(), "-8.25");  // Gnosjö
    EXPECT_EQ(*figure(*y, "0642").rank, 1);                          // higher is better
    EXPECT_EQ(*figure(*y, "0680").rank, 2);                          // Jönköping
    EXPECT_EQ(*figure(*y, "0617").rank, 11);
    EXPECT_FALSE(figure(*y, "0662").rank);                           // Gislaved: missing
    EXPECT_EQ(figure(*y, "0680").party, "kommun-0680");
}

TEST(KeyFigureComparison, ChangeSinceLastYear)
{
    const auto comparison = compare_key_figures(county_set());
    const YearComparison* y = comparison.find("eko-livsmedel", 2023);
    EXPECT_EQ(figure(*y, "0604").change->to_string(), "1.5");    // Aneby 31,5 -> 33,0
    EXPECT_EQ(figure(*y, "0642").change->to_string(), "-1.75");  // Mullsjö 40,25 -> 38,5
    EXPECT_EQ(figure(*y, "0643").change->to_string(), "2.25");   // Habo 28 -> 30,25
    EXPECT_EQ(figure(*y, "0617").change->to_string(), "0.0");
    EXPECT_FALSE(figure(*y, "0662").change);
}

TEST(KeyFigureComparison, WhoHadNotReportedByTheFirstOfApril)
{
    const auto comparison = compare_key_figures(county_set());
    const YearComparison* y2023 = comparison.find("eko-livsmedel", 2023);
    EXPECT_EQ(y2023->deadline, Date(2024, 4, 1));
    // Gislaved marked missing, Sävsjö without a row, Tranås entered on 5 April; Habo on 1 April is in time.
    EXPECT_EQ(y2023->not_reported_by_deadline, (std::vector<std::string>{"0662", "0684", "0687"}));
    EXPECT_TRUE(figure(*y2023, "0643").reported_by_deadline);
    const YearComparison* y2022 = comparison.find("eko-livsmedel", 2022);
    EXPECT_EQ(y2022->not_reported_by_deadline, (std::vector<std::string>{"0662"}));  // 12 April
    EXPECT_EQ(y2022->median->to_string(), "28");
    ComparisonOptions later;
    later.deadline_month = 4;
    later.deadline_day = 15;
    EXPECT_EQ(compare_key_figures(county_set(), later).find("eko-livsmedel", 2023)->not_reported_by_deadline,
              (std::vector<std::string>{"0662", "0684"}));
}

TEST(KeyFigureComparison, LowerIsBetterAndAnEvenCountHasTheMidpointAsMedian)
{
    const auto comparison = compare_key_figures(county_set());
    const YearComparison* y = comparison.find("hushallsavfall", 2023);
    // 398.5 412 431 455
    EXPECT_EQ(y->median->to_string(), "421.5");
    EXPECT_EQ(*figure(*y, "0617").rank, 1);  // Gnosjö, least waste
    EXPECT_EQ(*figure(*y, "0680").rank, 4);
    EXPECT_EQ(figure(*y, "0680").deviation->to_string(), "33.5");
    EXPECT_EQ(median_of({}), std::nullopt);
}

TEST(KeyFigureComparison, TrendsByBothMethods)
{
    ComparisonOptions start;
    start.trend = TrendMethod::StartToLatest;
    const auto first_last = compare_key_figures(county_set(), start);
    const auto fitted = compare_key_figures(county_set());
    // Aneby 2020-2023: 30,0 29,0 31,5 33,0
    EXPECT_EQ(trend(first_last, "eko-livsmedel", "0604").per_year->to_string(), "1.000");
    EXPECT_EQ(trend(fitted, "eko-livsmedel", "0604").per_year->to_string(), "1.150");
    EXPECT_EQ(trend(fitted, "eko-livsmedel", "0604").points, 4U);
    EXPECT_EQ(trend(fitted, "eko-livsmedel", "0604").first_year, 2020);
    EXPECT_EQ(trend(fitted, "eko-livsmedel", "0604").verdict, TrendVerdict::Improving);
    // Jönköping's household waste 470 -> 455: lower is better.
    EXPECT_EQ(trend(fitted, "hushallsavfall", "0680").per_year->to_string(), "-15.00");
    EXPECT_EQ(trend(fitted, "hushallsavfall", "0680").verdict, TrendVerdict::Improving);
    EXPECT_EQ(trend(fitted, "hushallsavfall", "0686").verdict, TrendVerdict::Unchanged);
    EXPECT_EQ(trend(fitted, "eko-livsmedel", "0642").verdict, TrendVerdict::Worsening);  // Mullsjö 41 -> 38,5
    EXPECT_EQ(trend(fitted, "eko-livsmedel", "0684").verdict, TrendVerdict::NotJudged);  // Sävsjö: one year
    EXPECT_FALSE(trend(fitted, "eko-livsmedel", "0684").per_year);
    EXPECT_EQ(to_string(TrendMethod::FittedLine), "anpassad linje");
}

TEST(KeyFigureComparison, NeutralFiguresGetNoRankAndUnknownIdsAreRefused)
{
    KeyFigureSet set = county_set();
    set.find_key_figure("eko-livsmedel")->better = Better::Neither;
    const auto comparison = compare_key_figures(set);
    EXPECT_FALSE(figure(*comparison.find("eko-livsmedel", 2023), "0642").rank);
    ComparisonOptions options;
    options.key_figures = {"okänt"};
    EXPECT_THROW(compare_key_figures(set, options), InvalidArgument);
    options.key_figures = {};
    options.deadline_month = 2;
    options.deadline_day = 30;
    EXPECT_THROW(compare_key_figures(set, options), InvalidArgument);
}

// SPDX-License-Identifier: Apache-2.0
// KeyFigureSet: the catalogue, the municipalities linked to the plan's parties, and values with status.
#include <gtest/gtest.h>

#include "keyfigure_fixture.h"
#include "miljoplan/keyfigures/key_figure_set.h"

using namespace miljoplan;

namespace {

KeyFigureSet small_set()
{
    KeyFigureSet set;
    KeyFigure k;
    k.id = "kf";
    k.name = "Ett nyckeltal";
    set.add_key_figure(k);
    return set;
}

}  // namespace

TEST(KeyFigureSet, LinksTheProfilesThirteenMunicipalitiesToTheirParties)
{
    KeyFigureSet set;
    EXPECT_EQ(set.link_parties(*builtin_profile("jonkoping")), 13U);
    ASSERT_EQ(set.municipalities().size(), 13U);
    const auto* jonkoping = set.find_municipality("0680");
    ASSERT_NE(jonkoping, nullptr);
    EXPECT_EQ(jonkoping->party, "kommun-0680");
    EXPECT_NE(jonkoping->name.find("Jönköping"), std::string::npos);
    EXPECT_EQ(set.link_parties(*builtin_profile("jonkoping")), 0U);  // linking again changes nothing
}

TEST(KeyFigureSet, RefusesBadCatalogueEntriesAndValues)
{
    KeyFigureSet set = small_set();
    EXPECT_THROW(set.add_key_figure(KeyFigure{"kf", "igen", {}, Better::Neither, KeyFigureSource::Other, {}, {}, {}}),
                 DuplicateId);
    EXPECT_THROW(set.add_municipality({"680", "Jönköping", ""}), InvalidArgument);
    KeyFigureValue v;
    v.key_figure = "kf";
    v.municipality = "0680";
    v.year = 2023;
    v.value = Decimal::parse("1,5");
    set.add_value(v);
    EXPECT_THROW(set.add_value(v), DuplicateId);
    KeyFigureValue unknown = v;
    unknown.key_figure = "okänt";
    EXPECT_THROW(set.add_value(unknown), InvalidArgument);
    KeyFigureValue missing_with_number = v;
    missing_with_number.year = 2022;
    missing_with_number.status = ValueStatus::Missing;
    try {
        set.add_value(missing_with_number);
        FAIL();
    } catch (const InvalidArgument& e) {
        EXPECT_STREQ(e.what(), "a missing value of 'kf' for 0680 2022 must not have a number");
    }
    KeyFigureValue revised = v;
    revised.value = Decimal::parse("1,75");
    revised.status = ValueStatus::Revised;
    EXPECT_TRUE(set.set_value(revised));
    EXPECT_EQ(set.find_value("kf", "0680", 2023)->value->to_string(), "1.75");
    EXPECT_EQ(set.values().size(), 1U);
}

TEST(KeyFigureSet, ListsYearsAndUnlistedMunicipalitiesThatHaveValues)
{
    KeyFigureSet set = small_set();
    set.add_municipality({"0604", "Aneby", ""});
    for (int year : {2023, 2021}) {
        KeyFigureValue v;
        v.key_figure = "kf";
        v.municipality = "0999";
        v.year = year;
        v.value = Decimal(year, 0);
        set.add_value(v);
    }
    EXPECT_EQ(set.years("kf"), (std::vector<int>{2021, 2023}));
    EXPECT_EQ(set.municipality_codes(), (std::vector<std::string>{"0604", "0999"}));
    EXPECT_TRUE(is_municipality_code("0687"));
    EXPECT_FALSE(is_municipality_code("06a7"));
}

// SPDX-License-Identifier: Apache-2.0
#include <tuple>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/party.h"

using miljoplan::ActorId;
using miljoplan::InvalidArgument;
using miljoplan::Party;
using miljoplan::PartyKind;

TEST(Party, ConstructorRejectsEmptyIdOrName)
{
    EXPECT_THROW(Party(ActorId(""), PartyKind::Municipality, "Aneby kommun"), InvalidArgument);
    EXPECT_THROW(Party(ActorId("kommun-0604"), PartyKind::Municipality, ""), InvalidArgument);
    Party party(ActorId("kommun-0604"), PartyKind::Municipality, "Aneby kommun");
    EXPECT_THROW(party.set_name(""), InvalidArgument);
    EXPECT_EQ(party.name(), "Aneby kommun");
}

TEST(Party, KommunkodMustBeFourDigits)
{
    Party party(ActorId("kommun-0604"), PartyKind::Municipality, "Aneby kommun");
    party.set_municipality_code(std::string("0604"));
    EXPECT_EQ(party.municipality_code(), std::optional<std::string>("0604"));
    for (const char* bad : {"604", "06040", "06a4", "", " 604"})
        EXPECT_THROW(party.set_municipality_code(std::string(bad)), InvalidArgument) << bad;
    EXPECT_EQ(party.municipality_code(), std::optional<std::string>("0604"));
    party.set_municipality_code(std::nullopt);
    EXPECT_FALSE(party.municipality_code());
}

TEST(Party, PopulationMustNotBeNegative)
{
    Party party(ActorId("kommun-0604"), PartyKind::Municipality, "Aneby kommun");
    EXPECT_THROW(party.set_population(miljoplan::Population{-1, "2023-12-31", "SCB", false}), InvalidArgument);
    party.set_population(miljoplan::Population{6852, "2023-12-31", "SCB", true});
    ASSERT_TRUE(party.population());
    EXPECT_EQ(party.population()->count, 6852);
    EXPECT_TRUE(party.population()->uncertain);
}

TEST(Party, EqualityComparesEveryMember)
{
    Party a(ActorId("lst"), PartyKind::CountyAdministrativeBoard, "Länsstyrelsen");
    Party b = a;
    EXPECT_EQ(a, b);
    b.set_short_names({"LST"});
    EXPECT_NE(a, b);
    b = a;
    b.extra_fields().set("x_note", "1");
    EXPECT_NE(a, b);
}

TEST(PartyKind, PrintsSwedishTokensAndParsesBothLanguages)
{
    const std::vector<std::tuple<PartyKind, std::string, std::string>> table{
        {PartyKind::Municipality, "kommun", "municipality"},
        {PartyKind::CountyAdministrativeBoard, "länsstyrelse", "county administrative board"},
        {PartyKind::Region, "region", "region"},
        {PartyKind::MunicipalAssociation, "kommunförbund", "municipal association"},
        {PartyKind::Office, "förvaltning", "office"},
        {PartyKind::Police, "polis", "police"},
        {PartyKind::Prosecutor, "åklagare", "prosecutor"},
        {PartyKind::Cooperation, "miljösamverkan", "cooperation"},
        {PartyKind::Other, "övrig", "other"},
    };
    ASSERT_EQ(miljoplan::all_party_kinds().size(), table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto& [kind, swedish, english] = table[i];
        EXPECT_EQ(miljoplan::all_party_kinds()[i], kind);
        EXPECT_EQ(miljoplan::to_string(kind), swedish);
        EXPECT_EQ(miljoplan::parse_party_kind(swedish), kind) << swedish;
        EXPECT_EQ(miljoplan::parse_party_kind(english), kind) << english;
    }
}

TEST(PartyKind, ParsingIsTolerantButNotLoose)
{
    EXPECT_EQ(miljoplan::parse_party_kind("LÄNSSTYRELSE"), PartyKind::CountyAdministrativeBoard);
    EXPECT_EQ(miljoplan::parse_party_kind("county_administrative_board"), PartyKind::CountyAdministrativeBoard);
    EXPECT_EQ(miljoplan::parse_party_kind("municipal-association"), PartyKind::MunicipalAssociation);
    EXPECT_EQ(miljoplan::parse_party_kind("Samverkansorgan"), PartyKind::MunicipalAssociation);
    EXPECT_FALSE(miljoplan::parse_party_kind("kommuner"));
    EXPECT_FALSE(miljoplan::parse_party_kind(""));
}

// SPDX-License-Identifier: Apache-2.0
#include <tuple>

#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/body.h"

using miljoplan::ActorId;
using miljoplan::Body;
using miljoplan::BodyKind;
using miljoplan::SeatFunction;

TEST(Body, ConstructorRejectsEmptyIdOrName)
{
    EXPECT_THROW(Body(ActorId(""), BodyKind::SteeringGroup, "Styrgruppen"), miljoplan::InvalidArgument);
    EXPECT_THROW(Body(ActorId("styrgrupp"), BodyKind::SteeringGroup, ""), miljoplan::InvalidArgument);
    Body body(ActorId("styrgrupp"), BodyKind::SteeringGroup, "Styrgruppen");
    EXPECT_THROW(body.set_name(""), miljoplan::InvalidArgument);
    EXPECT_FALSE(body.per_activity());
}

TEST(Body, EqualityIncludesSeats)
{
    Body a(ActorId("styrgrupp"), BodyKind::SteeringGroup, "Styrgruppen");
    Body b = a;
    EXPECT_EQ(a, b);
    b.set_seats({miljoplan::Seat{ActorId("lanssamordnare"), "länssamordnare", 1,
                                 {SeatFunction::Secretary, SeatFunction::Rapporteur}, ""}});
    EXPECT_NE(a, b);
    auto seats = b.seats();
    seats[0].functions = {SeatFunction::Secretary};
    Body c = b;
    c.set_seats(seats);
    EXPECT_NE(b, c);
}

TEST(BodyKind, PrintsSwedishTokensAndParsesBothLanguages)
{
    const std::vector<std::tuple<BodyKind, std::string, std::string>> table{
        {BodyKind::PoliticalBoard, "politiskt organ", "political board"},
        {BodyKind::SteeringGroup, "styrgrupp", "steering group"},
        {BodyKind::PreparationGroup, "beredningsgrupp", "preparation group"},
        {BodyKind::ContactPersons, "kontaktpersoner", "contact persons"},
        {BodyKind::ProjectGroup, "projektgrupp", "project group"},
        {BodyKind::ReferenceGroup, "referensgrupp", "reference group"},
        {BodyKind::Presidia, "presidier", "presidia"},
        {BodyKind::Network, "nätverk", "network"},
        {BodyKind::Other, "övrig", "other"},
    };
    ASSERT_EQ(miljoplan::all_body_kinds().size(), table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto& [kind, swedish, english] = table[i];
        EXPECT_EQ(miljoplan::all_body_kinds()[i], kind);
        EXPECT_EQ(miljoplan::to_string(kind), swedish);
        EXPECT_EQ(miljoplan::parse_body_kind(swedish), kind) << swedish;
        EXPECT_EQ(miljoplan::parse_body_kind(english), kind) << english;
    }
    EXPECT_EQ(miljoplan::parse_body_kind("politiskt_organ"), BodyKind::PoliticalBoard);
    EXPECT_EQ(miljoplan::parse_body_kind("Steering-Group"), BodyKind::SteeringGroup);
    EXPECT_FALSE(miljoplan::parse_body_kind("styrgruppen"));
}

TEST(SeatFunction, PrintsSwedishTokensAndParsesBothLanguages)
{
    const std::vector<std::tuple<SeatFunction, std::string, std::string>> table{
        {SeatFunction::Member, "ledamot", "member"},
        {SeatFunction::Chair, "ordförande", "chair"},
        {SeatFunction::Secretary, "sekreterare", "secretary"},
        {SeatFunction::Rapporteur, "föredragande", "rapporteur"},
        {SeatFunction::Convener, "sammankallande", "convener"},
    };
    for (const auto& [function, swedish, english] : table) {
        EXPECT_EQ(miljoplan::to_string(function), swedish);
        EXPECT_EQ(miljoplan::parse_seat_function(swedish), function) << swedish;
        EXPECT_EQ(miljoplan::parse_seat_function(english), function) << english;
    }
    EXPECT_EQ(miljoplan::parse_seat_function("FÖREDRAGANDE"), SeatFunction::Rapporteur);
    EXPECT_FALSE(miljoplan::parse_seat_function("sekreterarna"));
    EXPECT_FALSE(miljoplan::parse_seat_function("sekreterar\xD0\xB5"));  // a Cyrillic e that looks Latin
}

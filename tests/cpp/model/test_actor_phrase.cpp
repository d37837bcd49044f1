// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/model/actor_phrase.h"

using miljoplan::ActorId;
using miljoplan::ActorPhrase;
using miljoplan::ActorRef;

TEST(ActorPhrase, EmptyOnlyWithoutTextAndRefs)
{
    EXPECT_TRUE(ActorPhrase{}.empty());
    EXPECT_FALSE((ActorPhrase{"Länssamordnaren", {}}).empty());
    EXPECT_FALSE((ActorPhrase{"", {ActorRef{ActorId("lanssamordnare"), false}}}).empty());
}

TEST(ActorPhrase, TentativeReferencesDifferFromFirmOnes)
{
    const ActorRef firm{ActorId("miljosamverkan-vast"), false};
    const ActorRef tentative{ActorId("miljosamverkan-vast"), true};
    EXPECT_NE(firm, tentative);
    EXPECT_NE((ActorPhrase{"x", {firm}}), (ActorPhrase{"x", {tentative}}));
    EXPECT_EQ((ActorPhrase{"x", {firm}}), (ActorPhrase{"x", {firm}}));
}

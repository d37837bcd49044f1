// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/role.h"

using miljoplan::ActorId;
using miljoplan::Role;

TEST(Role, ConstructorRejectsEmptyIdOrTitle)
{
    EXPECT_THROW(Role(ActorId(""), "Länssamordnare"), miljoplan::InvalidArgument);
    EXPECT_THROW(Role(ActorId("lanssamordnare"), ""), miljoplan::InvalidArgument);
    Role role(ActorId("lanssamordnare"), "Länssamordnare");
    EXPECT_THROW(role.set_title(""), miljoplan::InvalidArgument);
    EXPECT_EQ(role.title(), "Länssamordnare");
}

TEST(Role, EqualityIncludesEmployer)
{
    Role a(ActorId("lanssamordnare"), "Länssamordnare");
    Role b = a;
    EXPECT_EQ(a, b);
    b.set_employer(ActorId("kommunal-utveckling"));
    EXPECT_NE(a, b);
    a.set_employer(ActorId("kommunal-utveckling"));
    EXPECT_EQ(a, b);
}

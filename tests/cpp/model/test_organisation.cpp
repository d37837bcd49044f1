// SPDX-License-Identifier: Apache-2.0
#include <gtest/gtest.h>

#include "miljoplan/error.h"
#include "miljoplan/model/organisation.h"

using miljoplan::ActorId;
using miljoplan::ActorKind;
using miljoplan::Body;
using miljoplan::BodyKind;
using miljoplan::Organisation;
using miljoplan::Party;
using miljoplan::PartyGroup;
using miljoplan::PartyKind;
using miljoplan::Role;

namespace {

std::shared_ptr<PartyGroup> group(const std::string& id, std::vector<std::string> members)
{
    auto g = std::make_shared<PartyGroup>(ActorId(id), "Grupp " + id);
    std::vector<ActorId> ids;
    for (auto& m : members) ids.emplace_back(std::move(m));
    g->set_members(std::move(ids));
    return g;
}

// Three municipalities, a county board, groups nested two deep, a role and a body.
Organisation small_county()
{
    Organisation org(ActorId("samverkan"), "Miljösamverkan Testlän");
    for (const char* id : {"k1", "k2", "k3"})
        org.add_party(std::make_shared<Party>(ActorId(id), PartyKind::Municipality, std::string("Kommun ") + id));
    org.add_party(std::make_shared<Party>(ActorId("lst"), PartyKind::CountyAdministrativeBoard, "Länsstyrelsen"));
    org.add_group(group("kommuner", {"k1", "k2", "k3"}));
    org.add_group(group("myndigheter", {"kommuner", "lst", "k2"}));
    org.add_role(std::make_shared<Role>(ActorId("samordnare"), "Länssamordnare"));
    org.add_body(std::make_shared<Body>(ActorId("styrgrupp"), BodyKind::SteeringGroup, "Styrgruppen"));
    return org;
}

std::vector<std::string> ids_of(const std::vector<std::shared_ptr<Party>>& parties)
{
    std::vector<std::string> out;
    for (const auto& p : parties) out.push_back(p->id().value());
    return out;
}

}  // namespace

TEST(Organisation, ConstructorRejectsEmptyIdOrName)
{
    EXPECT_THROW(Organisation(ActorId(""), "X"), miljoplan::InvalidArgument);
    EXPECT_THROW(Organisation(ActorId("x"), ""), miljoplan::InvalidArgument);
    Organisation org(ActorId("x"), "X");
    EXPECT_THROW(org.set_name(""), miljoplan::InvalidArgument);
}

TEST(Organisation, ResolvesEveryKindOfActorInOneIdSpace)
{
    const Organisation org = small_county();
    EXPECT_EQ(org.resolve(ActorId("samverkan")), ActorKind::Organisation);
    EXPECT_EQ(org.resolve(ActorId("k2")), ActorKind::Party);
    EXPECT_EQ(org.resolve(ActorId("kommuner")), ActorKind::Group);
    EXPECT_EQ(org.resolve(ActorId("samordnare")), ActorKind::Role);
    EXPECT_EQ(org.resolve(ActorId("styrgrupp")), ActorKind::Body);
    EXPECT_FALSE(org.resolve(ActorId("polisen")));
    EXPECT_EQ(org.actor_name(ActorId("samordnare")), std::optional<std::string>("Länssamordnare"));
    EXPECT_EQ(org.actor_name(ActorId("samverkan")), std::optional<std::string>("Miljösamverkan Testlän"));
    EXPECT_FALSE(org.actor_name(ActorId("polisen")));
}

TEST(Organisation, ActorIdsListOrganisationThenPartiesGroupsRolesBodies)
{
    std::vector<std::string> ids;
    for (const auto& id : small_county().actor_ids()) ids.push_back(id.value());
    EXPECT_EQ(ids, (std::vector<std::string>{"samverkan", "k1", "k2", "k3", "lst", "kommuner", "myndigheter",
                                             "samordnare", "styrgrupp"}));
}

TEST(Organisation, AddRejectsAnIdTakenByAnyKindOfActor)
{
    Organisation org = small_county();
    try {
        org.add_group(group("k1", {}));
        FAIL() << "a group could take a party's id";
    } catch (const miljoplan::DuplicateId& e) {
        EXPECT_EQ(e.id(), "k1");
    }
    EXPECT_THROW(org.add_party(std::make_shared<Party>(ActorId("styrgrupp"), PartyKind::Other, "X")),
                 miljoplan::DuplicateId);
    EXPECT_THROW(org.add_role(std::make_shared<Role>(ActorId("samverkan"), "X")), miljoplan::DuplicateId);
    EXPECT_THROW(org.add_body(std::make_shared<Body>(ActorId("kommuner"), BodyKind::Other, "X")),
                 miljoplan::DuplicateId);
    EXPECT_THROW(org.add_party(nullptr), miljoplan::InvalidArgument);
    EXPECT_EQ(org.parties().size(), 4u);
    EXPECT_EQ(org.groups().size(), 2u);
}

TEST(Organisation, FindReturnsOnlyTheRequestedKind)
{
    const Organisation org = small_county();
    ASSERT_NE(org.find_party(ActorId("lst")), nullptr);
    EXPECT_EQ(org.find_party(ActorId("lst"))->name(), "Länsstyrelsen");
    EXPECT_EQ(org.find_party(ActorId("kommuner")), nullptr);
    EXPECT_NE(org.find_group(ActorId("kommuner")), nullptr);
    EXPECT_EQ(org.find_role(ActorId("styrgrupp")), nullptr);
    EXPECT_NE(org.find_body(ActorId("styrgrupp")), nullptr);
}

TEST(Organisation, ExpandsGroupsRecursivelyInMemberOrderWithoutRepeats)
{
    const Organisation org = small_county();
    EXPECT_EQ(ids_of(org.expand(ActorId("k3"))), (std::vector<std::string>{"k3"}));
    EXPECT_EQ(ids_of(org.expand(ActorId("kommuner"))), (std::vector<std::string>{"k1", "k2", "k3"}));
    EXPECT_EQ(ids_of(org.expand(ActorId("myndigheter"))), (std::vector<std::string>{"k1", "k2", "k3", "lst"}));
    EXPECT_TRUE(org.expand(ActorId("samordnare")).empty());
    EXPECT_TRUE(org.expand(ActorId("okand")).empty());
}

TEST(Organisation, ExpandStopsAtACycleOfGroups)
{
    Organisation org(ActorId("o"), "O");
    org.add_party(std::make_shared<Party>(ActorId("p"), PartyKind::Municipality, "P"));
    org.add_group(group("a", {"b"}));
    org.add_group(group("b", {"a", "p", "b"}));
    EXPECT_EQ(ids_of(org.expand(ActorId("a"))), (std::vector<std::string>{"p"}));
    EXPECT_EQ(ids_of(org.expand(ActorId("b"))), (std::vector<std::string>{"p"}));
}

TEST(Organisation, CloneIsEqualAndShareNothing)
{
    const Organisation org = small_county();
    const auto copy = org.clone();
    EXPECT_EQ(*copy, org);
    EXPECT_NE(copy->find_party(ActorId("k1")), org.find_party(ActorId("k1")));
    copy->find_party(ActorId("k1"))->set_name("Ändrad");
    copy->find_group(ActorId("kommuner"))->set_members({});
    copy->find_body(ActorId("styrgrupp"))->set_mandate("Nytt mandat");
    EXPECT_EQ(org.find_party(ActorId("k1"))->name(), "Kommun k1");
    EXPECT_EQ(org.find_group(ActorId("kommuner"))->members().size(), 3u);
    EXPECT_EQ(org.find_body(ActorId("styrgrupp"))->mandate(), "");
    EXPECT_NE(*copy, org);
}

TEST(Organisation, EqualityComparesEntitiesByValue)
{
    const Organisation a = small_county();
    const Organisation b = small_county();
    EXPECT_EQ(a, b);
    Organisation c = small_county();
    c.find_role(ActorId("samordnare"))->set_description("Ny");
    EXPECT_NE(a, c);
    Organisation d = small_county();
    d.set_members({ActorId("k1")});
    EXPECT_NE(a, d);
}

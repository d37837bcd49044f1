# SPDX-License-Identifier: Apache-2.0
"""The organisation: parties, groups, roles and bodies, and how actor ids resolve."""

import copy
import gc

import pytest

import miljoplan
from miljoplan import ActorKind, Body, Organisation, Party, PartyGroup, PartyKind, Population, Role, Seat

MUNICIPALITY_CODES = ["0604", "0617", "0642", "0643", "0662", "0665", "0680",
                      "0682", "0683", "0684", "0685", "0686", "0687"]


def test_find_party(plan):
    org = plan.organisation
    party = org.find_party("kommun-0617")
    assert party.name == "Gnosjö kommun"
    assert party.kind == PartyKind.Municipality
    assert party.short_names == ["Gnosjö"]
    assert party.district == "GGVV"
    assert party.population.count == 9246 and party.population.uncertain
    assert org.find_party("finns-inte") is None
    # A group is an actor but not a party.
    assert org.find_party("lanets-kommuner") is None
    assert org.find_group("lanets-kommuner").name == "Länets kommuner"
    assert org.find_role("lanssamordnare").title == "Länssamordnare"
    assert org.find_body("styrgrupp").name == "Styrgruppen"


def test_expand_group_gives_the_13_municipalities(plan):
    parties = plan.organisation.expand("lanets-kommuner")
    assert len(parties) == 13
    assert [p.municipality_code for p in parties] == MUNICIPALITY_CODES
    assert all(p.kind == PartyKind.Municipality for p in parties)


def test_expand_nested_group_and_single_party(plan):
    org = plan.organisation
    # Miljömyndigheterna i länet = länets kommuner (a group) + Länsstyrelsen.
    ids = [p.id for p in org.expand("miljomyndigheterna-i-lanet")]
    assert len(ids) == 14 and ids[-1] == "lansstyrelsen"
    assert [p.id for p in org.expand("kommun-0680")] == ["kommun-0680"]
    assert org.expand("finns-inte") == []


def test_resolve_and_names(plan):
    org = plan.organisation
    assert org.resolve("lanets-kommuner") == ActorKind.Group
    assert org.resolve("lansstyrelsen") == ActorKind.Party
    assert org.resolve("lanssamordnar") is None
    assert org.actor_name("lanssamordnare") == "Länssamordnare"
    assert org.actor_name("styrgrupp") == "Styrgruppen"
    assert org.actor_name("finns-inte") is None
    ids = org.actor_ids()
    assert ids[0] == org.id
    assert len(ids) == len(set(ids)) == 1 + len(org.parties) + len(org.groups) + len(org.roles) + len(org.bodies)


def test_bodies_and_seats(plan):
    styrgrupp = plan.organisation.find_body("styrgrupp")
    assert styrgrupp.kind == miljoplan.BodyKind.SteeringGroup
    secretary = styrgrupp.seats[-1]
    assert secretary.from_ == "lanssamordnare"
    assert [str(f) for f in secretary.functions] == ["sekreterare", "föredragande"]
    assert secretary.count == 1
    # "samtliga miljöchefer": one seat per member of the group, so no count.
    assert styrgrupp.seats[0].count is None
    beredning = plan.organisation.find_body("beredningsgrupp")
    assert beredning.seats[0] == Seat("lanets-kommuner", "miljöchef", 3, [], "tre miljöchefer")


def test_build_an_organisation():
    org = Organisation("ms-test", "Miljösamverkan Test")
    org.add_party(Party("kommun-0604", "kommun", "Aneby kommun"))
    party = Party("lst", PartyKind.CountyAdministrativeBoard, "Länsstyrelsen")
    org.add_party(party)
    org.add_group(PartyGroup("alla", "Alla", ["kommun-0604", "lst"]))
    org.add_role(Role("samordnare", "Samordnare", employer="lst"))
    org.add_body(Body("sg", "styrgrupp", "Styrgruppen", seats=[Seat("alla", "chef")]))
    org.members = ["kommun-0604", "lst"]
    assert [p.id for p in org.expand("alla")] == ["kommun-0604", "lst"]
    # The organisation holds the same party object Python created.
    party.name = "Länsstyrelsen i Testlän"
    assert org.find_party("lst").name == "Länsstyrelsen i Testlän"
    with pytest.raises(miljoplan.DuplicateIdError) as info:
        org.add_role(Role("lst", "Krock"))
    assert info.value.id == "lst"
    back = miljoplan.organisation_from_json(miljoplan.organisation_to_json(org))
    assert back == org


def test_party_setters_check_values():
    party = Party("kommun-0604", "kommun", "Aneby kommun")
    party.municipality_code = "0604"
    assert party.municipality_code == "0604"
    with pytest.raises(miljoplan.InvalidArgumentError, match="four digits"):
        party.municipality_code = "604"
    with pytest.raises(ValueError):
        party.name = ""
    party.population = Population(6852, "2023-12-31")
    assert party.population.count == 6852
    party.population = None
    assert party.population is None


def test_none_and_wrong_types_raise_type_error(plan):
    org = plan.organisation
    for add in (org.add_party, org.add_group, org.add_role, org.add_body):
        with pytest.raises(TypeError):
            add(None)
    with pytest.raises(TypeError):
        org.add_party(Role("x", "X"))
    with pytest.raises(TypeError):
        org.find_party(None)
    with pytest.raises(TypeError):
        Party("x", "kommun", None)
    with pytest.raises(TypeError):
        org.members = "kommun-0604"  # a str is not a list of ids
    with pytest.raises(TypeError):
        Organisation("o", "O").counties = [None]


def test_organisation_outlives_its_plan():
    plan = miljoplan.example_plan()
    org = plan.organisation
    party = org.find_party("kommun-0680")
    del plan
    gc.collect()
    assert org.name == "Miljösamverkan Jönköpings län"
    assert party.population.count == 146161
    assert len(org.expand("lanets-kommuner")) == 13


def test_clone_is_deep(plan):
    org = plan.organisation
    other = org.clone()
    assert other == org and other is not org
    other.find_party("kommun-0604").name = "Ändrad"
    assert org.find_party("kommun-0604").name == "Aneby kommun"
    assert other != org


def test_extra_fields_on_entities(plan):
    party = plan.organisation.find_party("kommun-0604")
    party.extra_fields = {"x_kontakt": "miljo@aneby.se"}
    back = miljoplan.loads(plan.to_json())
    assert back.organisation.find_party("kommun-0604").extra_fields == {"x_kontakt": "miljo@aneby.se"}
    assert copy.deepcopy(plan) == back

# SPDX-License-Identifier: Apache-2.0
"""Enums read their Swedish file token and English name, print as the token, and stand in for
strings wherever the API takes them."""

import pickle

import pytest

import miljoplan
from miljoplan import (
    BodyKind,
    GoalKind,
    Language,
    OpenGoals,
    PartyKind,
    PlanYear,
    SeatFunction,
    Severity,
    YearStatus,
)

# (enum, member, Swedish/file token, English name)
TOKENS = [
    (YearStatus, YearStatus.Adopted, "fastställd", "adopted"),
    (YearStatus, YearStatus.Preliminary, "preliminär", "preliminary"),
    (YearStatus, YearStatus.ProposalBank, "förslagsbank", "proposal_bank"),
    (PartyKind, PartyKind.Municipality, "kommun", "municipality"),
    (PartyKind, PartyKind.CountyAdministrativeBoard, "länsstyrelse", "county_administrative_board"),
    (Severity, Severity.Error, "error", "error"),
    (Severity, Severity.Warning, "warning", "warning"),
    (BodyKind, BodyKind.SteeringGroup, "styrgrupp", "steering_group"),
    (BodyKind, BodyKind.PreparationGroup, "beredningsgrupp", "preparation_group"),
    (SeatFunction, SeatFunction.Secretary, "sekreterare", "secretary"),
    (GoalKind, GoalKind.EnvironmentalQuality, "miljökvalitetsmål", "environmental_quality"),
    (OpenGoals, OpenGoals.AndOthers, "m.fl.", "and_others"),
    (OpenGoals, OpenGoals.Most, "flertalet", "most"),
    (Language, Language.Swedish, "sv", "swedish"),
    (Language, Language.English, "en", "english"),
]


@pytest.mark.parametrize(("enum", "member", "token", "english"), TOKENS, ids=[t[2] for t in TOKENS])
def test_token_and_english_name(enum, member, token, english):
    assert enum(token) == member
    assert enum(english) == member
    assert str(member) == token
    assert member.token == token


def test_year_status_three_ways():
    assert YearStatus("fastställd") == YearStatus("adopted") == YearStatus.Adopted
    assert YearStatus("Fastställd") == YearStatus("ADOPTED") == YearStatus.Adopted
    assert YearStatus("proposal bank") == YearStatus("proposal-bank") == YearStatus.ProposalBank
    # pybind11 enum values are not singletons: compare with ==, never with `is`.
    assert int(YearStatus("fastställd")) == int(YearStatus.Adopted) == 0


def test_swedish_severity_words():
    assert Severity("varning") == Severity.Warning
    assert Severity("fel") == Severity.Error
    assert str(Severity("varning")) == "warning"


def test_unknown_name_raises_value_error():
    for enum, text in [(YearStatus, "kanske"), (PartyKind, "kommunen"), (Severity, "fatal"), (Language, "fi"),
                       (BodyKind, ""), (OpenGoals, "några")]:
        with pytest.raises(ValueError, match="unknown"):
            enum(text)


def test_wrong_type_raises_type_error():
    with pytest.raises(TypeError):
        YearStatus(None)
    with pytest.raises(TypeError):
        PlanYear(2025, 3.5)


def test_functions_accept_strings_for_enums():
    assert PlanYear(2025, "preliminär") == PlanYear(2025, YearStatus.Preliminary)
    assert PlanYear(2025, "preliminary").status == YearStatus.Preliminary
    party = miljoplan.Party("kommun-0604", "kommun", "Aneby kommun")
    assert party.kind == PartyKind.Municipality
    party.kind = "region"
    assert party.kind == PartyKind.Region
    seat = miljoplan.Seat("lanssamordnare", functions=["sekreterare", "rapporteur"])
    assert seat.functions == [SeatFunction.Secretary, SeatFunction.Rapporteur]
    # An unknown string fails the implicit conversion, which pybind11 reports as a TypeError.
    with pytest.raises(TypeError):
        PlanYear(2025, "kanske")


def test_members_are_distinct_and_listed():
    assert len(YearStatus.__members__) == 3
    assert len(PartyKind.__members__) == 9
    assert set(Severity.__members__) == {"Error", "Warning", "Info"}
    assert YearStatus.Adopted != YearStatus.Preliminary


def test_enum_values_are_hashable_and_picklable():
    assert {YearStatus("fastställd"), YearStatus.Adopted} == {YearStatus.Adopted}
    assert pickle.loads(pickle.dumps(Severity.Warning)) == Severity.Warning
    assert hash(Severity("varning")) == hash(Severity.Warning)


def test_actor_kind_from_resolve(plan):
    org = plan.organisation
    assert org.resolve("kommun-0680") == miljoplan.ActorKind.Party
    assert org.resolve("lanets-kommuner") == miljoplan.ActorKind.Group
    assert org.resolve("lanssamordnare") == miljoplan.ActorKind.Role
    assert org.resolve("styrgrupp") == miljoplan.ActorKind.Body
    assert org.resolve("miljosamverkan-jonkopings-lan") == miljoplan.ActorKind.Organisation
    assert org.resolve("finns-inte") is None

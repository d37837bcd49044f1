# SPDX-License-Identifier: Apache-2.0
"""Organisation profiles and reuse from Python: the built-in profiles (jonkoping, skane) and plans
(jonkoping-2024, skane-2022), load_profile/save_profile written byte for byte as the files in
data/profiles/, the Skåne plan through validate, report and the year wheel with no code written for it,
a plan referring to a profile file by relative path, opt-in members, multi-county organisations and
examples/new_cooperation as its README describes it.

Mirrors the C++ tests of the profile feature in tests/cpp.
"""

import datetime
import json
import os
import pathlib
import shutil
import subprocess

import pytest

import miljoplan
from miljoplan import County, Severity

D = datetime.date


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def profiles_dir(source_dir):
    return source_dir / "data" / "profiles"


@pytest.fixture
def cooperation(example_dir, tmp_path):
    """A copy of examples/new_cooperation in a temporary folder (plan-2026.json and profile.json)."""
    folder = tmp_path / "exempel"
    shutil.copytree(example_dir, folder)
    return folder


# ---- built-in profiles ---------------------------------------------------------------------------------

def test_builtin_profile_ids():
    assert miljoplan.builtin_profile_ids() == ["jonkoping", "skane"]
    assert miljoplan.builtin_profile("norrbotten") is None
    # Each call gives a fresh copy.
    first = miljoplan.builtin_profile("jonkoping")
    first.name = "Ändrad"
    assert miljoplan.builtin_profile("jonkoping").name == "Miljösamverkan Jönköpings län"


@pytest.mark.parametrize("profile_id", ["jonkoping", "skane"])
def test_profile_is_written_byte_for_byte(profiles_dir, tmp_path, profile_id):
    source = profiles_dir / f"{profile_id}.json"
    organisation = miljoplan.load_profile(profile_id)
    assert organisation == miljoplan.builtin_profile(profile_id)
    assert organisation == miljoplan.load_profile(source)  # a path loads the same profile
    assert organisation == miljoplan.load_profile(str(source))
    target = tmp_path / f"{profile_id}.json"
    miljoplan.save_profile(organisation, target)
    assert target.read_bytes() == source.read_bytes()
    assert miljoplan.organisation_to_json(organisation).encode("utf-8") == source.read_bytes()
    # Loading what was saved and saving again gives the same bytes.
    miljoplan.save_profile(miljoplan.load_profile(target), target)
    assert target.read_bytes() == source.read_bytes()


def test_save_profile_overwrites_only_when_asked(tmp_path):
    target = tmp_path / "skane.json"
    target.write_text("{}", encoding="utf-8")
    with pytest.raises(miljoplan.IoError, match="not overwriting"):
        miljoplan.save_profile(miljoplan.builtin_profile("skane"), target, overwrite=False)
    assert target.read_text(encoding="utf-8") == "{}"
    miljoplan.save_profile(miljoplan.builtin_profile("skane"), target)
    assert miljoplan.load_profile(target) == miljoplan.builtin_profile("skane")


def test_load_profile_errors_name_the_file(tmp_path):
    with pytest.raises(miljoplan.IoError, match="cannot read nope"):
        miljoplan.load_profile("nope")  # neither a built-in id nor a file
    broken = tmp_path / "trasig.json"
    broken.write_text('{\n  "schema": "Organisation.1",\n  "id": "x",\n  "name": \n}', encoding="utf-8")
    with pytest.raises(miljoplan.ParseError) as error:
        miljoplan.load_profile(broken)
    assert (error.value.line, error.value.column) == (5, 1)
    assert "trasig.json" in str(error.value)
    wrong = tmp_path / "fel.json"
    wrong.write_text(json.dumps({"schema": "Organisation.1", "id": "x", "name": "X", "follow_up_months": [6, 14]}),
                     encoding="utf-8")
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.load_profile(wrong)
    assert error.value.path == "$.follow_up_months[1]"
    assert "fel.json" in str(error.value)


def test_jonkoping_profile_facts(profiles_dir):
    data = read_json(profiles_dir / "jonkoping.json")
    org = miljoplan.builtin_profile("jonkoping")
    assert (org.id, org.name, org.founded) == (data["id"], data["name"], data["founded"])
    assert org.counties == [County("Jönköpings län", "06", "F")]
    municipalities = [p for p in org.parties if str(p.kind) == "kommun"]
    assert len(municipalities) == 13 and all(p.municipality_code.startswith("06") for p in municipalities)
    # Members: the 13 municipalities, the länsstyrelse and the region.
    assert org.members == [p.id for p in municipalities] + ["lansstyrelsen", "region-jonkopings-lan"]
    assert org.opt_in_members == []
    cycle = org.cycle
    assert (cycle.horizon_years, [str(s) for s in cycle.year_statuses], cycle.adopted_by) == (
        3, ["fastställd", "preliminär", "förslagsbank"], "styrgrupp")
    assert org.categories == data["categories"] and len(org.categories) == 8
    assert org.follow_up_months == [4, 8, 12] and "follow_up_months" not in data  # the default
    assert org.criteria == [] and org.labels == {}
    assert str(org.season_reading) == data["season_reading"] == "termin"


def test_skane_profile_facts(profiles_dir):
    data = read_json(profiles_dir / "skane.json")
    org = miljoplan.builtin_profile("skane")
    assert (org.id, org.name) == ("miljosamverkan-skane", "Miljösamverkan Skåne")
    assert org.counties == [County("Skåne län", "12", "M")]
    municipalities = org.expand("lanets-kommuner")
    assert len(municipalities) == 33 and all(p.municipality_code.startswith("12") for p in municipalities)
    assert org.members == data["members"]
    # A one-year plan adopted by the styrgrupp in May of the year before.
    assert (org.cycle.horizon_years, org.cycle.adopted_by) == (1, "styrgrupp")
    assert org.process == [] and org.criteria == []
    assert [b.id for b in org.bodies] == ["styrgrupp", "beredningsgrupp", "arbetsgrupp", "tillfallig-planeringsgrupp"]


# ---- built-in plans ------------------------------------------------------------------------------------

def test_builtin_plan_ids(source_dir):
    assert miljoplan.builtin_plan_ids() == ["jonkoping-2024", "skane-2022"]
    assert miljoplan.builtin_plan("skane-2023") is None
    for plan_id in miljoplan.builtin_plan_ids():
        plan = miljoplan.builtin_plan(plan_id)
        assert plan.id == plan_id
        # The embedded plans are the data files, byte for byte.
        assert plan.to_json() == (source_dir / "data" / f"{plan_id}.json").read_text(encoding="utf-8")
    assert miljoplan.builtin_plan("jonkoping-2024") == miljoplan.example_plan()
    assert miljoplan.builtin_plan("jonkoping-2024").profile == "jonkoping"
    assert miljoplan.builtin_plan("skane-2022").profile == "skane"


def test_jonkoping_plan_refers_to_its_profile(source_dir):
    data = read_json(source_dir / "data" / "jonkoping-2024.json")
    assert data["organisation"] == {"profile": "jonkoping"}
    plan = miljoplan.builtin_plan("jonkoping-2024")
    assert plan.organisation == miljoplan.builtin_profile("jonkoping")
    assert [f.code for f in plan.validate()] == ["budget.costs_total", "budget.result_printed_totals",
                                                 "budget.catering_meetings", "plan.dates_partly_outside_years",
                                                 "plan.adoption_date_missing"]


# ---- the Skåne plan ------------------------------------------------------------------------------------

@pytest.fixture
def skane():
    return miljoplan.builtin_plan("skane-2022")


@pytest.fixture(scope="module")
def skane_data(source_dir):
    return read_json(source_dir / "data" / "skane-2022.json")


def test_skane_plan_loads(skane, skane_data, source_dir):
    assert skane == miljoplan.load(source_dir / "data" / "skane-2022.json")
    assert skane.organisation == miljoplan.builtin_profile("skane")
    assert skane_data["organisation"] == {"profile": "skane"}
    assert [a.id for a in skane.activities] == [a["id"] for a in skane_data["activities"]]
    assert len(skane.activities) == 10
    for activity, data in zip(skane.activities, skane_data["activities"]):
        assert (activity.title, activity.category, activity.timing_text, activity.responsible.text) == (
            data["title"], data["category"], data["timing"], data["responsible"]["text"])
    assert skane.categories == skane_data["categories"]
    assert [(y.year, str(y.status)) for y in skane.years] == [(2022, "fastställd")]
    assert skane.budget is None and len(skane.proposals) == 0


def test_skane_plan_validates(skane, skane_data):
    findings = skane.validate()
    # The two projects of table b) have an empty Projektgrupp cell (the data's source notes say so).
    empty = [i for i, a in enumerate(skane_data["activities"])
             if not a["responsible"]["text"] and not a["responsible"]["refs"]]
    assert empty == [0, 1]
    assert [(f.code, f.severity, f.path) for f in findings] == [
        ("plan.responsible_missing", Severity.Error, "$.activities[0].responsible"),
        ("plan.responsible_missing", Severity.Error, "$.activities[1].responsible"),
        ("plan.dates_partly_outside_years", Severity.Info, "$.activities[0].timing"),
        ("plan.adoption_date_missing", Severity.Info, "$.adoption.date"),
        ("timing.unparsed", Severity.Warning, "$.activities[6].timing")]
    # The tattoo-ink project runs "maj 2022 – april 2023", past the plan's one year.
    assert skane.activities[0].timing_text == "maj 2022 – april 2023"
    assert "(2022-05-01–2023-04-30)" in findings[2].message
    # Adopted in May of the year before: the deadline is 31 May 2021.
    assert skane.adoption_deadline == D(2021, 5, 31)
    assert findings[3].message.endswith("senast 2021-05-31")
    # "löpande i Teams" is read as ongoing; "i Teams" is not a time.
    assert skane.activities[6].timing_text == "löpande i Teams"
    assert findings[4].message.endswith('förstås inte: "i Teams"')
    # Every reference resolves, against the Skåne profile.
    assert "ref.unknown_actor" not in [f.code for f in findings]


def test_skane_report(skane):
    report = skane.report()
    lines = report.splitlines()
    assert lines[0] == "Verksamhetsplan 2022"
    for line in ("Organisation: Miljösamverkan Skåne", "Län: Skåne län", "Startade: 2005",
                 "Planens år: 2022 (fastställd)", "Planen har ingen budget."):
        assert line in lines, line
    for activity in skane.activities:
        assert activity.title in report
    assert "Kontroller: 2 fel, 1 varning, 2 info" in lines
    english = skane.report("en")
    assert "County: Skåne län" in english.splitlines()


def test_skane_year_wheel(skane):
    wheel = miljoplan.build_year_wheel(skane)
    assert wheel.year == 2022
    assert [a.id for a in wheel.activities] == [a.id for a in skane.activities]
    assert all(a.error == "" for a in wheel.activities)
    assert wheel.milestones == []  # the Skåne profile records no process
    # Meetings: the visits (a meeting word, "besök") "2 besök/termin", two terms a year; the networks' titles
    # name no meeting word.
    meetings = {wheel.activities[i].id: n for i, n in wheel.meetings_per_activity().items()}
    assert meetings == {"besok-pa-miljoforvaltningar": 4}
    assert wheel.meetings == 4
    assert json.loads(wheel.to_json())["year"] == 2022
    text = miljoplan.to_ics(skane, wheel, stamp="20220101T000000Z")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and "skane-2022.besok-pa-miljoforvaltningar." in text


# ---- profiles by relative path -------------------------------------------------------------------------

def test_plan_refers_to_a_profile_file_by_relative_path(cooperation, tmp_path, monkeypatch):
    elsewhere = tmp_path / "annanstans"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the path is relative to the plan file, not to the working directory
    plan = miljoplan.load(cooperation / "plan-2026.json")
    assert plan.profile == "profile.json"
    assert plan.organisation == miljoplan.load_profile(cooperation / "profile.json")
    assert plan.organisation.name == "Miljösamverkan Exempellän"
    # Saved beside the profile, it still refers to it.
    plan.save(cooperation / "kopia.json")
    assert read_json(cooperation / "kopia.json")["organisation"] == {"profile": "profile.json"}
    assert miljoplan.load(cooperation / "kopia.json") == plan
    # Read from text, the profile is looked up in base_dir.
    text = (cooperation / "plan-2026.json").read_text(encoding="utf-8")
    assert miljoplan.loads(text, base_dir=cooperation) == plan
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.loads(text, "plan-2026.json")  # looked up in the working directory, where it is not
    assert error.value.path == "$.organisation.profile"
    assert "profile.json" in str(error.value)


def test_a_changed_organisation_is_written_out(cooperation):
    plan = miljoplan.load(cooperation / "plan-2026.json")
    plan.organisation.opt_in_members = []
    plan.save(cooperation / "andrad.json")
    written = read_json(cooperation / "andrad.json")["organisation"]
    assert written["schema"] == "Organisation.1" and written["id"] == "miljosamverkan-exempel"
    assert "opt_in_members" not in written
    again = miljoplan.load(cooperation / "andrad.json")
    assert again.profile == ""
    assert again == plan  # storage, not content
    # The profile file itself is untouched.
    assert miljoplan.load_profile(cooperation / "profile.json").opt_in_members == ["region-exempel"]


def test_a_missing_profile_file_names_the_path(cooperation):
    (cooperation / "profile.json").unlink()
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.load(cooperation / "plan-2026.json")
    assert error.value.path == "$.organisation.profile"
    assert "plan-2026.json" in str(error.value) and "profile.json" in str(error.value)
    data = read_json(cooperation / "plan-2026.json")
    data["organisation"] = {"profile": "profile.json", "version": 2}
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.loads(json.dumps(data), "plan.json", base_dir=cooperation)
    assert error.value.path == "$.organisation.version"


def test_a_plan_saved_in_another_folder_still_finds_its_profile(cooperation, tmp_path):
    plan = miljoplan.load(cooperation / "plan-2026.json")
    other = tmp_path / "annan"
    other.mkdir()
    plan.save(other / "plan.json")
    assert miljoplan.load(other / "plan.json") == plan


# ---- opt-in members, counties, labels ------------------------------------------------------------------

def test_opt_in_members(cooperation):
    plan = miljoplan.load(cooperation / "plan-2026.json")
    org = plan.organisation
    assert org.opt_in_members == ["region-exempel"]
    assert org.members == ["kommun-a", "kommun-b", "kommun-c", "kommun-d", "lansstyrelsen"]
    assert "region-exempel" not in org.members
    assert str(org.find_party("region-exempel").kind) == "region"
    written = json.loads(miljoplan.organisation_to_json(org))
    assert written["opt_in_members"] == ["region-exempel"]
    # In the Jönköping profile the region is a full member; it could take part by choice instead.
    jonkoping = miljoplan.builtin_profile("jonkoping")
    jonkoping.members = [m for m in jonkoping.members if m != "region-jonkopings-lan"]
    jonkoping.opt_in_members = ["region-jonkopings-lan"]
    back = miljoplan.organisation_from_json(miljoplan.organisation_to_json(jonkoping))
    assert (back.members[-1], back.opt_in_members) == ("lansstyrelsen", ["region-jonkopings-lan"])
    assert back == jonkoping and back != miljoplan.builtin_profile("jonkoping")


def test_unknown_opt_in_member_is_reported(clean_plan):
    clean_plan.organisation.opt_in_members = ["regionen"]
    (f,) = clean_plan.validate()
    assert (f.code, f.path) == ("ref.unknown_actor", "$.organisation.opt_in_members[0]")


def test_report_names_the_opt_in_members(cooperation):
    plan = miljoplan.load(cooperation / "plan-2026.json")
    assert "Region Exempellän" in plan.report()


def test_multi_county_organisation():
    # A cooperation across two counties (Kronobergs län, county code 07, letter G; Blekinge län, 10, K).
    plan = miljoplan.example_plan()
    org = plan.organisation
    org.counties = [County("Kronobergs län", "07", "G"), County("Blekinge län", "10", "K")]
    back = miljoplan.organisation_from_json(miljoplan.organisation_to_json(org))
    assert back.counties == org.counties  # both, in order
    assert json.loads(miljoplan.organisation_to_json(org))["counties"] == [
        {"name": "Kronobergs län", "code": "07", "letter": "G"}, {"name": "Blekinge län", "code": "10", "letter": "K"}]
    assert "Län: Kronobergs län, Blekinge län" in plan.report().splitlines()
    assert miljoplan.loads(plan.to_json()).organisation.counties == org.counties
    assert repr(org.counties[1]) == "County(name='Blekinge län', code='10', letter='K')"


def test_a_bad_county_names_its_path(profiles_dir, tmp_path):
    data = read_json(profiles_dir / "skane.json")
    data["counties"].append({"name": "Blekinge län", "code": 10})
    path = tmp_path / "tva-lan.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(miljoplan.SchemaError) as error:
        miljoplan.load_profile(path)
    assert error.value.path == "$.counties[1].code"


def test_labels_round_trip():
    org = miljoplan.builtin_profile("jonkoping")
    org.labels = {"activities": "Insatser"}
    written = json.loads(miljoplan.organisation_to_json(org))
    assert written["labels"] == {"activities": "Insatser"}
    assert miljoplan.organisation_from_json(miljoplan.organisation_to_json(org)).labels == {"activities": "Insatser"}


def test_report_uses_the_profiles_labels(plan):
    plan.organisation.labels = {"activities": "Insatser"}
    lines = plan.report().splitlines()
    assert "Insatser 2024 (26)" in lines


# ---- examples/new_cooperation ---------------------------------------------------------------------------

def test_new_cooperation_loads_and_validates_as_its_readme_says(example_dir):
    plan = miljoplan.load(example_dir / "plan-2026.json")
    profile = read_json(example_dir / "profile.json")
    assert plan.profile == "profile.json"
    assert plan.organisation == miljoplan.load_profile(example_dir / "profile.json")
    assert plan.organisation.id == profile["id"]
    # "validate reports one warning: the health-protection network met once in 2026".
    (f,) = plan.validate()
    assert (f.code, f.severity) == ("followup.cadence", Severity.Warning)
    assert plan.activities[2].title == "Nätverk för hälsoskydd" and f.path == "$.activities[2]"
    # "the printed totals add up (232 500 − 210 000 = 22 500 kr)".
    b = plan.budget
    assert (b.income_total, b.costs_total, b.result) == (232_500, 210_000, 22_500)
    assert (b.printed_totals.income, b.printed_totals.costs, b.printed_totals.result) == (232_500, 210_000, 22_500)
    # "the fee key (2,50 kr per inhabitant over 85 000 inhabitants = 212 500 kr) agrees with the payments line".
    funding = plan.organisation.funding
    assert funding.per_inhabitant_ore == 250
    paying = [p for unit in funding.units for p in unit.parties]
    inhabitants = sum(plan.organisation.find_party(p).population.count for p in paying)
    assert inhabitants == 85_000
    (payments,) = b.lines_tagged("member_payments")
    assert payments.amount == inhabitants * funding.per_inhabitant_ore // 100 == 212_500
    # "the steering group's recorded members fill its seats".
    styrgrupp = plan.organisation.find_body("styrgrupp")
    assert len(styrgrupp.members) == 6
    # "the plan was adopted before its deadline (31 May 2025)".
    assert plan.adoption_deadline == D(2025, 5, 31)
    assert plan.adoption.date == D(2025, 5, 20) < plan.adoption_deadline
    # The profile switches off the catering rule and makes a missing adoption date a warning.
    settings = plan.organisation.rule_settings
    assert settings["budget.catering_meetings"].enabled is False
    assert str(settings["plan.adoption_date_missing"].severity) == "warning"


def test_new_cooperation_reads_the_seasons_by_the_calendar(example_dir):
    plan = miljoplan.load(example_dir / "plan-2026.json")
    assert str(plan.organisation.season_reading) == "kalender"
    wheel = miljoplan.build_year_wheel(plan)
    tandvard = wheel.activities[0]
    assert tandvard.timing.text == "Hösten 2026"
    # docs/timing.md: in the calendar reading "höst" is 1 September-30 November (the term reading: August-December).
    (window,) = tandvard.expansion.windows
    assert (window.range.first, window.range.last) == (D(2026, 9, 1), D(2026, 11, 30))


def test_new_cooperation_adoption_date_missing_is_a_warning_there(example_dir):
    plan = miljoplan.load(example_dir / "plan-2026.json")
    plan.adoption = miljoplan.Adoption(body="styrgrupp")
    (f,) = [f for f in plan.validate() if f.code == "plan.adoption_date_missing"]
    assert f.severity == Severity.Warning  # info by default; the profile makes it a warning
    assert f.message.endswith("2025-05-31")


@pytest.fixture(scope="module")
def cli():
    path = os.environ.get("MILJOPLAN_CLI")
    if not path or not pathlib.Path(path).exists():
        pytest.skip("MILJOPLAN_CLI does not name a built CLI")
    return path


def run(argv, **kwargs):
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", timeout=120, **kwargs)


def test_cli_runs_the_new_cooperation(cli, example_dir, tmp_path):
    plan = str(example_dir / "plan-2026.json")
    result = run([cli, "validate", plan])
    assert result.returncode == 0, result.stderr  # one warning, no error
    assert "followup.cadence" in result.stdout
    report = run([cli, "report", plan])
    assert report.returncode == 0
    assert report.stdout.startswith("Verksamhetsplan för Miljösamverkan Exempellän 2026–2028\n")
    ics = tmp_path / "arshjul.ics"
    assert run([cli, "calendar", plan, "--ics", str(ics)]).returncode == 0
    assert "exempel-2026.process.faststallelse.2026.0@miljoplan" in ics.read_text(encoding="utf-8")


@pytest.mark.parametrize("plan_id", ["jonkoping-2024", "skane-2022"])
def test_cli_knows_the_builtin_plans(cli, plan_id):
    result = run([cli, "validate", plan_id, "--json"])
    expected = [{"code": f.code, "severity": str(f.severity), "message": f.message, "path": f.path}
                for f in miljoplan.builtin_plan(plan_id).validate()]
    assert json.loads(result.stdout) == {"findings": expected}
    assert result.returncode == 1  # both plans have errors
    for command in (["report", plan_id], ["calendar", plan_id]):
        assert run([cli] + command).returncode == 0, command

# SPDX-License-Identifier: Apache-2.0
"""The JSON Schema documents in schema/ against the shipped data, the writer and the loader.

The schemas describe the canonical form miljoplan writes, for editors; the loader stays the authority.
Here: every shipped file and the writer's output validate; broken documents are rejected at the path the
loader names, and the loader rejects them too; every field the writer emits is described; and the known
differences between schema and loader (both ways) are pinned down, so that a change on either side shows.
"""

import copy
import datetime
import inspect
import json
import pathlib

import pytest

import miljoplan

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_FILES = ("plan.schema.json", "organisation.schema.json", "goals.schema.json", "keyfigures.schema.json")


# --- loading the schemas -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def schema_dir(source_dir: pathlib.Path) -> pathlib.Path:
    return source_dir / "schema"


@pytest.fixture(scope="session")
def schemas(schema_dir: pathlib.Path) -> dict:
    """The schema documents by file name."""
    return {name: json.loads((schema_dir / name).read_text(encoding="utf-8")) for name in SCHEMA_FILES}


def _make_validator_factory(schema_dir: pathlib.Path, schemas: dict):
    """Returns validator(name) for one of the schema files, cross-file $refs resolved to the siblings.

    jsonschema >= 4.18 resolves references through the `referencing` library (its RefResolver is
    deprecated there, and deprecation warnings are errors here); older versions only have RefResolver.
    The files carry no $id, so an editor resolves their relative references next to the file itself.
    """
    if "registry" in inspect.signature(jsonschema.Draft202012Validator).parameters:
        import referencing  # a dependency of every jsonschema that takes a registry
        import referencing.jsonschema

        registry = referencing.Registry().with_resources(
            (name, referencing.Resource(contents=schema, specification=referencing.jsonschema.DRAFT202012))
            for name, schema in schemas.items())

        def factory(name):
            # The root schema has no $id, so its base URI is empty and "organisation.schema.json#/..."
            # looks up the resource registered under that name.
            return jsonschema.Draft202012Validator(schemas[name], registry=registry)
        return factory

    store = {(schema_dir / name).resolve().as_uri(): schema for name, schema in schemas.items()}

    def factory(name):
        uri = (schema_dir / name).resolve().as_uri()
        resolver = jsonschema.RefResolver(base_uri=uri, referrer=schemas[name], store=store)
        return jsonschema.Draft202012Validator(schemas[name], resolver=resolver)
    return factory


@pytest.fixture(scope="session")
def validator(schema_dir, schemas):
    return _make_validator_factory(schema_dir, schemas)


# --- documents -----------------------------------------------------------------------------------


def _read_json(path: pathlib.Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def reference_document(plan_text) -> dict:
    return json.loads(plan_text)


@pytest.fixture(scope="session")
def inline_document(reference_document, source_dir) -> dict:
    """The reference plan with its profile written out in place (as tests/cpp/io/test_json.cpp does)."""
    document = copy.deepcopy(reference_document)
    document["organisation"] = _read_json(source_dir / "data" / "profiles" / "jonkoping.json")
    return document


@pytest.fixture(scope="session")
def profile_document(source_dir) -> dict:
    return _read_json(source_dir / "data" / "profiles" / "jonkoping.json")


@pytest.fixture(scope="session")
def goals_document(source_dir) -> dict:
    return _read_json(source_dir / "data" / "goals.json")


def _dumps(document) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2)


def _rich_document(inline_document: dict) -> dict:
    """The inline reference plan with every optional part the format has filled in, for the writer."""
    d = copy.deepcopy(inline_document)
    d["source"]["url"] = "https://example.org/verksamhetsplan-2024.pdf"
    d["adoption"] = {"body": "styrgrupp", "date": "2023-06-30", "note": "Fastställd på styrgruppsmötet."}
    d["revisions"] = [{"date": "2024-03-01", "body": "styrgrupp", "covers": "Budgeten"},
                      {"date": None, "body": None}]
    d["activities"][0]["origin"] = {
        "proposal": "avfall", "title": "Avfallsbrottslighet", "area": "Tillsyn miljöskydd", "submitted_year": 2022,
        "submitted_by": "kommun-0604",
        "history": [{"status": "inkommen", "year": 2022, "date": "2022-03-01", "note": "Via e-post."},
                    {"status": "planerad", "year": 2023}],
        "assessments": [{"criterion": "behov", "score": 3, "by": "kommun-0604", "note": "Stort behov."}]}
    proposal = d["proposal_bank"]["proposals"][0]
    proposal.update(submitted_by="kommun-0617", marked_new=True,
                    history=[{"status": "bedömd", "year": 2023, "date": "2023-04-01", "note": "Bedömd."}],
                    assessments=[{"criterion": "behov", "score": 2, "by": "kommun-0617", "note": "n"}])
    d["follow_up"] = [{"activity": "styrgruppsmoten", "date": "2024-04-30", "status": "pågår", "note": "Två möten.",
                       "held": ["2024-02-10", "2024-04-12"]}]
    d["budget"].update(decided_by="styrgrupp", decided_on="2023-06-30", covers="Hela året",
                       deficit_decision="Underskottet täcks av överskottet från 2023.")
    revised = copy.deepcopy(d["budget"])
    revised.update(version="reviderad", title="Reviderad budget 2024 (tkr)")
    d["budget_versions"] = [revised]
    org = d["organisation"]
    org["opt_in_members"] = [org["parties"][-1]["id"]]
    org["criteria"] = [{"id": "behov", "name": "Behov", "description": "Behov i flera kommuner", "min": 0, "max": 3}]
    org["follow_up_months"] = [6, 12]
    org["labels"] = {"activities": "Insatser", "x_custom": "Egen etikett"}
    first, second = org["parties"][0]["id"], org["parties"][1]["id"]
    org["funding"] = {"key": "grund plus per invånare", "unit_fee": 20000, "per_inhabitant_ore": 250,
                      "units": [{"id": "a", "name": "A", "parties": [first]},
                                {"id": "b", "parties": [second], "fixed_amount": 30000}],
                      "text": "Grundavgift plus per invånare."}
    org["rules"] = {"budget.catering_meetings": {"enabled": True, "severity": "warning",
                                                 "parameters": {"assumed_meetings": 20}},
                    "plan.adoption_date_missing": {"enabled": False}}
    body = org["bodies"][1]
    body["meetings"] = {"min": 3, "max": 4, "text": "tre till fyra gånger om året"}
    body["members"] = [{"from": first, "position": "miljöchef", "person": "N.N.", "functions": ["ordförande"]}]
    return d


# --- helpers: paths and errors -------------------------------------------------------------------


def _is_identifier(key: str) -> bool:
    return bool(key) and all(c.isascii() and (c.isalnum() or c == "_") for c in key) and not key[0].isdigit()


def json_path(parts) -> str:
    """The loader's JSONPath spelling: $.a[0].b, and $["a b"] for keys that are not identifiers."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _is_identifier(part):
            out += "." + part
        else:
            out += "[" + json.dumps(part, ensure_ascii=False) + "]"
    return out


def error_location(error) -> str:
    """Where an error points, spelled as the loader spells it.

    jsonschema reports "additionalProperties: false" at the object; the loader names the unknown field,
    so the first unknown field (in document order, as the loader reads) is appended.
    """
    parts = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        unknown = [key for key in error.instance if key not in known]
        if unknown:
            parts.append(unknown[0])
    return json_path(parts)


def schema_errors(validator, name, document) -> list:
    return list(validator(name).iter_errors(document))


def assert_valid(validator, name, document, what):
    errors = schema_errors(validator, name, document)
    assert not errors, f"{what}: " + "; ".join(f"{error_location(e)}: {e.message}" for e in errors[:10])


LOADERS = {
    "plan.schema.json": lambda text: miljoplan.loads(text, source="broken.json"),
    "organisation.schema.json": lambda text: miljoplan.organisation_from_json(text, "broken.json"),
    "goals.schema.json": lambda text: miljoplan.goal_catalog_from_json(text, "broken.json"),
    "keyfigures.schema.json": lambda text: miljoplan.key_figures_from_json(text, "broken.json"),
}


# --- the schemas themselves ----------------------------------------------------------------------


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_schema_is_a_valid_draft_2020_12_schema(schemas, name):
    schema = schemas[name]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "$id" not in schema  # relative references resolve next to the file, wherever it is installed


def _refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _pointer(document, fragment: str):
    node = document
    for token in fragment.lstrip("/").split("/") if fragment else []:
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def resolve(schemas, file: str, ref: str):
    """Resolves a $ref written in @p file: returns (file, node)."""
    target, _, fragment = ref.partition("#")
    target = target or file
    return target, _pointer(schemas[target], fragment)


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_every_reference_resolves(schemas, name):
    for ref in _refs(schemas[name]):
        target, _, _ = ref.partition("#")
        assert target in ("",) + SCHEMA_FILES, ref
        resolve(schemas, name, ref)  # raises KeyError when the pointer is wrong


# --- shipped files and the writer's output validate ----------------------------------------------


def _shipped(source_dir: pathlib.Path):
    plans = [source_dir / "data" / "jonkoping-2024.json", source_dir / "data" / "skane-2022.json",
             source_dir / "examples" / "new_cooperation" / "plan-2026.json"]
    profiles = sorted((source_dir / "data" / "profiles").glob("*.json")) + [
        source_dir / "examples" / "new_cooperation" / "profile.json"]
    goals = [source_dir / "data" / "goals.json"]
    return ([("plan.schema.json", p) for p in plans] + [("organisation.schema.json", p) for p in profiles]
            + [("goals.schema.json", p) for p in goals])


def test_every_shipped_file_validates(validator, source_dir):
    shipped = _shipped(source_dir)
    assert len(shipped) >= 7
    for name, path in shipped:
        assert path.is_file(), path
        assert_valid(validator, name, _read_json(path), str(path.relative_to(source_dir)))


def test_reference_plan_written_by_miljoplan_validates(validator):
    document = json.loads(miljoplan.example_plan().to_json())
    assert document["organisation"] == {"profile": "jonkoping"}
    assert_valid(validator, "plan.schema.json", document, "example_plan().to_json()")


def test_plan_with_inline_organisation_written_by_miljoplan_validates(validator, inline_document):
    plan = miljoplan.loads(_dumps(inline_document))
    document = json.loads(plan.to_json())
    assert document["organisation"]["schema"] == "Organisation.1"  # written out in place
    assert_valid(validator, "plan.schema.json", document, "inline plan")


def test_rich_plan_written_by_miljoplan_validates(validator, inline_document):
    plan = miljoplan.loads(_dumps(_rich_document(inline_document)))
    document = json.loads(plan.to_json())
    assert document["follow_up"] and document["budget_versions"] and document["organisation"]["funding"]
    assert_valid(validator, "plan.schema.json", document, "rich plan")


def test_example_cooperation_written_by_miljoplan_validates(validator, source_dir):
    folder = source_dir / "examples" / "new_cooperation"
    plan = miljoplan.loads((folder / "plan-2026.json").read_text(encoding="utf-8"), base_dir=str(folder))
    assert_valid(validator, "plan.schema.json", json.loads(plan.to_json()), "examples/new_cooperation plan")


def test_profiles_and_goal_catalog_written_by_miljoplan_validate(validator):
    for profile in ("jonkoping", "skane"):
        text = miljoplan.organisation_to_json(miljoplan.load_profile(profile))
        assert_valid(validator, "organisation.schema.json", json.loads(text), f"profile {profile}")
    text = miljoplan.goal_catalog_to_json(miljoplan.builtin_goal_catalog())
    assert_valid(validator, "goals.schema.json", json.loads(text), "builtin goal catalog")


def test_unknown_fields_on_tagged_objects_are_allowed(validator, inline_document):
    # The loader keeps them (see docs/format.md), so the schema must not reject them.
    document = copy.deepcopy(inline_document)
    future = {"n": 1, "s": "å", "list": [True, None, 2.5]}
    for target in (document, document["organisation"], document["organisation"]["parties"][0],
                   document["organisation"]["groups"][0], document["organisation"]["roles"][0],
                   document["organisation"]["bodies"][1], document["activities"][3], document["proposal_bank"],
                   document["proposal_bank"]["proposals"][2], document["budget"], document["budget"]["income"][1],
                   document["budget"]["costs"][0]):
        target["x_future"] = future
    text = _dumps(document)
    miljoplan.loads(text)
    assert_valid(validator, "plan.schema.json", json.loads(text), "plan with unknown fields")


# --- broken documents: the schema and the loader reject them at the same place --------------------


def _set(path, value):
    def mutate(d):
        node = d
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return mutate


def _delete(path):
    def mutate(d):
        node = d
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
    return mutate


FOLLOW_UP = {"activity": "styrgruppsmoten", "date": "2024-04-30", "status": "pågår", "held": ["2024-02-10"]}


def _with_follow_up(**changes):
    entry = dict(FOLLOW_UP, **changes)
    return _set(["follow_up"], [{k: v for k, v in entry.items() if v is not None}])


# (id, schema file, base document, mutation, path the schema names, path the loader names)
BROKEN = [
    ("amount-as-string", "plan", "reference", _set(["budget", "income", 1, "amount"], "1196000"),
     "$.budget.income[1].amount", None),
    ("decimal-amount", "plan", "reference", _set(["budget", "income", 1, "amount"], 1196000.5),
     "$.budget.income[1].amount", None),
    ("amount-beyond-10-15", "plan", "reference", _set(["budget", "costs", 0, "amount"], 2 * 10**15),
     "$.budget.costs[0].amount", None),
    ("printed-total-as-decimal", "plan", "reference", _set(["budget", "printed_totals", "costs", "amount"], 1206.5),
     "$.budget.printed_totals.costs.amount", None),
    ("unknown-year-status", "plan", "reference", _set(["years", 0, "status"], "kanske"), "$.years[0].status", None),
    ("year-as-string", "plan", "reference", _set(["years", 0, "year"], "2024"), "$.years[0].year", None),
    ("missing-activity-title", "plan", "reference", _delete(["activities", 2, "title"]), "$.activities[2]", None),
    ("title-not-a-string", "plan", "reference", _set(["activities", 0, "title"], ["Avfallsbrottslighet"]),
     "$.activities[0].title", None),
    ("empty-activity-title", "plan", "reference", _set(["activities", 0, "title"], ""),
     "$.activities[0].title", "$.activities[0]"),
    ("extra-field-in-plan-year", "plan", "reference", _set(["years", 0, "x_new"], 1), "$.years[0].x_new", None),
    ("extra-field-in-adoption", "plan", "reference", _set(["adoption", "x_new"], "?"), "$.adoption.x_new", None),
    ("extra-field-in-printed-total", "plan", "reference", _set(["budget", "printed_totals", "income", "x_new"], 1),
     "$.budget.printed_totals.income.x_new", None),
    ("extra-field-in-printed-totals", "plan", "reference", _set(["budget", "printed_totals", "x_new"], 1),
     "$.budget.printed_totals.x_new", None),
    ("extra-field-in-responsible-cell", "plan", "reference",
     _set(["activities", 0, "responsible", "x_new"], 1), "$.activities[0].responsible.x_new", None),
    ("extra-field-in-profile-reference", "plan", "reference",
     _set(["organisation"], {"profile": "jonkoping", "name": "X"}),
     "$.organisation.name", None),
    ("empty-profile-reference", "plan", "reference", _set(["organisation"], {"profile": ""}),
     "$.organisation.profile", None),
    ("bad-adoption-date", "plan", "reference", _set(["adoption", "date"], "2024-13-01"), "$.adoption.date", None),
    ("adoption-date-not-iso", "plan", "reference", _set(["adoption", "date"], "30 juni 2023"), "$.adoption.date", None),
    ("bad-held-date", "plan", "reference", _with_follow_up(held=["2024-02-10", "2024-13-01"]),
     "$.follow_up[0].held[1]", None),
    ("unknown-follow-up-status", "plan", "reference", _with_follow_up(status="klar"), "$.follow_up[0].status", None),
    ("follow-up-without-date", "plan", "reference", _with_follow_up(date=None), "$.follow_up[0]", None),
    ("unknown-budget-version", "plan", "reference", _set(["budget", "version"], "preliminär"),
     "$.budget.version", None),
    ("unknown-display-unit", "plan", "reference", _set(["budget", "display_unit"], "mkr"),
     "$.budget.display_unit", "$.budget"),
    ("budget-line-without-amount", "plan", "reference", _delete(["budget", "costs", 2, "amount"]),
     "$.budget.costs[2]", None),
    ("newer-plan-schema", "plan", "reference", _set(["schema"], "Plan.2"), "$.schema", None),
    ("wrong-nested-tag", "plan", "reference", _set(["budget", "schema"], "Activity.1"), "$.budget.schema", None),
    ("plan-without-tag", "plan", "reference", _delete(["schema"]), "$", None),
    ("empty-actor-ref", "plan", "reference", _set(["activities", 0, "responsible", "refs", 0], ""),
     "$.activities[0].responsible.refs[0]", None),
    ("responsible-not-an-object", "plan", "reference", _set(["activities", 0, "responsible"], "Länssamordnaren"),
     "$.activities[0].responsible", None),
    ("unknown-open-marker", "plan", "reference", _set(["activities", 0, "effect_goals", "open"], "med flera"),
     "$.activities[0].effect_goals.open", None),
    ("measure-without-programme", "plan", "reference",
     _delete(["activities", 9, "effect_goals", "goals", 0, "measure", "programme"]),
     "$.activities[9].effect_goals.goals[0].measure", None),
    ("unknown-proposal-status", "plan", "reference",
     _set(["proposal_bank", "proposals", 0, "history"], [{"status": "godkänd", "year": 2023}]),
     "$.proposal_bank.proposals[0].history[0].status", None),
    ("unknown-body-kind", "plan", "inline", _set(["organisation", "bodies", 1, "kind"], "arbetsgrupp"),
     "$.organisation.bodies[1].kind", None),
    ("unknown-party-kind", "plan", "inline", _set(["organisation", "parties", 0, "kind"], "stat"),
     "$.organisation.parties[0].kind", None),
    ("seat-count-zero", "plan", "inline", _set(["organisation", "bodies", 1, "seats", 1, "count"], 0),
     "$.organisation.bodies[1].seats[1].count", None),
    ("unknown-seat-function", "plan", "inline",
     _set(["organisation", "bodies", 1, "seats", 3, "functions"], ["kassör"]),
     "$.organisation.bodies[1].seats[3].functions[0]", "$.organisation.bodies[1].seats[3].functions"),
    ("extra-field-in-seat", "plan", "inline", _set(["organisation", "bodies", 1, "seats", 0, "x_new"], True),
     "$.organisation.bodies[1].seats[0].x_new", None),
    ("negative-population", "plan", "inline", _set(["organisation", "parties", 0, "population", "count"], -5),
     "$.organisation.parties[0].population.count", "$.organisation.parties[0]"),
    ("kommunkod-of-three-digits", "plan", "inline", _set(["organisation", "parties", 0, "kommunkod"], "604"),
     "$.organisation.parties[0].kommunkod", "$.organisation.parties[0]"),
    ("negative-per-inhabitant-fee", "plan", "inline",
     _set(["organisation", "funding"], {"key": "per invånare", "per_inhabitant_ore": -250}),
     "$.organisation.funding.per_inhabitant_ore", None),
    ("paying-unit-without-parties", "plan", "inline",
     _set(["organisation", "funding"], {"key": "per enhet", "units": [{"id": "a", "parties": []}]}),
     "$.organisation.funding.units[0].parties", None),
    ("rule-parameter-decimal", "plan", "inline",
     _set(["organisation", "rules"], {"budget.costs_total": {"parameters": {"tolerance_kronor": 0.5}}}),
     '$.organisation.rules["budget.costs_total"].parameters.tolerance_kronor', None),
    ("profile-without-tag", "organisation", "profile", _delete(["schema"]), "$", None),
    ("profile-unknown-cycle-year-status", "organisation", "profile", _set(["cycle", "year_statuses", 1], "utkast"),
     "$.cycle.year_statuses[1]", "$.cycle.year_statuses"),
    ("profile-horizon-of-eleven-years", "organisation", "profile", _set(["cycle", "horizon_years"], 11),
     "$.cycle.horizon_years", None),
    ("profile-extra-field-in-county", "organisation", "profile", _set(["counties", 0, "x_new"], 1),
     "$.counties[0].x_new", None),
    ("profile-follow-up-month-13", "organisation", "profile", _set(["follow_up_months"], [4, 13]),
     "$.follow_up_months[1]", None),
    ("goal-unknown-kind", "goals", "goals", _set(["goals", 0, "kind"], "delmål"), "$.goals[0].kind", None),
    ("goal-number-decimal", "goals", "goals", _set(["goals", 1, "number"], 1.5), "$.goals[1].number", None),
    ("goal-extra-field", "goals", "goals", _set(["goals", 0, "x_new"], 1), "$.goals[0].x_new", None),
    ("goal-catalog-newer-tag", "goals", "goals", _set(["schema"], "GoalCatalog.2"), "$.schema", None),
]


@pytest.fixture(scope="session")
def base_documents(reference_document, inline_document, profile_document, goals_document) -> dict:
    return {"reference": reference_document, "inline": inline_document, "profile": profile_document,
            "goals": goals_document}


def test_there_are_enough_broken_documents():
    assert len(BROKEN) >= 12
    assert len({case[0] for case in BROKEN}) == len(BROKEN)


@pytest.mark.parametrize(("kind", "base", "mutate", "schema_path", "loader_path"), [case[1:] for case in BROKEN],
                         ids=[case[0] for case in BROKEN])
def test_broken_document_is_rejected_by_schema_and_loader(validator, base_documents, kind, base, mutate,
                                                          schema_path, loader_path):
    name = f"{kind}.schema.json"
    document = copy.deepcopy(base_documents[base])
    # The unbroken document is valid for both, so the rejection below is the mutation's doing.
    assert_valid(validator, name, document, base)
    mutate(document)
    text = _dumps(document)

    errors = schema_errors(validator, name, json.loads(text))
    assert errors, "the schema accepts the broken document"
    locations = {error_location(e) for e in errors}
    assert locations == {schema_path}, [f"{error_location(e)}: {e.message}" for e in errors]

    # The loader rejects it too, at the same place (or, where noted, at the enclosing value).
    with pytest.raises(miljoplan.SchemaError) as info:
        LOADERS[name](text)
    assert info.value.path == (loader_path or schema_path), str(info.value)


# --- known differences between the schema and the loader -----------------------------------------

# The loader checks what a schema cannot say. These documents pass the schema and fail to load.
LOADER_ONLY = [
    ("impossible-date", _set(["adoption", "date"], "2024-02-30"), "$.adoption.date"),
    ("integral-decimal-amount", _set(["budget", "income", 0, "amount"], 100.0), "$.budget.income[0].amount"),
    ("duplicate-activity-id", lambda d: d["activities"][1].update(id=d["activities"][0]["id"]), "$.activities[1]"),
    ("years-not-consecutive", _set(["years"], [{"year": 2024, "status": "fastställd"},
                                               {"year": 2026, "status": "preliminär"}]), "$"),
    ("duplicate-budget-line-id", lambda d: d["budget"]["costs"][1].update(id=d["budget"]["costs"][0]["id"]),
     "$.budget.costs[1].id"),
]


@pytest.mark.parametrize(("mutate", "loader_path"), [case[1:] for case in LOADER_ONLY],
                         ids=[case[0] for case in LOADER_ONLY])
def test_what_only_the_loader_rejects(validator, reference_document, mutate, loader_path):
    document = copy.deepcopy(reference_document)
    mutate(document)
    text = _dumps(document)
    assert_valid(validator, "plan.schema.json", json.loads(text), "beyond the schema")
    with pytest.raises(miljoplan.SchemaError) as info:
        miljoplan.loads(text)
    assert info.value.path == loader_path, str(info.value)


# The schema describes the canonical spelling; the loader is more lenient. These load, but an editor
# flags them (docs/format.md, "JSON Schema").
LENIENT = [
    ("english-enum-alias", _set(["years", 0, "status"], "adopted"), "$.years[0].status"),
    ("enum-in-capitals", _set(["years", 0, "status"], "FASTSTÄLLD"), "$.years[0].status"),
    ("null-for-absent-string", _set(["horizon_exception"], None), "$.horizon_exception"),
    ("null-for-absent-object", _set(["source"], None), "$.source"),
    ("open-marker-variant", _set(["activities", 0, "effect_goals", "open"], "mfl"),
     "$.activities[0].effect_goals.open"),
]


@pytest.mark.parametrize(("mutate", "schema_path"), [case[1:] for case in LENIENT], ids=[case[0] for case in LENIENT])
def test_what_only_the_schema_rejects(validator, reference_document, mutate, schema_path):
    document = copy.deepcopy(reference_document)
    mutate(document)
    text = _dumps(document)
    miljoplan.loads(text)
    errors = schema_errors(validator, "plan.schema.json", json.loads(text))
    assert {error_location(e) for e in errors} == {schema_path}


# --- every field the writer emits is described ---------------------------------------------------


def _type_matches(instance, type_name) -> bool:
    checks = {"object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
              "string": lambda v: isinstance(v, str), "boolean": lambda v: isinstance(v, bool),
              "null": lambda v: v is None,
              "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
              "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)}
    names = type_name if isinstance(type_name, list) else [type_name]
    return any(checks[name](instance) for name in names)


def _condition_holds(condition: dict, instance) -> bool:
    # The schemas' "if" conditions use only "required" and "type"; anything else would need a validator.
    assert set(condition) <= {"required", "type"}, condition
    if "type" in condition and not _type_matches(instance, condition["type"]):
        return False
    if "required" in condition and isinstance(instance, dict):
        return all(key in instance for key in condition["required"])
    return True


def _applicable(schemas, file, node, instance):
    """The (file, subschema) pairs that apply to @p instance: the node, its $ref targets, matching branches."""
    out = [(file, node)]
    if "$ref" in node:
        target_file, target = resolve(schemas, file, node["$ref"])
        out += _applicable(schemas, target_file, target, instance)
    for sub in node.get("allOf", []):
        out += _applicable(schemas, file, sub, instance)
    for key in ("anyOf", "oneOf"):
        for sub in node.get(key, []):
            branch = _applicable(schemas, file, sub, instance)
            types = [n["type"] for _, n in branch if "type" in n]
            if all(_type_matches(instance, t) for t in types):
                out += branch
    if "if" in node:
        branch = node.get("then") if _condition_holds(node["if"], instance) else node.get("else")
        if branch is not None:
            out += _applicable(schemas, file, branch, instance)
    return out


def _described(schemas, file, node) -> bool:
    if "description" in node:
        return True
    if "$ref" in node:
        return _described(schemas, *resolve(schemas, file, node["$ref"]))
    return False


def _walk(schemas, file, node, instance, path, problems):
    applicable = _applicable(schemas, file, node, instance)
    if isinstance(instance, dict):
        for key, value in instance.items():
            child = None
            for f, n in applicable:
                if key in n.get("properties", {}):
                    child = (f, n["properties"][key])
                    break
            if child is None:
                for f, n in applicable:
                    if isinstance(n.get("additionalProperties"), dict):
                        child = (f, n["additionalProperties"])
                        break
            where = json_path(path + [key])
            if child is None:
                problems.append(f"{where}: not in the schema")
                continue
            if not _described(schemas, *child):
                problems.append(f"{where}: no description")
            _walk(schemas, child[0], child[1], value, path + [key], problems)
    elif isinstance(instance, list):
        items = next(((f, n["items"]) for f, n in applicable if isinstance(n.get("items"), dict)), None)
        if items is None and instance:
            problems.append(f"{json_path(path)}: no item schema")
            return
        for index, value in enumerate(instance):
            _walk(schemas, items[0], items[1], value, path + [index], problems)


def _undescribed(schemas, name, document) -> list:
    problems = []
    _walk(schemas, name, schemas[name], document, [], problems)
    return problems


def test_every_field_of_the_reference_plan_is_described(schemas, inline_document):
    for what, text in (("reference plan", miljoplan.example_plan().to_json()),
                       ("inline plan", miljoplan.loads(_dumps(inline_document)).to_json()),
                       ("rich plan", miljoplan.loads(_dumps(_rich_document(inline_document))).to_json())):
        assert _undescribed(schemas, "plan.schema.json", json.loads(text)) == [], what


def test_every_field_of_profiles_and_goals_is_described(schemas, source_dir):
    for name, path in _shipped(source_dir):
        assert _undescribed(schemas, name, _read_json(path)) == [], path
    text = miljoplan.goal_catalog_to_json(miljoplan.builtin_goal_catalog())
    assert _undescribed(schemas, "goals.schema.json", json.loads(text)) == []


def test_the_walk_notices_an_undescribed_field(schemas, reference_document):
    document = copy.deepcopy(reference_document)
    document["years"][0]["x_new"] = 1
    document["activities"][0]["x_future"] = 1
    assert _undescribed(schemas, "plan.schema.json", document) == [
        "$.years[0].x_new: not in the schema", "$.activities[0].x_future: not in the schema"]


def test_schema_tags_are_the_loaders(schemas):
    """Each "schema" property is the const tag of its class, as the writer writes it."""
    expected = {"Plan": "Plan.1", "Organisation": "Organisation.1", "Party": "Party.1", "PartyGroup": "PartyGroup.1",
                "Role": "Role.1", "Body": "Body.1", "Activity": "Activity.1", "Proposal": "Proposal.1",
                "ProposalBank": "ProposalBank.1", "Budget": "Budget.1", "GoalCatalog": "GoalCatalog.1",
                "KeyFigureSet": "KeyFigureSet.1", "KeyFigure": "KeyFigure.1"}
    found = {}
    for schema in schemas.values():
        for def_name, definition in schema["$defs"].items():
            tag = definition.get("properties", {}).get("schema")
            if tag is not None:
                found[def_name] = tag["const"]
                # Tagged objects keep unknown fields; the loader writes them back.
                assert definition.get("additionalProperties", True) is True, def_name
    assert found == expected


# --- key-figure sets -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def key_figure_document(source_dir) -> dict:
    """The illustrative county set of tests/data/keyfigures (directions, a Kolada figure with retrieval days
    and an unknown field included) as miljoplan writes it."""
    data = source_dir / "tests" / "data" / "keyfigures"
    s = miljoplan.KeyFigureSet("Länsgemensamma nyckeltal (illustrativa)")
    s.link_parties(miljoplan.builtin_profile("jonkoping"))
    miljoplan.import_miljobarometern_csv(s, (data / "miljobarometern.csv").read_text(encoding="utf-8"),
                                         source="miljobarometern.csv")
    miljoplan.import_kolada_json(s, (data / "kolada" / "data-page-1.json").read_text(encoding="utf-8"),
                                 source="kolada", retrieved_on=datetime.date(2024, 5, 2))
    s.set_better("eko-livsmedel", "högre")
    document = json.loads(miljoplan.key_figures_to_json(s))
    document["x_note"] = "kept"
    return json.loads(miljoplan.key_figures_to_json(miljoplan.key_figures_from_json(_dumps(document))))


def test_key_figure_set_written_by_miljoplan_validates_and_is_described(validator, schemas, key_figure_document):
    assert key_figure_document["x_note"] == "kept"
    assert {v["status"] for v in key_figure_document["values"]} == {"rapporterad", "saknas", "reviderad"}
    assert any(v.get("retrieved_on") for v in key_figure_document["values"])
    assert_valid(validator, "keyfigures.schema.json", key_figure_document, "county key-figure set")
    # Every field the writer emits is described; the unknown one is kept, not described.
    written = {k: v for k, v in key_figure_document.items() if k != "x_note"}
    assert _undescribed(schemas, "keyfigures.schema.json", written) == []


def _set_value(path, value):
    def mutate(document):
        node = document
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value
    return mutate


BROKEN_KEY_FIGURE_SETS = [
    ("wrong-tag", _set_value(["schema"], "KeyFigureSet.2"), "$.schema"),
    ("unknown-direction", _set_value(["key_figures", 0, "better"], "bäst"), "$.key_figures[0].better"),
    ("unknown-source", _set_value(["key_figures", 1, "source"], "scb"), "$.key_figures[1].source"),
    ("value-not-a-decimal", _set_value(["values", 0, "value"], "12,3x"), "$.values[0].value"),
    ("value-as-number", _set_value(["values", 0, "value"], 30.0), "$.values[0].value"),
    ("unknown-status", _set_value(["values", 2, "status"], "okänd"), "$.values[2].status"),
    ("reported-on-not-a-day", _set_value(["values", 1, "reported_on"], "igår"), "$.values[1].reported_on"),
    ("year-as-text", _set_value(["values", 3, "year"], "2023"), "$.values[3].year"),
    ("municipality-field-unknown", _set_value(["municipalities", 0, "x"], 1), "$.municipalities[0].x"),
]


@pytest.mark.parametrize(("mutate", "path"), [case[1:] for case in BROKEN_KEY_FIGURE_SETS],
                         ids=[case[0] for case in BROKEN_KEY_FIGURE_SETS])
def test_broken_key_figure_set_is_rejected_by_schema_and_loader(validator, key_figure_document, mutate, path):
    document = copy.deepcopy(key_figure_document)
    mutate(document)
    errors = schema_errors(validator, "keyfigures.schema.json", document)
    assert {error_location(e) for e in errors} == {path}, [f"{error_location(e)}: {e.message}" for e in errors]
    with pytest.raises(miljoplan.SchemaError) as info:
        LOADERS["keyfigures.schema.json"](_dumps(document))
    assert info.value.path == path, str(info.value)

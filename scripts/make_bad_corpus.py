#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Writes the bad-input corpus: tests/data/bad/<kind>/* and tests/data/bad/manifest.json.

Every file is input that miljoplan must refuse with a clear error that names where the problem is:
a line and column for bad syntax, a JSON path for a wrong shape, the offending words for a timing
phrase. The manifest says, for each file, which loader reads it, which error it must give, where,
and a distinctive part of the message; tests/cpp/io/test_bad_corpus.cpp and
tests/python/test_bad_corpus.py check every entry through the C++ and the Python API.

Run it with Debian's interpreter from anywhere:

    /usr/bin/python3 scripts/make_bad_corpus.py

It is deterministic (no randomness, no clock, sorted output), so running it again on an unchanged
script changes nothing; the generated files are committed beside it. The hand-made files directly
in tests/data/bad/ (the first corpus, pinned by tests/cpp/io/test_json_corpus.cpp) are not written
here, only listed in the manifest so that the new tests cover them through Python too.

Expected locations are computed here from the bytes written, with the library's own conventions
(docs/reliability.md): lines and columns are 1-based and count characters (every byte that is not a
UTF-8 continuation byte), and a syntax error is reported at the byte the JSON reader stopped on.
"""

import copy
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BAD = os.path.join(ROOT, "tests", "data", "bad")
KINDS = ("plan", "profile", "goals", "csv", "timing")
EXTENSION = {"plan": "json", "profile": "json", "goals": "json", "csv": "csv", "timing": "txt"}

# Mirrors src/io/json_support.h: deeper nesting is refused, and amounts beyond ±10^15 kronor.
MAX_DEPTH = 64
MAX_AMOUNT = 10**15
INT64_MAX = 2**63 - 1


# ---- base documents --------------------------------------------------------------------------------
# Small but complete: every object kind the readers know appears at least once, so a mutation can
# reach every path. Each loads cleanly (the tests check that too, so a mutation is the only fault).

def base_organisation():
    return {
        "schema": "Organisation.1",
        "id": "miljosamverkan-provlan",
        "name": "Miljösamverkan Provlän",
        "former_names": ["Miljösamverkan Provlän (tidigare)"],
        "counties": [{"name": "Provlän", "code": "99", "letter": "Z"}],
        "founded": 2005,
        "purpose": "Samordnad och effektiv miljötillsyn i länet.",
        "members": ["kommun-0604", "kommun-0617", "lansstyrelsen"],
        "season_reading": "termin",
        "cycle": {
            "horizon_years": 2,
            "year_statuses": ["fastställd", "preliminär"],
            "adopted_by": "styrgrupp",
            "adoption_deadline": {"month": 11, "years_before": 1},
            "text": "Planen fastställs i november året före.",
        },
        "opt_in_members": ["kommun-0617"],
        "categories": ["Tillsynsprojekt", "Utbildning"],
        "process": [
            {"id": "forslag", "title": "Förslag lämnas", "timing": "senast 1 april", "concerns": 1,
             "responsible": {"text": "Kontaktpersonerna", "refs": ["kontaktpersoner"]}},
            {"id": "beslut", "title": "Styrgruppen beslutar", "timing": "november", "concerns": 1},
        ],
        "criteria": [
            {"id": "nytta", "name": "Nytta för tillsynen", "min": 0, "max": 3},
            {"id": "bredd", "name": "Berör många kommuner", "min": 0, "max": 3},
        ],
        "follow_up_months": [4, 8, 12],
        "labels": {"activity": "Aktivitet", "budget": "Budget"},
        "funding": {
            "key": "per invånare",
            "per_inhabitant_ore": 150,
            "units": [
                {"id": "jonkoping", "name": "Jönköping", "parties": ["kommun-0680"]},
                {"id": "ydre", "name": "Ydre", "parties": ["kommun-0512"]},
            ],
            "text": "Avgift per invånare.",
        },
        "rules": {"budget.costs_total": {"enabled": True, "severity": "warning"}},
        "parties": [
            {"schema": "Party.1", "id": "kommun-0604", "kind": "kommun", "name": "Aneby kommun",
             "short_names": ["Aneby"], "kommunkod": "0604",
             "population": {"count": 6900, "as_of": "2023-12-31", "source": "SCB"}},
            {"schema": "Party.1", "id": "kommun-0617", "kind": "kommun", "name": "Gnosjö kommun",
             "kommunkod": "0617", "population": {"count": 9500}},
            {"schema": "Party.1", "id": "kommun-0680", "kind": "kommun", "name": "Jönköpings kommun",
             "kommunkod": "0680", "population": {"count": 143000}},
            {"schema": "Party.1", "id": "kommun-0512", "kind": "kommun", "name": "Ydre kommun",
             "kommunkod": "0512", "population": {"count": 3600, "uncertain": True}},
            {"schema": "Party.1", "id": "lansstyrelsen", "kind": "länsstyrelse", "name": "Länsstyrelsen i Provlän"},
        ],
        "groups": [
            {"schema": "PartyGroup.1", "id": "lanets-kommuner", "name": "Länets kommuner",
             "members": ["kommun-0604", "kommun-0617"], "description": "Alla kommuner i länet."},
        ],
        "roles": [
            {"schema": "Role.1", "id": "lanssamordnare", "title": "Länssamordnare", "employer": "lansstyrelsen"},
        ],
        "bodies": [
            {"schema": "Body.1", "id": "styrgrupp", "kind": "styrgrupp", "name": "Styrgruppen",
             "mandate": "Fastställer verksamhetsplanen.", "per_activity": False,
             "meetings": {"min": 3, "max": 4, "text": "3-4 gånger per år"},
             "seats": [{"from": "lanets-kommuner", "position": "miljöchef", "count": 2,
                        "functions": ["ledamot"], "text": "Två miljöchefer"}],
             "members": [{"from": "lansstyrelsen", "position": "enhetschef", "person": "N.N.",
                          "functions": ["ordförande"]}]},
            {"schema": "Body.1", "id": "kontaktpersoner", "kind": "kontaktpersoner", "name": "Kontaktpersoner"},
        ],
    }


def base_plan():
    organisation = base_organisation()
    del organisation["schema"]  # an inline organisation need not carry the tag
    return {
        "schema": "Plan.1",
        "id": "provlan-2025",
        "title": "Verksamhetsplan 2025–2026 för Miljösamverkan Provlän",
        "source": {"title": "Verksamhetsplan 2025", "url": "https://example.invalid/vp-2025.pdf",
                   "notes": ["Sidan 3 saknas i källan."]},
        "organisation": organisation,
        "years": [{"year": 2025, "status": "fastställd"}, {"year": 2026, "status": "preliminär"}],
        "horizon_exception": "",
        "adoption": {"body": "styrgrupp", "date": "2024-11-20", "note": "Beslut på mötet i november."},
        "revisions": [{"date": "2025-03-01", "body": "styrgrupp", "covers": "budgeten"}],
        "sections": [{"heading": "Inledning", "text": "Miljösamverkan Provlän samordnar tillsynen."}],
        "categories": ["Tillsynsprojekt", "Utbildning"],
        "activities": [
            {
                "schema": "Activity.1",
                "id": "avfall",
                "category": "Tillsynsprojekt",
                "year": 2025,
                "title": "Avfallsbrottslighet",
                "goal": "Öka kompetensen inom avfallstillsyn.",
                "implementation": "Projektplan, checklistor och tillsynskampanj.",
                "timing": "Våren 2025 (tillsynsbesök mars–maj)",
                "responsible": {"text": "Länssamordnaren", "refs": ["lanssamordnare",
                                                                     {"id": "styrgrupp", "tentative": True}]},
                "partners": {"text": "Länets kommuner", "refs": ["lanets-kommuner"]},
                "effect_goals": {"text": "Giftfri miljö m.fl.", "goals": ["mkm-4", {"measure": {
                    "number": "12", "section": "Avfall", "programme": "Åtgärdsprogram 2021"}}], "open": "m.fl."},
                "origin": {
                    "proposal": "f-2024-1",
                    "title": "Avfall",
                    "area": "Avfall",
                    "submitted_year": 2024,
                    "submitted_by": "kommun-0604",
                    "history": [{"status": "inkommen", "year": 2024, "date": "2024-03-15"},
                                {"status": "planerad", "year": 2024, "note": "Prioriterad"}],
                    "assessments": [{"criterion": "nytta", "score": 3, "by": "styrgrupp"}],
                },
                "x_measures": [1.5, -2, True, None, "citat \"här\" \u00e5"],
            },
            {
                "schema": "Activity.1",
                "id": "utbildning",
                "category": "Utbildning",
                "year": 2026,
                "title": "Utbildning i förorenade områden",
                "timing": "Hösten 2026",
                "responsible": {"text": "Länssamordnaren", "refs": ["lanssamordnare"]},
            },
        ],
        "proposal_bank": {
            "schema": "ProposalBank.1",
            "heading": "Förslagsbank",
            "years": {"first": 2025, "last": 2026},
            "areas": ["Avfall", "Vatten"],
            "notes": ["Förslag som inte ryms i planen."],
            "proposals": [
                {"schema": "Proposal.1", "id": "f-2024-2", "title": "Enskilda avlopp", "area": "Vatten",
                 "submitted_year": 2024, "submitted_by": "kommun-0617", "marked_new": True,
                 "history": [{"status": "kvar", "year": 2025}],
                 "assessments": [{"criterion": "bredd", "score": 2}]},
                {"schema": "Proposal.1", "id": "f-2024-3", "title": "Cisterner", "area": "Vatten",
                 "submitted_year": None},
            ],
        },
        "follow_up": [{"activity": "avfall", "date": "2025-04-30", "status": "pågår",
                       "note": "Checklistor klara.", "held": ["2025-03-12", "2025-04-02"]}],
        "budget": {
            "schema": "Budget.1",
            "year": 2025,
            "version": "fastställd",
            "decided_by": "styrgrupp",
            "decided_on": "2024-11-20",
            "title": "Budget 2025 (tkr)",
            "display_unit": "tkr",
            "headings": {"income": "Intäkter", "costs": "Kostnader"},
            "income": [{"id": "avgifter", "label": "Avgifter från medlemmarna", "amount": 1200000,
                        "tags": ["member_payments"]},
                       {"id": "kurser", "label": "Kursavgifter", "amount": 50000}],
            "costs": [{"id": "lon", "label": "Lön länssamordnare", "amount": 1000000, "tags": ["salary"]},
                      {"id": "resor", "label": "Resor", "amount": 250000}],
            "printed_totals": {"income": {"label": "Summa intäkter", "amount": 1250000},
                               "costs": {"label": "Summa kostnader", "amount": 1250000},
                               "result": {"label": "Resultat", "amount": 0}},
            "notes": ["Beloppen i tkr i originalet."],
        },
        "budget_versions": [
            {"schema": "Budget.1", "year": 2025, "version": "reviderad", "decided_on": "2025-06-10",
             "income": [{"id": "avgifter", "label": "Avgifter", "amount": 1200000}],
             "costs": [{"id": "lon", "label": "Lön", "amount": 1200000}]},
        ],
    }


def base_goals():
    return {
        "schema": "GoalCatalog.1",
        "description": "Ett litet urval effektmål för provet.",
        "goals": [
            {"id": "gen", "kind": "generationsmål", "number": 0, "name_sv": "Generationsmålet",
             "name_en": "The generational goal"},
            {"id": "mkm-4", "kind": "miljökvalitetsmål", "number": 4, "name_sv": "Giftfri miljö",
             "name_en": "A non-toxic environment", "variants": ["giftfri miljö", "Giftfri"],
             "indicator_code": "MKM4", "source": "riksdagen", "note": "Antaget 1999."},
            {"id": "gm-6", "kind": "globalt mål", "number": 6, "name_sv": "Rent vatten och sanitet för alla"},
        ],
    }


# ---- helpers -------------------------------------------------------------------------------------

def dump(document):
    """The canonical layout: two-space indentation, UTF-8 kept, a final newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def chars(data):
    """Characters as the library counts them: bytes that are not UTF-8 continuation bytes."""
    return sum(1 for b in data if b & 0xC0 != 0x80)


def position(data, offset):
    """(line, column) of the byte at @p offset (len(data) for the end of the input), 1-based."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, chars(data[start:offset]) + 1


def is_identifier(key):
    return key != "" and all(c.isascii() and (c.isalnum() or c == "_") for c in key) and not key[0].isdigit()


def jpath(steps):
    """The library's JSONPath for a list of keys and indices ("$.a[0]", '$["budget.x"]')."""
    out = "$"
    for step in steps:
        if isinstance(step, int):
            out += "[%d]" % step
        elif is_identifier(step):
            out += "." + step
        else:
            out += "[" + json.dumps(step, ensure_ascii=False) + "]"
    return out


def at(document, steps):
    for step in steps:
        document = document[step]
    return document


def with_value(document, steps, value):
    document = copy.deepcopy(document)
    at(document, steps[:-1])[steps[-1]] = value
    return document


def without(document, steps):
    document = copy.deepcopy(document)
    del at(document, steps[:-1])[steps[-1]]
    return document


def replace_once(data, old, new):
    """@p data with the first @p old replaced, and the byte offset where it was."""
    offset = data.find(old)
    if offset < 0:
        raise SystemExit("make_bad_corpus: %r not found" % old)
    return data[:offset] + new + data[offset + len(old):], offset


CASES = []
GENERATED = []


def add(kind, name, data, error, message, **expect):
    """One corpus file and its manifest entry; @p expect holds the location and the rest (see KEY_ORDER)."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    file = "%s/%s.%s" % (kind, name, EXTENSION[kind])
    if any(c["file"] == file for c, _ in CASES):
        raise SystemExit("make_bad_corpus: %s twice" % file)
    entry = {"file": file, "loader": kind, "error": error, "message": message}
    entry.update({k: v for k, v in expect.items() if v is not None})
    CASES.append((entry, data))


def parse_at(kind, name, data, offset, message, **extra):
    """A syntax error at the byte @p offset of @p data."""
    line, column = position(data, offset)
    add(kind, name, data, "parse", message, line=line, column=column, **extra)


def schema_at(kind, name, document, steps, message, **extra):
    """Well-formed JSON of the wrong shape at @p steps (a path as a list, or a "$..." string)."""
    path = steps if isinstance(steps, str) else jpath(steps)
    add(kind, name, dump(document), "schema", message, path=path, **extra)


def generated(kind, name, parts, error, message, **expect):
    """A case too large to commit: the tests join each [text, times] of @p parts at run time; in a part
    [text, times, "numbered"], "{i}" in the text becomes the repetition's index (0, 1, ...)."""
    entry = {"name": name, "loader": kind, "parts": [list(part) for part in parts], "error": error, "message": message}
    entry.update({k: v for k, v in expect.items() if v is not None})
    GENERATED.append(entry)


# ---- plan: truncated files -----------------------------------------------------------------------
# A file cut off anywhere must be a syntax error at the end of the input, never a partial plan.

def truncations():
    data = dump(base_plan())
    # (where to cut, what the reader says). A cut anywhere is an error at the end of the input.
    points = {
        "after_open_brace": (1, "unexpected end of input; expected string literal"),
        "inside_first_key": (data.find(b'"schema"') + 4, "missing closing quote; last read: '\"sch'"),
        "after_colon": (data.find(b'"schema":') + 9, "unexpected end of input; expected '[', '{', or a literal"),
        "inside_schema_value": (data.find(b'"Plan.1"') + 4, "missing closing quote; last read: '\"Pla'"),
        "inside_escape": (data.find(b'\\"h') + 1, "forbidden character after backslash"),
        "inside_unicode_letter": (data.find("ö".encode()) + 1, "ill-formed UTF-8 byte"),
        "inside_true": (data.find(b"true") + 2, "tr'"),
        "inside_false": (data.find(b"false") + 3, "fal'"),
        "inside_null": (data.find(b"null") + 2, "nu'"),
        "after_minus": (data.find(b"-2,") + 1, "'-'"),
        "after_decimal_point": (data.find(b"1.5") + 2, "'1.'"),
        "inside_amount": (data.find(b"1200000") + 4, "unexpected end of input; expected '}'"),
        "after_comma": (data.find(b'"activities"') - 4, "unexpected end of input; expected '}'"),
        "inside_organisation": (data.find(b'"bodies"') + 20, "unexpected end of input; expected string literal"),
        "in_activities": (data.find(b'"utbildning",') + 5, "missing closing quote; last read: '\"utbi'"),
        "in_budget_lines": (data.find(b'"resor"') + 2, "missing closing quote; last read: '\"r'"),
        "quarter": (len(data) // 4, "unexpected end of input; expected string literal"),
        "half": (len(data) // 2, "missing closing quote; last read: '\"year'"),
        "three_quarters": (3 * len(data) // 4, "missing closing quote; last read: '\"yea'"),
        "before_last_brace": (len(data) - 2, "unexpected end of input; expected '}'"),
    }
    for name, (cut, message) in sorted(points.items(), key=lambda item: item[1][0]):
        piece = data[:cut]
        parse_at("plan", "truncated_%05d_%s" % (cut, name), piece, len(piece), message)


truncations()


# ---- plan: wrong types ---------------------------------------------------------------------------
# (name, path to the value, the wrong value, the message part). The error is at the value's own path.

ACT = ["activities", 0]
ORG = ["organisation"]
BUDGET = ["budget"]
WRONG_TYPES = [
    ("id_null", ["id"], None, "expected a string, found null"),
    ("id_number", ["id"], 2025, "expected a string, found an integer"),
    ("schema_number", ["schema"], 1, "expected a string, found an integer"),
    ("organisation_array", ORG, [], "expected an object, found an array"),
    ("organisation_string", ORG, "jonkoping", "expected an object, found a string"),
    ("source_notes_string", ["source", "notes"], "en anteckning", "expected an array, found a string"),
    ("source_notes_item_object", ["source", "notes", 0], {}, "expected a string, found an object"),
    ("years_object", ["years"], {"2025": "fastställd"}, "expected an array, found an object"),
    ("year_as_string", ["years", 0, "year"], "2025", "expected an integer, found a string"),
    ("year_as_decimal", ["years", 1, "year"], 2026.0, "expected a whole number, found 2026.0"),
    ("year_entry_number", ["years", 0], 2025, "expected an object, found an integer"),
    ("adoption_date_number", ["adoption", "date"], 20241120, "expected a string, found an integer"),
    ("adoption_array", ["adoption"], [], "expected an object, found an array"),
    ("revision_date_bool", ["revisions", 0, "date"], True, "expected a string, found a boolean"),
    ("sections_item_string", ["sections", 0], "Inledning", "expected an object, found a string"),
    ("categories_item_number", ["categories", 1], 2, "expected a string, found an integer"),
    ("activities_object", ["activities"], {"avfall": {}}, "expected an array, found an object"),
    ("activity_string", ACT, "avfall", "expected an object, found a string"),
    ("activity_title_array", ACT + ["title"], ["Avfall"], "expected a string, found an array"),
    ("activity_year_string", ACT + ["year"], "2025", "expected an integer, found a string"),
    ("activity_year_bool", ACT + ["year"], False, "expected an integer, found a boolean"),
    ("activity_responsible_string", ACT + ["responsible"], "Länssamordnaren", "expected an object, found a string"),
    ("activity_refs_string", ACT + ["responsible", "refs"], "lanssamordnare", "expected an array, found a string"),
    ("activity_ref_number", ACT + ["responsible", "refs", 0], 7, "expected an object, found an integer"),
    ("activity_ref_tentative_string", ACT + ["responsible", "refs", 1, "tentative"], "ja",
     "expected true or false, found a string"),
    ("activity_partner_ref_id_null", ACT + ["partners", "refs", 0], {"id": None},
     "expected a string, found null", ACT + ["partners", "refs", 0, "id"]),
    ("activity_goals_object", ACT + ["effect_goals", "goals"], {"mkm-4": True}, "expected an array, found an object"),
    ("activity_goal_ref_number", ACT + ["effect_goals", "goals", 0], 4, "expected an object, found an integer"),
    ("activity_measure_number_int", ACT + ["effect_goals", "goals", 1, "measure", "number"], 12,
     "expected a string, found an integer"),
    ("activity_open_bool", ACT + ["effect_goals", "open"], True, "expected a string, found a boolean"),
    ("activity_origin_string", ACT + ["origin"], "f-2024-1", "expected an object, found a string"),
    ("activity_history_year_string", ACT + ["origin", "history", 0, "year"], "2024", "expected an integer, found a string"),
    ("activity_assessment_score_decimal", ACT + ["origin", "assessments", 0, "score"], 2.5,
     "expected a whole number, found 2.5"),
    ("proposal_bank_array", ["proposal_bank"], [], "expected an object, found an array"),
    ("proposal_marked_new_string", ["proposal_bank", "proposals", 0, "marked_new"], "ja",
     "expected true or false, found a string"),
    ("proposal_submitted_year_string", ["proposal_bank", "proposals", 1, "submitted_year"], "2024",
     "expected an integer, found a string"),
    ("proposal_bank_years_first_string", ["proposal_bank", "years", "first"], "2025", "expected an integer, found a string"),
    ("follow_up_held_string", ["follow_up", 0, "held"], "2025-03-12", "expected an array, found a string"),
    ("follow_up_held_item_number", ["follow_up", 0, "held", 1], 20250402, "expected a string, found an integer"),
    ("budget_string", BUDGET, "1250 tkr", "expected an object, found a string"),
    ("budget_year_null", BUDGET + ["year"], None, "expected an integer, found null"),
    ("budget_income_object", BUDGET + ["income"], {"avgifter": 1200000}, "expected an array, found an object"),
    ("budget_line_label_number", BUDGET + ["income", 1, "label"], 50000, "expected a string, found an integer"),
    ("budget_line_amount_bool", BUDGET + ["costs", 1, "amount"], True, "expected an integer, found a boolean"),
    ("budget_line_amount_null", BUDGET + ["costs", 0, "amount"], None, "expected an integer, found null"),
    ("budget_line_tags_string", BUDGET + ["income", 0, "tags"], "member_payments", "expected an array, found a string"),
    ("budget_printed_total_array", BUDGET + ["printed_totals", "income"], [1250000], "expected an object, found an array"),
    ("budget_headings_income_number", BUDGET + ["headings", "income"], 1, "expected a string, found an integer"),
    ("budget_version_amount_string", ["budget_versions", 0, "costs", 0, "amount"], "1200000",
     "expected an integer, found a string"),
    ("party_name_number", ORG + ["parties", 1, "name"], 617, "expected a string, found an integer"),
    ("party_population_count_string", ORG + ["parties", 0, "population", "count"], "6900",
     "expected an integer, found a string"),
    ("party_population_uncertain_string", ORG + ["parties", 3, "population", "uncertain"], "yes",
     "expected true or false, found a string"),
    ("body_per_activity_number", ORG + ["bodies", 0, "per_activity"], 1, "expected true or false, found an integer"),
    ("body_seat_functions_string", ORG + ["bodies", 0, "seats", 0, "functions"], "ledamot",
     "expected an array, found a string"),
    ("body_meetings_min_string", ORG + ["bodies", 0, "meetings", "min"], "tre", "expected an integer, found a string"),
    ("cycle_year_statuses_item_number", ORG + ["cycle", "year_statuses", 0], 1, "expected a string, found an integer"),
    ("funding_unit_parties_string", ORG + ["funding", "units", 0, "parties"], "kommun-0680",
     "expected an array, found a string"),
    ("rules_enabled_string", ORG + ["rules", "budget.costs_total", "enabled"], "true",
     "expected true or false, found a string"),
    ("labels_value_number", ORG + ["labels", "budget"], 5, "expected a string, found an integer"),
    ("follow_up_months_item_string", ORG + ["follow_up_months", 2], "december", "expected an integer, found a string"),
]


def wrong_types():
    plan = base_plan()
    for name, steps, value, message, *error_steps in WRONG_TYPES:
        where = error_steps[0] if error_steps else steps
        schema_at("plan", "type_" + name, with_value(plan, steps, value), where, message)


wrong_types()


# ---- plan: unknown enum tokens -------------------------------------------------------------------
# Tokens are Swedish and exact: a near miss, the English word or another case is not guessed at.

ENUMS = [
    ("year_status_draft", ["years", 1, "status"], "utkast", 'unknown value "utkast"; expected one of fastställd'),
    ("year_status_plural", ["years", 0, "status"], "FASTSTÄLLDA", 'unknown value "FASTSTÄLLDA"'),
    ("follow_up_status", ["follow_up", 0, "status"], "klar", 'unknown value "klar"; expected one of planerad'),
    ("proposal_history_status", ["proposal_bank", "proposals", 0, "history", 0, "status"], "sparad",
     'unknown value "sparad"; expected one of inkommen'),
    ("origin_history_status", ACT + ["origin", "history", 1, "status"], "prioriterad", 'unknown value "prioriterad"'),
    ("budget_version", BUDGET + ["version"], "preliminär", 'unknown value "preliminär"; expected one of fastställd'),
    ("body_kind", ORG + ["bodies", 1, "kind"], "arbetsgrupp", 'unknown value "arbetsgrupp"; expected one of politiskt organ'),
    ("party_kind_ascii", ORG + ["parties", 4, "kind"], "lansstyrelse", 'unknown value "lansstyrelse"'),
    ("season_reading", ORG + ["season_reading"], "kalenderår", 'unknown value "kalenderår"; expected one of termin or kalender'),
    ("seat_function", ORG + ["bodies", 0, "seats", 0, "functions", 0], "vice ordförande",
     'unknown seat function "vice ordförande"', ORG + ["bodies", 0, "seats", 0, "functions"]),
    ("member_function", ORG + ["bodies", 0, "members", 0, "functions", 0], "ordf.",
     'unknown seat function "ordf."', ORG + ["bodies", 0, "members", 0, "functions"]),
    ("cycle_year_status", ORG + ["cycle", "year_statuses", 1], "prel.", 'unknown year status "prel."',
     ORG + ["cycle", "year_statuses"]),
    ("fee_key", ORG + ["funding", "key"], "per capita", 'unknown value "per capita"; expected one of ingen'),
    ("rule_severity", ORG + ["rules", "budget.costs_total", "severity"], "fatal",
     'unknown severity "fatal"; expected error, warning or info'),
    ("open_marker_english", ACT + ["effect_goals", "open"], "etc.", 'unknown marker "etc."'),
]


def enums():
    plan = base_plan()
    for name, steps, value, message, *error_steps in ENUMS:
        where = error_steps[0] if error_steps else steps
        schema_at("plan", "enum_" + name, with_value(plan, steps, value), where, message)


enums()


# ---- plan: numbers -------------------------------------------------------------------------------
# Huge, negative and fractional numbers where the reader has a range; integers beyond int and int64;
# numbers beyond a double's range (which the JSON reader itself refuses, by path).

def numbers():
    plan = base_plan()
    cases = [
        ("amount_just_above_limit", BUDGET + ["income", 0, "amount"], MAX_AMOUNT + 1, "outside the accepted range"),
        ("amount_just_below_limit", BUDGET + ["costs", 1, "amount"], -MAX_AMOUNT - 1, "outside the accepted range"),
        ("amount_int64_max", BUDGET + ["costs", 0, "amount"], INT64_MAX, "outside the accepted range"),
        ("amount_uint64_max", BUDGET + ["income", 1, "amount"], 2**64 - 1, "integer 18446744073709551615 is too large"),
        ("amount_int64_min", ["budget_versions", 0, "income", 0, "amount"], -2**63, "outside the accepted range"),
        ("amount_below_int64_min", ["budget_versions", 0, "costs", 0, "amount"], -2**63 - 1,
         "expected a whole number"),
        ("printed_total_huge", BUDGET + ["printed_totals", "result", "amount"], 10**18, "outside the accepted range"),
        ("unit_fee_huge", ORG + ["funding", "unit_fee"], 10**17, "outside the accepted range"),
        ("fixed_amount_negative_huge", ORG + ["funding", "units", 1, "fixed_amount"], -10**16,
         "outside the accepted range"),
        ("per_inhabitant_ore_negative", ORG + ["funding", "per_inhabitant_ore"], -1, "between 0 and 100 000 000"),
        ("per_inhabitant_ore_huge", ORG + ["funding", "per_inhabitant_ore"], 10**12, "between 0 and 100 000 000"),
        ("year_below_int_min", ["years", 0, "year"], -2**31 - 1, "integer -2147483649 is out of range"),
        ("activity_year_huge", ACT + ["year"], 10**12, "integer 1000000000000 is out of range"),
        ("budget_year_beyond_int", BUDGET + ["year"], 2**31, "integer 2147483648 is out of range"),
        ("history_year_beyond_int", ["proposal_bank", "proposals", 0, "history", 0, "year"], 2**40,
         "is out of range"),
        ("assessment_score_huge", ACT + ["origin", "assessments", 0, "score"], 2**33, "is out of range"),
        ("seat_count_zero", ORG + ["bodies", 0, "seats", 0, "count"], 0, "a seat count must be at least 1"),
        ("seat_count_huge", ORG + ["bodies", 0, "seats", 0, "count"], 2**32, "is out of range"),
        ("meetings_min_negative", ORG + ["bodies", 0, "meetings", "min"], -1, "0 <= min <= max",
         ORG + ["bodies", 0, "meetings"]),
        ("meetings_max_below_min", ORG + ["bodies", 0, "meetings", "max"], 2, "found min 3 and max 2",
         ORG + ["bodies", 0, "meetings"]),
        ("horizon_eleven", ORG + ["cycle", "horizon_years"], 11, "must be between 1 and 10"),
        ("horizon_negative", ORG + ["cycle", "horizon_years"], -3, "must be between 1 and 10"),
        ("deadline_month_zero", ORG + ["cycle", "adoption_deadline", "month"], 0, "a month must be between 1 and 12"),
        ("deadline_month_thirteen", ORG + ["cycle", "adoption_deadline", "month"], 13, "a month must be between 1 and 12"),
        ("years_before_negative", ORG + ["cycle", "adoption_deadline", "years_before"], -1, "must be between 0 and 5"),
        ("milestone_concerns", ORG + ["process", 0, "concerns"], 6, "must be between -5 and 5"),
        ("criterion_max_below_min", ORG + ["criteria", 1, "max"], -1, "the scale's max is below its min"),
        ("follow_up_month_zero", ORG + ["follow_up_months", 0], 0, "a month must be 1-12"),
        ("follow_up_month_huge", ORG + ["follow_up_months", 1], 2**62, "a month must be 1-12"),
        ("population_negative_huge", ORG + ["parties", 1, "population", "count"], -2**63, "must not be negative",
         ORG + ["parties", 1]),
        ("rule_parameter_beyond_int64", ORG + ["rules", "budget.costs_total", "parameters"], {"tolerance": 2**63},
         "integer 9223372036854775808 is too large", ORG + ["rules", "budget.costs_total", "parameters", "tolerance"]),
        ("rule_parameter_decimal", ORG + ["rules", "budget.costs_total", "parameters"], {"tolerance": 0.5},
         "expected a whole number, found 0.5", ORG + ["rules", "budget.costs_total", "parameters", "tolerance"]),
    ]
    for name, steps, value, message, *error_steps in cases:
        where = error_steps[0] if error_steps else steps
        schema_at("plan", "number_" + name, with_value(plan, steps, value), where, message)

    # Beyond a double: the JSON reader stops, and names the path of the value it was reading.
    data = dump(plan)
    for name, old, new, steps in [
        ("amount_1e400", b'"amount": 1000000,', b'"amount": 1e400,', BUDGET + ["costs", 0, "amount"]),
        ("year_minus_1e999", b'"year": 2026,\n      "title"', b'"year": -1e999,\n      "title"', ["activities", 1, "year"]),
        ("amount_400_digits", b'"amount": 50000', b'"amount": ' + b"9" * 400, BUDGET + ["income", 1, "amount"]),
    ]:
        text, _ = replace_once(data, old, new)
        add("plan", "number_" + name, text, "parse", "number overflow", path=jpath(steps))
    # Exponent notation makes a decimal number in JSON, even when its value is whole.
    text, _ = replace_once(data, b'"amount": 50000', b'"amount": 5E4')
    add("plan", "number_amount_exponent_notation", text, "schema", "expected a whole number, found 50000.0",
        path=jpath(BUDGET + ["income", 1, "amount"]))


numbers()


# ---- plan: impossible and malformed dates --------------------------------------------------------

def dates():
    plan = base_plan()
    cases = [
        ("adoption_february_30", ["adoption", "date"], "2024-02-30"),
        ("revision_february_29_common_year", ["revisions", 0, "date"], "2025-02-29"),
        ("follow_up_month_13", ["follow_up", 0, "date"], "2025-13-01"),
        ("follow_up_day_zero", ["follow_up", 0, "date"], "2025-04-00"),
        ("budget_decided_april_31", BUDGET + ["decided_on"], "2024-04-31"),
        ("history_two_digit_year", ACT + ["origin", "history", 0, "date"], "24-03-15"),
        ("history_unpadded", ["proposal_bank", "proposals", 0, "history", 0, "date"], "2025-3-5"),
        ("version_with_time", ["budget_versions", 0, "decided_on"], "2025-06-10T12:00:00"),
        ("adoption_swedish_words", ["adoption", "date"], "20 november 2024"),
        ("adoption_before_1400", ["adoption", "date"], "1399-12-31"),
        ("revision_year_zero", ["revisions", 0, "date"], "0000-01-01"),
        ("adoption_fullwidth_digits", ["adoption", "date"], "２０２４-11-20"),
        ("adoption_empty", ["adoption", "date"], ""),
    ]
    for name, steps, value in cases:
        schema_at("plan", "date_" + name, with_value(plan, steps, value), steps, "not a date in the form YYYY-MM-DD")
    # A held meeting has its own message, and the path of the list element.
    schema_at("plan", "date_held_june_31", with_value(plan, ["follow_up", 0, "held", 1], "2025-06-31"),
              ["follow_up", 0, "held", 1], "not a date in the form YYYY-MM-DD")
    schema_at("plan", "date_follow_up_missing", without(plan, ["follow_up", 0, "date"]), ["follow_up", 0],
              'missing required field "date"')


dates()


# ---- plan: duplicate ids at every level that has ids ----------------------------------------------

def duplicate_ids():
    plan = base_plan()
    doc = copy.deepcopy(plan)
    doc["activities"][1]["id"] = "avfall"
    schema_at("plan", "duplicate_activity_second", doc, ["activities", 1], "duplicate id 'avfall' in the plan's activities")

    doc = copy.deepcopy(plan)
    doc["proposal_bank"]["proposals"][1]["id"] = "f-2024-2"
    schema_at("plan", "duplicate_proposal", doc, ["proposal_bank", "proposals", 1],
              "duplicate id 'f-2024-2' in the proposal bank")

    doc = copy.deepcopy(plan)
    doc["budget"]["income"][1]["id"] = "avgifter"
    schema_at("plan", "duplicate_income_line", doc, BUDGET + ["income", 1, "id"], "duplicate budget line id 'avgifter'")

    doc = copy.deepcopy(plan)
    doc["budget_versions"][0]["costs"].append({"id": "lon", "label": "Lön igen", "amount": 1})
    schema_at("plan", "duplicate_version_cost_line", doc, ["budget_versions", 0, "costs", 1, "id"],
              "duplicate budget line id 'lon'")

    # Two adopted budgets for one year: only revisions may repeat.
    doc = copy.deepcopy(plan)
    doc["budget_versions"].append({"year": 2025, "version": "bokslut"})
    doc["budget_versions"].append({"year": 2025, "version": "bokslut"})
    schema_at("plan", "duplicate_budget_version", doc, ["budget_versions", 2], "already has the bokslut budget of 2025")

    for name, list_key, index, new_id, clash in [
        ("party", "parties", 2, "kommun-0604", "kommun-0604"),
        ("party_equals_group", "groups", 0, "kommun-0617", "kommun-0617"),
        ("role_equals_body", "bodies", 1, "lanssamordnare", "lanssamordnare"),
        ("body", "bodies", 1, "styrgrupp", "styrgrupp"),
        ("party_equals_organisation", "parties", 4, "miljosamverkan-provlan", "miljosamverkan-provlan"),
    ]:
        doc = copy.deepcopy(plan)
        doc["organisation"][list_key][index]["id"] = new_id
        schema_at("plan", "duplicate_actor_" + name, doc, ORG + [list_key, index],
                  "duplicate id '%s' in the organisation's actors" % clash)

    doc = copy.deepcopy(plan)
    doc["organisation"]["funding"]["units"][1]["id"] = "jonkoping"
    schema_at("plan", "duplicate_paying_unit", doc, ORG + ["funding", "units", 1, "id"],
              "duplicate paying unit id 'jonkoping'")

    # Process steps and criteria have ids too; a second step or criterion with the same id makes a
    # reference to it (an assessment's "criterion") ambiguous.
    doc = copy.deepcopy(plan)
    doc["organisation"]["process"][1]["id"] = "forslag"
    schema_at("plan", "duplicate_process_step", doc, ORG + ["process", 1, "id"], "duplicate")
    doc = copy.deepcopy(plan)
    doc["organisation"]["criteria"][1]["id"] = "nytta"
    schema_at("plan", "duplicate_criterion", doc, ORG + ["criteria", 1, "id"], "duplicate")


duplicate_ids()


# ---- plan: duplicate keys --------------------------------------------------------------------------
# nlohmann would keep the last value silently; the reader refuses, at the object holding both.

def duplicate_keys():
    data = dump(base_plan())
    for name, old, new, steps, key in [
        ("root_title", b'  "title": "Verksamhetsplan', b'  "title": "X",\n  "title": "Verksamhetsplan', [], "title"),
        ("activity_id", b'"id": "utbildning",', b'"id": "utbildning",\n      "id": "utbildning2",', ["activities", 1], "id"),
        ("budget_line_amount", b'"amount": 250000', b'"amount": 250000, "amount": 1', BUDGET + ["costs", 1], "amount"),
        ("rules_code", b'"rules": {', b'"rules": {\n      "budget.costs_total": {},', ORG + ["rules"],
         "budget.costs_total"),
        ("labels", b'"labels": {', b'"labels": {\n      "budget": "Pengar",', ORG + ["labels"], "budget"),
        ("unicode_key", b'"x_measures": [', b'"x_\xc3\xa5": 1,\n      "x_\xc3\xa5": 2,\n      "x_measures": [',
         ["activities", 0], "x_\u00e5"),
        # Equal after decoding the escape: the reader compares keys, not their spelling.
        ("escaped_key", b'"x_measures": [', b'"x_\\u00e5": 1,\n      "x_\xc3\xa5": 2,\n      "x_measures": [',
         ["activities", 0], "x_\u00e5"),
    ]:
        text, _ = replace_once(data, old, new)
        add("plan", "duplicate_key_" + name, text, "schema", 'duplicate key "%s"' % key, path=jpath(steps))


duplicate_keys()


# ---- plan: missing, empty and unknown fields -------------------------------------------------------

def shapes():
    plan = base_plan()
    for name, steps, where, message in [
        ("missing_id", ["id"], [], 'missing required field "id"'),
        ("missing_organisation", ["organisation"], [], 'missing required field "organisation"'),
        ("missing_activity_title", ACT + ["title"], ACT, 'missing required field "title"'),
        ("missing_budget_line_amount", BUDGET + ["income", 0, "amount"], BUDGET + ["income", 0],
         'missing required field "amount"'),
        ("missing_budget_year", ["budget_versions", 0, "year"], ["budget_versions", 0], 'missing required field "year"'),
        ("missing_party_kind", ORG + ["parties", 0, "kind"], ORG + ["parties", 0], 'missing required field "kind"'),
        ("missing_origin_proposal", ACT + ["origin", "proposal"], ACT + ["origin"], 'missing required field "proposal"'),
        ("missing_seat_from", ORG + ["bodies", 0, "seats", 0, "from"], ORG + ["bodies", 0, "seats", 0],
         'missing required field "from"'),
        ("missing_milestone_timing", ORG + ["process", 1, "timing"], ORG + ["process", 1], 'missing required field "timing"'),
        ("missing_measure_section", ACT + ["effect_goals", "goals", 1, "measure", "section"],
         ACT + ["effect_goals", "goals", 1, "measure"], 'missing required field "section"'),
    ]:
        schema_at("plan", "shape_" + name, without(plan, steps), where, message)

    for name, steps, value, where, message in [
        ("empty_plan_id", ["id"], "", [], "plan id must not be empty"),
        ("empty_title", ["title"], "", [], "plan title must not be empty"),
        ("empty_organisation_name", ORG + ["name"], "", ORG, "organisation name must not be empty"),
        ("empty_party_id", ORG + ["parties", 2, "id"], "", ORG + ["parties", 2], "party id must not be empty"),
        ("empty_member_id", ORG + ["members", 1], "", ORG + ["members"], "an id must not be empty"),
        ("empty_group_member", ORG + ["groups", 0, "members", 0], "", ORG + ["groups", 0, "members"],
         "an id must not be empty"),
        ("empty_role_employer", ORG + ["roles", 0, "employer"], "", ORG + ["roles", 0, "employer"], "an id must not be empty"),
        ("empty_seat_from", ORG + ["bodies", 0, "seats", 0, "from"], "", ORG + ["bodies", 0, "seats", 0, "from"],
         "an id must not be empty"),
        ("empty_proposal_title", ["proposal_bank", "proposals", 0, "title"], "", ["proposal_bank", "proposals", 0],
         "proposal title must not be empty"),
        ("empty_goal_ref", ACT + ["effect_goals", "goals", 0], "", ACT + ["effect_goals", "goals", 0],
         "a goal id must not be empty"),
        ("goal_ref_empty_object", ACT + ["effect_goals", "goals", 1], {}, ACT + ["effect_goals", "goals", 1],
         'a goal reference needs "goal" or "measure"'),
        ("empty_follow_up_activity", ["follow_up", 0, "activity"], "", ["follow_up", 0, "activity"],
         "an id must not be empty"),
        ("display_unit_mkr", BUDGET + ["display_unit"], "mkr", BUDGET, "display unit must be 'tkr' or 'kr'"),
        ("bank_years_reversed", ["proposal_bank", "years", "first"], 2027, ["proposal_bank"],
         "proposal bank years end (2026) before they start (2027)"),
        ("kommunkod_letters", ORG + ["parties", 0, "kommunkod"], "06O4", ORG + ["parties", 0],
         "kommunkod must be four digits, got '06O4'"),
        ("years_descending", ["years"], [{"year": 2026, "status": "fastställd"}, {"year": 2025, "status": "preliminär"}],
         [], "plan years must be consecutive and ascending"),
        ("years_repeated", ["years"], [{"year": 2025, "status": "fastställd"}, {"year": 2025, "status": "preliminär"}],
         [], "plan years must be consecutive and ascending"),
        ("paying_unit_without_parties", ORG + ["funding", "units", 0, "parties"], [],
         ORG + ["funding", "units", 0, "parties"], "a paying unit needs at least one party"),
        ("schema_without_version", ["schema"], "Plan", ["schema"], 'schema "Plan" has no version number'),
        ("schema_version_zero", ["schema"], "Plan.0", ["schema"], 'schema "Plan.0" has no version number'),
        ("schema_version_five_digits", ["schema"], "Plan.10000", ["schema"], 'schema "Plan.10000" has no version number'),
        ("nested_schema_wrong_class", ACT + ["schema"], "Proposal.1", ACT + ["schema"],
         'expected a Activity object, found schema "Proposal.1"'),
        ("nested_schema_newer", BUDGET + ["schema"], "Budget.2", BUDGET + ["schema"], "written by a newer miljoplan"),
    ]:
        schema_at("plan", "shape_" + name, with_value(plan, steps, value), where, message)

    # Unknown fields: kept on objects with a schema tag, refused on the small untagged ones.
    for name, steps, where in [
        ("unknown_in_actor_ref", ACT + ["responsible", "refs", 1, "role"], ACT + ["responsible", "refs", 1, "role"]),
        ("unknown_in_responsible_cell", ACT + ["responsible", "note"], ACT + ["responsible", "note"]),
        ("unknown_in_measure", ACT + ["effect_goals", "goals", 1, "measure", "page"],
         ACT + ["effect_goals", "goals", 1, "measure", "page"]),
        ("unknown_in_origin", ACT + ["origin", "decided"], ACT + ["origin", "decided"]),
        ("unknown_in_history_event", ACT + ["origin", "history", 0, "by"], ACT + ["origin", "history", 0, "by"]),
        ("unknown_in_follow_up", ["follow_up", 0, "percent"], ["follow_up", 0, "percent"]),
        ("unknown_in_adoption", ["adoption", "place"], ["adoption", "place"]),
        ("unknown_in_cycle", ORG + ["cycle", "horizon"], ORG + ["cycle", "horizon"]),
        ("unknown_in_paying_unit", ORG + ["funding", "units", 0, "share"], ORG + ["funding", "units", 0, "share"]),
        ("unknown_in_rule_setting", ORG + ["rules", "budget.costs_total", "level"],
         ORG + ["rules", "budget.costs_total", "level"]),
        ("unknown_key_with_dot", ["adoption", "date.note"], ["adoption", "date.note"]),
    ]:
        schema_at("plan", "shape_" + name, with_value(plan, steps, "x"), where, "unknown field in")

    # A profile reference holds only "profile", and must name something that can be loaded.
    for name, organisation, where, message in [
        ("profile_reference_with_extra", {"profile": "jonkoping", "name": "X"}, ORG + ["name"],
         'unknown field in a profile reference'),
        ("profile_reference_missing_file", {"profile": "saknas/profil.json"}, ORG + ["profile"],
         "cannot load the profile"),
        ("profile_reference_empty", {"profile": ""}, ORG + ["profile"], "cannot load the profile: an empty profile name"),
        ("profile_reference_directory", {"profile": "."}, ORG + ["profile"], "it is a directory"),
        ("profile_reference_number", {"profile": 7}, ORG + ["profile"], "expected a string, found an integer"),
    ]:
        schema_at("plan", "shape_" + name, with_value(plan, ORG, organisation), where, message)
    # A profile file with bad syntax: the error names the profile file, relative to the plan's directory.
    profile = "profile/empty.json"
    add("plan", "shape_profile_reference_to_empty_profile", dump(with_value(plan, ORG, {"profile": "../" + profile})),
        "parse", "unexpected end of input", source="plan/../" + profile, line=1, column=1)


shapes()


# ---- plan: bytes that are not UTF-8, NUL bytes, byte-order marks ---------------------------------
# (name, bytes, how many of them the reader accepts before the offending one). UTF-8 forbids overlong
# forms, surrogates, code points above U+10FFFF and the bytes C0, C1, F5-FF.

BAD_UTF8 = [
    ("lone_continuation", b"\x80", 0),
    ("overlong_nul", b"\xc0\x80", 0),
    ("overlong_slash", b"\xc1\xbf", 0),
    ("overlong_three_bytes", b"\xe0\x80\xaf", 1),
    ("overlong_four_bytes", b"\xf0\x80\x80\xaf", 1),
    ("low_surrogate", b"\xed\xb0\x80", 1),
    ("above_u10ffff", b"\xf4\x90\x80\x80", 1),
    ("byte_f5", b"\xf5\x80\x80\x80", 0),
    ("byte_ff", b"\xff", 0),
    ("cut_sequence", b"\xe2\x82", 2),
    ("windows_1252_quote", b"\x93", 0),
]


def encodings():
    data = dump(base_plan())
    for name, bad, good in BAD_UTF8:
        # In a value: the title of the second activity, after "Utbildning i ".
        text, offset = replace_once(data, b"Utbildning i f", b"Utbildning i " + bad + b" f")
        parse_at("plan", "utf8_value_" + name, text, offset + len(b"Utbildning i ") + good, "ill-formed UTF-8")
        # In a key: an unknown field of the first activity.
        text, offset = replace_once(data, b'"x_measures"', b'"x_' + bad + b'"')
        parse_at("plan", "utf8_key_" + name, text, offset + 3 + good, "ill-formed UTF-8")
    # Outside any string, a byte that cannot start a token.
    text, offset = replace_once(data, b'  "title"', b'  \xc3\xa5"title"')
    parse_at("plan", "utf8_letter_outside_string", text, offset + 2, "\\xC3'; expected string literal")
    # A whole file in another encoding.
    latin1 = dump(base_plan()).decode("utf-8").encode("latin-1", errors="replace")
    parse_at("plan", "encoding_latin1", latin1, latin1.find(b"\xf6"), "ill-formed UTF-8")
    # UTF-16 puts a NUL byte beside every ASCII character: the first one is the error.
    for name, codec in [("encoding_utf16_with_bom", "utf-16"), ("encoding_utf16be_without_bom", "utf-16-be")]:
        utf16 = dump({"schema": "Plan.1", "id": "p", "title": "Plan"}).decode("utf-8").encode(codec)
        parse_at("plan", name, utf16, utf16.find(b"\x00"), "NUL byte")

    # NUL bytes: found before parsing, at their own position, wherever they are.
    for name, text in [
        ("first_byte", b"\x00" + data),
        ("in_key", replace_once(data, b'"horizon_exception"', b'"horizon\x00exception"')[0]),
        ("in_whitespace", replace_once(data, b'\n  "years"', b'\n \x00 "years"')[0]),
        ("at_end", data + b"\x00"),
    ]:
        parse_at("plan", "nul_" + name, text, text.find(b"\x00"), "NUL byte (write U+0000 as \\u0000)")

    # Byte-order marks: one UTF-8 BOM at the start is allowed; anything else is an error.
    bom = b"\xef\xbb\xbf"
    text = bom + bom + data
    parse_at("plan", "bom_twice", text, 3, "'\ufeff\\xEF'")
    text, offset = replace_once(data, b'  "title"', b'  ' + bom + b'"title"')
    parse_at("plan", "bom_in_middle", text, offset + 2, "\\xEF'; expected string literal")
    text = b"\xff\xfe" + data
    parse_at("plan", "bom_utf16le_bytes_before_utf8", text, 0, "'\\xFF'")
    # A BOM followed by nothing but the start of a document.
    text = bom + b'{"schema": "Plan.1"'
    parse_at("plan", "bom_then_truncated", text, len(text), "unexpected end of input; expected '}'")
    # Escapes that do not make a character.
    for name, escape, bad, message in [
        ("lone_high_surrogate", b"\\ud800 ", 6, "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF"),
        ("lone_low_surrogate", b"\\udc00", 5, "surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"),
        ("reversed_surrogates", b"\\udc00\\ud800", 5, "surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF"),
        ("short_unicode_escape", b"\\u00 ", 4, "must be followed by 4 hex digits"),
        ("unknown_escape", b"\\x41", 1, "forbidden character after backslash"),
        ("raw_tab", b"\t", 0, "control character U+0009 (HT) must be escaped"),
        ("raw_newline", b"\n", 0, "control character U+000A (LF) must be escaped"),
        ("raw_escape_character", b"\x1b", 0, "control character U+001B (ESC) must be escaped"),
    ]:
        text, offset = replace_once(data, b"Utbildning i f", b"Utbildning i " + escape + b"f")
        parse_at("plan", "string_" + name, text, offset + len(b"Utbildning i ") + bad, message)


encodings()


# ---- plan: deep nesting --------------------------------------------------------------------------
# 100 000 levels must be refused at level 65, quickly and with a path, never by exhausting the stack.

def nesting():
    levels = 100000
    add("plan", "deep_arrays_100000_at_root", b"[" * levels, "schema", "nesting deeper than 64 levels",
        path="$" + "[0]" * (MAX_DEPTH - 1))
    add("plan", "deep_objects_100000_at_root", b'{"a":' * levels, "schema", "nesting deeper than 64 levels",
        path="$" + ".a" * MAX_DEPTH)
    head = b'{"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O"}, "x_deep": '
    add("plan", "deep_arrays_100000_closed", head + b"[" * levels + b"]" * levels + b"}", "schema",
        "nesting deeper than 64 levels", path="$.x_deep" + "[0]" * (MAX_DEPTH - 2))
    add("plan", "deep_alternating_100000", head + b'[{"a": ' * (levels // 2), "schema", "nesting deeper than 64 levels",
        path="$.x_deep" + "[0].a" * ((MAX_DEPTH - 1) // 2))
    # Just one level too deep, inside a budget line's kept unknown field.
    plan = base_plan()
    value = 0
    for _ in range(MAX_DEPTH - 3):  # root, budget, costs, the line: the field's value starts at level 5
        value = [value]
    plan["budget"]["costs"][0]["x_depth"] = value
    schema_at("plan", "deep_one_too_many_in_budget_line", plan,
              "$.budget.costs[0].x_depth" + "[0]" * (MAX_DEPTH - 5), "nesting deeper than 64 levels")


nesting()


# ---- plan: other syntax errors -------------------------------------------------------------------

def syntax():
    data = dump(base_plan())
    # (name, text replaced, its replacement, the text the error is at, counted from the replacement, message).
    # A token the grammar does not allow is reported at its last character; a character that cannot
    # start a token, at that character.
    for name, old, new, marker, message in [
        ("missing_comma_between_members", b'",\n  "title"', b'"\n  "title"', b'":', "unexpected string literal; expected '}'"),
        ("missing_colon", b'"title": "Verk', b'"title" "Verk', b'",', "unexpected string literal; expected ':'"),
        ("single_quotes", b'"id": "provlan-2025"', b"'id': \"provlan-2025\"", b"'", "  ''; expected string literal"),
        ("comment", b'  "title"', b'  // titel\n  "title"', b"/", "  /'; expected string literal"),
        ("trailing_comma_in_array", b'"Utbildning"\n  ]', b'"Utbildning",\n  ]', b"]", "unexpected ']'; expected '[', '{', or a literal"),
        ("closing_bracket_for_brace", '"Beslut på mötet i november."\n  }'.encode(),
         '"Beslut på mötet i november."\n  ]'.encode(), b"]", "unexpected ']'; expected '}'"),
        ("unquoted_key", b'"horizon_exception"', b"horizon_exception", b"h", "  h'; expected string literal"),
        ("python_true", b"true", b"True", b"T", "'\"enabled\": T'"),
        ("number_leading_zero", b'"amount": 250000', b'"amount": 0125', b"5", "unexpected number literal; expected '}'"),
        ("number_plus_sign", b'"amount": 250000', b'"amount": +125', b"+", "'\"amount\": +'"),
        ("number_hex", b'"amount": 250000', b'"amount": 0x7D', b"x", "'0x'; expected '}'"),
        ("number_nan", b'"amount": 250000', b'"amount": NaN', b"N", "'\"amount\": N'"),
        ("number_minus_infinity", b'"amount": 250000', b'"amount": -Infinity', b"I", "'-I'"),
        ("number_trailing_dot", b'"amount": 250000', b'"amount": 125.', b"\n", "'125.<U+000A>'"),
        ("number_bare_exponent", b'"amount": 250000', b'"amount": 1e', b"\n", "'1e<U+000A>'"),
        ("number_digit_separator", b'"amount": 250000', b'"amount": 1_250', b"_", "'1_'; expected '}'"),
    ]:
        text, offset = replace_once(data, old, new)
        parse_at("plan", "syntax_" + name, text, text.find(marker, offset), message)
    parse_at("plan", "syntax_two_documents", data + b"{}\n", len(data), "unexpected '{'; expected end of input")
    parse_at("plan", "syntax_only_whitespace", b" \n\t\n", 4, "unexpected end of input")
    parse_at("plan", "syntax_lone_quote", b'"', 1, "missing closing quote")


syntax()


# ---- plan: sums that overflow ----------------------------------------------------------------------
# Each amount is within ±10^15 kronor, so the file loads; the sums are not, and validate() must report
# budget.overflow instead of wrapping around or throwing.

def overflow_budget(income, costs):
    plan = base_plan()
    budget = plan["budget"]
    del budget["printed_totals"]
    budget["income"] = [{"label": "i", "amount": amount} for amount in income]
    budget["costs"] = [{"label": "k", "amount": amount} for amount in costs]
    return plan


def compact(document):
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def overflows():
    many = INT64_MAX // MAX_AMOUNT + 1  # 9224 lines of 10^15: the sum passes int64
    add("plan", "overflow_income_sum", compact(overflow_budget([MAX_AMOUNT] * many, [1])), "validate",
        "amount overflow adding", finding="budget.overflow", path="$.budget")
    add("plan", "overflow_negative_costs_sum", compact(overflow_budget([1], [-MAX_AMOUNT] * many)), "validate",
        "amount overflow adding", finding="budget.overflow", path="$.budget")
    # Each sum fits; income minus costs does not.
    half = many // 2 + 1
    add("plan", "overflow_result_difference", compact(overflow_budget([MAX_AMOUNT] * half, [-MAX_AMOUNT] * half)),
        "validate", "amount overflow subtracting", finding="budget.overflow", path="$.budget")
    # Two populations of 9.2 * 10^18 in one paying unit: the fee key must say it cannot compute the fees,
    # as it does when one population times the rate overflows.
    plan = base_plan()
    plan["organisation"]["funding"]["units"][0]["parties"] = ["kommun-0604", "kommun-0617"]
    plan["organisation"]["parties"][0]["population"]["count"] = INT64_MAX
    plan["organisation"]["parties"][1]["population"]["count"] = INT64_MAX
    add("plan", "overflow_population_sum", dump(plan), "validate", "overflow", finding="funding.payments",
        path="$.organisation.funding")


overflows()


# ---- profile: an organisation on its own (load_profile, organisation_from_json) --------------------

def profiles():
    profile = base_organisation()
    data = dump(profile)
    for cut, name, message in [
        (1, "after_open_brace", "unexpected end of input; expected string literal"),
        (data.find(b'"parties"') + 3, "in_parties_key", "missing closing quote; last read: '\"pa'"),
        (data.find(b'"kommunkod": "0617"') + 15, "in_kommunkod", "missing closing quote; last read: '\"0'"),
        (len(data) // 2, "half", "unexpected end of input; expected ']'"),
        (len(data) - 2, "before_last_brace", "unexpected end of input; expected '}'"),
    ]:
        parse_at("profile", "truncated_%05d_%s" % (cut, name), data[:cut], cut, message)
    for name, steps, value, where, message in [
        ("schema_plan", ["schema"], "Plan.1", ["schema"], 'expected a Organisation object, found schema "Plan.1"'),
        ("schema_newer", ["schema"], "Organisation.2", ["schema"], "written by a newer miljoplan"),
        ("id_number", ["id"], 1, ["id"], "expected a string, found an integer"),
        ("parties_object", ["parties"], {"kommun-0604": {}}, ["parties"], "expected an array, found an object"),
        ("party_null", ["parties", 2], None, ["parties", 2], "expected an object, found null"),
        ("counties_item_string", ["counties", 0], "Provlän", ["counties", 0], "expected an object, found a string"),
        ("founded_decimal", ["founded"], 2005.5, ["founded"], "expected a whole number, found 2005.5"),
        ("founded_beyond_int", ["founded"], -2**31 - 1, ["founded"], "is out of range"),
        ("population_beyond_int64", ["parties", 2, "population", "count"], 2**63, ["parties", 2, "population", "count"],
         "integer 9223372036854775808 is too large"),
        ("unknown_party_kind", ["parties", 4, "kind"], "myndighet", ["parties", 4, "kind"], 'unknown value "myndighet"'),
        ("unknown_body_kind", ["bodies", 0, "kind"], "styrelse", ["bodies", 0, "kind"], 'unknown value "styrelse"'),
        ("duplicate_group_and_role", ["roles", 0, "id"], "lanets-kommuner", ["roles", 0],
         "duplicate id 'lanets-kommuner' in the organisation's actors"),
        ("duplicate_party_ids", ["parties", 3, "id"], "kommun-0680", ["parties", 3],
         "duplicate id 'kommun-0680' in the organisation's actors"),
        ("duplicate_body_equals_organisation", ["bodies", 1, "id"], "miljosamverkan-provlan", ["bodies", 1],
         "duplicate id 'miljosamverkan-provlan' in the organisation's actors"),
        ("kommunkod_three_digits", ["parties", 1, "kommunkod"], "617", ["parties", 1],
         "kommunkod must be four digits, got '617'"),
        ("unknown_field_in_county", ["counties", 0, "capital"], "Jönköping", ["counties", 0, "capital"],
         "unknown field in a county"),
        ("unknown_field_in_population", ["parties", 0, "population", "year"], 2023, ["parties", 0, "population", "year"],
         "unknown field in a population"),
        ("unknown_field_in_criterion", ["criteria", 0, "weight"], 2, ["criteria", 0, "weight"],
         "unknown field in a criterion"),
        ("rule_setting_not_object", ["rules", "budget.costs_total"], True, ["rules", "budget.costs_total"],
         "expected an object, found a boolean"),
        ("labels_array", ["labels"], ["Aktivitet"], ["labels"], "expected an object, found an array"),
        ("milestone_empty_id", ["process", 0, "id"], "", ["process", 0, "id"], "an id must not be empty"),
        ("criterion_empty_id", ["criteria", 1, "id"], "", ["criteria", 1, "id"], "an id must not be empty"),
        ("milestone_ref_object", ["process", 0, "responsible", "refs", 0], {"id": "kontaktpersoner"},
         ["process", 0, "responsible", "refs", 0], "expected a string, found an object"),
        ("funding_unit_fixed_amount_decimal", ["funding", "units", 0, "fixed_amount"], 1000.5,
         ["funding", "units", 0, "fixed_amount"], "expected a whole number, found 1000.5"),
        ("funding_unit_empty_id", ["funding", "units", 1, "id"], "", ["funding", "units", 1, "id"],
         "an id must not be empty"),
        ("adopted_by_empty", ["cycle", "adopted_by"], "", ["cycle", "adopted_by"], "an id must not be empty"),
    ]:
        schema_at("profile", name, with_value(profile, steps, value), where, message)
    schema_at("profile", "missing_schema", without(profile, ["schema"]), "$", 'missing "schema"')
    schema_at("profile", "missing_name", without(profile, ["name"]), "$", 'missing required field "name"')
    # Not an organisation at all.
    schema_at("profile", "root_array", [profile], "$", "expected an object, found an array")
    schema_at("profile", "root_string", "miljosamverkan-provlan", "$", "expected an object, found a string")

    text, _ = replace_once(data, b'"name": "Aneby kommun",', b'"name": "Aneby kommun",\n      "name": "Aneby",')
    add("profile", "duplicate_key_party_name", text, "schema", 'duplicate key "name"', path="$.parties[0]")
    text, offset = replace_once(data, "Länsstyrelsen i Provlän".encode(), b"L\xe4nsstyrelsen i Provl\xe4n")
    # 0xE4 (Latin-1 ä) is a valid lead byte: the error is the "n" that does not continue it.
    parse_at("profile", "latin1_value", text, offset + 2, "ill-formed UTF-8 byte; last read: '\"L\\xE4n'")
    text, offset = replace_once(data, b'"short_names"', b'"short_n\xc3mes"')
    parse_at("profile", "cut_sequence_in_key", text, offset + 9, "ill-formed UTF-8")
    text, offset = replace_once(data, b'"purpose"', b'"purp\x00se"')
    parse_at("profile", "nul_in_key", text, offset + 5, "NUL byte")
    add("profile", "deep_arrays_100000_in_labels", b'{"schema": "Organisation.1", "id": "o", "name": "O", "x": ' +
        b"[" * 100000, "schema", "nesting deeper than 64 levels", path="$.x" + "[0]" * (MAX_DEPTH - 2))
    parse_at("profile", "utf16le", data.decode("utf-8").encode("utf-16-le"), 1, "NUL byte")
    parse_at("profile", "empty", b"", 0, "unexpected end of input")


profiles()


# ---- goals: the goal catalog (goal_catalog_from_json) -----------------------------------------------

def goals():
    catalog = base_goals()
    data = dump(catalog)
    for cut, name, message in [
        (data.find(b'"goals"') + 2, "in_goals_key", "missing closing quote; last read: '\"g'"),
        (data.find("Giftfri".encode()) + 3, "in_name", "missing closing quote; last read: '\"Gif'"),
        (len(data) - 2, "before_last_brace", "unexpected end of input; expected '}'"),
    ]:
        parse_at("goals", "truncated_%05d_%s" % (cut, name), data[:cut], cut, message)
    for name, steps, value, where, message in [
        ("schema_plan", ["schema"], "Plan.1", ["schema"], 'expected a GoalCatalog object, found schema "Plan.1"'),
        ("schema_newer", ["schema"], "GoalCatalog.9", ["schema"], "written by a newer miljoplan"),
        ("goals_object", ["goals"], {"mkm-4": {}}, ["goals"], "expected an array, found an object"),
        ("goal_string", ["goals", 1], "mkm-4", ["goals", 1], "expected an object, found a string"),
        ("unknown_kind", ["goals", 2, "kind"], "hållbarhetsmål", ["goals", 2, "kind"], 'unknown value "hållbarhetsmål"'),
        ("kind_english", ["goals", 1, "kind"], "environmental quality objective", ["goals", 1, "kind"],
         "expected one of generationsmål, miljökvalitetsmål or globalt mål"),
        ("number_string", ["goals", 1, "number"], "4", ["goals", 1, "number"], "expected an integer, found a string"),
        ("number_decimal", ["goals", 2, "number"], 6.5, ["goals", 2, "number"], "expected a whole number, found 6.5"),
        ("number_beyond_int", ["goals", 2, "number"], 2**31, ["goals", 2, "number"], "integer 2147483648 is out of range"),
        ("number_beyond_uint64", ["goals", 0, "number"], 2**64, ["goals", 0, "number"], "expected a whole number"),
        ("variants_string", ["goals", 1, "variants"], "giftfri miljö", ["goals", 1, "variants"],
         "expected an array, found a string"),
        ("variant_number", ["goals", 1, "variants", 1], 4, ["goals", 1, "variants", 1], "expected a string, found an integer"),
        ("name_sv_null", ["goals", 0, "name_sv"], None, ["goals", 0, "name_sv"], "expected a string, found null"),
        ("unknown_field", ["goals", 2, "targets"], ["6.1"], ["goals", 2, "targets"], "unknown field in a goal"),
        ("duplicate_goal_id", ["goals", 2, "id"], "mkm-4", ["goals", 2], "duplicate id 'mkm-4' in the goal catalog"),
        ("empty_goal_id", ["goals", 1, "id"], "", ["goals", 1], "goal id must not be empty"),
    ]:
        schema_at("goals", name, with_value(catalog, steps, value), where, message)
    schema_at("goals", "missing_name_sv", without(catalog, ["goals", 2, "name_sv"]), ["goals", 2],
              'missing required field "name_sv"')
    schema_at("goals", "missing_schema", without(catalog, ["schema"]), "$", 'missing "schema"')
    schema_at("goals", "root_null", None, "$", "expected an object, found null")
    text, _ = replace_once(data, b'"number": 4,', b'"number": 4,\n      "number": 5,')
    add("goals", "duplicate_key_number", text, "schema", 'duplicate key "number"', path="$.goals[1]")
    text, offset = replace_once(data, "Giftfri miljö".encode(), b"Giftfri milj\xf6")
    parse_at("goals", "latin1_name", text, offset + len(b"Giftfri milj"), "ill-formed UTF-8")
    text, offset = replace_once(data, b'"variants"', b'"vari\xed\xa0\x80nts"')
    parse_at("goals", "surrogate_in_key", text, offset + 6, "ill-formed UTF-8")
    text, offset = replace_once(data, b'"note"', b'"n\x00te"')
    parse_at("goals", "nul_in_key", text, offset + 2, "NUL byte")
    add("goals", "deep_objects_100000", b'{"schema": "GoalCatalog.1", "x": ' + b'{"a":' * 100000, "schema",
        "nesting deeper than 64 levels", path="$.x" + ".a" * (MAX_DEPTH - 1))
    parse_at("goals", "bom_twice", b"\xef\xbb\xbf\xef\xbb\xbf" + data, 3, "'\ufeff\\xEF'")


goals()


# ---- csv: activities_from_csv ----------------------------------------------------------------------
# Rows and columns are the spreadsheet's: the header is row 1, and a quoted cell may span lines.

CSV_HEADER = "id,category,year,title,goal,implementation,timing,responsible,partners,effect_goals\r\n"
CSV_ROW = "avfall,Tillsynsprojekt,2025,Avfallsbrottslighet,Öka kompetensen,Projektplan,Våren 2025,Länssamordnaren,,\r\n"


def csv_rows(*rows):
    return (CSV_HEADER + CSV_ROW + "".join(rows)).encode("utf-8")


def csv_cases():
    def row(cells):
        return ",".join(cells) + "\r\n"

    def cells(**values):
        base = {"id": "ny", "category": "", "year": "2026", "title": "Ny aktivitet", "goal": "", "implementation": "",
                "timing": "", "responsible": "", "partners": "", "effect_goals": ""}
        base.update(values)
        return row(base.values())

    for name, data, line, column, message in [
        ("unclosed_quote_last_row", csv_rows('ny,"Utbildning, 2026'), 3, 2, "a quoted cell is not closed"),
        ("unclosed_quote_in_header", b'"id,title\r\na,A\r\n', 1, 1, "a quoted cell is not closed"),
        ("unclosed_after_doubled_quote", csv_rows('ny,,2026,"Säg ""hej'), 3, 4,
         "a quoted cell is not closed"),
        ("quote_inside_header_cell", b'id,ti"tle\r\na,A\r\n', 1, 2, "a quote inside an unquoted cell"),
        ("quote_after_text", csv_rows(cells(title='Ny "aktivitet"')), 3, 4, "a quote inside an unquoted cell"),
        ("text_after_closing_quote", csv_rows(cells(goal='"Mål" och mer')), 3, 5, "text after the closing quote"),
        ("second_quoted_part", csv_rows(cells(timing='"Våren""" "2026"')), 3, 7, "text after the closing quote"),
        ("empty_file_with_bom", b"\xef\xbb\xbf", 1, 1, "a header row is required"),
        ("only_blank_lines", b"\r\n\r\n\n", 1, 1, "a header row is required"),
        ("utf16le_without_bom", "id,title\r\na,A\r\n".encode("utf-16-le"), 1, 1, "a NUL byte in the cell (is the file UTF-16?"),
        ("utf16le_with_bom", "id,title\r\na,A\r\n".encode("utf-16"), 1, 1, "the file is UTF-16"),
        ("column_twice", b"id,title,year,id\r\na,A,2025,b\r\n", 1, 4, 'the column "id" appears twice'),
        ("column_capitalised", b"id,Title\r\na,A\r\n", 1, 2, 'unknown column "Title"; did you mean "title"?'),
        ("column_swedish_names", b"id,titel,\xc3\xa5r\r\na,A,2025\r\n", 1, 2, 'unknown column "titel"'),
        ("column_empty", b"id,,title\r\na,,A\r\n", 1, 2, 'unknown column ""'),
        ("missing_id_column", b"title,year\r\nA,2025\r\n", 1, 3, 'missing the required column "id"'),
        ("row_too_long", csv_rows(cells(effect_goals="Giftfri miljö,extra")), 3, 11, "the row has 11 cells, the header 10"),
        ("row_of_other_separator", csv_rows("ny;Utbildning;2026;Ny\r\n"), 3, 2, "the row has 1 cells, the header 10"),
        ("semicolon_header_comma_rows", b"id;title;year\r\na,A,2025\r\n", 2, 2, "the row has 1 cells, the header 3"),
        ("carriage_returns_only", b"id,title\ra,A\r", 1, 2, 'unknown column "title'),
        ("year_five_digits", csv_rows(cells(year="20265")), 3, 3, '"20265" is not a four-digit year'),
        ("year_negative", csv_rows(cells(year="-202")), 3, 3, "is not a four-digit year"),
        ("year_letter_o", csv_rows(cells(year="2O26")), 3, 3, '"2O26" is not a four-digit year'),
        ("year_fullwidth", csv_rows(cells(year="２０２６")), 3, 3, "is not a four-digit year"),
        ("year_decimal", csv_rows(cells(year="2026.0")), 3, 3, '"2026.0" is not a four-digit year'),
        ("year_split", csv_rows(cells(year="20 26")), 3, 3, '"20 26" is not a four-digit year'),
        ("empty_id", csv_rows(cells(id="")), 3, 1, "the id is empty"),
        ("empty_title_quoted", csv_rows(cells(title='""')), 3, 4, "the title is empty"),
        ("duplicate_id_quoted", csv_rows(cells(id='"avfall"')), 3, 1, "duplicate id 'avfall'"),
        ("duplicate_id_after_guard", csv_rows(cells(id="'=x"), cells(id="=x")), 4, 1, "duplicate id '=x'"),
        ("duplicate_after_multiline_cell", csv_rows(cells(goal='"två\r\nrader\r\n"'), cells(id="avfall")), 4, 1,
         "duplicate id 'avfall'"),
    ]:
        add("csv", name, data, "parse", message, line=line, column=column)

    # Malformed UTF-8 anywhere refuses the file, named at the cell that holds it.
    for name, data, line, column in [
        ("latin1_in_title", csv_rows(cells(title="Ny aktivitet")).replace(b"Ny aktivitet", b"Ny m\xf6te"), 3, 4),
        ("overlong_in_goal", csv_rows().replace(b"\xc3\x96ka", b"\xc0\x80ka"), 2, 5),
        ("cut_sequence_at_end", csv_rows(cells(effect_goals="Giftfri milj")).rstrip(b"\r\n") + b"\xc3", 3, 10),
    ]:
        add("csv", name, data, "parse", "the cell is not valid UTF-8", line=line, column=column)
    add("csv", "latin1_in_first_cell", b"\xe5id,title\r\na,A\r\n", "parse", "not valid UTF-8", line=1, column=1)


csv_cases()


# ---- timing: Swedish timing phrases (parse_timing) -------------------------------------------------
# (name, phrase, context year, the words the message must quote, its column in characters, message part).
# The phrase is the whole file, without a final newline.

TIMING = [
    ("leap_day_common_year", "29 februari 2023", 2024, "29 februari 2023", 1, "is impossible"),
    ("june_31_after_den", "den 31 juni 2025", 2024, "31 juni 2025", 5, "is impossible"),
    ("january_32", "32 januari 2024", 2024, "32 januari 2024", 1, "is impossible"),
    ("day_zero", "0 mars 2025", 2024, "0 mars 2025", 1, "is impossible"),
    ("slash_november_31", "31/11 2024", 2024, "31/11 2024", 1, "is impossible"),
    ("slash_leap_day", "Möte 29/2 2025", 2024, "29/2 2025", 6, "is impossible"),
    ("slash_month_13", "15/13 2024", 2024, "15/13", 1, "no such month in '15/13'"),
    ("iso_leap_day", "2023-02-29", 2024, "2023-02-29", 1, "is impossible"),
    ("iso_month_zero", "2024-00-10", 2024, "2024-00-10", 1, "no such month in the date"),
    ("iso_month_13", "2024-13", 2024, "2024-13", 1, "no such month in '2024-13'"),
    ("week_53_in_2023", "vecka 53 2023", 2024, "vecka 53 2023", 1, "is impossible"),
    ("week_54", "v. 54 2024", 2024, "v. 54 2024", 1, "there is no week"),
    ("week_99_context_year", "vecka 99", 2024, "vecka 99", 1, "there is no week"),
    ("week_range_beyond_53", "veckorna 10-60 2024", 2024, "veckorna 10-60 2024", 1, "there is no week"),
    ("week_range_reversed", "vecka 30-20 2024", 2024, "vecka 30-20 2024", 1, "end before they start"),
    ("week_range_over_new_year", "v 52-1 2025", 2024, "v 52-1 2025", 1, "end before they start"),
    ("quarter_q5", "Q5 2024", 2024, "Q5", 1, "there is no 'Q5'"),
    ("quarter_after_year", "2024 kv 5", 2024, "kv 5", 6, "there is no 'kv 5'"),
    ("tertial_4", "tertial 4 2025", 2024, "tertial 4", 1, "there is no 'tertial 4'"),
    ("fourth_tertial", "fjärde tertialet 2024", 2024, "fjärde tertialet", 1, "there is no 'fjärde tertialet'"),
    ("third_half_year", "tredje halvåret 2024", 2024, "tredje halvåret", 1, "there is no"),
    ("half_year_h3", "H3 2024", 2024, "H3", 1, "there is no 'H3'"),
    ("months_reversed", "december 2024 – januari 2024", 2024, "december 2024 – januari 2024", 1, "ends before it starts"),
    ("seasons_reversed", "hösten 2025 - våren 2025", 2024, "hösten 2025 - våren 2025", 1, "ends before it starts"),
    ("years_reversed", "2026-2024", 2024, "2026-2024", 1, "ends before it starts"),
    ("weeks_reversed_as_range", "vecka 10 2025 - vecka 5 2025", 2024, "vecka 10 2025 - vecka 5 2025", 1,
     "ends before it starts"),
    ("days_reversed", "15 mars 2024 - 1 mars 2024", 2024, "15 mars 2024 - 1 mars 2024", 1, "ends before it starts"),
    ("between_reversed", "mellan 2025 och 2024", 2024, "mellan 2025 och 2024", 8, "ends before it starts"),
    ("quarters_reversed", "Q3 2024 - Q1 2024", 2024, "Q3 2024 - Q1 2024", 1, "ends before it starts"),
    ("count_reversed", "5-1 gånger per månad", 2024, "5-1 gånger per månad", 1, "is impossible"),
    ("count_zero_per_week", "0 ggr per vecka", 2024, "0 ggr per vecka", 1, "is impossible"),
    ("after_december", "efter december 2024", 2024, "december 2024", 1, "nothing of the year is left"),
    ("week_list_54", "v. 3, 10 och 54 2024", 2024, "v. 3, 10 och 54", 14, "there is no"),
    ("quarter_list_5", "kvartal 1 och 5 2025", 2024, "kvartal 1 och 5", 15, "there is no"),
    ("cadence_scope_reversed", "1 gång per månad under 2026-2024", 2024, "2026-2024", 24, "ends before it starts"),
    ("deadline_february_30", "senast 30 februari 2024", 2024, "30 februari 2024", 8, "is impossible"),
    ("deadline_week_53", "t.o.m. vecka 53 2025", 2024, "vecka 53 2025", 8, "is impossible"),
    ("before_june_31", "före 31 juni 2024", 2024, "31 juni 2024", 6, "is impossible"),
    ("extension_april_31", "Förlängs t.o.m. 31 april 2025", 2024, "31 april 2025", 17, "is impossible"),
    ("no_year_day", "15 maj", None, "15 maj", 1, "has no year and the context gives none"),
    ("no_year_week", "vecka 12", None, "vecka 12", 1, "has no year and the context gives none"),
    ("no_year_season", "hösten", None, "hösten", 1, "has no year and the context gives none"),
    ("no_year_deadline", "senast 1 april", None, "1 april", 8, "has no year and the context gives none"),
    ("no_year_quarter", "Q2", None, "Q2", 1, "has no year and the context gives none"),
    ("column_after_swedish_letters", "Höst 2024 och vår 2025 samt 31 juni 2025", 2024, "31 juni 2025", 29,
     "is impossible"),
    ("column_after_no_break_spaces", "Våren\u00a02024 och 31\u00a0april 2024", 2024, "31\u00a0april 2024", 16,
     "is impossible"),
    ("reversed_with_en_dash", "juni 2025 \u2013 maj 2025", 2024, "juni 2025 \u2013 maj 2025", 1, "ends before it starts"),
    ("nested_parentheses", "2024 (fas (besök 31 november))", 2024, "31 november", 18, "is impossible"),
    ("phase_week_54", "Fas 1: vecka 54 2024", 2024, "vecka 54 2024", 8, "there is no week"),
    ("week_twenty_digits", "vecka 99999999999999999999 2024", 2024, "vecka 99999999999999999999 2024", 1,
     "there is no week"),
    ("nul_after_month", "31 april\u0000 2024", 2024, "31 april", 1, "is impossible"),
    ("parentheses_1000_deep", "(" * 1000 + "31 april 2024", 2024, "(", 9, "nested deeper than 8 levels"),
    # A year pair must run forward: "2023/2024", "vintern 2024/2025".
    ("school_year_reversed", "2024/2023", 2024, "2024/2023", 1, "ends before it starts"),
    ("school_year_reversed_two_digits", "Läsåret 2025/24", 2024, "2025/24", 9, "ends before it starts"),
    ("winter_reversed", "vintern 2024/2023", 2024, "vintern 2024/2023", 1, "ends before it starts"),
    ("parentheses_100000_deep", "(" * 100000 + "31 april 2024", 2024, "(", 9, "nested deeper than 8 levels"),
]


# Timing phrases the parser gets wrong today: name -> (what happens, known_bug_behaviour). Empty since
# reversed year pairs are refused and a NUL byte no longer cuts the message short.
TIMING_BUGS: dict = {}


def timing_cases():
    for name, phrase, year, word, column, message in TIMING:
        bug, behaviour = TIMING_BUGS.get(name, (None, None))
        add("timing", name, phrase, "timing", message, word=word, column=column, context_year=year,
            known_bug=bug, known_bug_behaviour=behaviour)
    # Bytes that are not UTF-8 are read as punctuation; the column still counts characters.
    add("timing", "invalid_utf8_before_date", b"\xff\xfe 31 april 2024", "timing", "is impossible",
        word="31 april 2024", column=4, context_year=2024)


timing_cases()


# ---- inputs built at run time -----------------------------------------------------------------------
# Megabytes of one character would bloat the repository; the tests join these parts themselves.

PLAN_HEAD = '{"schema": "Plan.1", "id": "p", "title": "T", "organisation": {"id": "o", "name": "O"}, '


def generated_cases():
    head = '{"schema": "Plan.1", "id": "p", "title": "'
    generated("plan", "title_4mb_never_closed", [[head, 1], ["\u00e5", 2000000]], "parse", "missing closing quote",
              line=1, column=len(head) + 2000000 + 1)
    generated("plan", "title_4mb_then_unknown_status",
              [[head, 1], ["\u00e5", 2000000], ['", "organisation": {"id": "o", "name": "O"}, '
                                                  '"years": [{"year": 2025, "status": "klar"}]}', 1]],
              "schema", 'unknown value "klar"', path="$.years[0].status")
    generated("plan", "duplicate_activity_id_4mb",
              [[PLAN_HEAD + '"activities": [{"id": "', 1], ["a", 4000000], ['", "title": "A"}, {"id": "', 1],
               ["a", 4000000], ['", "title": "B"}]}', 1]],
              "schema", "duplicate id 'aaaa", path="$.activities[1]")
    generated("plan", "million_lines_then_bad_byte", [["{", 1], ["\n", 1000000], ['  "title": \u00a7', 1]], "parse",
              "'\"title\": \\xC2'", line=1000001, column=12)
    generated("plan", "whitespace_4mb_then_truncated", [[PLAN_HEAD, 1], [" ", 4000000]], "parse",
              "unexpected end of input", line=1, column=len(PLAN_HEAD) + 4000000 + 1)
    generated("csv", "cell_4mb_then_bad_year", [["id,title,year\r\na,", 1], ["\u00e4", 2000000], [",tjugo\r\n", 1]],
              "parse", '"tjugo" is not a four-digit year', line=2, column=3)
    # Many ids, the last one repeating the first: found, in bounded time. Every reader keeps the ids it has
    # seen in a hash set or index (they used to compare each new id with every earlier one, which made
    # 100 000 of them take minutes).
    generated("csv", "ids_100000_last_repeats_first", [["id,title\r\n", 1], ["a{i},A\r\n", 100000, "numbered"],
                                                       ["a0,B\r\n", 1]],
              "parse", "duplicate id 'a0'", line=100002, column=1)
    generated("plan", "activities_5000_last_repeats_first",
              [[PLAN_HEAD + '"activities": [', 1], ['{"id": "a{i}", "title": "A"}, ', 5000, "numbered"],
               ['{"id": "a0", "title": "B"}]}', 1]],
              "schema", "duplicate id 'a0' in the plan's activities", path="$.activities[5000]")
    generated("plan", "activities_100000_last_repeats_first",
              [[PLAN_HEAD + '"activities": [', 1], ['{"id": "a{i}", "title": "A"}, ', 100000, "numbered"],
               ['{"id": "a0", "title": "B"}]}', 1]],
              "schema", "duplicate id 'a0' in the plan's activities", path="$.activities[100000]")
    generated("plan", "budget_lines_100000_last_repeats_first",
              [[PLAN_HEAD + '"budget": {"year": 2025, "income": [', 1],
               ['{"id": "l{i}", "label": "x", "amount": 1}, ', 100000, "numbered"],
               ['{"id": "l0", "label": "y", "amount": 1}]}}', 1]],
              "schema", "duplicate budget line id 'l0'", path="$.budget.income[100000].id")
    generated("profile", "parties_100000_last_repeats_first",
              [['{"schema": "Organisation.1", "id": "o", "name": "O", "parties": [', 1],
               ['{"id": "p{i}", "kind": "kommun", "name": "K"}, ', 100000, "numbered"],
               ['{"id": "p0", "kind": "kommun", "name": "D"}]}', 1]],
              "schema", "duplicate id 'p0' in the organisation's actors", path="$.parties[100000]")
    generated("goals", "goals_100000_last_repeats_first",
              [['{"schema": "GoalCatalog.1", "goals": [', 1],
               ['{"id": "g{i}", "kind": "globalt mål", "number": 1, "name_sv": "G"}, ', 100000, "numbered"],
               ['{"id": "g0", "kind": "globalt mål", "number": 1, "name_sv": "D"}]}', 1]],
              "schema", "duplicate id 'g0' in the goal catalog", path="$.goals[100000]")
    generated("timing", "million_unknown_words_then_impossible_date", [["x ", 1000000], ["31 april 2024", 1]],
              "timing", "is impossible", word="31 april 2024", column=2000001, context_year=2024)


generated_cases()


# ---- the first corpus (hand-made, directly in tests/data/bad/) ---------------------------------------
# Expectations as pinned by tests/cpp/io/test_json_corpus.cpp, with the message part added.

LEGACY = {
    "truncated.json": ("parse", "4:1", "invalid JSON"),
    "trailing_comma.json": ("parse", "1:32", "invalid JSON"),
    "bare_word.json": ("parse", "1:28", "'\"id\": p'"),
    "empty.json": ("parse", "1:1", "invalid JSON"),
    "invalid_utf8_latin1.json": ("parse", "3:17", "ill-formed UTF-8"),
    "invalid_utf8_surrogate.json": ("parse", "1:33", "ill-formed UTF-8"),
    "nul_in_string.json": ("parse", "1:30", "NUL byte"),
    "nul_after_document.json": ("parse", "1:88", "NUL byte"),
    "number_overflow.json": ("parse", "$.x_future", "number overflow"),
    "deep_nesting.json": ("schema", "$.x_deep" + "[0]" * 62, "nesting deeper than 64 levels"),
    "not_an_object.json": ("schema", "$", "expected an object"),
    "missing_schema.json": ("schema", "$", 'missing "schema"'),
    "newer_schema.json": ("schema", "$.schema", "written by a newer miljoplan"),
    "wrong_schema_name.json": ("schema", "$.schema", "expected a Plan object"),
    "title_not_string.json": ("schema", "$.title", "expected a string"),
    "duplicate_key.json": ("schema", "$.organisation", "duplicate key"),
    "duplicate_activity_id.json": ("schema", "$.activities[1]", "duplicate id"),
    "duplicate_budget_line_id.json": ("schema", "$.budget.costs[1].id", "duplicate budget line id"),
    "empty_activity_id.json": ("schema", "$.activities[0]", "must not be empty"),
    "empty_actor_ref.json": ("schema", "$.activities[0].responsible.refs[0]", "an actor id must not be empty"),
    "goal_ref_without_goal.json": ("schema", "$.activities[0].effect_goals.goals[0]", 'needs "goal" or "measure"'),
    "unknown_year_status.json": ("schema", "$.years[0].status", "unknown value"),
    "unknown_party_kind.json": ("schema", "$.organisation.parties[0].kind", "unknown value"),
    "unknown_open_marker.json": ("schema", "$.activities[0].effect_goals.open", "unknown marker"),
    "unknown_field_seat.json": ("schema", "$.organisation.bodies[0].seats[0].chair", "unknown field in a seat"),
    "unknown_field_printed_total.json": ("schema", "$.budget.printed_totals.costs.note", "unknown field in a printed total"),
    "unknown_field_plan_year.json": ("schema", "$.years[0].note", "unknown field in a plan year"),
    "amount_decimal.json": ("schema", "$.budget.costs[0].amount", "expected a whole number"),
    "amount_too_large.json": ("schema", "$.budget.costs[0].amount", "outside the accepted range"),
    "amount_too_small.json": ("schema", "$.budget.costs[0].amount", "outside the accepted range"),
    "amount_int64_overflow.json": ("schema", "$.budget.costs[0].amount", "is too large"),
    "amount_beyond_uint64.json": ("schema", "$.budget.costs[0].amount", "expected a whole number"),
    "amount_as_string.json": ("schema", "$.budget.costs[0].amount", "expected an integer, found a string"),
    "negative_seat_count.json": ("schema", "$.organisation.bodies[0].seats[0].count", "at least 1"),
    "negative_population.json": ("schema", "$.organisation.parties[0]", "must not be negative"),
    "year_beyond_int.json": ("schema", "$.years[0].year", "out of range"),
    "nonconsecutive_years.json": ("schema", "$", "consecutive"),
    "impossible_adoption_date.json": ("schema", "$.adoption.date", "not a date"),
    "bad_kommunkod.json": ("schema", "$.organisation.parties[0]", "kommunkod"),
    "zero_horizon.json": ("schema", "$.organisation.cycle.horizon_years", "between 1 and 10"),
}


def legacy_entries():
    entries = []
    for name, (error, where, message) in sorted(LEGACY.items()):
        entry = {"file": name, "loader": "plan", "error": error, "message": message}
        if where.startswith("$"):
            entry["path"] = where
        else:
            entry["line"], entry["column"] = (int(part) for part in where.split(":"))
        entries.append(entry)
    return entries


# ---- writing -----------------------------------------------------------------------------------------

KEY_ORDER = ("file", "name", "loader", "error", "line", "column", "path", "word", "source", "context_year", "finding",
             "message", "known_bug", "known_bug_behaviour", "parts")


def ordered(entry):
    unknown = set(entry) - set(KEY_ORDER)
    if unknown:
        raise SystemExit("make_bad_corpus: unknown manifest keys %s" % sorted(unknown))
    return {key: entry[key] for key in KEY_ORDER if key in entry}


def outputs():
    """Every file this script writes, relative to tests/data/bad, with its bytes."""
    files = {entry["file"]: data for entry, data in CASES}
    manifest = {
        "description": "Inputs miljoplan must refuse with an error naming the place. Written by "
                       "scripts/make_bad_corpus.py (do not edit by hand); see docs/reliability.md.",
        "cases": [ordered(e) for e in legacy_entries()] + [ordered(e) for e, _ in sorted(CASES, key=lambda c: c[0]["file"])],
        "generated": [ordered(e) for e in sorted(GENERATED, key=lambda e: e["name"])],
    }
    files["manifest.json"] = (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    return files


def on_disk():
    """The files of tests/data/bad/<kind>/ and the manifest as they are now."""
    found = {}
    for kind in KINDS:
        directory = os.path.join(BAD, kind)
        if os.path.isdir(directory):
            for name in os.listdir(directory):
                with open(os.path.join(directory, name), "rb") as f:
                    found[kind + "/" + name] = f.read()
    manifest = os.path.join(BAD, "manifest.json")
    if os.path.isfile(manifest):
        with open(manifest, "rb") as f:
            found["manifest.json"] = f.read()
    return found


def main(argv):
    for name in LEGACY:
        if not os.path.isfile(os.path.join(BAD, name)):
            raise SystemExit("make_bad_corpus: the first corpus lacks %s" % name)
    wanted = outputs()
    if argv[1:] == ["--check"]:
        # For the tests: the committed corpus is exactly what this script writes.
        have = on_disk()
        differ = sorted(name for name in set(wanted) | set(have) if wanted.get(name) != have.get(name))
        for name in differ:
            print("make_bad_corpus: %s is %s" % (name, "missing" if name not in have else
                                                   "not written by this script" if name not in wanted else "different"))
        return 1 if differ else 0
    if argv[1:]:
        raise SystemExit("usage: make_bad_corpus.py [--check]")
    for kind in KINDS:
        directory = os.path.join(BAD, kind)
        os.makedirs(directory, exist_ok=True)
        for stale in os.listdir(directory):
            os.remove(os.path.join(directory, stale))
    for name, data in sorted(wanted.items()):
        with open(os.path.join(BAD, name), "wb") as out:
            out.write(data)
    counts = {}
    for entry, _ in CASES:
        counts[entry["loader"]] = counts.get(entry["loader"], 0) + 1
    size = sum(len(data) for data in wanted.values())
    print("make_bad_corpus: %d files (%s), %d bytes with the manifest; %d first-corpus files listed; "
          "%d inputs generated at run time" % (len(CASES), ", ".join("%s %d" % (k, counts.get(k, 0)) for k in KINDS),
                                                size, len(LEGACY), len(GENERATED)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# SPDX-License-Identifier: Apache-2.0
"""Writes a national corpus of plans in the canonical JSON format, for the benchmarks.

One plan per county and year (21 counties x 20 years by default), each with its organisation written out
inline, about 40 activities and 15 budget lines, and optionally one stress plan of a given size. The
plans are built from the reference plan (data/jonkoping-2024.json) and its profile, so that their texts,
timing phrases, actors and goal references look like a real cooperation's; every county gets its own
municipalities, amounts and choice of activities. The same seed gives the same bytes.

Usage: make_corpus.py OUT_DIR [--counties N] [--years N] [--seed S] [--stress-mb MB]
Writes OUT_DIR/plans/<county>-<year>.json, OUT_DIR/stress.json (with --stress-mb) and OUT_DIR/corpus.json,
which lists the files, their sizes and what they hold.
"""

import argparse
import copy
import json
import pathlib
import random
import re

SOURCE = pathlib.Path(__file__).resolve().parents[1]

# (name, code, letter, number of municipalities): the 21 counties, with their real municipality counts
# so that organisations differ in size the way they do in the country.
COUNTIES = [
    ("Stockholms län", "01", "AB", 26), ("Uppsala län", "03", "C", 8), ("Södermanlands län", "04", "D", 9),
    ("Östergötlands län", "05", "E", 13), ("Jönköpings län", "06", "F", 13), ("Kronobergs län", "07", "G", 8),
    ("Kalmar län", "08", "H", 12), ("Gotlands län", "09", "I", 1), ("Blekinge län", "10", "K", 5),
    ("Skåne län", "12", "M", 33), ("Hallands län", "13", "N", 6), ("Västra Götalands län", "14", "O", 49),
    ("Värmlands län", "17", "S", 16), ("Örebro län", "18", "T", 12), ("Västmanlands län", "19", "U", 10),
    ("Dalarnas län", "20", "W", 15), ("Gävleborgs län", "21", "X", 10), ("Västernorrlands län", "22", "Y", 7),
    ("Jämtlands län", "23", "Z", 8), ("Västerbottens län", "24", "AC", 15), ("Norrbottens län", "25", "BD", 14),
]

# Municipality names are made up from parts of place names; real ones would add nothing to a benchmark.
NAME_STARTS = ["Ås", "Berg", "Ljung", "Sjö", "Holm", "Mark", "Vik", "Ek", "Lind", "Al", "Gran", "Björk",
               "Sand", "Strand", "Hög", "Öster", "Väster", "Norr", "Söder", "Mal", "Kungs", "Hed", "Ström"]
NAME_ENDS = ["by", "köping", "hult", "ås", "torp", "sjö", "vik", "holm", "berga", "näs", "fors", "dal", "ryd"]

# Timing phrases of the kinds plans print, with {y} for the plan year and {p} for the year before; each
# reads without unparsed words (the corpus test checks that).
PHRASES = [
    "Vår {y}", "Höst {y}", "Våren {y}", "Hösten {y}", "Februari {y}", "November {y}", "Mars {y}",
    "Fas 1: Vår {y} Fas 2: Höst {y}", "{y} (tillsynskampanj sommar {y}-höst {y})",
    "{p}-{y} (tillsynsbesök höst {p}-sommar {y})",
    "3 gånger per år", "2 gånger per år", "2-3 gånger per år", "4 gånger per år",
    "1 gång per månad, bortsett från juli månad, under {y}",
    "3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli månad.",
    "Löpande",
]

CATEGORY_PHRASES = {
    "Handläggarträffar": ["2 gånger per år", "3 gånger per år", "Våren {y}", "Hösten {y}"],
    "Styrning av miljösamverkan": ["3 gånger per år", "1 gång per månad, bortsett från juli månad, under {y}",
                                   "2-3 gånger per år"],
}


def slug(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "a", "Ä": "a", "Ö": "o", "é": "e"})
    return re.sub(r"[^a-z0-9]+", "-", text.translate(table).lower()).strip("-")


def load(path: pathlib.Path):
    return json.loads(path.read_text(encoding="utf-8"))


def organisation(template: dict, county: tuple, rng: random.Random) -> dict:
    name, code, letter, count = county
    short = name.replace(" län", "").rstrip("s") if name.endswith("s län") else name.replace(" län", "")
    text = json.dumps(template, ensure_ascii=False)
    text = text.replace("jonkopings-lan", slug(name)).replace("Jönköpings län", name)
    text = text.replace("Jönköping", short)
    org = json.loads(text)
    org["counties"] = [{"name": name, "code": code, "letter": letter}]
    org["founded"] = rng.randint(1998, 2012)
    kommuner = []
    used = set()
    for i in range(count):
        while True:
            town = rng.choice(NAME_STARTS) + rng.choice(NAME_ENDS)
            if town not in used:
                used.add(town)
                break
        kommunkod = f"{code}{(i * 7 + 4) % 100:02d}" if count < 14 else f"{code}{i + 10:02d}"
        kommuner.append({"schema": "Party.1", "id": f"kommun-{kommunkod}", "kind": "kommun",
                         "name": f"{town} kommun", "short_names": [town], "kommunkod": kommunkod,
                         "population": {"count": rng.randint(2500, 160000), "as_of": "2023-12-31",
                                        "source": "SCB, folkmängd 31 december 2023"}})
    ids = [k["id"] for k in kommuner]
    org["parties"] = kommuner + [p for p in org["parties"] if p["kind"] != "kommun"]
    org["members"] = ids + [m for m in org["members"] if not m.startswith("kommun-")]
    for group in org["groups"]:
        if group["id"] == "lanets-kommuner":
            group["members"] = ids
            group["description"] = f"Alla {count} kommuner i {name}."
    return org


def activities(reference: list, categories: list, kommuner: list, goals: list, year: int, count: int,
               rng: random.Random, county: str) -> list:
    # The reference activities, with the organisation's own id (an actor too) renamed for the county.
    reference = json.loads(json.dumps(reference, ensure_ascii=False).replace("jonkopings-lan", slug(county)))
    out = []
    for n in range(count):
        a = copy.deepcopy(rng.choice(reference))
        a.pop("origin", None)
        a["year"] = year
        if n >= len(reference):
            a["title"] = a["title"] + " " + rng.choice(["etapp 2", "fördjupning", "uppföljning", "del 2"])
        a["id"] = f"a{n:03d}-{slug(a['title'])[:40].strip('-')}"
        a["category"] = categories[n * len(categories) // count]
        phrases = CATEGORY_PHRASES.get(a["category"], PHRASES)
        a["timing"] = rng.choice(phrases).format(y=year, p=year - 1)
        for cell in ("responsible", "partners"):
            refs = a.get(cell, {}).get("refs")
            if refs:
                a[cell]["refs"] = [rng.choice(kommuner) if isinstance(r, str) and r.startswith("kommun-") else r
                                   for r in refs]
        cell = a.setdefault("effect_goals", {"text": ""})
        if rng.random() < 0.6 and not cell.get("open") == "flertalet":
            chosen = rng.sample(goals, rng.randint(1, 3))
            cell["goals"] = [g["id"] for g in chosen]
            cell["text"] = ", ".join(g["name_sv"] for g in chosen)
        out.append(a)
    return out


def budget(year: int, rng: random.Random) -> dict:
    tkr = lambda lo, hi: rng.randint(lo, hi) * 1000  # noqa: E731 - whole thousands, like a tkr table
    income = [
        {"id": "overskott-foregaende-ar", "label": "Överskott från föregående år", "amount": tkr(0, 80),
         "tags": ["carry_over"]},
        {"id": "inbetalningar", "label": "Summa inbetalningar från kommuner och Länsstyrelsen",
         "amount": tkr(900, 2400), "tags": ["member_payments"]},
        {"id": "utbildningar-intakter", "label": "Utbildningar inom miljösamverkan", "amount": tkr(20, 120)},
        {"id": "bidrag", "label": "Bidrag från Naturvårdsverket", "amount": tkr(0, 60)},
    ]
    labels = ["Lön och ersättningar för länssamordnare", "OH-kostnader för administrativt stöd och lokaler",
              "Administrativt stöd till HR, telefoni", "Utbildningar - arvoden och resor för föreläsare",
              "Lokalhyra för handläggarträffar", "Länssamordnarens resor och konferenser",
              "Miljöbarometern", "Webbplats och kommunikation", "Licenser och IT-tjänster",
              "Externa konsulter i tillsynsprojekt", "Oförutsedda kostnader"]
    costs = [{"id": slug(label)[:30].strip("-"), "label": label, "amount": tkr(5, 90)} for label in labels]
    costs[0]["amount"] = tkr(700, 1100)
    costs[0]["tags"] = ["salary"]
    total_costs = sum(line["amount"] for line in costs)
    # The members pay what the costs need and a small margin: a planned deficit needs a decision (an error).
    income[1]["amount"] = total_costs - sum(line["amount"] for line in income[2:]) + tkr(0, 60)
    total_in = sum(line["amount"] for line in income)
    return {"schema": "Budget.1", "year": year, "version": "fastställd", "title": f"Budget {year} (tkr)",
            "display_unit": "tkr", "headings": {"income": "Intäkter", "costs": "Kostnader"},
            "income": income, "costs": costs,
            "printed_totals": {"income": {"label": "SUMMA INTÄKTER", "amount": total_in},
                               "costs": {"label": "SUMMA KOSTNADER", "amount": total_costs},
                               "result": {"amount": total_in - total_costs}},
            "notes": [f"Miljösamverkans budget för {year} framgår av tabellen nedan."]}


def plan(reference: dict, profile: dict, goals: list, county: tuple, year: int, count: int,
         rng: random.Random) -> dict:
    org = organisation(profile, county, rng)
    name = county[0]
    kommuner = [p["id"] for p in org["parties"] if p["kind"] == "kommun"]
    bank = copy.deepcopy(reference["proposal_bank"])
    bank["title"] = f"Aktivitetsförslag till Miljösamverkan {name}s verksamhetsplan {year + 1}-{year + 3}"
    bank["years"] = {"first": year + 1, "last": year + 3}
    for proposal in bank["proposals"]:
        proposal["submitted_year"] = year - rng.randint(0, 3)
    return {
        "schema": "Plan.1",
        "id": f"{slug(name)}-{year}",
        "title": f"Verksamhetsplan för Miljösamverkan {name} {year}",
        "source": {"title": f"Verksamhetsplan för Miljösamverkan {name} {year}",
                   "notes": ["Generated for the benchmarks from the Jönköping 2024 plan."]},
        "organisation": org,
        "years": [{"year": year, "status": "fastställd"}, {"year": year + 1, "status": "preliminär"},
                  {"year": year + 2, "status": "förslagsbank"}],
        "adoption": {"body": "styrgrupp", "date": f"{year - 1}-06-{rng.randint(10, 28)}"},
        "sections": copy.deepcopy(reference["sections"]),
        "categories": list(org["categories"]),
        "activities": activities(reference["activities"], org["categories"], kommuner, goals, year, count, rng,
                                 name),
        "proposal_bank": bank,
        "budget": budget(year, rng),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=pathlib.Path)
    parser.add_argument("--counties", type=int, default=21)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--first-year", type=int, default=2025)
    parser.add_argument("--activities", type=int, default=40)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--stress-mb", type=float, default=0, help="also write stress.json of about this size")
    args = parser.parse_args()

    reference = load(SOURCE / "data" / "jonkoping-2024.json")
    profile = load(SOURCE / "data" / "profiles" / "jonkoping.json")
    goals = load(SOURCE / "data" / "goals.json")["goals"]
    rng = random.Random(args.seed)
    (args.out / "plans").mkdir(parents=True, exist_ok=True)
    files = []
    for county in COUNTIES[:args.counties]:
        for year in range(args.first_year, args.first_year + args.years):
            doc = plan(reference, profile, goals, county, year, rng.randint(args.activities - 4, args.activities + 4),
                       rng)
            path = args.out / "plans" / f"{doc['id']}.json"
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            files.append({"file": str(path.relative_to(args.out)), "bytes": path.stat().st_size,
                          "activities": len(doc["activities"]),
                          "budget_lines": len(doc["budget"]["income"]) + len(doc["budget"]["costs"])})
    summary = {"seed": args.seed, "plans": files, "bytes": sum(f["bytes"] for f in files)}
    if args.stress_mb > 0:
        # One plan of the requested size: the activities of many plans under one organisation, each id unique.
        doc = plan(reference, profile, goals, COUNTIES[11], args.first_year, args.activities, rng)
        doc["id"] = "stress"
        kommuner = [p["id"] for p in doc["organisation"]["parties"] if p["kind"] == "kommun"]
        state = rng.getstate()
        size, wanted = 0, 1000
        for _ in range(2):  # measure a sample, then scale to the requested size
            wanted = max(1, int(wanted * args.stress_mb * 1e6 / size)) if size else wanted
            rng.setstate(state)
            doc["activities"] = activities(reference["activities"], doc["categories"], kommuner, goals,
                                           args.first_year, wanted, rng, COUNTIES[11][0])
            for n, a in enumerate(doc["activities"]):
                a["id"] = f"s{n:06d}-{a['id'][5:]}"
            text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
            size = len(text.encode("utf-8"))
        path = args.out / "stress.json"
        path.write_text(text, encoding="utf-8")
        summary["stress"] = {"file": "stress.json", "bytes": path.stat().st_size, "activities": wanted}
    (args.out / "corpus.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"{len(files)} plans, {summary['bytes'] / 1e6:.1f} MB"
          + (f"; stress plan {summary['stress']['bytes'] / 1e6:.1f} MB" if args.stress_mb > 0 else ""))


if __name__ == "__main__":
    main()

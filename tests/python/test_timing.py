# SPDX-License-Identifier: Apache-2.0
"""parse_timing: the 26 phrases of the reference plan and the grammar of docs/timing.md, each read into
exact days; errors, value semantics, JSON and HTML.

Mirrors tests/cpp/calendar/test_timing.cpp, test_timing_points.cpp and test_timing_cadences.cpp.
A row lists every part it expects; parts it leaves out must be empty.
"""

import datetime
import html.parser
import json

import pytest

import miljoplan
from miljoplan import ParseError, SeasonReading

TERM, CAL = SeasonReading.Term, SeasonReading.Calendar


def d(text):
    return datetime.date.fromisoformat(text)


def reading(t):
    """Every part of a Timing as plain values (windows with their inclusive last day)."""
    return {
        "windows": [(w.kind.name, w.label, w.start, w.last, w.text) for w in t.windows],
        "dates": list(t.dates),
        "cadences": [(c.min, c.max, c.per.name, c.interval, list(c.excluded_months),
                      (c.within.first, c.within.last) if c.within else None, c.label, c.anchor) for c in t.cadences],
        "deadline": t.deadline.date if t.deadline else None,
        "ongoing": t.ongoing,
        "ambiguous": t.ambiguous,
        "excluded_months": list(t.excluded_months),
        "unparsed": t.unparsed,
    }


def expect(windows=(), dates=(), cadences=(), deadline=None, ongoing=False, ambiguous=False, excluded=(), rest=""):
    return {
        "windows": [(kind, label, d(first), d(last), text) for kind, label, first, last, text in windows],
        "dates": [d(x) for x in dates],
        "cadences": [(lo, hi, per, every, list(ex), (d(within[0]), d(within[1])) if within else None, label, anchor)
                     for lo, hi, per, every, ex, within, label, anchor in cadences],
        "deadline": d(deadline) if deadline else None,
        "ongoing": ongoing,
        "ambiguous": ambiguous,
        "excluded_months": list(excluded),
        "unparsed": rest,
    }


def period(first, last, text):
    return ("Period", "", first, last, text)


def cad(lo, hi, per, every=1, ex=(), within=None, label="", anchor=""):
    return (lo, hi, per, every, ex, within, label, anchor)


SPRING, AUTUMN = ("2024-01-01", "2024-06-30"), ("2024-08-01", "2024-12-31")
Y2024 = ("2024-01-01", "2024-12-31")

# The reference plan's phrases in plan order: (phrase, expected reading, number of notes).
REFERENCE = [
    ("2023-2024 (tillsynsbesök höst 2023-sommar 2024)",
     expect([period("2023-01-01", "2024-12-31", "2023-2024"),
             ("Detail", "tillsynsbesök", "2023-08-01", "2024-08-31", "höst 2023-sommar 2024")], ambiguous=True), 1),
    ("2024 (tillsynskampanj sommar 2024-höst 2024)",
     expect([period("2024-01-01", "2024-12-31", "2024"),
             ("Detail", "tillsynskampanj", "2024-06-01", "2024-12-31", "sommar 2024-höst 2024")], ambiguous=True), 1),
    ("Vår 2024", expect([period(*SPRING, "Vår 2024")], ambiguous=True), 1),
    ("Höst 2024", expect([period(*AUTUMN, "Höst 2024")], ambiguous=True), 1),
    ("Våren 2024", expect([period(*SPRING, "Våren 2024")], ambiguous=True), 1),
    ("Hösten 2024", expect([period(*AUTUMN, "Hösten 2024")], ambiguous=True), 1),
    ("Fas 1: Vår 2024 Fas 2: Höst 2024",
     expect([("Phase", "Fas 1", *SPRING, "Vår 2024"), ("Phase", "Fas 2", *AUTUMN, "Höst 2024")], ambiguous=True), 2),
    ("Vår 2024", expect([period(*SPRING, "Vår 2024")], ambiguous=True), 1),
    ("Våren 2024", expect([period(*SPRING, "Våren 2024")], ambiguous=True), 1),
    ("Våren 2024", expect([period(*SPRING, "Våren 2024")], ambiguous=True), 1),
    ("Hösten 2024", expect([period(*AUTUMN, "Hösten 2024")], ambiguous=True), 1),
    ("Hösten 2024", expect([period(*AUTUMN, "Hösten 2024")], ambiguous=True), 1),
    ("3 gånger per år", expect(cadences=[cad(3, 3, "Year")]), 0),
    ("3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli månad.",
     expect(cadences=[cad(3, 3, "Year", anchor="inför styrgruppsmötena"),
                      cad(1, 1, "Month", ex=[7], label="en kortare avstämning")]), 0),
    ("Våren 2024", expect([period(*SPRING, "Våren 2024")], ambiguous=True), 1),
    ("Våren 2024", expect([period(*SPRING, "Våren 2024")], ambiguous=True), 1),
    ("Februari 2024", expect([period("2024-02-01", "2024-02-29", "Februari 2024")]), 0),
    ("1 gång per månad, bortsett från juli månad, under 2024",
     expect(cadences=[cad(1, 1, "Month", ex=[7], within=Y2024)]), 0),
    ("Hösten 2024", expect([period(*AUTUMN, "Hösten 2024")], ambiguous=True), 1),
    ("Hösten 2024", expect([period(*AUTUMN, "Hösten 2024")], ambiguous=True), 1),
    ("2 gånger per år", expect(cadences=[cad(2, 2, "Year")]), 0),
    ("2 gånger per år", expect(cadences=[cad(2, 2, "Year")]), 0),
    ("2 gånger per år", expect(cadences=[cad(2, 2, "Year")]), 0),
    ("2-3 gånger per år", expect(cadences=[cad(2, 3, "Year")]), 0),
    ("November 2024", expect([period("2024-11-01", "2024-11-30", "November 2024")]), 0),
    ("Löpande", expect([("Scope", "", *Y2024, "Löpande")], ongoing=True), 1),
]


def test_reference_plan_has_the_26_phrases():
    phrases = [a.timing_text for a in miljoplan.example_plan().activities]
    assert phrases == [phrase for phrase, _, _ in REFERENCE]


@pytest.mark.parametrize("index", range(26))
def test_reference_phrase_is_read_exactly(index):
    phrase, expected, notes = REFERENCE[index]
    t = miljoplan.parse_timing(phrase, year=2024)
    assert t.text == phrase
    assert reading(t) == expected
    assert t.unparsed == ""
    assert len(t.notes) == notes, t.notes
    # Every part keeps the words it came from: they are words of the phrase itself.
    for part in [*t.windows, *t.cadences]:
        assert part.text in phrase


def test_the_season_note_gives_both_readings():
    assert miljoplan.parse_timing("Vår 2024", year=2024).notes == [
        '"Vår 2024" beror på hur årstider läses: termin 2024-01-01–2024-06-30, '
        "kalender 2024-03-01–2024-05-31; vald: termin"]


def test_lopande_takes_the_context_year_with_a_note():
    t = miljoplan.parse_timing("Löpande", year=2025)
    assert [w.range for w in t.windows] == [miljoplan.DateRange.year(2025)]
    assert t.notes == ['"Löpande": löpande under hela 2025 (året från sammanhanget)']
    bare = miljoplan.parse_timing("Löpande")
    assert bare.ongoing and bare.windows == [] and bare.unparsed == ""


def test_calendar_reading_moves_only_the_seasons():
    spring = miljoplan.parse_timing("Våren 2024", year=2024, seasons=CAL)
    assert (spring.windows[0].start, spring.windows[0].last) == (d("2024-03-01"), d("2024-05-31"))
    phases = miljoplan.parse_timing("Fas 1: Vår 2024 Fas 2: Höst 2024", year=2024, seasons="kalender")
    assert [(p.label, p.start, p.last) for p in phases.phases] == [
        ("Fas 1", d("2024-03-01"), d("2024-05-31")), ("Fas 2", d("2024-09-01"), d("2024-11-30"))]
    assert miljoplan.parse_timing("November 2024", year=2024, seasons=CAL) == \
        miljoplan.parse_timing("November 2024", year=2024, seasons=TERM)


def test_span_covers_every_part():
    t = miljoplan.parse_timing("2023-2024 (tillsynsbesök höst 2023-sommar 2024)", year=2024)
    assert t.span == miljoplan.DateRange.inclusive(d("2023-01-01"), d("2024-12-31"))
    assert miljoplan.parse_timing("3 gånger per år").span is None
    assert str(miljoplan.parse_timing("3 mars och 9 november 2015, senast den 1 december 2015").span) == \
        "2015-03-03–2015-12-01"


# ---- the grammar: (phrase, season reading, expected reading); context year 2024 -----------------

VARIANTS = [
    # Months, abbreviations and the context year.
    ("feb.", TERM, expect([period("2024-02-01", "2024-02-29", "feb.")])),
    ("okt 2025", TERM, expect([period("2025-10-01", "2025-10-31", "okt 2025")])),
    ("Februari 2023", TERM, expect([period("2023-02-01", "2023-02-28", "Februari 2023")])),
    ("mars, april och maj 2024", TERM,
     expect([period(f"2024-{m:02}-01", f"2024-{m:02}-{last}", "mars, april och maj 2024")
             for m, last in ((3, 31), (4, 30), (5, 31))])),
    # Seasons under both readings.
    ("våren 2025", TERM, expect([period("2025-01-01", "2025-06-30", "våren 2025")], ambiguous=True)),
    ("våren 2025", CAL, expect([period("2025-03-01", "2025-05-31", "våren 2025")], ambiguous=True)),
    ("hösten 2025", TERM, expect([period("2025-08-01", "2025-12-31", "hösten 2025")], ambiguous=True)),
    ("höst 2025", CAL, expect([period("2025-09-01", "2025-11-30", "höst 2025")], ambiguous=True)),
    ("sommaren 2025", TERM, expect([period("2025-06-01", "2025-08-31", "sommaren 2025")])),
    ("sommar 2025", CAL, expect([period("2025-06-01", "2025-08-31", "sommar 2025")])),
    ("vintern 2024", TERM, expect([period("2023-12-01", "2024-02-29", "vintern 2024")], ambiguous=True)),
    ("vintern 2024/2025", CAL, expect([period("2024-12-01", "2025-02-28", "vintern 2024/2025")])),
    ("vårterminen 2025", CAL, expect([period("2025-01-01", "2025-06-30", "vårterminen 2025")])),
    ("höstterminen 2025", CAL, expect([period("2025-08-01", "2025-12-31", "höstterminen 2025")])),
    # Half years, kvartal, tertial.
    ("H1 2025", TERM, expect([period("2025-01-01", "2025-06-30", "H1 2025")])),
    ("tredje kvartalet 2022", TERM, expect([period("2022-07-01", "2022-09-30", "tredje kvartalet 2022")])),
    ("kv. 3", TERM, expect([period("2024-07-01", "2024-09-30", "kv. 3")])),
    ("2023 kv. 1", TERM, expect([period("2023-01-01", "2023-03-31", "2023 kv. 1")])),
    ("T1 2025", TERM, expect([period("2025-01-01", "2025-04-30", "T1 2025")])),
    ("andra tertialet 2025", TERM, expect([period("2025-05-01", "2025-08-31", "andra tertialet 2025")])),
    # ISO weeks: Monday to Sunday in the ISO week-numbering year.
    ("vecka 40 2025", TERM, expect([period("2025-09-29", "2025-10-05", "vecka 40 2025")])),
    ("v40", TERM, expect([period("2024-09-30", "2024-10-06", "v40")])),
    ("v 40-42", TERM, expect([period("2024-09-30", "2024-10-20", "v 40-42")])),
    ("vecka 1 2025", TERM, expect([period("2024-12-30", "2025-01-05", "vecka 1 2025")])),
    ("vecka 53 2026", TERM, expect([period("2026-12-28", "2027-01-03", "vecka 53 2026")])),
    # School year and days.
    ("2023/24", TERM, expect([period("2023-08-01", "2024-06-30", "2023/24")], ambiguous=True)),
    ("3 mars och 9 november 2015", TERM, expect(dates=["2015-03-03", "2015-11-09"])),
    ("den 3 mars 2025", TERM, expect(dates=["2025-03-03"])),
    ("3:e mars 2025", TERM, expect(dates=["2025-03-03"])),
    ("2025-03-15", TERM, expect(dates=["2025-03-15"])),
    ("29 februari 2024", TERM, expect(dates=["2024-02-29"])),
    # Ranges.
    ("April 2021 – juni 2022", TERM, expect([period("2021-04-01", "2022-06-30", "April 2021 – juni 2022")])),
    ("mars–maj 2024", TERM, expect([period("2024-03-01", "2024-05-31", "mars–maj 2024")])),
    ("december–februari 2025", TERM, expect([period("2024-12-01", "2025-02-28", "december–februari 2025")])),
    ("fr.o.m. mars 2025 t.o.m. juni 2025", TERM,
     expect([period("2025-03-01", "2025-06-30", "fr.o.m. mars 2025 t.o.m. juni 2025")])),
    ("mellan april och juni 2025", TERM, expect([period("2025-04-01", "2025-06-30", "mellan april och juni 2025")])),
    ("höst 2023-sommar 2024", CAL, expect([period("2023-09-01", "2024-08-31", "höst 2023-sommar 2024")],
                                          ambiguous=True)),
    ("vecka 50 2024 – vecka 2 2025", TERM,
     expect([period("2024-12-09", "2025-01-12", "vecka 50 2024 – vecka 2 2025")])),
    ("April 2021 – juni 2022. Förlängs t.o.m. maj 2023", TERM,
     expect([period("2021-04-01", "2022-06-30", "April 2021 – juni 2022"),
             ("Extension", "", "2022-07-01", "2023-05-31", "Förlängs t.o.m. maj 2023")])),
    ("Hösten 2024 (inventering september–oktober)", TERM,
     expect([period("2024-08-01", "2024-12-31", "Hösten 2024"),
             ("Detail", "inventering", "2024-09-01", "2024-10-31", "september–oktober")], ambiguous=True)),
    # Cadences with exclusions, scopes, anchors.
    ("2–3 ggr/år", TERM, expect(cadences=[cad(2, 3, "Year")])),
    ("två till tre gånger per år", TERM, expect(cadences=[cad(2, 3, "Year")])),
    ("varannan månad", TERM, expect(cadences=[cad(1, 1, "Month", every=2)])),
    ("var tredje månad", TERM, expect(cadences=[cad(1, 1, "Month", every=3)])),
    ("1 gång varannan vecka", TERM, expect(cadences=[cad(1, 1, "Week", every=2)])),
    ("kvartalsvis", TERM, expect(cadences=[cad(1, 1, "Quarter")])),
    ("1 gång per månad utom juli och augusti", TERM, expect(cadences=[cad(1, 1, "Month", ex=[7, 8])])),
    ("1 gång per månad, undantaget sommaren", TERM, expect(cadences=[cad(1, 1, "Month", ex=[6, 7, 8])])),
    ("varje månad med undantag för januari, juni och augusti", TERM,
     expect(cadences=[cad(1, 1, "Month", ex=[1, 6, 8])])),
    ("1 gång per månad under våren 2025", CAL,
     expect(cadences=[cad(1, 1, "Month", within=("2025-03-01", "2025-05-31"))], ambiguous=True)),
    ("2 gånger per år i samband med styrgruppsmötena", TERM,
     expect(cadences=[cad(2, 2, "Year", anchor="i samband med styrgruppsmötena")])),
    # A word before a cadence labels it only before a colon; elsewhere it is reported, not swallowed.
    ("Uppföljning: 2 gånger per år", TERM, expect(cadences=[cad(2, 2, "Year", label="Uppföljning")])),
    ("Uppföljning 2 gånger per år", TERM, expect(cadences=[cad(2, 2, "Year")], rest="Uppföljning")),
    ("Hösten 2024, 2 gånger per månad", TERM,
     expect([period("2024-08-01", "2024-12-31", "Hösten 2024")], cadences=[cad(2, 2, "Month")], ambiguous=True)),
    # Deadlines.
    ("senast den 1 april", TERM, expect(deadline="2024-04-01")),
    ("senast i juni", TERM, expect(deadline="2024-06-30")),
    ("före 1 april", TERM, expect(deadline="2024-03-31")),
    ("innan hösten 2025", TERM, expect(deadline="2025-07-31", ambiguous=True)),
    ("senast vecka 12 2024", TERM, expect(deadline="2024-03-24")),
    ("t.o.m. maj 2023", TERM, expect(deadline="2023-05-31")),
    # Löpande, and what is not understood.
    ("Löpande, utom juli", TERM, expect([("Scope", "", *Y2024, "Löpande")], ongoing=True, excluded=[7])),
    ("löpande under 2025", TERM,
     expect([("Scope", "", "2025-01-01", "2025-12-31", "löpande under 2025")], ongoing=True)),
    ("Vår 2024, vid behov", TERM, expect([period(*SPRING, "Vår 2024")], ambiguous=True, rest="vid behov")),
    ("i våras", TERM, expect(rest="i våras")),
    ("måndagar kl. 9–15", TERM, expect(rest="måndagar kl 9 15")),
]


@pytest.mark.parametrize("phrase,seasons,expected", VARIANTS,
                         ids=[f"{i}-{p}" + ("-kalender" if s == CAL else "") for i, (p, s, _) in enumerate(VARIANTS)])
def test_variant_is_read_exactly(phrase, seasons, expected):
    t = miljoplan.parse_timing(phrase, year=2024, seasons=seasons)
    assert t.text == phrase
    assert reading(t) == expected


def test_regular_means_one_per_month_or_week():
    def regular(phrase):
        return miljoplan.parse_timing(phrase).cadence.is_regular

    assert regular("varje månad") and regular("varannan månad") and regular("veckovis")
    assert not any(regular(p) for p in ("2 gånger per månad", "1-2 gånger per månad", "en gång per kvartal", "årligen"))


# ---- errors: ParseError (also a ValueError) with the column and the offending part ---------------

ERRORS = [
    ("30 februari 2025", 1, "30 februari 2025"),
    ("vecka 53 2025", 1, "vecka 53 2025"),
    ("juni 2022 – april 2021", 1, "juni 2022 – april 2021"),
    ("kvartal 5 2024", 1, "kvartal 5"),
    ("3-2 gånger per år", 1, "3-2 gånger per år"),
    # Columns count characters, not bytes: "å" and "ö" are one column each.
    ("Våren 2024 och 31 april 2024", 16, "31 april 2024"),
    ("Fas 1: våren 2024 Fas 2: vecka 53 2025", 26, "vecka 53 2025"),
]


@pytest.mark.parametrize("phrase,column,offending", ERRORS, ids=[e[0] for e in ERRORS])
def test_impossible_input_raises_parse_error(phrase, column, offending):
    with pytest.raises(ParseError) as info:
        miljoplan.parse_timing(phrase, year=2024)
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, miljoplan.Error)
    assert e.column == column
    assert e.line == 1
    assert e.source == f'"{phrase}"'
    assert offending in str(e) and offending in e.detail
    assert phrase in str(e)


def test_a_missing_week_says_how_many_the_year_has():
    with pytest.raises(ValueError) as info:
        miljoplan.parse_timing("vecka 53 2025")
    assert "52" in info.value.detail


def test_a_date_without_any_year_is_an_error():
    with pytest.raises(ParseError):
        miljoplan.parse_timing("3 mars")
    assert miljoplan.parse_timing("3 mars", year=2026).dates == [d("2026-03-03")]


# ---- values --------------------------------------------------------------------------------------

def test_timing_is_an_immutable_value():
    phrase = "3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per månad, förutom i juli."
    t = miljoplan.parse_timing(phrase, year=2024)
    for name, value in (("text", "x"), ("unparsed", "x"), ("ongoing", True), ("cadences", []), ("deadline", None)):
        with pytest.raises(AttributeError):
            setattr(t, name, value)
    for part, name in ((t.cadence, "min"), (t.cadences[1], "excluded_months")):
        with pytest.raises(AttributeError):
            setattr(part, name, 2)
    # Lists come back as copies: changing one does not change the Timing.
    t.cadences.clear()
    t.cadence.excluded_months.append(1)
    assert len(t.cadences) == 2 and t.cadences[1].excluded_months == [7]


def test_timing_compares_and_hashes_by_value():
    a = miljoplan.parse_timing("Fas 1: Vår 2024 Fas 2: Höst 2024", year=2024)
    b = miljoplan.parse_timing("Fas 1: Vår 2024 Fas 2: Höst 2024", year=2024)
    assert a is not b and a == b and not (a != b)
    assert hash(a) == hash(b)
    assert len({a, b}) == 1
    assert a != miljoplan.parse_timing("Fas 1: Vår 2024 Fas 2: Höst 2024", year=2024, seasons=CAL)
    assert a.windows[0] == b.windows[0] and hash(a.windows[0]) == hash(b.windows[0])
    assert (a == "Fas 1: Vår 2024 Fas 2: Höst 2024") is False
    c = miljoplan.parse_timing("1 gång per månad, bortsett från juli månad", year=2024)
    assert {c.cadence, miljoplan.parse_timing("1 gång per månad, bortsett från juli månad").cadence} == {c.cadence}


def test_to_json_has_the_documented_keys():
    t = miljoplan.parse_timing("3 gånger per år inför styrgruppsmötena, samt en kortare avstämning en gång per "
                               "månad, förutom i juli månad.", year=2024)
    data = json.loads(t.to_json(year=2024))
    assert set(data) == {"text", "windows", "dates", "cadence", "cadences", "months", "deadline", "ongoing",
                         "excluded_months", "ambiguous", "notes", "unparsed"}
    assert data["text"] == t.text
    assert data["cadence"] == {"min": 3, "max": 3, "per": "year", "interval": 1, "excluded_months": [],
                               "within": None, "label": "", "anchor": "inför styrgruppsmötena", "regular": False,
                               "text": "3 gånger per år inför styrgruppsmötena"}
    assert data["cadences"][0] == data["cadence"]
    assert [c["per"] for c in data["cadences"]] == ["year", "month"]
    assert data["cadences"][1]["excluded_months"] == [7]
    assert data["months"] == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]
    assert (data["deadline"], data["ongoing"], data["unparsed"]) == (None, False, "")
    # Windows show the inclusive last day.
    spring = json.loads(miljoplan.parse_timing("Våren 2024").to_json(year=2024))
    window = spring["windows"][0]
    assert {"start", "end", "label", "kind", "text"} <= set(window)
    assert (window["start"], window["end"], window["kind"]) == ("2024-01-01", "2024-06-30", "period")
    assert spring["ambiguous"] is True and len(spring["notes"]) == 1
    # Without a year there are no months to give.
    assert json.loads(t.to_json())["months"] == []
    deadline = json.loads(miljoplan.parse_timing("senast den 1 april 2025").to_json())
    assert deadline["deadline"] == "2025-04-01"
    scoped = json.loads(miljoplan.parse_timing("1 gång per månad under 2024").to_json(year=2024))
    assert scoped["cadence"]["within"] == {"start": "2024-01-01", "end": "2024-12-31"}
    assert scoped["cadence"]["regular"] is True
    assert scoped["months"] == list(range(1, 13))
    # The months of a year the phrase's cadence does not reach: none.
    assert json.loads(miljoplan.parse_timing("1 gång per månad under 2024").to_json(year=2025))["months"] == []


class _Html(html.parser.HTMLParser):
    """Collects the tags and the text of an HTML fragment."""

    def __init__(self, fragment):
        super().__init__(convert_charrefs=True)
        self.tags, self.text = [], []
        self.feed(fragment)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_repr_html_escapes_markup():
    for phrase in ("<b>x</b> 2024", "Våren 2024 & <i>x</i>", "Hösten 2024 (<b>x</b> oktober)"):
        t = miljoplan.parse_timing(phrase, year=2024)
        labels = [w.label for w in t.windows if w.label]
        # The words are kept (as a label or as unparsed words), never dropped.
        assert any("x" in words for words in labels + [t.unparsed]), phrase
        page = _Html(t._repr_html_())
        # Markup in the phrase is data, not tags: only the fragment's own tags remain.
        assert page.tags[:3] == ["div", "b", "ul"] and set(page.tags[3:]) <= {"li"}, phrase
        assert page.text[0] == phrase
        shown = "".join(page.text[1:])
        for words in labels + [t.unparsed]:
            assert words in shown, (phrase, words)
    assert "&lt;b&gt;x&lt;/b&gt; 2024" in miljoplan.parse_timing("<b>x</b> 2024")._repr_html_()

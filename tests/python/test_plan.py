# SPDX-License-Identifier: Apache-2.0
"""Facts of the embedded reference plan, Miljösamverkan Jönköpings län 2024.

Expected strings are copied from the published plan (text extraction of the PDF). Cells the PDF
breaks across lines are joined the way the transcription notes in the plan's source describe.
"""

import datetime

import miljoplan
from miljoplan import ActorPhrase, ActorRef, GoalPhrase, GoalRef, Measure, OpenGoals, PlanYear, YearStatus

CATEGORY_COUNTS = [
    ("Tillsynsprojekt", 2),
    ("Handläggarstöd", 2),
    ("Utbildning/workshops", 2),
    ("Övrigt utvecklingsarbete", 2),
    ("Handläggarträffar", 4),
    ("Styrning av miljösamverkan", 5),
    ("Övriga träffar", 6),
    ("Kommunikation", 3),
]


def test_identity(plan):
    assert plan.id == "jonkoping-2024"
    assert plan.title == "Verksamhetsplan för Miljösamverkan Jönköpings län 2024"
    assert plan.organisation.name == "Miljösamverkan Jönköpings län"
    assert plan.organisation.founded == 2005


def test_years_and_adoption(plan):
    assert plan.years == [PlanYear(2024, "fastställd")]
    assert plan.years[0].status == YearStatus.Adopted
    assert plan.first_year == 2024 and plan.last_year == 2024
    # Adopted "senast i juni året innan den ska börja gälla".
    assert plan.adoption_deadline == datetime.date(2023, 6, 30)
    assert plan.adoption.body == "styrgrupp"
    assert plan.adoption.date is None
    assert plan.horizon_exception.startswith("För 2024 är planen ettårig")


def test_activity_count_and_categories(plan):
    assert len(plan.activities) == 26
    assert plan.categories == [name for name, _ in CATEGORY_COUNTS]
    counted = []
    for activity in plan.activities:
        if not counted or counted[-1][0] != activity.category:
            counted.append([activity.category, 0])
        counted[-1][1] += 1
    # Printed order: every category is one contiguous run, in the order of the headings.
    assert [tuple(c) for c in counted] == CATEGORY_COUNTS
    for name, count in CATEGORY_COUNTS:
        assert len(plan.activities_in(name)) == count


def test_first_activity_every_column(plan):
    a = plan.activities[0]
    assert a.id == "avfallsbrottslighet"
    assert a.title == "Avfallsbrottslighet"
    assert a.category == "Tillsynsprojekt"
    assert a.year == 2024
    assert a.goal == (
        "Öka kompetensen inom området avfall och tillämpa nyheter i regelverk i tillsynen. "
        "Få en säkrare hantering och samsyn av avfall och avfallsflödet. "
        "Kommunerna deltar i den eventuella tillsynskampanjen."
    )
    assert a.implementation == (
        "Ta fram en projektplan med en tidplan och därefter checklistor med handläggarstöd. "
        "Eventuellt genomföra en tillsynskampanj, sammanställa resultatet och skriva en projektrapport."
    )
    assert a.timing_text == "2023-2024 (tillsynsbesök höst 2023-sommar 2024)"
    assert a.responsible == "Länssamordnaren ihop med projektgruppen."
    assert a.responsible.ids == ["lanssamordnare", "projektgrupp"]
    assert a.partners == "Länets kommuner, länsstyrelsen"
    assert a.partners.refs == [ActorRef("lanets-kommuner"), ActorRef("lansstyrelsen")]
    assert a.effect_goals == "God bebyggd miljö, giftfri miljö, m.fl."
    assert a.effect_goals.goal_ids == ["mkm-15", "mkm-4"]
    assert a.effect_goals.open == OpenGoals.AndOthers


def test_phrases_are_byte_exact(plan):
    by_id = {a.id: a for a in plan.activities}
    # En dash (U+2013), not a hyphen.
    title = by_id["uppstromsarbete-utslapp-till-vatten"].title
    assert title == "Uppströmsarbete \u2013 utsläpp till vatten"
    assert title.encode("utf-8") == b"Uppstr\xc3\xb6msarbete \xe2\x80\x93 utsl\xc3\xa4pp till vatten"
    # Precomposed capital A with grave (U+00C0), as printed.
    title = by_id["webbplats-och-ping-pong"].title
    assert title == "À jourhålla den externa webbplatsen och Ping Pong"
    assert title.encode("utf-8").startswith(b"\xc3\x80 jourh\xc3\xa5lla")
    # Swedish closing quotation marks (U+201D) on both sides of the quoted names.
    goals = by_id["handlaggartraff-sma-avlopp"].effect_goals
    assert goals == "Åtgärd nr 6 i avsnittet ”Ingen övergödning” i åtgärdsprogrammet ”Vattnets miljömål 2017-2021”"
    assert goals.text.count("\u201d") == 4 and "\u201c" not in goals.text
    assert goals.refs == [GoalRef("mkm-7", Measure("6", "Ingen övergödning", "Vattnets miljömål 2017-2021"))]
    assert by_id["handlaggartraff-lantbrukstillsyn"].effect_goals.refs[0].measure.number == "5"
    # The source's own slips are kept.
    assert "aktiveter inom miljösamverkan" in by_id["beredningsgruppsmoten"].goal
    assert "(senast den1 april)" in by_id["jamfora-nyckeltal"].implementation


def test_selected_cells(plan):
    by_id = {a.id: a for a in plan.activities}
    a = by_id["framtidens-miljobalkstillsyn"]
    assert a.timing_text == "Fas 1: Vår 2024 Fas 2: Höst 2024"
    assert a.responsible == "Länssamordnaren och miljöcheferna."
    assert a.partners == (
        "Länets kommuner och länsstyrelsen, eventuellt även i samarbete med Miljösamverkan Väst "
        "i fråga om kompetensförsörjning."
    )
    # "eventuellt" makes Miljösamverkan Väst's part conditional.
    assert a.partners.refs[-1] == ActorRef("miljosamverkan-vast", tentative=True)
    assert a.effect_goals == GoalPhrase("Flertalet", [], OpenGoals.Most)

    a = by_id["clp-och-markning"]
    assert a.title == "CLP samt märkning av kemiska och hygieniska produkter"
    assert a.partners == "" and not a.partners
    assert a.effect_goals == "Giftfri miljö, Hälsa och välbefinnande, m.fl."
    assert a.effect_goals.goal_ids == ["mkm-4", "sdg-3"]

    a = by_id["miljobrottsamverkan"]
    assert a.responsible == "Länsstyrelsen sammankallande"
    assert a.partners == "Länsstyrelsen, åklagare, polis miljösamverkan och Jönköpings kommun"
    assert "kommun-0680" in a.partners.ids

    a = by_id["besok-kommuner-och-lansstyrelsen"]
    assert a.timing_text == "1 gång per månad, bortsett från juli månad, under 2024"
    assert a.responsible == ActorPhrase("Länssamordnare", [ActorRef("lanssamordnare")])

    a = by_id["uppdatera-telefonboken"]
    assert a.timing_text == "November 2024"
    assert a.partners == "Miljömyndigheterna i länet"

    # Governance activities name no effect goal at all.
    for activity in plan.activities_in("Styrning av miljösamverkan"):
        assert activity.effect_goals == "" and activity.effect_goals.refs == []


def test_budget_amounts_in_kronor(plan):
    b = plan.budget
    assert b.year == 2024 and b.display_unit == "tkr"
    assert b.title == "Budget 2024 (tkr)"
    assert (b.income_heading, b.costs_heading) == ("Intäkter", "Kostnader")
    assert [line.amount for line in b.income] == [0, 1_196_000, 70_000]
    assert [line.amount for line in b.costs] == [985_000, 100_000, 7_000, 70_000, 15_000, 10_000, 24_000]
    assert all(type(line.amount) is int for line in b.income + b.costs)
    assert b.income[1].label == "Summa inbetalningar från kommuner, Länsstyrelsen och Region Jönköpings län"
    assert b.costs[4].label == "Förtäring vid alla fysiska möten (ca 20 per år)"
    assert b.costs[-1].label == "Miljöbarometern"
    assert b.income[0].tags == ["carry_over"]


def test_budget_totals(plan):
    b = plan.budget
    assert b.printed_totals == b.printed_totals  # a value, not an identity
    assert (b.printed_totals.income, b.printed_totals.costs, b.printed_totals.result) == (1_266_000, 1_206_000, 55_000)
    assert b.printed_income.label == "SUMMA INTÄKTER"
    assert b.printed_costs.label == "SUMMA KOSTNADER"
    # The result row has no label in the source.
    assert b.printed_result.label == ""
    assert b.income_total == 1_266_000
    assert b.costs_total == 1_211_000
    assert b.result == 55_000


def test_proposals(plan):
    proposals = plan.proposals
    assert len(proposals) == 12
    assert [p.submitted_year for p in proposals] == [2021, 2023, 2022, 2022, 2020, 2020, None, 2021, 2021, 2021, 2021, 2023]
    assert proposals[0].title == "Förorenade områdens påverkan på skolor och förskolor"
    assert proposals[0].area == "Tillsyn hälsoskydd"
    assert proposals[4].title == "Små avlopp – handläggarstöd och uppdaterad broschyr"
    assert proposals[6].title == "Digital tillsyn" and proposals[6].area == "Handläggarstöd miljöskydd"
    assert proposals[8].title == (
        "Klimatförändringarnas effekter på förorenade områden "
        '(åtgärd 4 i Ls åtgärdsprogram "Anpassning till ett förändrat klimat")'
    )
    # Yellow marking is lost in the text extraction, so "new" is unknown, not False.
    assert all(p.marked_new is None for p in proposals)


def test_proposal_bank(plan):
    bank = plan.proposal_bank
    assert len(bank) == 12
    assert [p.id for p in bank] == [p.id for p in plan.proposals]
    assert bank.title == "Aktivitetsförslag till Miljösamverkan Jönköpings läns verksamhetsplan 2025-2027"
    assert bank.heading == "Aktivitetsförslag som ligger kvar till kommande verksamhetsplaner"
    assert (bank.first_year, bank.last_year) == (2025, 2027)
    assert bank.areas == [
        "Tillsyn hälsoskydd",
        "Tillsyn miljöskydd",
        "Handläggarstöd miljöskydd",
        "Handläggarstöd hälsoskydd",
        "Utbildning/föreläsning/workshop",
    ]
    assert {p.area for p in bank} <= set(bank.areas)
    assert bank.notes == ["Året då förslaget inkom till miljösamverkan inom parantes. Nya förslag är gulmarkerade."]


def test_organisation_facts(plan):
    org = plan.organisation
    municipalities = [p for p in org.parties if p.kind == miljoplan.PartyKind.Municipality]
    assert len(municipalities) == 13
    codes = [p.municipality_code for p in municipalities]
    assert codes == ["0604", "0617", "0642", "0643", "0662", "0665", "0680",
                     "0682", "0683", "0684", "0685", "0686", "0687"]
    assert all(p.id == "kommun-" + p.municipality_code for p in municipalities)
    assert all(p.population is not None and p.population.uncertain for p in municipalities)
    jonkoping = org.find_party("kommun-0680")
    assert jonkoping.name == "Jönköpings kommun"
    assert jonkoping.population.as_of == "2023-12-31"
    assert org.counties == [miljoplan.County("Jönköpings län", "06", "F")]
    assert len(org.members) == 15
    assert org.cycle.horizon_years == 3
    assert [str(s) for s in org.cycle.year_statuses] == ["fastställd", "preliminär", "förslagsbank"]
    assert org.cycle.adopted_by == "styrgrupp"


def test_every_actor_and_goal_reference_resolves(plan):
    org = plan.organisation
    catalog = miljoplan.builtin_goal_catalog()
    for activity in plan.activities:
        for ref in activity.responsible.refs + activity.partners.refs:
            assert org.resolve(ref.id) is not None, (activity.id, ref.id)
        for goal_id in activity.effect_goals.goal_ids:
            assert goal_id in catalog, (activity.id, goal_id)

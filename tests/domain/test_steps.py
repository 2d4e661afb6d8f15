from wat_desktop.domain.firm import (
    CompanyProfile,
    Firm,
    Headcount,
    Measure,
    Workforce,
)
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.step_checks import (
    MSG_ATECO_FORMAT,
    MSG_BANDS_OVER,
    MSG_BANDS_SHORT,
    MSG_CCNL_OTHER,
    MSG_MEASURE_SHARE,
    MSG_RATE_ALL,
    budget_issues,
    profile_issues,
    relevance_issues,
    workforce_issues,
)
from wat_desktop.domain.steps import StepId, completed_steps, need_issues, step_issues
from wat_desktop.domain.validation import MSG_OVER_HEADCOUNT


def _firm(**needs: int) -> Firm:
    return Firm(
        profile=CompanyProfile(
            name="Alfa",
            partita_iva="05628710013",
            ateco="25.62.00",
            ccnl="metalmeccanici_pmi",
            municipality="Pinerolo",
            territorial_area="pinerolo",
            headcount=Headcount(operai=8, impiegati=2),
        ),
        needs={NeedKey(k): v for k, v in needs.items()},
    )


def _complete(firm: Firm) -> Firm:
    firm.workforce = Workforce(age_under_30=2, age_30_44=4, age_45_54=3, age_55_plus=1)
    firm.workforce.women, firm.workforce.men = 4, 6
    firm.relevance = {area: 3 for area in NeedArea}
    firm.budget.yearly_budget_cents = 500_000
    return firm


def _fields(issues) -> list[str]:
    return [issue.field for issue in issues]


def test_an_empty_firm_has_no_completed_step() -> None:
    assert completed_steps(Firm()) == set()


def test_profile_and_needs_complete_when_valid() -> None:
    firm = _firm(caregivers_elderly=3)
    assert {StepId.PROFILE, StepId.NEEDS} <= completed_steps(firm)
    assert StepId.DOSSIER not in completed_steps(firm)


def test_profile_needs_area_ccnl_and_ateco() -> None:
    firm = _firm()
    firm.profile.territorial_area = ""
    firm.profile.ccnl = ""
    firm.profile.ateco = firm.profile.ateco_section = ""
    assert _fields(profile_issues(firm)) == ["territorial_area", "ccnl", "ateco"]
    firm.profile.ateco_section = "C"  # the section is enough without a code
    firm.profile.ccnl = "other"
    assert [(i.field, i.message) for i in profile_issues(firm)][1:] == [
        ("ccnl_other", MSG_CCNL_OTHER)
    ]


def test_a_malformed_ateco_code_is_refused() -> None:
    firm = _firm()
    for bad in ("2562", "25.623", "ab.cd", "00.10", "25.62.00.1"):
        firm.profile.ateco = bad
        assert [(i.field, i.message) for i in profile_issues(firm)] == [
            ("ateco", MSG_ATECO_FORMAT)
        ], bad
    for good in ("25", "25.6", "25.62", "25.62.0", "25.62.00", "C 25.62.00"):
        firm.profile.ateco = good
        assert profile_issues(firm) == [], good


def test_part_time_cannot_exceed_the_headcount() -> None:
    firm = _firm()
    firm.profile.headcount.part_time = 11
    assert [(i.field, i.args) for i in profile_issues(firm)] == [("part_time", ("10",))]


def test_more_caregivers_than_employees_is_refused_with_the_headcount() -> None:
    issues = need_issues(_firm(caregivers_elderly=11))
    assert [(i.field, i.message, i.args) for i in issues] == [
        ("caregivers_elderly", MSG_OVER_HEADCOUNT, ("10",))
    ]


def test_children_may_outnumber_employees() -> None:
    assert need_issues(_firm(children_0_2=12)) == []


def test_workforce_bands_must_add_up_to_the_headcount() -> None:
    firm = _firm()
    firm.workforce = Workforce(age_under_30=3, women=12, commute_over_30km=11, shift_workers=2)
    issues = {i.field: (i.message, i.args) for i in workforce_issues(firm)}
    assert issues == {
        "age": (MSG_BANDS_SHORT, ("3", "10")),
        "gender": (MSG_BANDS_OVER, ("12", "10")),
        "commute": (MSG_BANDS_OVER, ("11", "10")),
    }
    _complete(firm)
    assert workforce_issues(firm) == []


def test_relevance_needs_every_area_and_measures_a_share() -> None:
    firm = _firm()
    firm.relevance = {NeedArea.HEALTH: 4, NeedArea.TRAINING: 6}
    firm.measures = {WelfareIndexArea.HEALTH_ASSISTANCE: Measure(in_place=True, staff_share=0)}
    issues = relevance_issues(firm)
    assert [(i.field, i.message, i.args) for i in issues] == [
        ("relevance", MSG_RATE_ALL, ("9",)),
        ("measure_health_assistance", MSG_MEASURE_SHARE, ()),
    ]


def test_budget_needs_money_or_a_bonus() -> None:
    firm = _firm()
    assert _fields(budget_issues(firm)) == ["budget"]
    firm.budget.productivity_bonus_cents = 300_000
    assert budget_issues(firm) == []


def test_needs_profile_step_follows_its_sources() -> None:
    firm = _complete(_firm(caregivers_elderly=3))
    assert StepId.NEEDS_PROFILE in completed_steps(firm)
    firm.relevance.pop(NeedArea.HEALTH)
    assert StepId.NEEDS_PROFILE not in completed_steps(firm)


def test_dossier_completes_once_offers_are_chosen() -> None:
    firm = _complete(_firm(caregivers_elderly=3))
    firm.selected_offers["sportello-caregiver"] = 3
    assert step_issues(firm, StepId.DOSSIER) == []
    assert completed_steps(firm) == set(StepId)


def test_step_order_keeps_the_names_other_code_uses() -> None:
    assert [s.name for s in StepId] == [
        "PROFILE",
        "WORKFORCE",
        "NEEDS",
        "RELEVANCE",
        "BUDGET",
        "NEEDS_PROFILE",
        "OFFERS",
        "PLAN",
        "DOSSIER",
    ]


def _help(step: StepId, language: str) -> str:
    from wat_desktop.domain.steps import HELP_CONTEXT, STEP_HELP
    from wat_desktop.translations import QtTranslate

    return QtTranslate(language)(HELP_CONTEXT, STEP_HELP[step])


def test_budget_help_says_a_converted_bonus_costs_the_firm_less() -> None:
    """Review P1 #1: the converted part carries no employer contributions, so it
    cannot "cost the firm the same". The help must say what the rules engine computes."""
    from decimal import Decimal

    from wat_desktop.domain.rules.comparison import productivity_bonus
    from wat_desktop.domain.rules.year_files import available_years

    english, italian = _help(StepId.BUDGET, "en"), _help(StepId.BUDGET, "it")
    assert "the same" not in english and "costs the firm less" in english
    assert "lo stesso" not in italian
    assert "costa meno all'azienda" in italian and "contributi previdenziali" in italian
    assert "circa il 30%" in italian and "about 30%" in english
    for year in available_years():
        bonus = productivity_bonus(year, Decimal(28000), Decimal(1000))
        saving = bonus.cash.firm_cost - bonus.welfare.firm_cost
        assert bonus.welfare.employee_value == Decimal(1000), year  # reaches them whole
        assert bonus.welfare.employer_contributions == 0, year
        assert Decimal("0.25") <= saving / Decimal(1000) <= Decimal("0.35"), (year, saving)


def test_needs_help_never_tells_the_employer_to_ask_staff() -> None:
    """Review P1 #2: an employer may not inquire into health or family (art. 8 Statuto
    dei lavoratori; GDPR art. 9). The help offers an estimate or the anonymous survey."""
    english, italian = _help(StepId.NEEDS, "en"), _help(StepId.NEEDS, "it")
    assert "informal" not in english.lower() and "ask your staff" not in english
    assert "without asking individual employees" in english and "anonymous survey" in english
    assert "informalmente" not in italian and "chiedere informalmente" not in italian
    assert "inserite una stima senza chiedere ai singoli dipendenti" in italian
    assert "questionario anonimo" in italian
    assert "art. 8 dello Statuto dei lavoratori" in italian and "art. 9 GDPR" in italian


def test_no_italian_text_suggests_asking_employees_about_their_needs() -> None:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).parents[2] / "resources" / "translations" / "wat_it.ts"
    texts = [
        "".join(message.find("translation").itertext()).lower()
        for message in ET.parse(ts).getroot().iter("message")
    ]
    assert len(texts) > 500
    for phrase in ("chiedere informalmente", "chiedete al personale", "chiedete ai dipendenti"):
        assert not [text for text in texts if phrase in text], phrase


def test_workforce_help_says_each_group_of_bands_adds_up_on_its_own() -> None:
    italian = _help(StepId.WORKFORCE, "it")
    assert "sommate" not in italian  # read as age + gender = headcount
    assert "Le fasce di età devono dare in totale il numero dei dipendenti" in italian
    assert "e così anche le fasce di genere" in italian

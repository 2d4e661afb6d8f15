"""The issue's done-when, as a user story: a new user fills the whole self-assessment
of a 24-employee firm from the GUI alone, closes the app in the middle of a step,
reopens it and finds every answer, and reads a ranked, explained needs profile."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.wizard_steps import choose, type_into
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.needs_profile import self_check
from wat_desktop.domain.steps import StepId

HEADCOUNT = {"operai": 16, "impiegati": 6, "quadri": 1, "dirigenti": 1}
CONTRACTS = {"part_time": 3, "fixed_term": 2}
WORKFORCE = {
    "age_under_30": 4,
    "age_30_44": 9,
    "age_45_54": 7,
    "age_55_plus": 4,
    "women": 9,
    "men": 15,
    "gender_not_stated": 0,
    "commute_under_10km": 11,
    "commute_10_30km": 6,
    "commute_over_30km": 7,
    "shift_workers": 10,
}
NEEDS = dict(zip(NeedKey, (3, 4, 6, 5, 2, 5, 2, 10, 4, 7, 3, 5, 9, 8, 11), strict=True))
RATINGS = dict(zip(NeedArea, (4, 4, 5, 3, 4, 2, 3, 3, 2, 4), strict=True))
MEASURES = {WelfareIndexArea.HEALTH_ASSISTANCE: 60, WelfareIndexArea.HUMAN_CAPITAL: 40}


def _open_step(window, step: StepId):
    """Click the step in the navigator, as a user does."""
    window.navigator.setCurrentRow(int(step))
    assert window.pages.currentIndex() == step
    return window.pages.currentWidget()


def _type_number(qtbot, spin, value: int) -> None:
    """Select the spin box's text and type the digits, as on a keyboard."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    spin.interpretText()


def test_a_new_user_completes_the_wizard_closes_mid_step_and_finds_every_answer(
    qtbot, open_window, dialogs
) -> None:
    window = open_window()
    assert window.root_stack.currentWidget() is window.welcome_page  # first run
    dialogs.texts.append("Bianchi Legno S.r.l.")
    window.new_firm_button.click()
    assert window.firm_selector.currentText() == "Bianchi Legno S.r.l."

    profile = _open_step(window, StepId.PROFILE)
    type_into(qtbot, profile.partita_iva, "05628710013")
    type_into(qtbot, profile.legal_representative, "Anna Bianchi")
    type_into(qtbot, profile.municipality, "Torre Pellice")
    choose(profile.territorial_area, "val_pellice")
    type_into(qtbot, profile.ateco, "16.23")
    choose(profile.ccnl, "other")
    assert profile.ccnl_other.isVisibleTo(profile)  # asked only now
    type_into(qtbot, profile.ccnl_other, "CCNL Legno e Arredo")
    for name, value in {**HEADCOUNT, **CONTRACTS}.items():
        _type_number(qtbot, profile.headcount[name], value)
    assert "24" in profile.headcount_total.text()
    profile.rsu_present.setFocus()
    qtbot.keyClick(profile.rsu_present, Qt.Key.Key_Space)  # ticked from the keyboard
    type_into(qtbot, profile.employers_association, "CNA Pinerolo")
    choose(profile.welfare_regulation, "binding_regulation")
    profile.productivity_bonus.setChecked(True)
    assert StepId.PROFILE in window.session.completed()

    workforce = _open_step(window, StepId.WORKFORCE)
    for name, value in WORKFORCE.items():
        _type_number(qtbot, workforce.spins[name], value)
    assert StepId.WORKFORCE in window.session.completed()

    needs = _open_step(window, StepId.NEEDS)
    needs.spins[NeedKey.CAREGIVERS_ELDERLY].setValue(30)  # more carers than employees
    assert "24" in needs.errors[NeedKey.CAREGIVERS_ELDERLY].text()
    assert StepId.NEEDS not in window.session.completed()
    for key, value in NEEDS.items():
        _type_number(qtbot, needs.spins[key], value)
    assert needs.errors[NeedKey.CAREGIVERS_ELDERLY].text() == ""
    assert StepId.NEEDS in window.session.completed()

    relevance = _open_step(window, StepId.RELEVANCE)
    for area, rating in RATINGS.items():
        relevance.ratings[area].setFocus()
        qtbot.keyClicks(relevance.ratings[area], str(rating))  # typing the digit is enough
        relevance.ratings[area].interpretText()
    for area, share in MEASURES.items():
        relevance.in_place[area].setChecked(True)
        _type_number(qtbot, relevance.shares[area], share)
    assert StepId.RELEVANCE in window.session.completed()

    budget = _open_step(window, StepId.BUDGET)
    budget.year.setValue(2026)
    type_into(qtbot, budget.money["yearly_budget_cents"], "12.000")
    type_into(qtbot, budget.money["productivity_bonus_cents"], "24000")
    budget.convertible.setChecked(True)
    _type_number(qtbot, budget.conversion, 40)
    choose(budget.co_funding_source, "regional")
    assert {StepId.BUDGET, StepId.NEEDS_PROFILE} <= window.session.completed()
    type_into(qtbot, budget.money["co_funding_cents"], "1500,50")  # mid-step: no Tab, no blur

    window = open_window()  # the app closed in the middle of step 5 and opened again
    assert window.firm_selector.currentText() == "Bianchi Legno S.r.l."
    done = {s for s in StepId if s <= StepId.NEEDS_PROFILE}
    assert done <= window.session.completed()
    for step in done:
        assert window.navigator.item(int(step)).text().startswith("✓"), step

    profile = window.profile_page
    assert profile.name.text() == "Bianchi Legno S.r.l."
    assert profile.partita_iva.text() == "05628710013"
    assert profile.legal_representative.text() == "Anna Bianchi"
    assert profile.municipality.text() == "Torre Pellice"
    assert profile.territorial_area.currentData() == "val_pellice"
    assert profile.ateco.text() == "16.23" and profile.ateco_section.currentData() == "C"
    assert profile.ccnl.currentData() == "other"
    assert profile.ccnl_other.text() == "CCNL Legno e Arredo"
    assert {n: s.value() for n, s in profile.headcount.items()} == {**HEADCOUNT, **CONTRACTS}
    assert profile.rsu_present.isChecked() and profile.productivity_bonus.isChecked()
    assert profile.employers_association.text() == "CNA Pinerolo"
    assert profile.welfare_regulation.currentData() == "binding_regulation"
    assert {n: s.value() for n, s in window.workforce_page.spins.items()} == WORKFORCE
    assert {k: s.value() for k, s in window.needs_page.spins.items()} == NEEDS
    relevance = window.relevance_page
    assert {a: s.value() for a, s in relevance.ratings.items()} == RATINGS
    for area, check in relevance.in_place.items():
        assert check.isChecked() == (area in MEASURES), area
        assert relevance.shares[area].value() == MEASURES.get(area, 0), area
    budget = window.budget_page
    assert budget.year.value() == 2026
    assert budget.money["yearly_budget_cents"].text() == "12.000,00\xa0€"
    assert budget.money["productivity_bonus_cents"].text() == "24.000,00\xa0€"
    assert budget.money["co_funding_cents"].text() == "1.500,50\xa0€"
    assert budget.convertible.isChecked() and budget.conversion.value() == 40
    assert budget.co_funding_source.currentData() == "regional"

    # Step 6: ranked by the documented score, one reason per need, a chart, the level.
    page = _open_step(window, StepId.NEEDS_PROFILE)
    scores = [score for _label, score in page.chart.bars]
    assert len(scores) == len(NeedArea) and scores == sorted(scores, reverse=True)
    assert scores[0] > 0
    ranking = page.ranking.text()
    assert ranking.count("<li") == len(NeedArea)
    assert "dipendenti su 24" in ranking and "rilevanza" in ranking  # sentences, in Italian
    assert self_check(window.session.firm).label in page.level.text()
    assert "non è il rating ufficiale" in page.disclaimer.text().lower()

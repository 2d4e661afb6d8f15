"""The wizard without a mouse: tab order follows the form, steps change from the
keyboard, legal terms explain themselves, progress is shown as text."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt

from tests.ui.wizard_steps import reads_before, tab_stops
from wat_desktop.domain.glossary import Term
from wat_desktop.domain.steps import StepId
from wat_desktop.ui.pages.step_page import term_tip


def _focus_order(start, wanted: list) -> list:
    """The wanted widgets in the order Tab reaches them, starting from ``start``."""
    seen, widget = [], start
    for _ in range(500):
        if widget in wanted and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return seen


def test_tab_order_follows_the_profile_form(open_window, dialogs) -> None:
    window = open_window()
    dialogs.texts.append("Alfa")
    window.new_firm()
    page = window.profile_page
    page.ccnl.setCurrentIndex(page.ccnl.findData("other"))  # shows "name of the other CCNL"
    wanted = [
        page.name,
        page.partita_iva,
        page.legal_representative,
        page.municipality,
        page.territorial_area,
        page.ateco,
        page.ateco_section,
        page.ccnl,
        page.ccnl_other,
        *page.headcount.values(),
        page.rsu_present,
        page.employers_association,
        page.welfare_regulation,
        page.productivity_bonus,
    ]
    assert _focus_order(page.name, wanted) == wanted
    for widget in wanted:
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_every_step_page_tabs_in_reading_order(open_window) -> None:
    """Top to bottom, left to right within a row: Tab never jumps back up the page."""
    from wat_desktop.services.demo_service import install_demo

    window = open_window()
    firm = install_demo(window.app.firms, window.app.catalogues)
    window.reload_firms(firm.id)
    for step in list(StepId)[: StepId.BUDGET + 1]:
        window.go_to_step(step)
        page = window.pages.currentWidget()
        chain = tab_stops(page)
        assert chain, step
        for before, after in itertools.pairwise(chain):
            assert reads_before(page, before, after), (step, before, after)
    ranking = window.needs_profile_page.ranking  # step 6 has nothing to type: it is read
    assert ranking.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_window_tabs_from_the_firm_to_the_steps_to_the_page(open_window, dialogs) -> None:
    window = open_window()
    dialogs.texts.append("Alfa")
    window.new_firm()
    order = _focus_order(
        window.firm_selector,
        [window.new_firm_button, window.navigator, window.profile_page.name],
    )
    assert order == [window.new_firm_button, window.navigator, window.profile_page.name]


def test_ctrl_page_down_walks_every_step(open_window, dialogs) -> None:
    """The step actions carry Ctrl+PgDown / Ctrl+PgUp. (A synthetic key event did not
    reach the window's shortcut map offscreen, so the actions are triggered directly.)"""
    from PySide6.QtGui import QKeySequence

    window = open_window()
    dialogs.texts.append("Alfa")
    window.new_firm()
    window.go_to_step(StepId.PROFILE)
    actions = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    forward = actions[QKeySequence("Ctrl+PgDown").toString()]
    back = actions[QKeySequence("Ctrl+PgUp").toString()]
    visited = [window.pages.currentIndex()]
    for _ in StepId:
        forward.trigger()
        visited.append(window.pages.currentIndex())
    assert visited == [*range(len(StepId)), len(StepId) - 1]
    assert window.navigator.currentRow() == StepId.DOSSIER
    assert window.help_panel.title.text().endswith(window.navigator.item(8).text()[5:])
    back.trigger()
    assert window.pages.currentIndex() == StepId.PLAN


def test_help_panel_and_legal_term_tooltips(open_window, dialogs) -> None:
    window = open_window()
    dialogs.texts.append("Alfa")
    window.new_firm()
    for step in StepId:
        window.go_to_step(step)
        assert window.help_panel.text.text(), step
    window.go_to_step(StepId.PROFILE)
    profile, budget = window.profile_page, window.budget_page
    # Every legal term the brief names explains itself where it is used, in Italian.
    where = {
        Term.CCNL: [profile.ccnl],
        Term.RSU: [profile.rsu_present],
        Term.PRODUCTIVITY_BONUS: [
            profile.productivity_bonus,
            budget.money["productivity_bonus_cents"],
        ],
        Term.FRINGE_BENEFIT: [budget.term_labels[Term.FRINGE_BENEFIT]],
        Term.LETT_F: [budget.term_labels[Term.LETT_F]],
    }
    words = {
        Term.CCNL: "CCNL",
        Term.RSU: "RSU",
        Term.PRODUCTIVITY_BONUS: "Premio di risultato",
        Term.FRINGE_BENEFIT: "Fringe benefit",
        Term.LETT_F: "lettera f",
    }
    for term, widgets in where.items():
        tip = term_tip(term)
        assert words[term] in tip, term
        for widget in widgets:
            assert widget.toolTip() == tip, (term, widget)
    assert budget.term_labels[Term.LETT_F].text() == term_tip(Term.LETT_F)  # read, not hovered


def test_progress_indicator_counts_completed_steps_and_reads_whole(open_window) -> None:
    from wat_desktop.services.demo_service import install_demo

    window = open_window()
    firm = install_demo(window.app.firms, window.app.catalogues)
    window.reload_firms(firm.id)
    window.session.edit(lambda f: f.selected_offers.clear())  # some steps done, some not
    done = len(window.session.completed())
    assert 0 < done < len(StepId)
    progress = window.navigator.progress
    assert progress.value() == done and progress.maximum() == len(StepId)
    assert progress.text() == f"Passi completati: {done} su {len(StepId)}"
    assert progress.accessibleName() == progress.text()
    # The sentence sits above the bar, never painted inside it, and fits its width.
    assert not progress.bar.isTextVisible()
    label = progress.label
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.geometry().bottom() < progress.bar.geometry().top()
    states = [window.navigator.item(s).toolTip() for s in StepId]
    assert len(set(states)) == 2  # some completed, some to do

"""Edit after edit, the plan page shows exactly what a page opened afresh on the saved
firm shows: the live figures are updated in place (only what changed is redone), so
they are checked against a second page that reads everything from the database."""

from __future__ import annotations

from tests.ui.test_plan_builder import open_plan
from wat_desktop.domain.plan import reasons as R
from wat_desktop.domain.steps import StepId, completed_steps
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.pages.plan_page import TAB_POOLS, PlanPage
from wat_desktop.ui.plan_table_model import COL_QUANTITY, OFFER_ID_ROLE
from wat_desktop.ui.step_navigator import STATE_ROLE

TEXT_ROLES = (0, 3)  # display, tooltip


def shown(page: PlanPage) -> dict[str, object]:
    """Everything the page shows, as text."""
    model = page.model
    return {
        "figures": [b.text() for b in (page.total, page.value, page.salary, page.remaining)],
        "ccnl": page.ccnl.text(),
        "warnings": (page.warnings.text(), not page.warnings.isHidden()),
        "funding": (page.funding_note.text(), not page.funding_note.isHidden()),
        "rules": page.rules_note.text(),
        "reasons": page.reasons.toHtml(),
        "status": (page.status_label.text(), page.status_label.styleSheet()),
        "table": [
            [model.index(r, c).data(role) for c in range(5) for role in TEXT_ROLES]
            for r in range(model.rowCount())
        ],
        "pools tab": page.tabs.tabText(TAB_POOLS),
        "pools": {
            offer_id: (page.pool_labels[offer_id].text(), bar.value(), bar.maximum(), bar.text())
            for offer_id, bar in page.pool_bars.items()
        },
        "take-up": [
            page.take_up.table.item(r, c).text()
            for r in range(page.take_up.table.rowCount())
            for c in (1, 4)
        ],
    }


def assert_as_saved(window, page: PlanPage, qtbot) -> None:
    """The page equals one built now on the firm read back from the database, the step
    list shows the saved firm's completed steps, and every amount is shown whole."""
    firm_id = window.session.firm.id
    session = FirmSession(window.app.firms)
    fresh = PlanPage(session, window.app.catalogues, "it")
    qtbot.addWidget(fresh)
    session.open(firm_id)
    assert shown(page) == shown(fresh)

    saved = window.app.firms.load(firm_id)
    done = completed_steps(saved)
    assert window.session.completed() == done
    states = [window.navigator.item(int(s)).data(STATE_ROLE) for s in StepId]
    assert states == [("completato" if s in done else "da fare") for s in StepId]
    (summary,) = [s for s in window.app.firms.list_firms() if s.id == firm_id]
    assert summary.steps_done == sum(1 << int(s) for s in done)

    for box in (page.total, page.value, page.salary, page.remaining, page.ccnl):
        label = box.value  # the amount is never cut
        assert label.size() == label.sizeHint()
        assert label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(box.text())


def set_quantity(page: PlanPage, row: int, quantity: int) -> None:
    assert page.model.setData(page.model.index(row, COL_QUANTITY), quantity)


def test_every_figure_is_right_after_each_of_many_edits(open_window, qtbot) -> None:
    window, page = open_plan(open_window)
    window.show()
    rows = page.model.rowCount()
    assert rows >= 3
    for turn in range(2 * rows):  # each line up and down, one at a time
        row = turn % rows
        current = int(page.model.index(row, COL_QUANTITY).data())
        set_quantity(page, row, current + 1 if turn < rows else max(1, current - 1))
        assert_as_saved(window, page, qtbot)
        page.budget.setValue(page.budget.value() + (100_00 if turn % 2 else -100_00))
        assert_as_saved(window, page, qtbot)


def test_an_amount_gaining_digits_and_the_warnings_follow_the_edits(open_window, qtbot) -> None:
    window, page = open_plan(open_window)
    window.show()
    cost, text = page.figures.cost_cents, page.total.text()
    width = page.total.value.width()
    quantity = int(page.model.index(0, COL_QUANTITY).data())
    set_quantity(page, 0, quantity * 1000)  # the cost gains digits: its box widens
    assert len(page.total.text()) > len(text)
    assert page.total.value.width() > width
    assert any(w.template == R.OVER_BUDGET for w in page.figures.warnings)
    assert not page.warnings.isHidden() and "⚠" in page.warnings.text()
    assert_as_saved(window, page, qtbot)

    set_quantity(page, 0, quantity)  # back: the warning goes
    assert page.figures.cost_cents == cost and page.total.text() == text
    assert not any(w.template == R.OVER_BUDGET for w in page.figures.warnings)
    assert page.warnings.isHidden()
    assert_as_saved(window, page, qtbot)

    page.budget.setValue(cost - 1)  # one cent short: over budget
    assert not page.warnings.isHidden()
    assert_as_saved(window, page, qtbot)
    page.budget.setValue(cost)  # exactly enough
    assert page.warnings.isHidden() and page.remaining.text().startswith("0,00")
    assert_as_saved(window, page, qtbot)


def test_removing_and_adding_back_an_offer_rewrites_the_reasons(open_window, qtbot) -> None:
    window, page = open_plan(open_window)
    window.show()
    offer_id = page.model.index(0, 0).data(OFFER_ID_ROLE)
    title = page.model.index(0, 0).data()
    page.table.selectRow(0)
    page.remove_selected()
    assert title not in page.reasons.toPlainText()
    assert_as_saved(window, page, qtbot)

    page.add_choice.setCurrentIndex(page.add_choice.findData(offer_id))
    page.add_selected_offer()
    assert title in page.reasons.toPlainText()
    assert_as_saved(window, page, qtbot)
    set_quantity(page, page.model.rowCount() - 1, 3)  # then edited in place again
    assert_as_saved(window, page, qtbot)


def test_the_session_works_out_the_completed_steps_once_per_edit(open_window, monkeypatch) -> None:
    """One computation per edit, shared by the save (the portfolio's step count) and
    the step list; another firm (object) is worked out again."""
    import wat_desktop.services.firm_service as firm_service
    import wat_desktop.ui.firm_session as firm_session

    window, page = open_plan(open_window)
    calls: list[object] = []
    real = firm_session.completed_steps
    for module in (firm_session, firm_service):
        monkeypatch.setattr(module, "completed_steps", lambda f: calls.append(f) or real(f))
    set_quantity(page, 0, int(page.model.index(0, COL_QUANTITY).data()) + 1)
    assert len(calls) == 1
    assert window.session.completed() == real(window.session.firm)
    assert len(calls) == 1

    window.session.open(window.session.firm.id)  # another firm object: worked out again
    assert window.session.completed() == real(window.session.firm)
    assert len(calls) == 2

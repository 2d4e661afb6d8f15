"""The plan builder: recommend, change a quantity, add and remove offers, change the
take-up rates; the live figures, warnings and the pooled-offer progress bars follow
each change in the same event, and everything is saved."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel

from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.plan import reasons as R
from wat_desktop.domain.pooling import DEFAULT_TAKE_UP_PERCENT, PoolState
from wat_desktop.domain.steps import StepId
from wat_desktop.formatting import format_money
from wat_desktop.services.demo_service import install_demo
from wat_desktop.ui.domain_text import step_title
from wat_desktop.ui.offers_table_model import pool_state_text
from wat_desktop.ui.pages.plan_page import TAB_POOLS, TAB_TAKE_UP
from wat_desktop.ui.plan_table_model import COL_POOL, COL_QUANTITY, OFFER_ID_ROLE
from wat_desktop.ui.take_up_editor import COL_EXPECTED

CAMP = "centro-estivo-rete"
ACTIVE = "competenze-digitali"  # pooled, already active in the network: 5 users at 6,000 €


def open_plan(open_window):
    window = open_window()
    firm = install_demo(window.app.firms, window.app.catalogues)
    window.reload_firms(firm.id)
    window.go_to_step(StepId.PLAN)
    return window, window.plan_page


def row_of(page, offer_id: str) -> int:
    model = page.model
    ids = [model.index(r, 0).data(OFFER_ID_ROLE) for r in range(model.rowCount())]
    return ids.index(offer_id)


def euros(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_the_demo_firm_opens_on_its_recommended_plan(open_window) -> None:
    window, page = open_plan(open_window)
    figures = page.figures
    assert figures is not None and figures.lines
    # The formatter's money, as on every other screen, whatever the system locale.
    assert euros(page.budget.text()) == "12.000,00 €"
    assert 0 < figures.cost_cents <= 1_200_000
    assert any(p.is_active_with_firm for p in figures.pools)
    assert not any(w.template == R.OVER_BUDGET for w in figures.warnings)
    reasons = page.reasons.toPlainText()
    assert reasons.count("Copre ") == len(figures.lines)  # one sentence per choice
    assert "invece di 175,00 €" in reasons  # the camp at its pooled price
    assert euros(page.remaining.text()) == euros(format_money(1_200_000 - figures.cost_cents))
    assert page.tabs.tabText(TAB_POOLS).endswith(f"({len(figures.pools)})")
    assert window.session.completed() >= {StepId.PLAN}


def test_recommend_within_budget_with_a_pooled_offer_and_progress_bars(open_window, qtbot) -> None:
    window, page = open_plan(open_window)
    page.budget.setValue(600_000)  # typed by the user, in cents: saved as the firm's budget
    assert window.session.firm.budget.yearly_budget_cents == 600_000
    qtbot.mouseClick(page.recommend_button, Qt.MouseButton.LeftButton)

    plan = window.app.firms.load(window.session.firm.id).selected_offers
    assert plan and page.model.rowCount() == len(plan)
    figures = page.figures
    assert figures is not None and 0 < figures.cost_cents <= 600_000
    assert euros(page.total.text()).endswith(" €")
    assert euros(page.remaining.text()) == euros(format_money(600_000 - figures.cost_cents))
    assert any(p.is_active_with_firm for p in figures.pools)
    assert set(page.pool_bars) == {p.offer_id for p in figures.pools}
    pool = figures.pools[0]
    bar = page.pool_bars[pool.offer_id]
    assert (bar.value(), bar.maximum()) == pool.progress
    assert str(pool.pooled_users) in bar.text()
    assert pool_state_text(pool) in page.pool_labels[pool.offer_id].text()
    assert "Copre" in page.reasons.toPlainText()


def test_quantity_add_and_remove_update_the_figures_at_once(open_window, qtbot) -> None:
    window, page = open_plan(open_window)
    page.budget.setValue(600_000)
    page.recommend()
    before = page.figures.cost_cents
    row = row_of(page, ACTIVE)
    users_before = page.figures.lines[row].pool.pooled_users
    assert page.figures.lines[row].units == 5

    # a spin box edit through the model: saved, and the figures follow in the same event
    assert page.model.setData(page.model.index(row, COL_QUANTITY), 7)
    assert window.session.firm.selected_offers[ACTIVE] == 7
    line = page.figures.lines[row_of(page, ACTIVE)]
    assert line.units == 7 and line.pool.pooled_users == users_before + 2
    assert page.figures.cost_cents == before + 2 * line.unit_price_cents
    assert page.model.index(row, COL_QUANTITY).data() == "7"

    # add an offer from the list
    index = page.add_choice.findData("badante-convivente")
    assert "1.683,00 €" in euros(page.add_choice.itemText(index))  # its price, with its unit
    page.add_choice.setCurrentIndex(index)
    page.add_button.click()
    assert window.session.firm.selected_offers["badante-convivente"] == 1
    assert page.figures.cost_cents > before + 160_000
    assert page.warnings.isVisibleTo(page) and "€" in page.warnings.text()  # over the budget
    assert page.add_choice.findData("badante-convivente") == -1

    # remove it again
    page.table.selectionModel().select(
        page.model.index(row_of(page, "badante-convivente"), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    page.remove_button.click()
    assert "badante-convivente" not in window.session.firm.selected_offers
    assert page.figures.cost_cents == before + 2 * line.unit_price_cents

    # the plan survives a restart
    window = open_window()
    window.go_to_step(StepId.PLAN)
    assert window.session.firm.selected_offers[ACTIVE] == 7
    assert window.plan_page.model.rowCount() == len(window.session.firm.selected_offers)


def test_fewer_users_drop_a_pool_below_activation_in_the_same_event(open_window) -> None:
    """The camp activates with the demo firm's 6 children; with 1 child it needs 3 more."""
    _window, page = open_plan(open_window)
    pool = next(p for p in page.figures.pools if p.offer_id == CAMP)
    assert pool.state is PoolState.ACTIVATES_IF_YOU_JOIN
    row = row_of(page, CAMP)
    assert page.model.setData(page.model.index(row, COL_QUANTITY), 4)  # 4 weeks: 1 child
    pool = next(p for p in page.figures.pools if p.offer_id == CAMP)
    assert pool.state is PoolState.NEEDS_MORE and pool.missing_users == 3
    assert page.model.index(row, COL_POOL).data() == pool_state_text(pool)
    assert pool_state_text(pool) in page.pool_labels[CAMP].text()
    assert page.pool_bars[CAMP].value() == 17 and page.pool_bars[CAMP].maximum() == 20
    line = page.figures.lines[row]
    assert line.unit_price_cents == 17_500  # standalone until the pool activates
    assert "175,00 €" in euros(page.reasons.toPlainText())


def test_take_up_rates_are_changed_in_the_gui_and_saved(open_window) -> None:
    window, page = open_plan(open_window)
    page.tabs.setCurrentIndex(TAB_TAKE_UP)
    editor = page.take_up
    spins = editor.spins
    assert set(spins) == {k for k in NeedKey if window.session.firm.need(k) > 0}
    assert spins[NeedKey.CHILDREN_6_10].value() == DEFAULT_TAKE_UP_PERCENT[NeedKey.CHILDREN_6_10]
    assert spins[NeedKey.CHILDREN_6_10].accessibleName()
    assert not any(w.template == R.GENERALITY for w in page.figures.warnings)

    # All the school-age children would go to the summer camp: more users expected
    # than the plan's 6 places, so the generality warning appears in the same event.
    spins[NeedKey.CHILDREN_6_10].setValue(100)
    spins[NeedKey.CHILDREN_11_14].setValue(100)
    firm = window.session.firm
    assert firm.take_up == {NeedKey.CHILDREN_6_10: 100, NeedKey.CHILDREN_11_14: 100}
    row = list(spins).index(NeedKey.CHILDREN_6_10)
    assert editor.table.item(row, COL_EXPECTED).text() == "6"  # all 6 children aged 6-10
    generality = [w for w in page.figures.warnings if w.template == R.GENERALITY]
    assert generality and generality[0].args[1:] == (6, 11)
    assert "11" in page.warnings.text()

    # The offers browser counts the new expected users toward the camp's pool.
    window.go_to_step(StepId.OFFERS)
    assert window.offers_page.model.status_of(CAMP).firm_users == 11

    # The rates survive a restart.
    window = open_window()
    window.go_to_step(StepId.PLAN)
    page = window.plan_page
    assert window.session.firm.take_up[NeedKey.CHILDREN_6_10] == 100
    assert page.take_up.spins[NeedKey.CHILDREN_6_10].value() == 100
    assert page.take_up.spins[NeedKey.CHILDREN_6_10].font().bold()  # the user's own rate

    # A recommendation now may buy up to 11 camp places.
    page.recommend()
    assert window.session.firm.selected_offers.get(CAMP, 0) <= 11 * 4

    # Back to the defaults: nothing stored, the warning about the camp is gone.
    assert page.take_up.reset_button.isEnabled()
    page.take_up.reset_button.click()
    assert window.session.firm.take_up == {}
    assert window.app.firms.load(window.session.firm.id).take_up == {}
    assert page.take_up.spins[NeedKey.CHILDREN_6_10].value() == 60
    assert not page.take_up.reset_button.isEnabled()


def test_a_rate_set_back_to_its_default_is_not_stored(open_window) -> None:
    window, page = open_plan(open_window)
    spin = page.take_up.spins[NeedKey.HEALTH_PREVENTION]
    spin.setValue(90)
    assert window.session.firm.take_up == {NeedKey.HEALTH_PREVENTION: 90}
    spin.setValue(DEFAULT_TAKE_UP_PERCENT[NeedKey.HEALTH_PREVENTION])
    assert window.session.firm.take_up == {}


def test_quantity_is_edited_with_a_spin_box(open_window) -> None:
    from PySide6.QtWidgets import QSpinBox

    window, page = open_plan(open_window)
    page.budget.setValue(0)
    page.recommend()  # budget 0: nothing fits, so add one offer by hand
    assert page.model.rowCount() == 0
    assert page.tabs.tabText(TAB_POOLS) == page.tr("Pooled offers")  # no count without any
    page.add_choice.setCurrentIndex(page.add_choice.findData("sportello-caregiver"))
    page.add_button.click()
    index = page.model.index(row_of(page, "sportello-caregiver"), COL_QUANTITY)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index) or page.table.findChild(QSpinBox)
    assert isinstance(editor, QSpinBox)
    editor.setValue(4)
    page.table.commitData(editor)
    assert window.session.firm.selected_offers["sportello-caregiver"] == 4
    assert "120,00" in page.total.text()


def test_steps_7_to_9_open_with_their_heading_and_completion_banner(open_window) -> None:
    """As steps 1-6: "N. Title" at the top and the step's status under the intro."""
    window, _page = open_plan(open_window)
    for step, page in (
        (StepId.OFFERS, window.offers_page),
        (StepId.PLAN, window.plan_page),
        (StepId.DOSSIER, window.dossier_page),
    ):
        window.go_to_step(step)
        headings = [label.text() for label in page.findChildren(QLabel)]
        assert f"{int(step) + 1}. {step_title(step)}" in headings, step
        assert page.status_label.text() == "✓ Passo completato.", step
    # Taking every offer out of the plan un-completes steps 7 and 8, in the same event.
    window.session.edit(lambda firm: firm.selected_offers.clear())
    assert window.plan_page.status_label.text().startswith("Per completare questo passo")
    assert window.offers_page.status_label.text().startswith("Per completare questo passo")


def test_the_page_says_which_rules_it_uses_and_how_the_money_fits(open_window) -> None:
    _window, page = open_plan(open_window)
    rules = page.rules_note.text()
    assert "regole fiscali del 2027" in rules and "all'esame del Parlamento" in rules
    assert "Stima, non consulenza fiscale." in rules
    funding = euros(page.funding_note.text())
    # The plan on top of the CCNL's welfare (without the dirigente), the flexible
    # benefits employees may spend on it, the bonus expected as welfare and its saving.
    assert "9.696,80 €" in funding and "5.750,00 €" in funding
    assert "40%" in funding and "9.600,00 €" in funding and "2.880,00 €" in funding
    assert euros(page.ccnl.text()) == "9.696,80 €"
    own = next(r for r in range(page.model.rowCount()) if page.figures.lines[r].pool is None)
    assert page.model.index(own, COL_POOL).data() == "Acquisto diretto"


def test_the_page_shows_the_figures_the_dossier_prints(open_window) -> None:
    """Cost, value, CCNL welfare and pooled states: one computation for both."""
    from wat_desktop.translations import QtTranslate

    window, page = open_plan(open_window)
    dossier = window.app.dossiers.data(window.session.firm.id, QtTranslate("it"))
    assert euros(page.total.text()) == euros(format_money(dossier.summary.yearly_cost_cents))
    assert euros(page.value.text()) == euros(format_money(dossier.summary.value_to_employees_cents))
    assert euros(page.salary.text()) == euros(format_money(dossier.summary.as_salary_net_cents))
    ccnl = sum(row.cents for row in dossier.economics.ccnl)
    assert euros(page.ccnl.text()) == euros(format_money(ccnl))
    states = {line.title: line.pooled_state for line in dossier.plan if line.pooled_state}
    for row, line in enumerate(page.figures.lines):
        if line.pool is not None:
            assert page.model.index(row, COL_POOL).data() == states[line.offer.title]


def test_the_budget_reads_as_money_everywhere_and_is_typed_as_money(open_window, qtbot) -> None:
    window, page = open_plan(open_window)
    page.budget.lineEdit().selectAll()
    qtbot.keyClicks(page.budget.lineEdit(), "8.500,50")
    page.budget.interpretText()
    assert window.session.firm.budget.yearly_budget_cents == 850_050
    assert euros(page.budget.text()) == "8.500,50 €"


def test_an_edit_repaints_only_what_changed_and_a_new_catalogue_shows_at_once(
    open_window,
) -> None:
    """A quantity edit changes its own row of the table, a budget edit none (the lines
    are the same); after a catalogue import the next edit shows the new prices, in
    the plan and in the list of offers to add."""
    import json

    from wat_desktop.services.catalogue_service import demo_catalogue_bytes

    window, page = open_plan(open_window)
    changed: list[tuple[int, int]] = []
    page.model.dataChanged.connect(
        lambda first, last, *_: changed.append((first.row(), last.row()))
    )
    row = row_of(page, ACTIVE)
    assert page.model.setData(page.model.index(row, COL_QUANTITY), 6)
    assert changed == [(row, row)]
    changed.clear()
    left = page.remaining.text()
    page.budget.setValue(page.budget.value() + 100_00)
    assert changed == [] and page.remaining.text() != left  # the figures still follow

    data = json.loads(demo_catalogue_bytes())
    data["version"] = "2027.8"
    for offer in data["offers"]:
        offer["price"] = f"{float(offer['price']) * 2:.2f}"  # test data only
    window.app.catalogues.import_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    catalogue = window.app.catalogues.current()
    assert catalogue is not None and catalogue.version == "2027.8"
    page.budget.setValue(page.budget.value() + 100_00)
    standalone = [line for line in page.figures.lines if line.pool is None]
    assert standalone and all(
        line.unit_price_cents == catalogue.offer(line.offer.id).price_cents  # type: ignore[union-attr]
        for line in standalone
    )
    offer = next(o for o in catalogue.offers if o.id not in window.session.firm.selected_offers)
    shown = page.add_choice.itemText(page.add_choice.findData(offer.id))
    assert euros(format_money(offer.price_cents)) in euros(shown)

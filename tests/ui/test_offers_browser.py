"""The offers browser: filters, detail panel, ticking offers, and importing a
catalogue with a preview of what changes (a bad file changes nothing)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from wat_desktop.domain.catalogue import Beneficiary, ProviderKind
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.pooling import PoolState
from wat_desktop.domain.steps import StepId
from wat_desktop.services.catalogue_service import demo_catalogue_bytes
from wat_desktop.services.demo_service import install_demo
from wat_desktop.ui.offers_table_model import COL_POOLED, OFFER_ID_ROLE, pool_state_text

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "catalogue"


def open_demo_offers(open_window):
    window = open_window()
    firm = install_demo(window.app.firms, window.app.catalogues)
    window.reload_firms(firm.id)
    window.go_to_step(StepId.OFFERS)
    return window, window.offers_page


def shown_offers(page) -> list:
    catalogue = page.model.catalogue
    return [
        catalogue.offer(page.proxy.index(row, 0).data(OFFER_ID_ROLE))
        for row in range(page.proxy.rowCount())
    ]


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_filters_narrow_the_offers(open_window) -> None:
    _window, page = open_demo_offers(open_window)
    relevant = shown_offers(page)
    total = len(page.model.catalogue.offers)
    assert 0 < len(relevant) <= page.model.rowCount() == total
    page.relevant_only.setChecked(False)
    assert len(shown_offers(page)) == total

    choose(page.area_filter, NeedArea.CHILDCARE)
    childcare = shown_offers(page)
    assert childcare and all(NeedArea.CHILDCARE in o.need_areas for o in childcare)

    choose(page.pooled_filter, True)
    pooled_childcare = shown_offers(page)
    assert pooled_childcare and all(o.is_pooled for o in pooled_childcare)
    assert len(pooled_childcare) < len(childcare)
    choose(page.pooled_filter, False)
    assert all(not o.is_pooled for o in shown_offers(page))
    choose(page.pooled_filter, None)
    choose(page.area_filter, None)

    choose(page.kind_filter, ProviderKind.PUBLIC_BODY)
    public = shown_offers(page)
    catalogue = page.model.catalogue
    assert public and all(catalogue.provider_of(o).kind is ProviderKind.PUBLIC_BODY for o in public)
    choose(page.kind_filter, None)

    choose(page.beneficiary_filter, Beneficiary.CITIZENS)
    citizens = shown_offers(page)
    assert citizens and all(Beneficiary.CITIZENS in o.beneficiaries for o in citizens)
    assert f"{len(citizens)} " in page.count.text()
    # Every filter has an accessible name from its label.
    assert page.area_filter.accessibleName()
    assert page.beneficiary_filter.accessibleName()


def test_detail_panel_shows_provider_tax_treatment_and_pooling(open_window, tmp_path) -> None:
    _window, page = open_demo_offers(open_window)
    page.relevant_only.setChecked(False)
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(OFFER_ID_ROLE) == "centro-estivo-rete"
    )
    page.table.selectRow(row)
    text = page.detail.toPlainText()
    assert "Cooperativa sociale Il Girotondo" in text
    assert "art. 51 c.2 lett. f-bis TUIR" in text
    assert "175,00 €" in text and "160,00 €" in text  # alone and pooled
    status = page.model.status_of("centro-estivo-rete")
    assert status is not None and status.state is PoolState.ACTIVATES_IF_YOU_JOIN
    assert pool_state_text(status) in text
    assert page.proxy.index(row, COL_POOLED).data() == pool_state_text(status)
    page.grab().save(str(tmp_path / "offers.png"))


def test_ticking_an_offer_puts_it_in_the_plan(open_window) -> None:
    window, page = open_demo_offers(open_window)
    index = page.proxy.index(0, 0)
    offer_id = index.data(OFFER_ID_ROLE)
    page.proxy.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert offer_id in window.session.firm.selected_offers
    page.proxy.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert offer_id not in window.session.firm.selected_offers


def test_import_previews_changes_and_a_bad_file_changes_nothing(
    open_window, dialogs, tmp_path: Path
) -> None:
    window, page = open_demo_offers(open_window)
    history = window.app.catalogues.history()

    dialogs.open_paths.append(HOSTILE / "negative-price.json")
    page.import_button.click()
    kind, _title, text = dialogs.shown[-1]
    assert kind == "error"
    assert "offers[0] (nido-interaziendale).price" in text
    assert window.app.catalogues.history() == history

    data = json.loads(demo_catalogue_bytes())
    data["version"] = "2027.2"
    data["offers"].append(dict(data["offers"][-1], id="yoga", title="Yoga in pausa pranzo"))
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")

    asked: list[str] = []
    answer = dialogs.confirm
    dialogs.confirm = lambda title, text: asked.append(text) or answer(title, text)
    dialogs.open_paths.append(newer)
    dialogs.confirmations.append(False)  # the user reads the changes and declines
    page.import_button.click()
    assert "Yoga in pausa pranzo" in asked[-1] and "2027.2" in asked[-1]
    assert window.app.catalogues.history() == history
    assert page.model.catalogue.version == "2027.1"

    dialogs.open_paths.append(newer)
    dialogs.confirmations.append(True)
    window.import_catalogue()  # File menu: the same flow
    assert window.app.catalogues.current().version == "2027.2"
    assert page.model.catalogue.version == "2027.2"
    assert "2027.2" in dialogs.shown[-1][2]
    page.relevant_only.setChecked(False)
    assert "yoga" in {o.id for o in shown_offers(page)}


def test_the_network_column_says_it_counts_your_users_and_names_the_missing_firms(
    open_window,
) -> None:
    """Step 7 adds the firm's expected users to the network's, so its figures differ from
    the territory view's: the column says "if you join", and what is still missing
    names the firms too ("Mancano ancora 14 utenti e 1 azienda")."""
    _window, page = open_demo_offers(open_window)
    page.relevant_only.setChecked(False)
    header = page.model.headerData(COL_POOLED, Qt.Orientation.Horizontal)
    assert header == "Rete, se aderite"
    status = page.model.status_of("doposcuola-rete")
    assert status is not None and status.missing_users and status.missing_firms
    row = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, 0).data(OFFER_ID_ROLE) == "doposcuola-rete"
    )
    text = page.proxy.index(row, COL_POOLED).data()
    assert text == pool_state_text(status)
    assert f"{status.missing_users} utenti" in text and "aziend" in text
    page.table.selectRow(row)
    assert "Stato se aderite" in page.detail.toPlainText()

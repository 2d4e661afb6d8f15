"""The firms portfolio: 5,000 generated firms open, sort and filter; duplicate,
archive and delete-with-confirmation (a backup is taken before the delete)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from wat_desktop.domain.firm import TerritorialArea
from wat_desktop.domain.steps import StepId
from wat_desktop.services.portfolio_service import PlanCostBand, SizeBand
from wat_desktop.services.synth import generate_firms, insert_firms
from wat_desktop.ui.portfolio_table_model import COL_COST, COL_EMPLOYEES, COL_NAME, FIRM_ID_ROLE


def _shown_ids(view) -> list[int]:
    proxy = view.proxy
    return [proxy.index(r, COL_NAME).data(FIRM_ID_ROLE) for r in range(proxy.rowCount())]


def _choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def _loaded(qtbot, view) -> None:
    """Wait until the firms of the last refresh are in the table (they load in a
    worker thread while the window stays live)."""
    qtbot.waitUntil(lambda: not view.loading, timeout=60_000)


def _select(view, firm_id: int) -> None:
    assert view.select_firm(firm_id)
    assert view.selected().id == firm_id


def test_five_thousand_firms_open_sort_and_filter(open_window, qtbot) -> None:
    window = open_window()
    window.app.catalogues.install_demo()
    synthetic = generate_firms(5000, seed=11, catalogue=window.app.catalogues.current())
    insert_firms(window.app.db, synthetic)
    assert not window.portfolio_action.isEnabled()  # no firm in the list yet
    window.refresh_action.trigger()  # F5 finds the firms (as from another office PC)
    window.portfolio_action.trigger()
    view = window.portfolio_view
    assert view.loading  # the window is not blocked meanwhile
    _loaded(qtbot, view)
    assert window.root_stack.currentWidget() is view
    assert view.proxy.rowCount() == 5000
    assert "5000" in view.count_label.text()

    view.table.sortByColumn(COL_EMPLOYEES, Qt.SortOrder.DescendingOrder)
    staff = [view.proxy.index(r, COL_EMPLOYEES).data() for r in range(5)]
    assert int(staff[0]) == max(s.firm.profile.headcount.total for s in synthetic)
    assert [int(s) for s in staff] == sorted((int(s) for s in staff), reverse=True)

    profiles = [s.firm.profile for s in synthetic]
    _choose(view.area_filter, TerritorialArea.VAL_PELLICE.value)
    expected = sum(p.territorial_area == "val_pellice" for p in profiles)
    assert 0 < view.proxy.rowCount() == expected < 5000
    _choose(view.size_filter, SizeBand.MICRO)
    _choose(view.ccnl_filter, "commercio_terziario")
    expected = sum(
        p.territorial_area == "val_pellice"
        and p.headcount.total < 10
        and p.ccnl == "commercio_terziario"
        for p in profiles
    )
    assert view.proxy.rowCount() == expected > 0
    for combo in (view.area_filter, view.size_filter, view.ccnl_filter):
        combo.setCurrentIndex(0)
    _choose(view.sector_filter, "C")
    assert view.proxy.rowCount() == sum(p.ateco_section == "C" for p in profiles)
    view.sector_filter.setCurrentIndex(0)
    _choose(view.step_filter, int(StepId.NEEDS))
    reached = view.proxy.rowCount()
    assert 0 < reached < 5000
    view.step_filter.setCurrentIndex(0)

    # Plan cost: the firms whose chosen plan costs up to 5,000 € a year.
    _choose(view.cost_filter, PlanCostBand.UP_TO_5K)
    rows = view.model.rows()
    cheap = [r for r in rows if 0 < r.plan_cost_cents <= 5_000_00]
    assert view.proxy.rowCount() == len(cheap) > 0
    costs = [view.proxy.index(r, COL_COST).data() for r in range(view.proxy.rowCount())]
    assert all(c.endswith("€") and "," in c for c in costs)  # Italian money: "1.234,56 €"
    _choose(view.cost_filter, PlanCostBand.NONE)
    assert view.proxy.rowCount() == sum(r.plan_cost_cents == 0 for r in rows)
    view.clear_filters_button.click()
    assert view.proxy.rowCount() == 5000 and view.cost_filter.currentIndex() == 0

    qtbot.keyClicks(view.search, "#4321")  # ASCII only: accented text is set directly
    assert [view.model.row_at(view.proxy.mapToSource(view.proxy.index(0, 0)).row()).name] == [
        synthetic[4320].firm.name
    ]
    assert view.proxy.rowCount() == 1

    # Double-click opens the firm in the wizard.
    assert view.count_label.text() == "Aziende visualizzate: 1 su 5000"
    index = view.proxy.index(0, COL_NAME)
    firm_id = index.data(FIRM_ID_ROLE)
    where = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.root_stack.currentWidget() is window.workspace
    assert window.session.firm is not None and window.session.firm.id == firm_id


def test_duplicate_archive_and_delete_with_confirmation(open_window, dialogs, qtbot) -> None:
    window = open_window()
    window.open_demo()
    demo = window.session.firm
    insert_firms(window.app.db, generate_firms(3, seed=2))
    window.show_portfolio()
    view = window.portfolio_view
    _loaded(qtbot, view)
    assert view.proxy.rowCount() == 4

    # Duplicate as a template: a new firm named "<name> (copy)", selected, in the selector.
    _select(view, demo.id)
    view.duplicate_button.click()
    _loaded(qtbot, view)
    copy = view.selected()
    assert copy.id != demo.id
    assert copy.name == f"{demo.name} {view.tr('(copy)')}"
    assert window.firm_selector.findData(copy.id) >= 0
    assert window.app.firms.load(copy.id).needs == demo.needs

    # Archive: hidden from the table and the firm selector until "show archived".
    view.archive_button.click()
    _loaded(qtbot, view)
    assert copy.id not in _shown_ids(view)
    assert window.firm_selector.findData(copy.id) < 0
    view.show_archived.setChecked(True)
    _select(view, copy.id)
    assert view.archive_button.text() == view.tr("Unar&chive")
    view.archive_button.click()
    _loaded(qtbot, view)
    assert window.firm_selector.findData(copy.id) >= 0

    # Delete, cancelled: nothing changes and no backup is taken.
    backups = window.app.backups
    before = len(backups.list_backups())
    dialogs.confirmations.append(False)
    _select(view, copy.id)
    view.delete_button.click()
    assert copy.id in _shown_ids(view)
    assert len(backups.list_backups()) == before

    # Delete, confirmed: the firm is gone and a backup taken just before holds it.
    dialogs.confirmations.append(True)
    _select(view, copy.id)
    view.delete_button.click()
    _loaded(qtbot, view)
    assert copy.id not in _shown_ids(view)
    assert window.firm_selector.findData(copy.id) < 0
    taken = [b for b in backups.list_backups() if b.reason == "before-delete"]
    assert len(taken) == 1 and taken[0].path.stat().st_size > 0
    connection = sqlite3.connect(taken[0].path)
    try:
        query = "SELECT count(*) FROM firms WHERE id = ?"
        (count,) = connection.execute(query, (copy.id,)).fetchone()
    finally:
        connection.close()
    assert count == 1  # the backup still holds the deleted firm


def test_refresh_shows_firms_added_meanwhile_and_enter_opens(open_window, qtbot) -> None:
    window = open_window()
    window.open_demo()
    window.show_portfolio()
    view = window.portfolio_view
    _loaded(qtbot, view)
    assert view.proxy.rowCount() == 1
    insert_firms(window.app.db, generate_firms(2, seed=5))  # as another user would
    window.refresh_action.trigger()  # View > Refresh (F5)
    _loaded(qtbot, view)
    assert view.proxy.rowCount() == 3
    assert window.root_stack.currentWidget() is view  # the portfolio stays on screen
    target = view.model.row_at(view.proxy.mapToSource(view.proxy.index(2, 0)).row())
    _select(view, target.id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.session.firm is not None and window.session.firm.id == target.id


def test_text_columns_share_the_width_by_their_content(open_window, qtbot) -> None:
    """No column is cut short next to a wider one: sector and CCNL get their share."""
    from wat_desktop.ui.portfolio_table_model import TEXT_COLUMNS

    window = open_window()
    window.open_demo()
    insert_firms(window.app.db, generate_firms(30, seed=4))
    window.resize(1280, 820)
    window.show_portfolio()
    view = window.portfolio_view
    _loaded(qtbot, view)
    header = view.table.horizontalHeader()
    metrics = view.table.fontMetrics()
    longest = view.model.longest_texts()
    widths = {c: header.sectionSize(c) for c in TEXT_COLUMNS}
    cut = [c for c in TEXT_COLUMNS if widths[c] < metrics.horizontalAdvance(longest[c]) + 16]
    assert cut  # 30 firms with long sector and CCNL names do not all fit at 1280 px
    for column in cut:
        assert all(widths[column] >= widths[other] - 1 for other in TEXT_COLUMNS)
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert abs(total - view.table.viewport().width()) <= 1  # no half-empty column, no scroll
    # A wider window: the columns grow with it.
    before = dict(widths)
    window.resize(1600, 820)
    qtbot.waitUntil(lambda: header.sectionSize(cut[0]) > before[cut[0]])


def test_share_width_cuts_the_longest_columns_first() -> None:
    from wat_desktop.ui.portfolio_view import share_width

    assert share_width({0: 300, 1: 200, 3: 150, 4: 280}, 1000, 80) == {
        0: 370,  # everything fits: the name takes the spare
        1: 200,
        3: 150,
        4: 280,
    }
    assert share_width({0: 300, 1: 200, 3: 150, 4: 280}, 800, 80) == {
        0: 225,  # the two longest share what the others leave
        1: 200,
        3: 150,
        4: 225,
    }
    assert share_width({0: 300, 1: 200}, 100, 80) == {0: 80, 1: 80}  # never below readable


def _select_rows(view, rows: list[int]) -> None:
    from PySide6.QtCore import QItemSelectionModel

    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.table.clearSelection()
    for row in rows:
        view.table.selectionModel().select(view.proxy.index(row, COL_NAME), flags)


def test_dossiers_of_the_selected_firms_are_written_off_the_window_thread(
    open_window, dialogs, qtbot, tmp_path, monkeypatch
) -> None:
    import threading

    from pypdf import PdfReader

    from wat_desktop.reports import dossier_pdf

    window = open_window()
    window.open_demo()
    insert_firms(
        window.app.db, generate_firms(2, seed=2, catalogue=window.app.catalogues.current())
    )
    window.refresh_action.trigger()
    window.show_portfolio()
    view = window.portfolio_view
    _loaded(qtbot, view)
    assert view.dossiers_button.text() == "E&sporta i dossier delle aziende visualizzate (3)…"
    _select_rows(view, [0, 2])
    assert view.dossiers_button.text() == "E&sporta i dossier delle aziende selezionate (2)…"
    assert not view.open_button.isEnabled()  # one-firm actions wait for one firm
    chosen = [f.id for f in view.dossier_firms()]

    threads: list[threading.Thread] = []
    real_build = dossier_pdf.build_dossier

    def build(data, tr):
        threads.append(threading.current_thread())
        return real_build(data, tr)

    monkeypatch.setattr(dossier_pdf, "build_dossier", build)
    out = tmp_path / "dossiers"
    dialogs.folders.append(out)
    dialogs.confirmations.append(True)
    view.dossiers_button.click()
    assert view.batch.progress is not None and view.batch.progress.maximum() == 2
    assert not view.dossiers_button.isEnabled()  # one batch at a time
    qtbot.waitUntil(lambda: any(kind == "info" for kind, *_ in dialogs.shown), timeout=120_000)
    files = sorted(out.glob("*.pdf"))
    assert [int(f.name[:4]) for f in files] == sorted(chosen)
    assert all(PdfReader(f).trailer["/Root"]["/Lang"] == "it-IT" for f in files)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dialogs.shown[-1][2] == f"Dossier scritti: 2 su 2, in {out}."
    assert view.dossiers_button.isEnabled() and view.batch.progress is None


def test_cancel_stops_the_batch_after_the_dossier_being_written(
    open_window, dialogs, qtbot, tmp_path
) -> None:
    window = open_window()
    window.open_demo()
    insert_firms(
        window.app.db, generate_firms(2, seed=2, catalogue=window.app.catalogues.current())
    )
    window.refresh_action.trigger()
    window.show_portfolio()
    view = window.portfolio_view
    _loaded(qtbot, view)
    out = tmp_path / "dossiers"
    dialogs.folders.append(out)
    dialogs.confirmations.append(True)
    view.dossiers_button.click()  # every firm shown: 3
    cancel = view.batch.progress.findChild(QPushButton)
    assert cancel.text() == "Annulla"
    cancel.click()
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=120_000)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "info" and text.startswith("Esportazione annullata. Dossier scritti: 1 su 3")
    assert len(list(out.glob("*.pdf"))) == 1  # the one being written when cancelled


def test_no_folder_or_no_confirmation_writes_nothing(open_window, dialogs, qtbot, tmp_path) -> None:
    window = open_window()
    window.open_demo()
    window.show_portfolio()
    view = window.portfolio_view
    _loaded(qtbot, view)
    assert view.export_dossiers() is False  # no folder chosen
    dialogs.folders.append(tmp_path / "out")
    dialogs.confirmations.append(False)
    assert view.export_dossiers() is False
    assert not (tmp_path / "out").exists()

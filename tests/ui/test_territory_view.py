"""The territorial dashboard: menu entry, import with preview, forecast ticks, exports."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from tests.services.test_demand_files import HOSTILE, demand_file
from wat_desktop.domain.territory import OfferState


def write_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"firm-{index:02}.json"
        path.write_text(json.dumps(demand_file(index, 1)), encoding="utf-8")
        paths.append(path)
    return paths


def ready(qtbot, dialog) -> None:
    """Wait for the report (made in a worker thread) or the files' check to end."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def open_dashboard(window, qtbot):
    window.app.catalogues.install_demo()
    window.territory_action.trigger()
    dialog = window.territory_dialog
    qtbot.waitUntil(dialog.isVisible)
    ready(qtbot, dialog)
    return dialog


def camp_row(dialog):
    model = dialog.offers_model
    return next(
        model.forecast(r)
        for r in range(model.rowCount())
        if model.forecast(r).offer_id == "centro-estivo-rete"
    )


def test_twenty_files_imported_after_a_preview_show_what_activates(
    open_window, dialogs, qtbot, tmp_path: Path
) -> None:
    dialog = open_dashboard(open_window(), qtbot)
    assert camp_row(dialog).state is OfferState.NEEDS_MORE
    dialogs.open_file_lists.append([*write_files(tmp_path / "in", 20), HOSTILE / "nan.json"])
    dialogs.confirmations.append(True)
    dialog.import_button.click()
    ready(qtbot, dialog)
    assert dialog.report.files_received == 20
    assert camp_row(dialog).state is OfferState.ACTIVATES
    state = dialog.offers_model.index(
        [
            dialog.offers_model.forecast(r).offer_id for r in range(dialog.offers_model.rowCount())
        ].index("centro-estivo-rete"),
        dialog.offers_model.STATE_COLUMN,
    ).data()
    assert state == "Si attiva con queste aziende"
    assert "1" in dialog.states.text() and "20" in dialog.summary.text()
    assert dialog.firms.count() == 20
    # Untick all but two firms: the camp no longer activates.
    dialog._check_all(False)
    dialog.firms.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.firms.item(1).setCheckState(Qt.CheckState.Checked)
    assert camp_row(dialog).state is OfferState.NEEDS_MORE
    assert dialog.ticked_label.text() == "Selezionate: 2 su 20"
    assert dialog.needs_model.rowCount() >= 2
    # A refresh keeps the user's ticks.
    dialog.refresh_button.click()
    ready(qtbot, dialog)
    assert len(dialog.chosen_keys()) == 2 and camp_row(dialog).state is OfferState.NEEDS_MORE


def test_need_by_municipality_shows_each_area_suppressed_within_it(
    open_window, dialogs, qtbot, tmp_path: Path
) -> None:
    dialog = open_dashboard(open_window(), qtbot)
    dialog.app.territory.apply(dialog.app.territory.preview_import(write_files(tmp_path, 8)))
    dialog.refresh()
    ready(qtbot, dialog)
    dialog.tabs.setCurrentIndex(2)
    areas = [dialog.place_area.itemData(i) for i in range(dialog.place_area.count())]
    assert areas == ["pinerolo", "val_pellice", "val_chisone", "val_germanasca"]
    dialog.place_area.setCurrentIndex(areas.index("val_pellice"))
    model = dialog.places_model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(model.columnCount())
    ]
    assert headers == ["Bisogno", "Val Pellice", "Luserna San Giovanni"]
    needs = [model.index(r, 0).data() for r in range(model.rowCount())]
    row = needs.index("Figli di 6-10 anni")
    # Two files from Luserna San Giovanni with 4 children each: 8 in the area and the town.
    assert model.index(row, 1).data() == "8" and model.index(row, 2).data() == "8"
    # Two "small" elder-care counts: below the threshold in the area, so in the town too.
    elder = needs.index("Dipendenti che assistono un familiare anziano (75+)")
    assert model.index(elder, 1).data() == "< 5"
    assert model.index(elder, 2).data() == "< 5"


def test_a_received_file_can_be_filtered_and_forgotten(
    open_window, dialogs, qtbot, tmp_path: Path
) -> None:
    dialog = open_dashboard(open_window(), qtbot)
    dialog.app.territory.apply(dialog.app.territory.preview_import(write_files(tmp_path, 3)))
    dialog.refresh()
    ready(qtbot, dialog)
    first = dialog.firms.item(0)
    dialog.firm_search.setText(first.text())
    visible = [i for i in range(dialog.firms.count()) if not dialog.firms.item(i).isHidden()]
    assert visible == [0]
    dialog.firms.setCurrentItem(first)
    assert dialog.forget_button.isEnabled()
    dialogs.confirmations.append(True)
    dialog.forget_button.click()
    ready(qtbot, dialog)
    assert dialog.report.files_received == 2 and dialog.firms.count() == 2


def test_a_declined_preview_or_a_bad_file_changes_nothing(
    open_window, dialogs, qtbot, tmp_path: Path
) -> None:
    dialog = open_dashboard(open_window(), qtbot)
    dialogs.open_file_lists.append(write_files(tmp_path / "in", 2))
    dialogs.confirmations.append(False)
    dialog.import_button.click()
    ready(qtbot, dialog)
    assert dialog.report.files_received == 0
    dialogs.open_file_lists.append([HOSTILE / "bad_checksum.json"])
    dialog.import_button.click()
    ready(qtbot, dialog)
    kind, _title, text = dialogs.shown[-1]
    assert kind == "error" and "bad_checksum.json" in text and "checksum" in text
    assert dialog.report.files_received == 0


def test_exports_csv_and_pdf(open_window, dialogs, qtbot, tmp_path: Path) -> None:
    dialog = open_dashboard(open_window(), qtbot)
    dialogs.save_paths += [tmp_path / "t.csv", tmp_path / "t.pdf"]
    assert dialog.export_csv() == tmp_path / "t.csv"
    assert dialog.export_pdf() == tmp_path / "t.pdf"
    assert (tmp_path / "t.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")


def test_every_control_has_an_accessible_name(open_window, qtbot) -> None:
    dialog = open_dashboard(open_window(), qtbot)
    for view in (dialog.firms, dialog.offers_view, dialog.needs_view):
        assert view.accessibleName()
    assert not dialog.grab().isNull()


def offer_index(dialog, offer_id: str, column: int):
    model = dialog.offers_model
    ids = [model.forecast(r).offer_id for r in range(model.rowCount())]
    return model.index(ids.index(offer_id), column)


def test_an_empty_database_offers_a_catalogue_and_nothing_to_export(
    open_window, dialogs, qtbot, tmp_path: Path
) -> None:
    from importlib import resources

    window = open_window()  # no firm, no catalogue, no demand file
    window.territory_action.trigger()
    dialog = window.territory_dialog
    qtbot.waitUntil(dialog.isVisible)
    ready(qtbot, dialog)
    assert dialog.catalogue_button.isVisible()
    assert "Importa catalogo" in dialog.states.text()
    assert not dialog.csv_button.isEnabled() and not dialog.pdf_button.isEnabled()
    assert dialog.csv_button.toolTip()  # says why
    source = resources.files("wat_desktop") / "resources" / "catalogues" / "pinerolese.json"
    catalogue = tmp_path / "rete.json"
    catalogue.write_bytes(source.read_bytes())
    dialogs.open_paths.append(catalogue)
    dialogs.confirmations.append(True)
    dialog.catalogue_button.click()
    ready(qtbot, dialog)
    assert dialog.report.catalogue is not None
    assert not dialog.catalogue_button.isVisible()
    assert dialog.offers_model.rowCount() > 0
    assert dialog.csv_button.isEnabled() and dialog.pdf_button.isEnabled()


def test_a_small_hidden_count_still_moves_the_bar_as_at_least(open_window, qtbot) -> None:
    """The demo firm's few psychological-support users are shown "< 5" but make the
    offer activate: the bar says "at least 10 / 10", never a contradicting 8 / 10."""
    from wat_desktop.ui.territory_table_models import PROGRESS_ROLE

    window = open_window()
    window.open_demo()
    window.territory_action.trigger()
    dialog = window.territory_dialog
    qtbot.waitUntil(dialog.isVisible)
    ready(qtbot, dialog)
    column = dialog.offers_model.PROGRESS_COLUMN
    listening = offer_index(dialog, "ascolto-psicologico", column)
    state = offer_index(dialog, "ascolto-psicologico", dialog.offers_model.STATE_COLUMN)
    assert state.data() == "Si attiva con queste aziende"
    assert listening.data() == "almeno 10 / 10"
    assert listening.data(PROGRESS_ROLE) == (10, 10)
    assert "meno di 5" in listening.data(Qt.ItemDataRole.ToolTipRole).lower()
    nursery = offer_index(dialog, "nido-interaziendale", column)  # exact figures: no "at least"
    assert nursery.data() == "8 / 8"


def test_need_tables_fit_their_columns_in_the_dialog(open_window, qtbot) -> None:
    window = open_window()
    window.open_demo()
    window.territory_action.trigger()
    dialog = window.territory_dialog
    qtbot.waitUntil(dialog.isVisible)
    ready(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dialog.needs_view.isVisible())
    view = dialog.needs_view
    header = view.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(header.count()))
    assert total <= view.viewport().width()  # the last area column is not cut off
    assert not view.horizontalScrollBar().isVisible()
    # The need names wrap instead of being cut: every row is as tall as its text.
    for row in range(view.model().rowCount()):
        assert view.rowHeight(row) >= view.sizeHintForRow(row)


def test_a_dialog_that_is_never_painted_still_makes_its_report(open_window, qtbot) -> None:
    """The first report waits for the dialog's first paint, but not for ever."""
    from wat_desktop.ui.territory_view import FIRST_REPORT_LATEST_MS, TerritoryDialog

    window = open_window()
    window.app.catalogues.install_demo()
    dialog = TerritoryDialog(window.app, "it", window.dialogs, window)  # never shown
    assert dialog.busy and dialog.report is None
    with qtbot.waitSignal(dialog.refreshed, timeout=FIRST_REPORT_LATEST_MS + 60_000):
        pass
    ready(qtbot, dialog)
    assert not dialog.isVisible() and dialog.report is not None
    assert dialog.offers_model.rowCount() > 0

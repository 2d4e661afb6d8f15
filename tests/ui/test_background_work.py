"""Long work runs off the GUI thread while the window stays live: the portfolio's
list, the territorial report, the check of demand files (Cancel changes nothing),
the dossier's data. The database is read by one thread at a time."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from tests.services.test_demand_files import demand_file
from wat_desktop.domain.steps import StepId
from wat_desktop.services.synth import generate_firms, insert_firms


def _threads_of(monkeypatch, owner: type, name: str) -> list[threading.Thread]:
    """Record the thread every call of ``owner.name`` runs in."""
    threads: list[threading.Thread] = []
    real = getattr(owner, name)

    def spy(self, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(self, *args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return threads


def test_the_portfolio_loads_its_firms_in_a_worker_thread(open_window, qtbot, monkeypatch) -> None:
    from wat_desktop.services.portfolio_service import PortfolioService

    window = open_window()
    window.open_demo()
    insert_firms(window.app.db, generate_firms(40, seed=3))
    threads = _threads_of(monkeypatch, PortfolioService, "rows")
    window.show_portfolio()
    view = window.portfolio_view
    assert view.loading and view.loading_bar.isVisible()  # the window did not wait
    assert view.count_label.text() == "Caricamento delle aziende in corso…"
    with qtbot.waitSignal(view.loaded, timeout=60_000):
        pass
    assert not view.loading and not view.loading_bar.isVisible()
    assert view.proxy.rowCount() == 41
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert view.selected() is not None and view.selected().id == window.session.firm.id


def test_a_second_refresh_replaces_the_first_one(open_window, qtbot) -> None:
    window = open_window()
    window.open_demo()
    window.show_portfolio()
    view = window.portfolio_view
    first = view._load
    insert_firms(window.app.db, generate_firms(2, seed=9))
    view.refresh()  # before the first load has come back
    assert view._load is not first
    qtbot.waitUntil(lambda: not view.loading, timeout=60_000)
    assert view.proxy.rowCount() == 3  # the newer list, not the older one


def test_the_territorial_report_is_made_in_a_worker_thread(open_window, qtbot, monkeypatch) -> None:
    from wat_desktop.services.territory_service import TerritoryService

    window = open_window()
    window.open_demo()
    threads = _threads_of(monkeypatch, TerritoryService, "report")
    window.territory_action.trigger()
    dialog = window.territory_dialog
    assert dialog.busy and dialog.busy_bar.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled()  # nothing to start twice meanwhile
    with qtbot.waitSignal(dialog.refreshed, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dialog.report.firms_in_database == 1 and dialog.offers_model.rowCount() > 0
    assert dialog.import_button.isEnabled() and not dialog.busy_bar.isVisibleTo(dialog)


def _demand_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"firm-{index:02}.json"
        path.write_text(json.dumps(demand_file(index, 1)), encoding="utf-8")
        paths.append(path)
    return paths


def test_a_cancelled_import_of_demand_files_changes_nothing(
    open_window, dialogs, qtbot, monkeypatch, tmp_path: Path
) -> None:
    from wat_desktop.services.territory_service import TerritoryService

    window = open_window()
    window.app.catalogues.install_demo()
    window.territory_action.trigger()
    dialog = window.territory_dialog
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    checking, release = threading.Event(), threading.Event()
    real_check = TerritoryService.check
    checked_in: list[threading.Thread] = []

    def slow_check(self, path):
        checked_in.append(threading.current_thread())
        if len(checked_in) == 3:  # the third file: the user presses Cancel now
            checking.set()
            release.wait(20)
        return real_check(self, path)

    monkeypatch.setattr(TerritoryService, "check", slow_check)
    dialogs.open_file_lists.append(_demand_files(tmp_path / "in", 10))
    dialogs.confirmations.append(True)  # would store them, if it were asked
    dialog.import_button.click()
    assert checking.wait(20)
    assert dialog.busy  # the dialog is live while the files are checked
    dialog._checking.cancel()  # the progress dialog's Cancel
    release.set()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert len(checked_in) == 3  # it stopped at the next file
    assert all(t is not threading.main_thread() for t in checked_in)
    assert dialog.dialogs.confirmations == [True]  # the user was never asked to store
    assert window.app.territory.received() == []  # and nothing was stored
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialog.report.files_received == 0


def test_the_import_goes_on_when_not_cancelled(open_window, dialogs, qtbot, tmp_path) -> None:
    window = open_window()
    window.app.catalogues.install_demo()
    window.territory_action.trigger()
    dialog = window.territory_dialog
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    dialogs.open_file_lists.append(_demand_files(tmp_path / "in", 4))
    dialogs.confirmations.append(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert dialogs.confirmations == []  # asked, and answered yes
    assert dialog.report.files_received == 4


def test_the_dossier_preview_reads_its_data_in_a_worker(
    open_window, qtbot, monkeypatch, tmp_path: Path
) -> None:
    from wat_desktop.services.dossier_service import DossierService

    window = open_window()
    window.open_demo()
    threads = _threads_of(monkeypatch, DossierService, "data")
    page = window.dossier_page
    with qtbot.waitSignal(page.preview_ready, timeout=120_000):
        window.go_to_step(StepId.DOSSIER)
    assert not page.preview.pixmap().isNull()
    assert threads and all(t is not threading.main_thread() for t in threads)

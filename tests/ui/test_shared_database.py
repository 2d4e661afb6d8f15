"""Two app instances on one PostgreSQL database: a concurrent edit is detected, the user
is told, and both versions stay available."""

import json
from pathlib import Path

from tests.ui.fake_dialogs import FakeDialogs
from wat_desktop.app import open_app
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.ui.main_window import MainWindow


def test_concurrent_edit_keeps_both_versions(qtbot, postgres_url: str, tmp_path: Path) -> None:
    app_a = open_app(tmp_path / "a", postgres_url)
    app_b = open_app(tmp_path / "b", postgres_url)
    try:
        firm = app_a.firms.create_firm("Condivisa S.r.l.")
        dialogs_b = FakeDialogs()
        window_b = MainWindow(app_b, "it", dialogs_b)
        qtbot.addWidget(window_b)
        window_b.reload_firms(firm.id)
        assert window_b.session.firm.name == "Condivisa S.r.l."

        # A saves first (another office PC) ...
        theirs = app_a.firms.load(firm.id)
        theirs.needs[NeedKey.TRAINING] = 3
        app_a.firms.save(theirs)
        # ... then B types into its stale copy.
        window_b.needs_page.spins[NeedKey.COMMUTING].setValue(5)

        assert window_b.session.firm.needs == {NeedKey.TRAINING: 3}  # theirs, shown
        names = {f.name: f.id for f in app_b.firms.list_firms()}
        copy_name = next(n for n in names if n.startswith("Condivisa S.r.l. ("))
        kind, _title, text = dialogs_b.shown[-1]
        assert kind == "info" and copy_name in text
        assert app_b.firms.load(names[copy_name]).needs == {NeedKey.COMMUTING: 5}  # mine, kept
        window_b.close()
    finally:
        app_a.close()
        app_b.close()


def test_two_offices_see_each_others_firms_and_demand_files_after_a_refresh(
    qtbot, postgres_url: str, tmp_path: Path
) -> None:
    from tests.services.test_demand_files import demand_file
    from wat_desktop.services.synth import generate_firms, insert_firms

    app_a = open_app(tmp_path / "a", postgres_url)
    app_b = open_app(tmp_path / "b", postgres_url)
    try:
        app_a.catalogues.install_demo()
        window_b = MainWindow(app_b, "it", FakeDialogs())
        qtbot.addWidget(window_b)
        window_b.reload_firms()
        window_b.show_portfolio()
        view = window_b.portfolio_view
        qtbot.waitUntil(lambda: not view.loading)  # the firms load in a worker thread
        assert view.proxy.rowCount() == 0
        insert_firms(app_a.db, generate_firms(3, seed=8))  # office A adds three firms
        assert view.proxy.rowCount() == 0  # B has not refreshed yet
        window_b.refresh_action.trigger()
        qtbot.waitUntil(lambda: not view.loading)
        assert view.proxy.rowCount() == 3

        # Office A imports a demand file; B's dashboard shows it after Refresh.
        path = tmp_path / "d.json"
        path.write_text(json.dumps(demand_file(1, 4)), encoding="utf-8")
        window_b.territory_action.trigger()
        dialog = window_b.territory_dialog
        qtbot.waitUntil(lambda: not dialog.busy)  # the report is made in a worker thread
        assert dialog.report.files_received == 0
        app_a.territory.apply(app_a.territory.preview_import([path]))
        dialog.refresh_button.click()
        qtbot.waitUntil(lambda: not dialog.busy)
        assert dialog.report.files_received == 1 and dialog.report.firms_in_database == 3
        # The same firm exported from either office carries one key: counted once.
        firm_id = view.model.row_at(0).id
        key_a = app_a.territory.demand_document(firm_id).firm_key
        assert app_b.territory.demand_document(firm_id).firm_key == key_a
        dialog.close()
        window_b.close()
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone()
        app_a.close()
        app_b.close()


def test_a_firm_deleted_by_another_user_keeps_what_was_typed(
    qtbot, postgres_url: str, tmp_path: Path
) -> None:
    app_a = open_app(tmp_path / "a", postgres_url)
    app_b = open_app(tmp_path / "b", postgres_url)
    try:
        firm = app_a.firms.create_firm("Effimera S.r.l.")
        dialogs_b = FakeDialogs()
        window_b = MainWindow(app_b, "it", dialogs_b)
        qtbot.addWidget(window_b)
        window_b.reload_firms(firm.id)
        app_a.portfolio.delete(firm.id)  # office A deletes it (a firm file is kept first)
        assert list((tmp_path / "a" / "backups" / "deleted-firms").glob("*.json"))
        window_b.needs_page.spins[NeedKey.TRAINING].setValue(4)  # B keeps typing
        kind, _title, text = dialogs_b.shown[-1]
        kept = window_b.session.firm
        assert kind == "info" and kept.name in text and kept.id != firm.id
        assert app_a.firms.load(kept.id).needs == {NeedKey.TRAINING: 4}
        window_b.close()
    finally:
        app_a.close()
        app_b.close()

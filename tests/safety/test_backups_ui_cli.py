"""The Backups dialog and the command line: back up, list, restore with the data date, check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.fake_dialogs import FakeDialogs
from wat_desktop.__main__ import main
from wat_desktop.persistence.health import HealthReport
from wat_desktop.safety_text import format_moment


def test_backups_dialog_creates_and_restores_with_confirmation(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    from wat_desktop.ui.backups_dialog import BackupsDialog

    window = open_window()
    window.app.firms.create_firm("Alfa")
    dialog = BackupsDialog(window.app.backups, dialogs, "it", window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    dialog.create_button.click()
    assert dialog.table.rowCount() == 1
    assert "verificato" in dialog.status.text() or "verified" in dialog.status.text()
    [only_backup] = window.app.backups.list_backups()
    window.app.firms.create_firm("Beta")
    dialogs.confirmations.append(False)  # the user says no: nothing happens
    dialog.restore_selected()
    assert len(window.app.firms.list_firms()) == 2
    dialogs.confirmations.append(True)
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_selected()
    assert [f.name for f in window.app.firms.list_firms()] == ["Alfa"]
    kind, _title, text = dialogs.shown[-1]
    assert kind == "info"
    assert format_moment(only_backup.taken_at, "it") in text  # the data date is stated
    dialog.grab().save(str(tmp_path / "backups-dialog.png"))


def test_check_database_action_offers_the_latest_backup_on_damage(
    open_window, dialogs: FakeDialogs
) -> None:
    from wat_desktop.ui.database_check import report_check

    window = open_window()
    window.app.firms.create_firm("Alfa")
    window.app.backups.create("manual")
    window.app.firms.create_firm("Beta")
    window.check_action.trigger()
    assert dialogs.shown[-1][0] == "info"  # healthy: one calm message
    dialogs.confirmations.append(True)
    damaged = HealthReport(integrity=["*** in database main *** Page 7: btree problem"])
    assert report_check(window.app, damaged, dialogs, "it")
    assert [f.name for f in window.app.firms.list_firms()] == ["Alfa"]


def test_cli_backup_list_restore_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    assert main([*data, "demo"]) == 0
    assert main([*data, "backup"]) == 0
    assert main([*data, "backup", "list", "--json"]) == 0
    capsys.readouterr()
    assert main([*data, "backup", "list", "--json"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["manual"]
    from wat_desktop.app import open_app

    app = open_app(tmp_path / "data")
    app.firms.create_firm("Added after the backup")
    app.close()
    assert main([*data, "restore", listed[0]["file"]]) == 1  # not a terminal: needs --yes
    assert main([*data, "restore", listed[0]["file"], "--yes"]) == 0
    out = capsys.readouterr().out
    assert "The data is from" in out and "before-restore" in out
    assert main([*data, "firms", "--json"]) == 0
    assert "Added after the backup" not in capsys.readouterr().out
    assert main([*data, "check"]) == 0
    assert "no problems found" in capsys.readouterr().out
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database")
    assert main([*data, "restore", str(bogus), "--yes"]) == 1
    assert "not a valid" in capsys.readouterr().err


def test_network_share_is_refused_by_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from wat_desktop.persistence import health

    monkeypatch.setattr(health, "network_fstype", lambda _path, *_a: "nfs4")
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "firms"]) == 2
    assert "PostgreSQL" in capsys.readouterr().err


def test_backups_dialog_reads_like_the_rest_of_the_italian_app(
    open_window, dialogs: FakeDialogs, qtbot, tmp_path: Path
) -> None:
    """Dates as 01/12/2026 22:06, the kind in Italian, and the date column takes the room
    (it was squeezed to its header while "Dimensione" took the table)."""
    import re

    from PySide6.QtWidgets import QApplication

    from wat_desktop.ui.backups_dialog import BackupsDialog

    window = open_window()
    window.app.firms.create_firm("Alfa")
    dialog = BackupsDialog(window.app.backups, dialogs, "it", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status.text() == "Ancora nessun backup."
    window.app.backups.create("pre-migration-0002")
    dialog.create_button.click()
    QApplication.processEvents()
    kinds = {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())}
    assert kinds == {"manuale", "prima della migrazione del database (conservato)"}
    for row in range(dialog.table.rowCount()):
        assert re.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d", dialog.table.item(row, 0).text())
    header = dialog.table.horizontalHeader()
    metrics = dialog.table.fontMetrics()
    for column in range(3):
        longest = max(
            metrics.horizontalAdvance(dialog.table.item(row, column).text())
            for row in range(dialog.table.rowCount())
        )
        assert header.sectionSize(column) > longest, column  # nothing cut off
    assert header.sectionSize(0) > header.sectionSize(2)  # the size is a short number
    assert "verificato" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "backups-dialog-it.png"))


def test_cli_backup_list_in_italian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import re

    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "backup", "list"]) == 0
    assert capsys.readouterr().out.strip() == "Ancora nessun backup."
    assert main([*data, "backup"]) == 0
    capsys.readouterr()
    assert main([*data, "backup", "list"]) == 0
    line = capsys.readouterr().out.splitlines()[-1]
    assert re.match(r"\d\d/\d\d/20\d\d \d\d:\d\d  +manuale  ", line), line

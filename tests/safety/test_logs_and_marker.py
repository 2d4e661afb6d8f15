"""Logs rotate, carry no names; an unclean shutdown is noticed and checked."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from wat_desktop.__main__ import main
from wat_desktop.app import open_app
from wat_desktop.infra import logging_setup


def test_logs_rotate_and_stay_small(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 4000)
    path = logging_setup.setup_logging(tmp_path / "logs")
    for i in range(400):
        logging.getLogger("wat_desktop.test").info("event %d %s", i, "x" * 40)
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == [path.name, f"{path.name}.1", f"{path.name}.2", f"{path.name}.3"]
    assert all(p.stat().st_size < 4000 + 200 for p in (tmp_path / "logs").iterdir())


def test_the_window_start_rotates_after_its_first_paint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A start that defers rotation writes to the same file, then rotates as usual."""
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 4000)
    path = logging_setup.setup_logging(tmp_path / "logs", rotate=False)
    for i in range(200):  # past the limit: the plain handler does not rotate
        logging.getLogger("wat_desktop.test").info("before %d %s", i, "x" * 40)
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert logging_setup.current_log_file() == path
    logging_setup.start_rotating()
    logging_setup.start_rotating()  # a second call changes nothing
    logging.getLogger("wat_desktop.test").info("after")
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == [path.name, f"{path.name}.1"]
    text = "".join(p.read_text() for p in path.parent.iterdir())
    assert text.count(" before ") == 200 and text.count(" after") == 1  # nothing lost
    assert len(logging.getLogger().handlers) == len(set(logging.getLogger().handlers))


def test_debug_log_holds_no_firm_names_or_answers(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it", "--debug"]
    assert main([*data, "demo"]) == 0
    app = open_app(tmp_path / "data")
    firm = app.firms.create_firm("Zanzibar Rossi Snc")
    firm.profile.legal_representative = "Mario Bianchi"
    app.firms.save(firm)
    app.close()
    assert main([*data, "backup"]) == 0
    assert main([*data, "check"]) == 0
    log_text = (tmp_path / "data" / "logs" / "wat-desktop.log").read_text()
    assert "backup wat-backup-" in log_text and "database check" in log_text
    for private in ("Zanzibar", "Bianchi", "Officine Meccaniche", "Val Chisone"):
        assert private not in log_text


def test_unclean_shutdown_is_noticed_and_checked_in_full(tmp_path: Path) -> None:
    app = open_app(tmp_path / "data")
    assert not app.unclean_shutdown
    app.firms.create_firm("Alfa")
    app.db.dispose()
    app.lock.release()  # the process "dies": no clean close, the marker stays
    again = open_app(tmp_path / "data")
    assert again.unclean_shutdown
    assert again.startup_health is None  # checked when the database opens
    again.firms.list_firms()
    assert again.startup_health is not None and again.startup_health.ok
    again.close()
    third = open_app(tmp_path / "data")
    assert not third.unclean_shutdown
    third.close()

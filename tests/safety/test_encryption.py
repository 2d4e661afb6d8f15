"""Optional encryption at rest (SQLCipher): nothing readable on disk, backups
encrypted too, a clear message for a wrong passphrase, and a clear one where
sqlcipher3 is not installed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wat_desktop.__main__ import main
from wat_desktop.app import open_app
from wat_desktop.persistence import encryption
from wat_desktop.services.privacy_service import scan_for

needs_sqlcipher = pytest.mark.skipif(
    not encryption.available(),
    reason="sqlcipher3 does not install here; the 'not installed' message is tested below",
)
PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _forget_the_key(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(encryption.ENV_PASSPHRASE, raising=False)
    yield
    encryption.set_passphrase(None)


@needs_sqlcipher
def test_encrypted_database_and_backups_hold_nothing_readable(fast_dir: Path) -> None:
    app = open_app(fast_dir / "data")
    app.firms.create_firm("Segreta Srl")
    plain = app.backups.create("manual").path
    change = app.encryption.enable(PASSPHRASE)
    assert change.encrypted and change.other_backups == 2  # the plain one and the one before
    assert app.backups.check().ok
    app.firms.create_firm("Nuova Srl")
    backup = app.backups.create("manual").path
    app.close()
    database = fast_dir / "data" / "wat-desktop.sqlite3"
    for path in (database, backup):
        assert encryption.is_encrypted(path)
        assert not scan_for(path, b"Segreta") and not scan_for(path, b"Nuova")
    assert not [p for p in (fast_dir / "data").iterdir() if "before-restore" in p.name]
    assert scan_for(plain, b"Segreta")  # older plain backups stay until purged

    os.environ[encryption.ENV_PASSPHRASE] = PASSPHRASE
    again = open_app(fast_dir / "data")
    assert sorted(f.name for f in again.firms.list_firms()) == ["Nuova Srl", "Segreta Srl"]
    again.backups.restore(backup)  # an encrypted backup restores with the same key
    assert again.encryption.disable().encrypted is False
    assert not encryption.is_encrypted(database)
    again.close()


@needs_sqlcipher
def test_a_wrong_passphrase_gets_a_clear_message_and_changes_nothing(
    fast_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(fast_dir / "data")
    app.firms.create_firm("Segreta Srl")
    app.encryption.enable(PASSPHRASE)
    app.close()
    database = fast_dir / "data" / "wat-desktop.sqlite3"
    before = database.read_bytes()
    data = ["--data-dir", str(fast_dir / "data"), "--lang", "it"]
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, "not the one")
    assert main([*data, "firms"]) == 2
    error = capsys.readouterr().err
    assert "passphrase è errata" in error and "Traceback" not in error
    assert database.read_bytes() == before
    monkeypatch.delenv(encryption.ENV_PASSPHRASE)
    assert main([*data, "firms"]) == 2  # none at all, and no terminal to ask at
    monkeypatch.setenv(encryption.ENV_PASSPHRASE, PASSPHRASE)
    assert main([*data, "firms", "--json"]) == 0
    assert "Segreta Srl" in capsys.readouterr().out


def test_without_sqlcipher_the_user_is_told_what_to_install(
    fast_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> None:
        raise encryption.EncryptionUnavailableError("sqlcipher3 is not installed")

    monkeypatch.setattr(encryption, "sqlcipher", missing)
    data = ["--data-dir", str(fast_dir / "data"), "--lang", "en"]
    monkeypatch.setenv("WAT_DESKTOP_NEW_PASSPHRASE", PASSPHRASE)
    assert main([*data, "encryption", "enable"]) == 1
    assert 'pip install "wat-desktop[encryption]"' in capsys.readouterr().err
    database = fast_dir / "data" / "wat-desktop.sqlite3"
    database.write_bytes(os.urandom(4096))  # an encrypted file from another computer
    assert main([*data, "firms"]) == 2
    assert "encryption extra" in capsys.readouterr().err


@needs_sqlcipher  # without it, enabling stops at the install message (tested above)
def test_a_short_passphrase_is_refused(fast_dir: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("WAT_DESKTOP_NEW_PASSPHRASE", "short")
    data = ["--data-dir", str(fast_dir / "data"), "--lang", "en"]
    assert main([*data, "encryption", "enable"]) == 1
    assert "at least 8" in capsys.readouterr().err

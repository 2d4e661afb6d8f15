"""Privacy tools: everything about one firm in a readable archive; erasing a firm
for good, with the older backups that still hold it, and purging them."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from wat_desktop.__main__ import main
from wat_desktop.app import AppContext, open_app
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.services.privacy_service import scan_for

SECRET_NAME = "Zanzibar Rossi Snc"


@pytest.fixture
def app(fast_dir: Path) -> AppContext:
    context = open_app(fast_dir / "data")
    yield context
    context.close()


def _firm_with_data(app: AppContext) -> int:
    firm = app.firms.create_firm(SECRET_NAME)
    firm.profile.partita_iva = "01234567890"
    firm.profile.legal_representative = "Mario Bianchi"
    firm.profile.headcount.operai = 30
    firm.needs = {NeedKey.CHILDREN_0_2: 7, NeedKey.COMMUTING: 12}
    app.firms.save(firm)
    app.territory.export(firm.id, app.paths.root / "demand.json")  # makes its demand key
    return firm.id  # type: ignore[return-value]


def test_the_archive_holds_everything_readably(app: AppContext) -> None:
    firm_id = _firm_with_data(app)
    other = app.firms.create_firm('=HYPERLINK("http://x")')  # not in this firm's archive
    path = app.privacy.export_archive(firm_id, app.paths.root / "firm.zip")
    archive = zipfile.ZipFile(path)
    names = set(archive.namelist())
    assert {"README.txt", "firm.json", "database-row.json", "needs.csv", "demand-key.json"} <= names
    row = json.loads(archive.read("database-row.json"))
    assert row["id"] == firm_id and row["name"] == SECRET_NAME and "created_at" in row
    assert row["profile"]["legal_representative"] == "Mario Bianchi"
    firm_file = json.loads(archive.read("firm.json"))
    assert firm_file["format"] == "wat-desktop-firm"
    key = json.loads(archive.read("demand-key.json"))["firm_key"]
    assert key in (app.paths.root / "demand.json").read_text()
    needs = list(
        csv.reader(io.StringIO(archive.read("needs.csv").decode("utf-8-sig")), delimiter=";")
    )
    assert sorted((r[1] for r in needs[1:]), key=int) == ["7", "12"]
    assert SECRET_NAME in archive.read("README.txt").decode()
    assert other.name not in b"".join(archive.read(n) for n in names).decode()


def test_erase_leaves_no_byte_of_the_firm_and_names_the_backups_that_hold_it(
    app: AppContext,
) -> None:
    firm_id = _firm_with_data(app)
    kept = app.firms.create_firm("Altra Srl")
    older = app.backups.create("manual").path
    result = app.privacy.erase(firm_id)
    assert [f.name for f in app.firms.list_firms()] == [kept.name]
    assert result.copies_holding == [older]
    database = app.paths.database
    for secret in (SECRET_NAME.encode(), b"Bianchi", b"01234567890"):
        assert not scan_for(database, secret), secret  # overwritten, not just freed
    assert scan_for(older, SECRET_NAME.encode())  # the backup still holds it...
    assert app.backups.check().ok
    purged = app.privacy.purge(result.copies_holding)
    assert purged.deleted == [older] and not older.exists()  # ...until purged
    assert purged.fresh_backup is not None and purged.fresh_backup.exists()
    assert not scan_for(purged.fresh_backup, SECRET_NAME.encode())


def test_purge_deletes_only_the_apps_own_files_and_keeps_a_fresh_backup(
    app: AppContext,
) -> None:
    _firm_with_data(app)
    app.backups.create("manual")
    mine = app.paths.backups / "my-own-copy.sqlite3"
    mine.write_bytes(b"the user's file")
    result = app.privacy.purge()
    assert mine.exists()
    left = [b.path for b in app.backups.list_backups()]
    assert left == [result.fresh_backup]


def test_cli_privacy_export_erase_and_purge(
    fast_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(fast_dir / "data"), "--lang", "en"]
    app = open_app(fast_dir / "data")
    firm_id = _firm_with_data(app)
    app.backups.create("manual")
    app.close()
    out = fast_dir / "all.zip"
    assert main([*data, "privacy", "export", str(firm_id), "--out", str(out)]) == 0
    assert zipfile.is_zipfile(out)
    assert main([*data, "privacy", "erase", str(firm_id)]) == 1  # no terminal, no --yes
    assert main([*data, "privacy", "erase", str(firm_id), "--yes"]) == 0
    printed = capsys.readouterr().out
    assert "was erased" in printed and "purge-backups" in printed
    assert main([*data, "privacy", "purge-backups", "--yes"]) == 0
    assert "fresh verified backup kept" in capsys.readouterr().out
    assert main([*data, "privacy", "erase", str(firm_id), "--yes"]) == 1  # gone already

"""Importing catalogues into the database: validate everything first, show what
changes, keep history; a hostile file changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import fresh_app
from wat_desktop.__main__ import main
from wat_desktop.app import AppContext
from wat_desktop.services.catalogue_preview_text import preview_lines
from wat_desktop.services.catalogue_service import (
    CatalogueFormatError,
    demo_catalogue_bytes,
)
from wat_desktop.translations import QtTranslate

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile" / "catalogue"


def newer_demo(tmp_path: Path) -> Path:
    """Version 2027.2: one offer added, one removed, one repriced."""
    data = json.loads(demo_catalogue_bytes())
    data["version"] = "2027.2"
    data["offers"] = [o for o in data["offers"] if o["id"] != "telesoccorso"]
    next(o for o in data["offers"] if o["id"] == "nido-interaziendale")["price"] = "460.00"
    added = dict(data["offers"][-1], id="yoga-pausa-pranzo", title="Yoga in pausa pranzo")
    data["offers"].append(added)
    path = tmp_path / "pinerolese-2027.2.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def app(tmp_path: Path) -> Iterator[AppContext]:
    context = fresh_app(tmp_path)
    yield context
    context.close()


def test_hostile_files_change_nothing(app: AppContext) -> None:
    app.catalogues.install_demo()
    before = app.catalogues.history()
    files = sorted(p for p in HOSTILE.glob("*.json") if p.name != "expected.json")
    assert len(files) >= 30
    for path in files:
        with pytest.raises(CatalogueFormatError):
            app.catalogues.import_file(path)
    assert app.catalogues.history() == before
    assert app.catalogues.current().version == "2027.1"  # type: ignore[union-attr]


def test_oversized_file_is_refused_without_reading_it_all(app: AppContext, tmp_path: Path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: costs no disk, would cost memory to parse
    with pytest.raises(CatalogueFormatError, match="file too large"):
        app.catalogues.preview_file(big)
    assert app.catalogues.history() == []


def test_newer_version_is_previewed_then_applied(app: AppContext, tmp_path: Path) -> None:
    app.catalogues.install_demo()
    preview = app.catalogues.preview_file(newer_demo(tmp_path))
    assert app.catalogues.current().version == "2027.1"  # type: ignore[union-attr]
    assert preview.diff is not None
    assert [o.id for o in preview.diff.added] == ["yoga-pausa-pranzo"]
    assert [o.id for o in preview.diff.removed] == ["telesoccorso"]
    assert [(r.offer_id, r.new_price_cents) for r in preview.diff.repriced] == [
        ("nido-interaziendale", 46000)
    ]
    lines = preview_lines(preview, QtTranslate("en"), "en")
    assert any("2027.1" in line and "2027.2" in line for line in lines)
    assert any("Yoga in pausa pranzo" in line for line in lines)
    app.catalogues.apply(preview)
    assert app.catalogues.current().version == "2027.2"  # type: ignore[union-attr]
    history = app.catalogues.history()
    assert [(h.version, h.is_current) for h in history] == [("2027.2", True), ("2027.1", False)]
    # The demo does not bring the older version back.
    app.catalogues.install_demo()
    assert app.catalogues.current().version == "2027.2"  # type: ignore[union-attr]


def test_importing_the_same_file_twice_adds_no_history(app: AppContext) -> None:
    app.catalogues.install_demo()
    preview = app.catalogues.preview_bytes(demo_catalogue_bytes())
    assert preview.already_current
    app.catalogues.apply(preview)
    assert len(app.catalogues.history()) == 1


def test_cli_import_shows_changes_and_needs_yes(tmp_path: Path, capsys) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    assert main([*data, "catalogue", "import", str(HOSTILE / "negative-price.json")]) == 1
    err = capsys.readouterr().err
    assert "nothing was changed" in err
    assert "offers[0] (nido-interaziendale).price" in err
    assert main([*data, "demo"]) == 0
    newer = newer_demo(tmp_path)
    assert main([*data, "catalogue", "import", str(newer)]) == 3  # stdin is not a terminal
    out = capsys.readouterr().out
    assert "+ added: Yoga in pausa pranzo" in out
    assert "− removed: Telesoccorso" in out
    assert main([*data, "catalogue", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["current"]["version"] == "2027.1"
    assert main([*data, "catalogue", "import", str(newer), "--yes"]) == 0
    capsys.readouterr()
    assert main([*data, "catalogue", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["current"]["version"] == "2027.2"
    assert len(listed["current"]["offers"]) == 27  # the demo network (no safety training)
    assert [h["version"] for h in listed["history"]] == ["2027.2", "2027.1"]
    assert main([*data, "catalogue", "list"]) == 0
    assert "yoga-pausa-pranzo" in capsys.readouterr().out


def test_the_current_catalogue_is_parsed_once_and_follows_every_import(
    app: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan page asks for the current catalogue at every edit: it is parsed once,
    and a catalogue imported meanwhile (here, or by another user of a shared
    database) is what the next call returns."""
    import hashlib

    from wat_desktop.domain import catalogue_format
    from wat_desktop.persistence.catalogue_repository import CatalogueRepository

    parses: list[int] = []
    real_parse = catalogue_format.parse_catalogue_bytes

    def counting_parse(raw: bytes):  # type: ignore[no-untyped-def]
        parses.append(len(raw))
        return real_parse(raw)

    monkeypatch.setattr(catalogue_format, "parse_catalogue_bytes", counting_parse)
    app.catalogues.install_demo()
    first = app.catalogues.current()
    assert first is not None and first.version == "2027.1"
    assert app.catalogues.current() is first  # the same parse, not a new one

    # Another writer stores a newer catalogue without this process parsing it.
    data = json.loads(newer_demo(tmp_path).read_bytes())
    data["version"] = "2027.3"  # a document no earlier test has parsed
    document = json.dumps(data, ensure_ascii=False)
    digest = hashlib.sha256(document.encode("utf-8")).hexdigest()
    with app.db.session() as session:
        CatalogueRepository(session).replace_current(
            first.network.id, first.network.name, "2027.3", digest, document
        )
    parses.clear()
    newer = app.catalogues.current()
    assert newer is not None and newer.version == "2027.3"
    assert "yoga-pausa-pranzo" in {o.id for o in newer.offers}
    assert app.catalogues.current() is newer
    assert len(parses) == 1  # read and parsed once, then served from the cache

    # An import here replaces it at once; the import's validation was its parse, so the
    # stored document is not parsed again.
    parses.clear()
    data["version"] = "2027.4"
    app.catalogues.import_bytes(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert app.catalogues.current().version == "2027.4"  # type: ignore[union-attr]
    assert len(parses) == 1

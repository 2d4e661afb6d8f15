"""The data fingerprint printed in every dossier's annex: the SHA-256 of one canonical
JSON document (firm, catalogue, options). It is built in parts so a batch encodes the
catalogue once; the value must be what encoding the whole document gives, or
dossiers issued earlier would no longer verify."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from tests.services.dossier_fixtures import demo_with_plan
from wat_desktop.reports import warm_up
from wat_desktop.services.dossier_fingerprint import FINGERPRINT_VERSION, fingerprint
from wat_desktop.translations import QtTranslate


def _plain(value: Any) -> Any:
    """The document's rules, written the plain way: every dataclass field by name."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool | int | str | float) or value is None:
        return value
    return str(value)


def _whole_document_digest(firm, catalogue, language, issued_on, rule_year) -> str:  # type: ignore[no-untyped-def]
    firm_data = _plain(firm)
    firm_data.pop("id")
    firm_data.pop("revision")
    document = {
        "fingerprint_version": FINGERPRINT_VERSION,
        "firm": firm_data,
        "catalogue": _plain(catalogue),
        "language": language,
        "issued_on": issued_on.isoformat(),
        "rule_year": rule_year,
    }
    text = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_fingerprint_is_the_digest_of_the_whole_canonical_document(tmp_path: Path) -> None:
    app, firm = demo_with_plan(tmp_path)
    try:
        catalogue = app.catalogues.current()
        assert catalogue is not None
        other = app.firms.load(app.firms.create_firm("Seconda Ditta S.r.l.").id)  # type: ignore[arg-type]
        for subject in (firm, other, firm):  # the catalogue's part is reused: still exact
            for language, year in (("it", 2027), ("en", None)):
                day = date(2026, 11, 24)
                assert fingerprint(subject, catalogue, language, day, year) == (
                    _whole_document_digest(subject, catalogue, language, day, year)
                )
        # The annex prints that same value.
        data = app.dossiers.data(firm.id, QtTranslate("it"))  # type: ignore[arg-type]
        year = app.plans.figures(firm, firm.selected_offers).year
        assert data.annex.fingerprint == _whole_document_digest(
            firm, catalogue, "it", data.cover.issued_on, year
        )
    finally:
        app.close()


def test_warming_up_in_a_background_thread_changes_no_byte(tmp_path: Path) -> None:
    """The window may load ReportLab and the fonts in a thread after its first paint:
    the dossier made afterwards is byte for byte the one made without it."""
    app, firm = demo_with_plan(tmp_path)
    try:
        tr = QtTranslate("it")
        before = app.dossiers.render(firm.id, tr)  # type: ignore[arg-type]
        worker = threading.Thread(target=warm_up)
        worker.start()
        worker.join(timeout=60)
        assert not worker.is_alive()
        warm_up()  # a second call is harmless
        assert app.dossiers.render(firm.id, tr) == before  # type: ignore[arg-type]
    finally:
        app.close()

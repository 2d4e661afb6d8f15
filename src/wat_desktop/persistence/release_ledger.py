"""The release ledger: every survey table this installation ever published, per firm.

Why a file beside the database and not a table in it: a restore puts back an
older database, and a deleted firm loses its rows, but a table that was
exported before stays out there. Differencing protection
(``domain/survey/disclosure``) must compare a new release with all of them,
so the ledger is never restored, rotated or deleted with the firm.

What it holds: the published (already suppressed) tables only, never answers or
raw counts, and for each firm a few salted fingerprints instead of its name:
``id:<firm id>``, ``name:<normalised name>`` and ``piva:<Partita IVA>``. A firm
matches an entry if any fingerprint matches, so a firm renamed, restored from a
backup, or deleted and added again under the same name or VAT number still
finds its earlier releases (erring towards hiding more, never less).

``survey-releases.json``: ``{"version": 1, "salt": hex, "entries": [{"keys": [...],
"releases": [<SurveyResult.to_dict()>, ...]}]}``, rewritten whole and atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import secrets
import unicodedata
from pathlib import Path
from typing import Any

from wat_desktop.infra.atomic_file import write_bytes_atomic

LEDGER_FILE = "survey-releases.json"


def identity_keys(firm_id: int | None, name: str, partita_iva: str) -> list[str]:
    """The plain identities of a firm, before salting."""
    keys = []
    if firm_id is not None:
        keys.append(f"id:{firm_id}")
    folded = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    if folded:
        keys.append(f"name:{folded}")
    vat = "".join(ch for ch in partita_iva.upper() if ch.isalnum()).removeprefix("IT")
    if vat:
        keys.append(f"piva:{vat}")
    return keys


class ReleaseLedger:
    def __init__(self, folder: Path) -> None:
        self.path = folder / LEDGER_FILE

    def _load(self) -> dict[str, Any]:
        data: Any = None
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(self.path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            data = {"version": 1, "salt": secrets.token_hex(16), "entries": []}
        return data

    def _save(self, data: dict[str, Any]) -> None:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        write_bytes_atomic(self.path, text.encode("utf-8") + b"\n")

    @staticmethod
    def _fingerprints(data: dict[str, Any], keys: list[str]) -> set[str]:
        salt = str(data.get("salt", "")).encode()
        return {hmac.new(salt, key.encode(), hashlib.sha256).hexdigest()[:32] for key in keys}

    @staticmethod
    def _matching(data: dict[str, Any], prints: set[str]) -> list[dict[str, Any]]:
        return [
            e for e in data["entries"] if isinstance(e, dict) and prints & set(e.get("keys", []))
        ]

    def releases(self, keys: list[str]) -> list[dict[str, Any]]:
        """Every release recorded for a firm with any of ``keys``, oldest first."""
        data = self._load()
        found: list[dict[str, Any]] = []
        for entry in self._matching(data, self._fingerprints(data, keys)):
            found += [r for r in entry.get("releases", []) if isinstance(r, dict)]
        return found

    def record(self, keys: list[str], release: dict[str, Any]) -> None:
        """Add ``release`` to the firm's entry (merging entries the firm's keys join)."""
        data = self._load()
        prints = self._fingerprints(data, keys)
        matching = self._matching(data, prints)
        releases: list[dict[str, Any]] = []
        for entry in matching:
            prints |= set(entry.get("keys", []))
            releases += [r for r in entry.get("releases", []) if isinstance(r, dict)]
        if release not in releases:
            releases.append(release)
        data["entries"] = [e for e in data["entries"] if e not in matching]
        data["entries"].append({"keys": sorted(prints), "releases": releases})
        self._save(data)

    def forget_key(self, key: str) -> None:
        """Drop one fingerprint (the firm id after an erase: a new firm may reuse the id)."""
        data = self._load()
        (gone,) = self._fingerprints(data, [key])
        changed = False
        for entry in data["entries"]:
            if isinstance(entry, dict) and gone in entry.get("keys", []):
                entry["keys"] = [k for k in entry["keys"] if k != gone]
                changed = True
        if changed:
            self._save(data)

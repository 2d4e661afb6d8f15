"""The network catalogue: previewing and importing files, reading the current one.

An import is two steps so that front ends can show what changes first:
``preview_*`` validates the whole file and compares it with the network's
current catalogue without touching the database; ``apply`` stores it. A file
that fails validation raises ``CatalogueFormatError`` and nothing is stored.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wat_desktop.domain.catalogue import Catalogue
from wat_desktop.domain.catalogue_diff import CatalogueDiff, diff_catalogues, version_key
from wat_desktop.persistence.catalogue_repository import (
    CatalogueRepository,
    CurrentCatalogue,
    StoredCatalogue,
    parsed,
    remember_parsed,
)
from wat_desktop.persistence.database import Database

__all__ = [
    "CatalogueFormatError",
    "CatalogueService",
    "ImportPreview",
    "ImportedCatalogue",
    "demo_catalogue_bytes",
    "parse_catalogue_bytes",
    "read_catalogue_file",
]

if TYPE_CHECKING:
    from wat_desktop.domain.catalogue_format import CatalogueFormatError, parse_catalogue_bytes

DEMO_CATALOGUE = "pinerolese.json"
# The validator (pydantic, ~0.3 s to import) loads when a file is read, not when a
# window that only lists firms or costs makes this service.
_FROM_FORMAT = ("CatalogueFormatError", "parse_catalogue_bytes")


def __getattr__(name: str) -> Any:
    if name in _FROM_FORMAT:
        from wat_desktop.domain import catalogue_format

        return getattr(catalogue_format, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def demo_catalogue_bytes() -> bytes:
    return (
        resources.files("wat_desktop") / "resources" / "catalogues" / DEMO_CATALOGUE
    ).read_bytes()


def read_catalogue_file(path: Path) -> bytes:
    """The file's bytes, refusing an oversized file before reading it all."""
    from wat_desktop.domain.catalogue_format import MAX_CATALOGUE_BYTES, file_too_large

    with path.open("rb") as handle:
        raw = handle.read(MAX_CATALOGUE_BYTES + 1)
    if len(raw) > MAX_CATALOGUE_BYTES:
        raise file_too_large(path.stat().st_size)
    return raw


@dataclass(frozen=True)
class ImportPreview:
    """A validated file and how it compares with the network's current catalogue."""

    catalogue: Catalogue
    raw: bytes
    sha256: str
    current: Catalogue | None  # the same network's current catalogue, if any
    diff: CatalogueDiff | None  # None for a network imported for the first time
    current_sha256: str = ""

    @property
    def already_current(self) -> bool:
        return self.current is not None and self.current_sha256 == self.sha256

    @property
    def is_older(self) -> bool:
        """The file's version is older than the current one (a downgrade)."""
        return self.current is not None and version_key(self.catalogue.version) < version_key(
            self.current.version
        )


@dataclass(frozen=True)
class ImportedCatalogue:
    catalogue: Catalogue
    sha256: str


@dataclass(frozen=True)
class CatalogueVersion:
    """One imported catalogue in the history."""

    network_id: str
    network_name: str
    version: str
    imported_at: datetime
    is_current: bool
    offers: int


class CatalogueService:
    """Catalogues are parsed once per process (``catalogue_repository`` keeps them by
    their SHA-256): ``current()`` costs one small query when nothing changed."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _parse_stored(self, stored: StoredCatalogue) -> Catalogue:
        return parsed(stored.sha256, stored.document)

    def current(self) -> Catalogue | None:
        """The most recently imported current catalogue."""
        current = self.current_with_digest()
        return None if current is None else current.catalogue

    def current_with_digest(self) -> CurrentCatalogue | None:
        """The current catalogue with its row id and SHA-256 (None before any import)."""
        with self._db.session() as session:
            return CatalogueRepository(session).current_catalogue()

    def history(self) -> list[CatalogueVersion]:
        """Every imported catalogue, newest first."""
        with self._db.session() as session:
            rows = CatalogueRepository(session).all()
        return [
            CatalogueVersion(
                r.network_id,
                r.network_name,
                r.version,
                r.imported_at,
                r.is_current,
                len(self._parse_stored(r).offers),
            )
            for r in rows
        ]

    def preview_bytes(self, raw: bytes) -> ImportPreview:
        """Validate the whole file and compare it; the database is not changed."""
        from wat_desktop.domain.catalogue_format import parse_catalogue_bytes

        catalogue = parse_catalogue_bytes(raw)
        digest = hashlib.sha256(raw).hexdigest()
        with self._db.session() as session:
            stored = CatalogueRepository(session).current_catalogue(catalogue.network.id)
        current = None if stored is None else stored.catalogue
        return ImportPreview(
            catalogue,
            raw,
            digest,
            current,
            None if current is None else diff_catalogues(current, catalogue),
            stored.sha256 if stored else "",
        )

    def preview_file(self, path: Path) -> ImportPreview:
        return self.preview_bytes(read_catalogue_file(path))

    def apply(self, preview: ImportPreview) -> ImportedCatalogue:
        """Store a previewed catalogue as its network's current one."""
        if not preview.already_current:
            with self._db.session() as session:
                CatalogueRepository(session).replace_current(
                    preview.catalogue.network.id,
                    preview.catalogue.network.name,
                    preview.catalogue.version,
                    preview.sha256,
                    preview.raw.decode("utf-8-sig"),
                )
            # The new current catalogue is this one: no need to parse its document again.
            remember_parsed(preview.sha256, preview.catalogue)
        return ImportedCatalogue(preview.catalogue, preview.sha256)

    def import_bytes(self, raw: bytes) -> ImportedCatalogue:
        """Validate first; the database changes only if the whole file is valid."""
        return self.apply(self.preview_bytes(raw))

    def import_file(self, path: Path) -> ImportedCatalogue:
        return self.import_bytes(read_catalogue_file(path))

    def install_demo(self) -> ImportedCatalogue:
        """Import the demo catalogue, unless it (or a newer version) is already current."""
        preview = self.preview_bytes(demo_catalogue_bytes())
        if preview.is_older and preview.current is not None:
            return ImportedCatalogue(preview.current, preview.current_sha256)
        return self.apply(preview)

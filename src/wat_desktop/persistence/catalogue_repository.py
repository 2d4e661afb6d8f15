"""The network catalogues imported into the database, kept as their documents.

Every import adds a row; the newest row of a network is its current catalogue
and older ones stay as history (no schema change needed for versions).

Parsing a stored document (validation included) takes tens of milliseconds for a
few hundred offers, and the plan page asks for the current catalogue at every
edit: parsed catalogues are kept per process by their SHA-256, and
``current_catalogue`` reads only the current row's id and digest (one small
query) before loading a document it has not parsed yet. A new import has a new
digest, so nothing stale is ever served, whichever process imported it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import Select, select, update
from sqlalchemy.orm import Session

from wat_desktop.persistence.models import CatalogueRow

if TYPE_CHECKING:
    from wat_desktop.domain.catalogue import Catalogue

# SHA-256 -> parsed catalogue, oldest first; a few entries cover the current
# catalogues and a history view. Catalogues are frozen, so sharing them is safe.
_PARSED: dict[str, Catalogue] = {}
_PARSED_KEEP = 8


def remember_parsed(sha256: str, catalogue: Catalogue) -> None:
    """Keep ``catalogue`` as the parse of the document whose digest is ``sha256``."""
    _PARSED.pop(sha256, None)
    _PARSED[sha256] = catalogue
    while len(_PARSED) > _PARSED_KEEP:
        del _PARSED[next(iter(_PARSED))]


def parsed(sha256: str, document: str) -> Catalogue:
    """The catalogue of a stored document, parsed once per process."""
    found = _PARSED.get(sha256)
    if found is None:
        # Imported here: listing firms at start-up needs no catalogue validator.
        from wat_desktop.domain.catalogue_format import parse_catalogue_bytes

        found = parse_catalogue_bytes(document.encode("utf-8"))
        remember_parsed(sha256, found)
    return found


@dataclass(frozen=True)
class CurrentCatalogue:
    """The current catalogue with the digest of its stored document."""

    row_id: int
    sha256: str
    catalogue: Catalogue


@dataclass(frozen=True)
class StoredCatalogue:
    network_id: str
    network_name: str
    version: str
    sha256: str
    document: str
    imported_at: datetime
    is_current: bool = True


def _stored(row: CatalogueRow) -> StoredCatalogue:
    return StoredCatalogue(
        row.network_id,
        row.network_name,
        row.version,
        row.sha256,
        row.document,
        row.imported_at,
        row.is_current,
    )


@lru_cache(maxsize=64)
def _current_key_query(network_id: str | None) -> Select[tuple[int, str]]:
    """The statement of ``current_key``, built once (building it costs more than running
    it); a statement is immutable, and the network id is a bound parameter."""
    query = select(CatalogueRow.id, CatalogueRow.sha256).where(CatalogueRow.is_current.is_(True))
    if network_id is not None:
        query = query.where(CatalogueRow.network_id == network_id)
    newest = query.order_by(CatalogueRow.imported_at.desc(), CatalogueRow.id.desc())
    return newest.limit(1)


class CatalogueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _newest_first(self):  # type: ignore[no-untyped-def]
        return select(CatalogueRow).order_by(
            CatalogueRow.imported_at.desc(), CatalogueRow.id.desc()
        )

    def current(self) -> StoredCatalogue | None:
        """The most recently imported current catalogue, of any network."""
        row = self.session.scalars(
            self._newest_first().where(CatalogueRow.is_current.is_(True))
        ).first()
        return None if row is None else _stored(row)

    def current_key(self, network_id: str | None = None) -> tuple[int, str] | None:
        """Row id and SHA-256 of the current catalogue (of any network, or of
        ``network_id``), without loading its document."""
        # Core on the session's connection: asked at every plan edit, no ORM rows needed.
        row = self.session.connection().execute(_current_key_query(network_id)).first()
        return None if row is None else (row[0], row[1])

    def current_catalogue(self, network_id: str | None = None) -> CurrentCatalogue | None:
        """The current catalogue (as ``current_key``), parsed; its document is read only
        when this process has not parsed it yet."""
        key = self.current_key(network_id)
        if key is None:
            return None
        row_id, sha256 = key
        catalogue = _PARSED.get(sha256)
        if catalogue is None:
            document = self.session.scalar(
                select(CatalogueRow.document).where(CatalogueRow.id == row_id)
            )
            catalogue = parsed(sha256, document or "")
        return CurrentCatalogue(row_id, sha256, catalogue)

    def current_for(self, network_id: str) -> StoredCatalogue | None:
        """One network's current catalogue."""
        row = self.session.scalars(
            self._newest_first().where(
                CatalogueRow.is_current.is_(True), CatalogueRow.network_id == network_id
            )
        ).first()
        return None if row is None else _stored(row)

    def all(self) -> list[StoredCatalogue]:
        """Every imported catalogue, newest first."""
        return [_stored(row) for row in self.session.scalars(self._newest_first())]

    def replace_current(
        self, network_id: str, network_name: str, version: str, sha256: str, document: str
    ) -> None:
        """Make this document the network's current catalogue; older ones stay as history."""
        self.session.execute(
            update(CatalogueRow)
            .where(CatalogueRow.network_id == network_id)
            .values(is_current=False)
        )
        self.session.add(
            CatalogueRow(
                network_id=network_id,
                network_name=network_name,
                version=version,
                sha256=sha256,
                document=document,
                is_current=True,
                imported_at=datetime.now(UTC).replace(tzinfo=None),
            )
        )

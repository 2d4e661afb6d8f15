"""Exporting a firm's membership dossier as a PDF, written atomically.

The dossier's date is the day the firm's data last changed, not the clock, so
rebuilding it from the same data gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.infra.atomic_file import write_bytes_atomic

if TYPE_CHECKING:
    # Types only: the catalogue service pulls in the catalogue validator (pydantic),
    # which a window that only names this module (portfolio, dossier page) need not load.
    from wat_desktop.persistence.database import Database
    from wat_desktop.reports.dossier_model import DossierData
    from wat_desktop.services.catalogue_service import CatalogueService
    from wat_desktop.services.firm_service import FirmService


class NoCatalogueError(RuntimeError):
    """No network catalogue has been imported yet."""


class DossierService:
    def __init__(
        self, firms: FirmService, catalogues: CatalogueService, db: Database | None = None
    ) -> None:
        self._firms = firms
        self._catalogues = catalogues
        self._db = db

    def last_modified(self, firm_id: int) -> datetime | None:
        """When the firm's data last changed (None without a database handle)."""
        if self._db is None:
            return None
        from sqlalchemy import select

        from wat_desktop.persistence.models import FirmRow

        with self._db.session() as session:
            return session.scalar(select(FirmRow.updated_at).where(FirmRow.id == firm_id))

    def data(self, firm_id: int, tr: Translate, issued_on: date | None = None) -> DossierData:
        """The dossier's view-model; ``issued_on`` defaults to the last change's date."""
        from wat_desktop.services.dossier_data import DossierOptions, build_dossier_data

        catalogue = self._catalogues.current()
        if catalogue is None:
            raise NoCatalogueError
        firm = self._firms.load(firm_id)
        if issued_on is None:
            changed = self.last_modified(firm_id)
            # Without a database handle there is no change date: today, not reproducible.
            issued_on = changed.date() if changed else date.today()
        version = f"{firm.revision}"
        return build_dossier_data(firm, catalogue, tr, DossierOptions(issued_on, version))

    def render(self, firm_id: int, tr: Translate, issued_on: date | None = None) -> bytes:
        from wat_desktop.reports.dossier_pdf import build_dossier

        return build_dossier(self.data(firm_id, tr, issued_on), tr)

    def matching_language(
        self, firm_id: int, pdf: bytes, make_tr: Callable[[str], Translate]
    ) -> str | None:
        """The language in which the firm's current data rebuilds exactly ``pdf``, or
        None when no rebuild matches (the data changed, or the file was altered)."""
        for language in ("it", "en"):
            if self.render(firm_id, make_tr(language)) == pdf:
                return language
        return None

    def export(
        self,
        firm_id: int,
        path: Path,
        tr: Translate,
        issued_on: date | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Path:
        """Build in memory, then replace ``path`` atomically (old file kept on failure)."""
        if progress:
            progress("render")
        data = self.render(firm_id, tr, issued_on)
        if progress:
            progress("write")
        write_bytes_atomic(path, data)
        return path

"""Territorial demand: demand files out and in, and the territorial report.

A firm exports its anonymous demand (``domain/demand_file``); the coordinator
imports many files at once. Every file is validated before anything changes;
``preview_import`` says, per file, whether it is new, replaces an older
version from the same firm key, or is older than what is stored (ignored), and
lists the refused files with the problem and the field. ``apply`` stores the
accepted ones in the database (``persistence/received_demand_store``), where every
app instance on a shared database sees them; the store checks "newer" again inside
its transaction, so a file another coordinator stored meanwhile is never replaced
by an older one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from wat_desktop import __version__
from wat_desktop.domain.demand_file import (
    MAX_BYTES,
    DemandFileError,
    DemandFileV1,
    dump_demand_file,
    employee_band,
    parse_demand_file,
    seal,
    suppress_count,
)
from wat_desktop.domain.firm_file import FirmFileError
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.pooling import users_for_units
from wat_desktop.domain.schema_errors import FormatIssue
from wat_desktop.domain.territory import (
    FirmDemand,
    TerritoryReport,
    database_demand,
    mean_relevance,
    need_by_area,
    need_by_municipality,
    offer_forecast,
)
from wat_desktop.infra.atomic_file import write_bytes_atomic
from wat_desktop.persistence.received_demand_store import ReceivedDemandStore
from wat_desktop.services.catalogue_service import CatalogueService
from wat_desktop.services.firm_file_service import MSG_UNREADABLE, read_text
from wat_desktop.services.firm_service import FirmService

if TYPE_CHECKING:
    from wat_desktop.persistence.database import Database

__all__ = ["DemandFileError", "TerritoryService"]

MSG_TOO_LARGE = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is larger than %1 KB")


class ImportAction(StrEnum):
    NEW = "new"
    REPLACES = "replaces"  # a newer version of a firm already received
    OLDER = "older"  # older than (or the same as) the stored version: ignored
    LOCAL = "local"  # one of this database's own firms: ignored, the database is fresher


@dataclass(frozen=True)
class AcceptedFile:
    path: Path
    document: DemandFileV1
    action: ImportAction
    replaced: DemandFileV1 | None = None


@dataclass(frozen=True)
class RejectedFile:
    path: Path
    issues: list[FormatIssue]


@dataclass
class ImportPreview:
    accepted: list[AcceptedFile] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)

    @property
    def changes(self) -> list[AcceptedFile]:
        return [a for a in self.accepted if a.action in (ImportAction.NEW, ImportAction.REPLACES)]


def _newer(a: DemandFileV1, b: DemandFileV1) -> bool:
    return (a.revision, a.exported_on) > (b.revision, b.exported_on)


def demand_of_file(document: DemandFileV1) -> FirmDemand:
    return FirmDemand(
        key=document.firm_key,
        label=document.firm_key[:8],
        from_file=True,
        territorial_area=document.territorial_area,
        municipality=document.municipality.strip(),
        employees_band=document.employees,
        needs={k: (None if v == "small" else v) for k, v in document.needs.items()},
        relevance=dict(document.relevance),
        offers={line.offer: line.users for line in document.offers},
    )


class TerritoryService:
    def __init__(
        self,
        firms: FirmService,
        catalogues: CatalogueService,
        db: Database,
        threshold: Callable[[], int],
        legacy_folder: Path | None = None,
    ) -> None:
        """``legacy_folder``: the data folder, where versions before the demand tables
        kept received files and keys as JSON; they move into the database on first use."""
        self._firms = firms
        self._catalogues = catalogues
        self._db = db
        self._threshold = threshold
        self._legacy_folder = legacy_folder
        self._store_opened: ReceivedDemandStore | None = None

    @property
    def _store(self) -> ReceivedDemandStore:
        if self._store_opened is None:
            store = ReceivedDemandStore(self._db)
            if self._legacy_folder is not None:
                store.import_legacy_files(self._legacy_folder)
            self._store_opened = store
        return self._store_opened

    # --- a firm's own demand file -------------------------------------------------
    def demand_document(self, firm_id: int, now: datetime | None = None) -> DemandFileV1:
        """The firm's anonymous demand: no name, no P.IVA, counts suppressed below
        the anonymity threshold, pooled offers of the current catalogue only."""
        firm = self._firms.load(firm_id)
        catalogue = self._catalogues.current()
        threshold = self._threshold()
        offers = []
        for offer_id, quantity in sorted(firm.selected_offers.items()):
            offer = catalogue.offer(offer_id) if catalogue else None
            if offer is not None and offer.is_pooled and quantity > 0:
                users = users_for_units(offer, quantity)
                offers.append({"offer": offer_id, "users": users, "quantity": quantity})
        moment = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        data = {
            "firm_key": self._store.key_for(firm_id),
            "revision": firm.revision,
            "exported_on": moment,
            "app_version": __version__,
            "territorial_area": firm.profile.territorial_area,
            "municipality": firm.profile.municipality.strip()[:60],
            "employees": employee_band(firm.profile.headcount.total),
            "threshold": threshold,
            "needs": {
                k.value: suppress_count(v, threshold) for k, v in sorted(firm.needs.items()) if v
            },
            "relevance": {k.value: v for k, v in firm.relevance.items() if 1 <= v <= 5},
            "catalogue": {"id": catalogue.network.id, "version": catalogue.version}
            if catalogue
            else None,
            "offers": offers,
        }
        return seal(data)

    def export(self, firm_id: int, path: Path) -> Path:
        write_bytes_atomic(path, dump_demand_file(self.demand_document(firm_id)).encode("utf-8"))
        return path

    # --- received files ---------------------------------------------------------------
    def received(self) -> list[DemandFileV1]:
        """Stored files; an entry that no longer validates is skipped, not fatal."""
        documents = []
        for data in self._store.load():
            try:
                documents.append(parse_demand_file(json.dumps(data)))
            except DemandFileError:
                continue
        return documents

    def check(self, path: Path) -> DemandFileV1:
        """Read and validate one file; raise ``DemandFileError``."""
        try:
            if path.stat().st_size > MAX_BYTES:
                size = str(MAX_BYTES // 1024)
                raise DemandFileError([FormatIssue("", MSG_TOO_LARGE, (size,))])
            text = read_text(path)
        except OSError as error:
            issue = FormatIssue("", MSG_UNREADABLE, (error.strerror or str(error),))
            raise DemandFileError([issue]) from None
        except FirmFileError as error:  # too large, unreadable, not UTF-8
            raise DemandFileError(error.issues) from None
        return parse_demand_file(text)

    def preview_import(self, paths: Iterable[Path]) -> ImportPreview:
        """Validate every file and compare it with what is stored; change nothing."""
        stored = {d.firm_key: d for d in self.received()}
        local = set(self._store.firm_keys().values())
        best: dict[str, AcceptedFile] = {}
        preview = ImportPreview()
        for path in paths:
            try:
                document = self.check(path)
            except DemandFileError as error:
                preview.rejected.append(RejectedFile(path, error.issues))
                continue
            key = document.firm_key
            old = stored.get(key)
            if key in local:
                action = ImportAction.LOCAL
            elif old is None:
                action = ImportAction.NEW
            elif _newer(document, old):
                action = ImportAction.REPLACES
            else:
                action = ImportAction.OLDER
            entry = AcceptedFile(path, document, action, old)
            previous = best.get(key)
            if previous is None or _newer(document, previous.document):
                if previous is not None:  # two files of one firm in the batch: newest wins
                    preview.accepted.append(
                        AcceptedFile(previous.path, previous.document, ImportAction.OLDER, old)
                    )
                best[key] = entry
            else:
                preview.accepted.append(AcceptedFile(path, document, ImportAction.OLDER, old))
        preview.accepted.extend(best.values())
        preview.accepted.sort(key=lambda a: str(a.path))
        return preview

    def apply(self, preview: ImportPreview) -> int:
        """Store the new and replacing files of a preview; return how many."""
        changes = preview.changes
        if not changes:
            return 0
        return self._store.put([entry.document.model_dump(mode="json") for entry in changes])

    def forget(self, firm_key: str) -> bool:
        """Remove a received firm's demand; True if it was there."""
        return self._store.remove(firm_key)

    # --- the territorial report -------------------------------------------------------
    def demands(self) -> tuple[list[FirmDemand], int, int]:
        """Every active firm's demand (database firms first, by name), then the received
        files', with the two counts. One query for the firms: thousands stay fast."""
        from sqlalchemy import select

        from wat_desktop.domain.firm import needs_from_dict, relevance_from_dict
        from wat_desktop.persistence.models import FirmRow

        catalogue = self._catalogues.current()
        query = (
            select(
                FirmRow.id,
                FirmRow.name,
                FirmRow.territorial_area,
                FirmRow.municipality,
                FirmRow.headcount,
                FirmRow.needs,
                FirmRow.relevance,
                FirmRow.plan["offers"].as_json(),
            )
            .where(FirmRow.archived.is_(False))
            .order_by(FirmRow.name, FirmRow.id)
        )
        with self._db.session() as session:
            result = session.execute(query).all()
        local = [
            database_demand(
                firm_id,
                name,
                area,
                town,
                employee_band(staff),
                needs_from_dict(needs),
                relevance_from_dict(relevance),
                {str(k): v for k, v in (offers or {}).items() if isinstance(v, int)},
                catalogue,
            )
            for firm_id, name, area, town, staff, needs, relevance, offers in result
        ]
        files = [demand_of_file(d) for d in self.received()]
        return [*local, *files], len(local), len(files)

    def report(self, chosen: Iterable[str] | None = None) -> TerritoryReport:
        """The territorial demand; ``chosen`` = keys of the firms assumed to join
        (``FirmDemand.key``; every firm when None)."""
        demands, local, files = self.demands()
        threshold = self._threshold()
        catalogue = self._catalogues.current()
        chosen_set = frozenset(chosen) if chosen is not None else None
        by_area = need_by_area(demands, threshold)
        return TerritoryReport(
            threshold=threshold,
            catalogue=catalogue,
            firms_in_database=local,
            files_received=files,
            chosen=chosen_set,
            demands=demands,
            by_area=by_area,
            by_municipality=need_by_municipality(demands, threshold, by_area),
            offers=offer_forecast(
                catalogue, demands, threshold, set(chosen_set) if chosen_set is not None else None
            )
            if catalogue
            else [],
            relevance=mean_relevance(demands),
        )

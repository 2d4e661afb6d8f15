"""The consultant's portfolio: every firm in one fast query, and the firm-level
actions (duplicate as a template, archive, delete after a backup).

``rows()`` runs ONE SELECT of plain columns into frozen dataclasses, so thousands of
firms load without building an ORM object or decoding a JSON document each. The
plan cost is the one every save stores (``plan_cost_cents``, what the plan page
shows as the cost to the firm); it is never a stale copy: prices and pooled offers'
states change with every new catalogue, so a cost stored with another catalogue (or
for a plan year gone by) is worked out again here, for those firms only, and stored
back (``FirmRepository.refresh_plan_costs``).

Before a delete a copy is always kept: a verified backup of the SQLite database,
or, on a shared PostgreSQL database (backed up by its administrator, not by the
app), the firm saved as a firm file in the local ``backups/deleted-firms`` folder.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from wat_desktop.domain.ateco import section_of
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.plan_cost import fresh_bases
from wat_desktop.domain.steps import StepId

if TYPE_CHECKING:
    from wat_desktop.domain.firm import Firm
    from wat_desktop.persistence.database import Database
    from wat_desktop.services.firm_file_service import FirmFileService
    from wat_desktop.services.firm_service import FirmService

log = logging.getLogger(__name__)

STEP_COUNT = len(StepId)


class SizeBand(StrEnum):
    """EU size classes by headcount (Recommendation 2003/361/EC)."""

    MICRO = "micro"  # fewer than 10
    SMALL = "small"  # 10-49
    MEDIUM = "medium"  # 50-249
    LARGE = "large"  # 250 or more


SIZE_BAND_LABELS: dict[SizeBand, str] = {
    SizeBand.MICRO: QT_TRANSLATE_NOOP("SizeBand", "Micro (under 10)"),
    SizeBand.SMALL: QT_TRANSLATE_NOOP("SizeBand", "Small (10-49)"),
    SizeBand.MEDIUM: QT_TRANSLATE_NOOP("SizeBand", "Medium (50-249)"),
    SizeBand.LARGE: QT_TRANSLATE_NOOP("SizeBand", "Large (250 and over)"),
}


def size_band(headcount: int) -> SizeBand:
    """The size class of a firm with ``headcount`` employees."""
    if headcount < 10:
        return SizeBand.MICRO
    if headcount < 50:
        return SizeBand.SMALL
    if headcount < 250:
        return SizeBand.MEDIUM
    return SizeBand.LARGE


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    """One firm as the portfolio shows it; money in integer cents."""

    id: int
    name: str
    municipality: str
    territorial_area: str
    headcount: int
    ateco_section: str  # letter A-V, "" when unknown
    ccnl: str
    steps_done: int  # bitmask of StepId
    plan_cost_cents: int
    archived: bool

    @property
    def steps_complete(self) -> int:
        return bin(self.steps_done).count("1")

    @property
    def step_reached(self) -> int:
        """How many steps in a row are complete from the first (0 = none)."""
        reached = 0
        while reached < STEP_COUNT and self.steps_done & (1 << reached):
            reached += 1
        return reached

    @property
    def size_band(self) -> SizeBand:
        return size_band(self.headcount)

    @property
    def plan_cost_band(self) -> PlanCostBand:
        return plan_cost_band(self.plan_cost_cents)


class PlanCostBand(StrEnum):
    """Yearly plan cost bands for the portfolio filter (cost to the firm)."""

    NONE = "none"  # no plan yet
    UP_TO_5K = "up_to_5k"
    UP_TO_20K = "up_to_20k"
    UP_TO_50K = "up_to_50k"
    OVER_50K = "over_50k"


PLAN_COST_BAND_LABELS: dict[PlanCostBand, str] = {
    PlanCostBand.NONE: QT_TRANSLATE_NOOP("PlanCostBand", "No plan yet"),
    PlanCostBand.UP_TO_5K: QT_TRANSLATE_NOOP("PlanCostBand", "Up to 5,000 €"),
    PlanCostBand.UP_TO_20K: QT_TRANSLATE_NOOP("PlanCostBand", "5,000 to 20,000 €"),
    PlanCostBand.UP_TO_50K: QT_TRANSLATE_NOOP("PlanCostBand", "20,000 to 50,000 €"),
    PlanCostBand.OVER_50K: QT_TRANSLATE_NOOP("PlanCostBand", "Over 50,000 €"),
}


def plan_cost_band(cents: int) -> PlanCostBand:
    if cents <= 0:
        return PlanCostBand.NONE
    if cents <= 5_000_00:
        return PlanCostBand.UP_TO_5K
    if cents <= 20_000_00:
        return PlanCostBand.UP_TO_20K
    if cents <= 50_000_00:
        return PlanCostBand.UP_TO_50K
    return PlanCostBand.OVER_50K


def _section(stored: str | None, ateco: str) -> str:
    if stored:
        return stored
    section = section_of(ateco) if ateco else None
    return section.letter if section else ""


class PortfolioService:
    def __init__(
        self,
        db: Database,
        firms: FirmService,
        backup: Callable[[], object] | None = None,
        *,
        firm_files: FirmFileService | Callable[[], FirmFileService] | None = None,
        copies_folder: Path | None = None,
    ) -> None:
        """``backup`` takes a database backup (local SQLite); where there is none
        (PostgreSQL), ``firm_files`` (or a function making it, called only then) saves
        the firm to ``copies_folder`` instead."""
        self._db = db
        self._firms = firms
        self._backup = backup
        self._firm_files = firm_files
        self._copies_folder = copies_folder

    @property
    def backs_up_before_delete(self) -> bool:
        """A backup of the whole database is taken before a delete."""
        return self._backup is not None

    @property
    def keeps_copy_before_delete(self) -> bool:
        """The deleted firm is saved as a firm file first (no database backup here)."""
        return self._backup is None and self._firm_files is not None and bool(self._copies_folder)

    def rows(self, include_archived: bool = True) -> list[PortfolioRow]:
        """Every firm (archived ones too unless told otherwise), in one query, by name."""
        from sqlalchemy import select

        from wat_desktop.persistence.catalogue_repository import CatalogueRepository
        from wat_desktop.persistence.firm_repository import COST_BASIS_KEY
        from wat_desktop.persistence.models import FirmRow

        query = select(
            FirmRow.id,
            FirmRow.name,
            FirmRow.municipality,
            FirmRow.territorial_area,
            FirmRow.headcount,
            FirmRow.profile["ateco_section"].as_string(),
            FirmRow.ateco,
            FirmRow.ccnl,
            FirmRow.steps_done,
            FirmRow.plan_cost_cents,
            # Text as SQL extracts it: no JSON is decoded here, and Core rows (no ORM
            # loading) for the thousands of firms.
            FirmRow.plan[COST_BASIS_KEY].as_string(),
            FirmRow.archived,
        ).order_by(FirmRow.name, FirmRow.id)
        if not include_archived:
            query = query.where(FirmRow.archived.is_(False))
        with self._db.session() as session:
            result = session.connection().execute(query).all()
            current = CatalogueRepository(session).current_key()
        fresh = fresh_bases(current[1] if current else "")
        stale = [row[0] for row in result if row[10] not in fresh]
        costs = self._refresh_costs(stale) if stale else {}
        rows = []
        for fid, name, town, area, staff, letter, ateco, ccnl, steps, cost, _, arch in result:
            section = _section(letter, ateco)
            cost = costs.get(fid, cost)
            rows.append(
                PortfolioRow(fid, name, town, area, staff, section, ccnl, steps, cost, bool(arch))
            )
        return rows

    def _refresh_costs(self, firm_ids: list[int]) -> dict[int, int]:
        """Costs of firms whose stored one is stale, stored back for the next open; if
        the database refuses the write (locked, read-only) they are only shown."""
        from sqlalchemy.exc import SQLAlchemyError

        from wat_desktop.persistence.firm_repository import FirmRepository

        try:
            with self._db.session() as session:
                return FirmRepository(session).refresh_plan_costs(firm_ids)
        except SQLAlchemyError:
            log.warning("plan costs of %d firms not stored", len(firm_ids), exc_info=True)
            with self._db.session() as session:
                return FirmRepository(session).refresh_plan_costs(firm_ids, store=False)

    def row(self, firm_id: int) -> PortfolioRow | None:
        return next((r for r in self.rows() if r.id == firm_id), None)

    def duplicate(self, firm_id: int, suffix: str = "(copia)") -> Firm:
        """A new firm with every section of ``firm_id`` except the employee survey
        (survey results belong to the original firm's staff); named "<name> (copia)"."""
        source = self._firms.load(firm_id)
        template = copy.deepcopy(source)
        template.id = None
        template.revision = 0
        template.survey = {}
        template.profile.name = f"{source.profile.name} {suffix}".strip()
        added = self._firms.add_firm(template)
        return self._firms.load(added.id) if added.id is not None else added

    def set_archived(self, firm_id: int, archived: bool) -> None:
        """Archive or bring back a firm. The revision is left alone on purpose: archiving
        is not an edit of the firm's answers and must not conflict with an open editor."""
        from sqlalchemy import update

        from wat_desktop.persistence.firm_repository import FirmNotFoundError
        from wat_desktop.persistence.models import FirmRow

        statement = (
            update(FirmRow)
            .where(FirmRow.id == firm_id)
            .values(archived=archived)
            .execution_options(synchronize_session=False)
        )
        with self._db.session() as session:
            if session.execute(statement).rowcount == 0:
                raise FirmNotFoundError(firm_id)

    def delete(self, firm_id: int) -> object | None:
        """Keep a copy first, then delete the firm: a database backup where this database
        has ours (returns its ``BackupInfo``), else the firm saved as a firm file
        (returns its path). If the copy fails the firm is NOT deleted and the error
        propagates."""
        if self._backup is not None:
            taken = self._backup()
        elif self.keeps_copy_before_delete:
            assert self._firm_files is not None and self._copies_folder is not None
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            folder = self._copies_folder
            folder.mkdir(parents=True, exist_ok=True)
            files = self._firm_files
            if callable(files):
                files = files()
            taken = files.export(firm_id, folder / f"firm-{firm_id}-{stamp}.json")
        else:
            taken = None
        self._firms.delete(firm_id)
        return taken

"""Creating, loading and autosaving firms."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import TYPE_CHECKING

from wat_desktop.domain.edit_conflict import EditConflictError
from wat_desktop.domain.firm import CompanyProfile, Firm, FirmSummary
from wat_desktop.domain.steps import StepId, completed_steps

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wat_desktop.persistence.database import Database
    from wat_desktop.persistence.firm_repository import FirmRepository

__all__ = ["EditConflictError", "FirmService"]


def steps_bitmask(firm: Firm, completed: Iterable[StepId] | None = None) -> int:
    """The completed steps as bits; ``completed`` when the caller has just worked them out."""
    steps = completed_steps(firm) if completed is None else completed
    return sum(1 << int(step) for step in steps)


def _repository(session: Session) -> FirmRepository:
    # Imported on first use: the GUI builds its window before storage loads.
    from wat_desktop.persistence.firm_repository import FirmRepository

    return FirmRepository(session)


class FirmService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_firms(self, include_archived: bool = False) -> list[FirmSummary]:
        with self._db.session() as session:
            return _repository(session).summaries(include_archived)

    def create_firm(self, name: str) -> Firm:
        firm = Firm(profile=CompanyProfile(name=name))
        with self._db.session() as session:
            return _repository(session).add(firm, steps_bitmask(firm))

    def add_firm(self, firm: Firm) -> Firm:
        with self._db.session() as session:
            return _repository(session).add(firm, steps_bitmask(firm))

    def load(self, firm_id: int) -> Firm:
        with self._db.session() as session:
            return _repository(session).get(firm_id)

    def save(self, firm: Firm, completed: Iterable[StepId] | None = None) -> Firm:
        """Autosave: store the whole firm and return it with its new revision;
        ``completed``: its completed steps, if the caller has them (else worked out here).

        Raises ``EditConflictError`` when another writer saved it first.
        """
        with self._db.session() as session:
            return _repository(session).save(firm, steps_bitmask(firm, completed))

    def keep_conflicting_copy(self, mine: Firm, suffix: str) -> Firm:
        """After an edit conflict, store the user's version as a new firm so that
        both versions stay available; the stored one is left as the other user saved it."""
        kept = copy.deepcopy(mine)  # every section, whatever the wizard adds later
        kept.id = None
        kept.revision = 0
        kept.profile.name = f"{mine.profile.name} {suffix}".strip()
        return self.add_firm(kept)

    def delete(self, firm_id: int) -> None:
        with self._db.session() as session:
            _repository(session).delete(firm_id)

"""The firm being edited: every change is saved at once (no Save button).

Pages never talk to the database: they call ``edit`` with a small function
that changes the domain object, and listen to ``firm_changed``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.steps import StepId, completed_steps
from wat_desktop.services.firm_service import EditConflictError, FirmService

log = logging.getLogger(__name__)


class FirmSession(QObject):
    firm_changed = Signal()  # another firm was opened
    firm_edited = Signal()  # the current firm was changed and saved
    save_failed = Signal(str)
    # Another writer saved this firm first: (id of the user's copy, name of the copy)
    conflict_resolved = Signal(int, str)
    # Another user deleted this firm meanwhile; the user's version was kept: (id, name)
    deleted_elsewhere = Signal(int, str)

    def __init__(self, firms: FirmService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.firms = firms
        self.firm: Firm | None = None
        # The completed steps of one firm object, worked out once per edit: the save
        # stores them and the step list shows them. The firm changes only through
        # ``edit`` (or is replaced by ``open``), so its object identifies its answers.
        self._completed: tuple[Firm, frozenset[StepId]] | None = None

    def open(self, firm_id: int | None) -> None:
        self.firm = self.firms.load(firm_id) if firm_id is not None else None
        self.firm_changed.emit()

    def edit(self, change: Callable[[Firm], None]) -> None:
        """Apply ``change`` to the current firm and save it immediately."""
        if self.firm is None:
            return
        change(self.firm)
        done = frozenset(completed_steps(self.firm))
        self._completed = (self.firm, done)  # the changed firm's, saved or not
        try:
            self.firm = self.firms.save(self.firm, done)
            self._completed = (self.firm, done)  # the saved copy holds the same answers
        except EditConflictError:
            self._keep_both_versions()
            return
        except LookupError:  # FirmNotFoundError: deleted by another user meanwhile
            self._keep_deleted_firm()
            return
        except Exception as error:  # the typed text stays in the widgets and the model
            log.exception("autosave failed")
            self.save_failed.emit(str(error))
            return
        self.firm_edited.emit()

    def _keep_both_versions(self) -> None:
        """Shared database: someone saved this firm since we read it. Keep ours as a
        copy, show theirs; nothing typed is lost and nothing is overwritten."""
        assert self.firm is not None and self.firm.id is not None
        mine, their_id = self.firm, self.firm.id
        copy = self.firms.keep_conflicting_copy(mine, self.tr("(my version)"))
        self.firm = self.firms.load(their_id)
        self.firm_changed.emit()
        assert copy.id is not None
        self.conflict_resolved.emit(copy.id, copy.name)

    def _keep_deleted_firm(self) -> None:
        """Shared database: another user deleted this firm while it was open here. What
        the user typed is not lost: their version is stored again as a new firm."""
        assert self.firm is not None
        copy = self.firms.keep_conflicting_copy(self.firm, self.tr("(my version)"))
        assert copy.id is not None
        self.firm = self.firms.load(copy.id)
        self.firm_changed.emit()
        self.deleted_elsewhere.emit(copy.id, copy.name)

    def completed(self) -> set[StepId]:
        firm = self.firm
        if firm is None:
            return set()
        known = self._completed
        if known is None or known[0] is not firm:
            known = self._completed = (firm, frozenset(completed_steps(firm)))
        return set(known[1])

"""Differencing protection for survey imports: a new release never discloses by
comparison with any earlier release of the same firm (``domain/survey/disclosure``).

The earlier releases are the firm's stored one and every one in the release
ledger (``persistence/release_ledger``), which a restore or a delete does not
roll back. A release is recorded in the ledger before the firm is saved, so a
crash between the two leaves an extra constraint, never a missing one.
"""

from __future__ import annotations

import logging

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.survey.aggregate import SurveyTally
from wat_desktop.domain.survey.disclosure import protect_release
from wat_desktop.domain.survey.result import SurveyResult
from wat_desktop.persistence.release_ledger import ReleaseLedger, identity_keys

log = logging.getLogger(__name__)


def firm_keys(firm: Firm) -> list[str]:
    return identity_keys(firm.id, firm.profile.name, firm.profile.partita_iva)


class ReleaseGuard:
    def __init__(self, ledger: ReleaseLedger) -> None:
        self._ledger = ledger

    def earlier(self, firm: Firm) -> list[SurveyResult]:
        """Every release of this firm that may have left the machine."""
        found = [SurveyResult.from_dict(data) for data in self._ledger.releases(firm_keys(firm))]
        found.append(SurveyResult.from_dict(firm.survey))
        return [r for r in found if r is not None]

    def protected(self, firm: Firm, tally: SurveyTally, result: SurveyResult) -> SurveyResult:
        """``result`` with the extra hiding differencing needs, not recorded yet: the
        caller records it (``record``) before storing it, or drops it on a Cancel."""
        earlier = self.earlier(firm)
        protected = protect_release(result, tally, earlier)
        hidden = sum(
            1
            for key, row in protected.rows.items()
            for band, cell in row.cells.items()
            if cell.status is not result.rows[key].cells[band].status
        )
        if hidden:
            log.info(
                "survey release: %d more cells hidden against %d earlier", hidden, len(earlier)
            )
        return protected

    def record(self, firm: Firm, release: SurveyResult | dict | None) -> None:
        """Remember a release that may leave the machine (e.g. from an imported firm file)."""
        data = release.release_dict() if isinstance(release, SurveyResult) else release
        if data:
            # The published table only: the plan's fingerprint is not part of it.
            data = {k: v for k, v in data.items() if k != "plan_at_import"}
            self._ledger.record(firm_keys(firm), data)

    def forget_firm_id(self, firm_id: int) -> None:
        """After an erase: a new firm that reuses the id is a different firm."""
        self._ledger.forget_key(f"id:{firm_id}")

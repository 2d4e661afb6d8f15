"""Text lines for the demand import preview and the territorial report (CLI and GUI)."""

from __future__ import annotations

from wat_desktop.domain.demand_file import DemandFileV1
from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.territory import TerritoryReport
from wat_desktop.domain.territory_text import (
    area_label,
    cell_text,
    need_label,
    state_text,
    users_text,
)
from wat_desktop.services.territory_service import AcceptedFile, ImportAction, ImportPreview


def _needs_summary(document: DemandFileV1) -> int:
    return sum(v for v in document.needs.values() if isinstance(v, int))


def accepted_line(entry: AcceptedFile, tr: Translate) -> str:
    """One file of the preview, e.g. "a.json: replaces the version of 2026-11-02 (rev. 3)"."""
    doc = entry.document
    firm = doc.firm_key[:8]
    if entry.action is ImportAction.NEW:
        text = fill(tr.translate("TerritoryImport", "%1: new firm %2"), entry.path.name, firm)
    elif entry.action is ImportAction.REPLACES and entry.replaced is not None:
        text = fill(
            tr.translate(
                "TerritoryImport",
                "%1: firm %2, replaces the version of %3 (people with needs: %4 → %5)",
            ),
            entry.path.name,
            firm,
            entry.replaced.exported_on[:10],
            _needs_summary(entry.replaced),
            _needs_summary(doc),
        )
    elif entry.action is ImportAction.LOCAL:
        text = fill(
            tr.translate("TerritoryImport", "%1: one of the firms in this database, ignored"),
            entry.path.name,
        )
    else:
        text = fill(
            tr.translate(
                "TerritoryImport", "%1: firm %2, not newer than the version already stored, ignored"
            ),
            entry.path.name,
            firm,
        )
    return text


def preview_lines(preview: ImportPreview, tr: Translate) -> list[str]:
    lines = [accepted_line(entry, tr) for entry in preview.accepted]
    lines.append(
        fill(
            tr.translate("TerritoryImport", "Files to store: %1 · ignored: %2 · refused: %3"),
            len(preview.changes),
            len(preview.accepted) - len(preview.changes),
            len(preview.rejected),
        )
    )
    return lines


def report_lines(report: TerritoryReport, tr: Translate) -> list[str]:
    """The report as plain text for the terminal."""
    t = report.threshold
    lines = [
        fill(
            tr.translate(
                "Territory",
                "Firms in the database: %1 · demand files received: %2 · anonymity threshold: %3",
            ),
            report.firms_in_database,
            report.files_received,
            t,
        ),
        "",
        tr.translate("Territory", "Need by area"),
    ]
    for row in report.by_area.rows:
        if row.total.value == 0:
            continue
        cells = ", ".join(
            f"{area_label(area, tr)} {cell_text(cell, t, tr)}"
            for area, cell in row.cells.items()
            if cell.value != 0
        )
        lines.append(f"  {need_label(row.key, tr)}: {cell_text(row.total, t, tr)} ({cells})")
    lines += ["", tr.translate("Territory", "Pooled offers")]
    for forecast in report.offers:
        # "Nido …: già attiva · utenti di queste aziende: < 5": the title, not the id, and
        # the figure named (a state that needs more demand has its own brackets).
        state = state_text(forecast, tr)
        users = fill(
            tr.translate("Territory", "users from these firms: %1"), users_text(forecast, t, tr)
        )
        lines.append(f"  {forecast.title}: {state[:1].lower()}{state[1:]} · {users}")
    return lines

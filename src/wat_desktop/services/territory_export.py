"""The territorial report as CSV, JSON and text lines (shared by CLI and GUI).

CSV: UTF-8 with BOM, ``;`` separated (what Italian spreadsheets expect). Text
cells are neutralised against formula injection: a cell starting with ``=``,
``+``, ``-``, ``@``, tab, CR or LF gets a leading apostrophe, and line breaks
inside a cell become spaces. Numbers stay numbers: figures go in their own
columns as plain integers (no thousands separator, never prefixed), empty where
the figure is not published; the "as published" column says "< 5", "hidden" or
"at least 12" in words. Only published (suppressed) figures are written.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from wat_desktop.domain.csv_safety import neutralise
from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.need_counts import NEED_KEYS
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.domain.territory import TerritoryCell, TerritoryReport
from wat_desktop.domain.territory_text import area_label, cell_text, state_text, users_text

__all__ = ["csv_bytes", "neutralise", "report_json"]  # neutralise: domain/csv_safety.py


def _number(value: int | None) -> str:
    """A figure as a spreadsheet reads a number: digits only, or empty."""
    return "" if value is None else str(int(value))


def _published(cell: TerritoryCell) -> int | None:
    return cell.value if cell.status is CellStatus.PUBLISHED else None


TEXT_COLUMNS = (0, 1, 2, 3, 5, 6)  # neutralised; the others hold digits only


def csv_bytes(report: TerritoryReport, tr: Translate | None = None) -> bytes:
    """The report as a CSV for spreadsheets (see module docstring)."""
    tr = tr or Translate()
    header = [
        tr.translate("Territory", "Table"),
        tr.translate("Territory", "Need or offer"),
        tr.translate("Territory", "Area"),
        tr.translate("Territory", "Municipality"),
        tr.translate("Territory", "People or users"),
        tr.translate("Territory", "As published"),
        tr.translate("Territory", "State"),
        tr.translate("Territory", "Users committed"),
        tr.translate("Territory", "Firms committed"),
        tr.translate("Territory", "Joining firms"),
        tr.translate("Territory", "Minimum users"),
        tr.translate("Territory", "Minimum firms"),
    ]
    by_area = tr.translate("Territory", "Need by area")
    by_place = tr.translate("Territory", "Need by municipality")
    offers = tr.translate("Territory", "Pooled offers")
    t = report.threshold
    rows: list[list[str]] = []

    def need_row(table: str, need: str, area: str, place: str, cell: TerritoryCell) -> None:
        figure = _number(_published(cell))
        rows.append([table, need, area, place, figure, cell_text(cell, t, tr), ""] + [""] * 5)

    for row in report.by_area.rows:
        need = tr("NeedKey", NEED_KEYS[row.key].label)
        need_row(by_area, need, tr.translate("Territory", "All areas"), "", row.total)
        for area, cell in row.cells.items():
            need_row(by_area, need, area_label(area, tr), "", cell)
    for (key, area), row in report.by_municipality.rows.items():
        need = tr("NeedKey", NEED_KEYS[key].label)
        for place, cell in row.cells.items():
            need_row(by_place, need, area_label(area, tr), place, cell)
    for forecast in report.offers:
        joining = forecast.chosen_users_cell
        rows.append(
            [
                offers,
                forecast.title,
                "",
                "",
                _number(joining.value if joining.status is CellStatus.PUBLISHED else None),
                users_text(forecast, t, tr),
                state_text(forecast, tr),
                _number(forecast.network_users),
                _number(forecast.network_firms),
                _number(forecast.chosen_firms),
                _number(forecast.min_users),
                _number(forecast.min_firms),
            ]
        )
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow(
            [neutralise(cell) if i in TEXT_COLUMNS else cell for i, cell in enumerate(row)]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def report_json(report: TerritoryReport) -> dict[str, Any]:
    """Machine-readable report: published figures only (suppressed cells as their status)."""

    def cell(c: TerritoryCell) -> Any:
        value = c.cell.to_json()
        return {"at_least": value} if c.at_least else value

    return {
        "threshold": report.threshold,
        "firms_in_database": report.firms_in_database,
        "files_received": report.files_received,
        "catalogue": {"id": report.catalogue.network.id, "version": report.catalogue.version}
        if report.catalogue
        else None,
        "need_by_area": {
            row.key.value: {
                "total": cell(row.total),
                **{a or "unknown": cell(c) for a, c in row.cells.items()},
            }
            for row in report.by_area.rows
        },
        "need_by_municipality": {
            f"{key.value}/{area or 'unknown'}": {p: cell(c) for p, c in row.cells.items()}
            for (key, area), row in report.by_municipality.rows.items()
        },
        "pooled_offers": [
            {
                "offer": f.offer_id,
                "state": f.state.value,
                "network_users": f.network_users,
                "network_firms": f.network_firms,
                "joining_users": f.chosen_users_cell.to_json(),
                "joining_firms": f.chosen_firms,
                "min_users": f.min_users,
                "min_firms": f.min_firms,
                "missing_users": f.missing_users,
                "missing_firms": f.missing_firms,
            }
            for f in report.offers
        ],
        "relevance": {
            r.area.value: {"firms": r.firms, "mean": f"{r.mean_tenths // 10}.{r.mean_tenths % 10}"}
            for r in report.relevance
        },
    }

"""How territorial figures read on screens and in reports (shared by CLI, GUI, PDF)."""

from __future__ import annotations

from wat_desktop.domain.firm import TERRITORIAL_AREA_LABELS, TerritorialArea
from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.need_areas import NEED_AREA_LABELS, NeedArea
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.domain.territory import (
    OFFER_STATE_LABELS,
    OfferForecast,
    OfferState,
    TerritoryCell,
)


def area_label(area: str, tr: Translate) -> str:
    if area in {a.value for a in TerritorialArea}:
        return tr("TerritorialArea", TERRITORIAL_AREA_LABELS[TerritorialArea(area)])
    return tr.translate("Territory", "Area not given")


def count_text(value: int, tr: Translate) -> str:
    """A count with the language's thousands separator: "1.234" in Italian."""
    grouped = f"{value:,}"
    return grouped.replace(",", ".") if tr.language == "it" else grouped


def cell_text(cell: TerritoryCell, threshold: int, tr: Translate) -> str:
    """What screens and reports show: "12", "at least 12", "< 5", "hidden", "withheld"."""
    if cell.status is CellStatus.PUBLISHED and cell.value is not None:
        text = count_text(cell.value, tr)
        if cell.at_least:
            return fill(tr.translate("Territory", "at least %1"), text)
        return text
    return cell.cell.text(threshold, tr)


def state_text(forecast: OfferForecast, tr: Translate) -> str:
    label = tr("Territory", OFFER_STATE_LABELS[forecast.state])
    if forecast.state is not OfferState.NEEDS_MORE:
        return label
    # "Label: number" reads right for 1 and for 2 alike (no plural forms needed).
    parts = []
    if forecast.missing_users and forecast.chosen_users_cell.status is CellStatus.PUBLISHED:
        parts.append(
            fill(tr.translate("Territory", "users still needed: %1"), forecast.missing_users)
        )
    if forecast.missing_firms:
        parts.append(
            fill(tr.translate("Territory", "firms still needed: %1"), forecast.missing_firms)
        )
    return f"{label} ({'; '.join(parts)})" if parts else label


def users_text(forecast: OfferForecast, threshold: int, tr: Translate) -> str:
    cell = forecast.chosen_users_cell
    if cell.status is CellStatus.PUBLISHED and cell.value is not None:
        return count_text(cell.value, tr)
    return cell.text(threshold, tr)


def need_label(key: NeedKey, tr: Translate) -> str:
    return tr("NeedKey", NEED_KEYS[key].label)


def need_area_label(area: NeedArea, tr: Translate) -> str:
    return tr("NeedArea", NEED_AREA_LABELS[area])


def relevance_text(tenths: int, tr: Translate) -> str:
    """A mean score in tenths, with the language's decimal separator."""
    separator = "," if tr.language == "it" else "."
    return f"{tenths // 10}{separator}{tenths % 10}"

"""Territorial demand: needs and pooled-offer demand across many firms.

Inputs are ``FirmDemand`` records, one per firm: firms in the database and
demand files received from others look the same here. Outputs:

- ``need_by_area``: people with each need (``NeedKey``) per territorial area,
  with a row total; ``need_by_municipality``: the same split by municipality
  within each area;
- ``offer_forecast``: demand per pooled offer and its state if a chosen set of
  firms joins (the network's committed demand from the catalogue included);
- ``mean_relevance`` per need area.

Anonymity: every published count goes through the survey's suppression
(``domain/survey/suppression.suppress_row``): a count of 1 to threshold-1
people reads "< 5", and complementary cells are hidden so a reader who knows
the row total cannot subtract their way to a small cell. A municipality row's
total is its area cell, so municipalities are suppressed against it; when the
area cell itself is not published, none of its municipalities' non-zero
counts are. A demand file's ``"small"`` count (1 to threshold-1, unknown) adds
1 to the sum and marks the cell ``at_least``: the published figure is then a
lower bound. Pooled-offer users below the threshold read "< 5" as well.

Firms in the database that are also listed as members in the catalogue count
twice if their commitments are in both places; the coordinator keeps one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from wat_desktop.domain.catalogue import Catalogue
from wat_desktop.domain.firm import TerritorialArea
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.pooling import network_demand, users_for_units
from wat_desktop.domain.survey.result import Cell, CellStatus
from wat_desktop.domain.survey.suppression import suppress_row

CONTEXT = "Territory"
UNKNOWN_AREA = ""  # firms that did not say their territorial area
AREAS: tuple[str, ...] = (*(a.value for a in TerritorialArea), UNKNOWN_AREA)


@dataclass(frozen=True)
class FirmDemand:
    """One firm's anonymous demand. ``needs`` values of None mean "small" (1 to
    threshold-1, not known exactly); ``offers`` maps pooled offer id → users."""

    key: str
    label: str  # what the coordinator sees: a firm's name, or "file 1a2b3c4d"
    from_file: bool
    territorial_area: str
    municipality: str
    employees_band: str
    needs: Mapping[NeedKey, int | None]
    relevance: Mapping[NeedArea, int] = field(default_factory=dict)
    offers: Mapping[str, int] = field(default_factory=dict)


def database_demand(
    firm_id: int,
    name: str,
    territorial_area: str,
    municipality: str,
    band: str,
    needs: Mapping[NeedKey, int],
    relevance: Mapping[NeedArea, int],
    selected_offers: Mapping[str, int],
    catalogue: Catalogue | None,
) -> FirmDemand:
    """A database firm's demand from its stored columns: exact need counts, chosen
    pooled offers as users (one query serves thousands of firms)."""
    offers: dict[str, int] = {}
    for offer_id, quantity in selected_offers.items():
        offer = catalogue.offer(offer_id) if catalogue else None
        if offer is not None and offer.is_pooled and quantity > 0:
            offers[offer_id] = users_for_units(offer, quantity)
    return FirmDemand(
        key=f"db-{firm_id}",
        label=name,
        from_file=False,
        territorial_area=territorial_area,
        municipality=municipality.strip(),
        employees_band=band,
        needs={k: v for k, v in needs.items() if v > 0},
        relevance=dict(relevance),
        offers=offers,
    )


@dataclass(frozen=True)
class TerritoryCell:
    """A published figure: the survey's ``Cell`` plus whether it is a lower bound."""

    cell: Cell
    at_least: bool = False

    @property
    def status(self) -> CellStatus:
        return self.cell.status

    @property
    def value(self) -> int | None:
        return self.cell.value


@dataclass(frozen=True)
class _Sum:
    value: int = 0  # exact counts plus 1 for each "small" contribution
    small_parts: int = 0


@dataclass
class NeedRow:
    key: NeedKey
    total: TerritoryCell
    cells: dict[str, TerritoryCell]  # column (area or municipality) → cell


@dataclass
class NeedTable:
    threshold: int
    columns: tuple[str, ...]
    rows: list[NeedRow]


def _add(sums: dict[tuple[NeedKey, str], _Sum], key: NeedKey, col: str, count: int | None) -> None:
    old = sums.get((key, col), _Sum())
    if count is None:
        sums[(key, col)] = _Sum(old.value + 1, old.small_parts + 1)
    elif count > 0:
        sums[(key, col)] = _Sum(old.value + count, old.small_parts)


def _publish(
    values: dict[str, _Sum], total: _Sum, threshold: int, total_published: bool
) -> tuple[TerritoryCell, dict[str, TerritoryCell]]:
    """One row: suppression against the total when the reader knows the total."""
    total_cell = TerritoryCell(
        Cell(CellStatus.PUBLISHED, total.value)
        if total.value == 0 or total.value >= threshold
        else Cell(CellStatus.SMALL),
        total.small_parts > 0,
    )
    plain = {col: s.value for col, s in values.items()}
    if total_published and total_cell.status is CellStatus.PUBLISHED:
        status = suppress_row(plain, total.value, threshold)  # type: ignore[arg-type]
    else:  # the total is not known to a reader: hide every non-zero cell
        status = {
            col: CellStatus.PUBLISHED
            if v == 0
            else (CellStatus.SMALL if v < threshold else CellStatus.HIDDEN)
            for col, v in plain.items()
        }
    cells = {
        col: TerritoryCell(
            Cell(status[col], s.value if status[col] is CellStatus.PUBLISHED else None),
            s.small_parts > 0 and status[col] is CellStatus.PUBLISHED,
        )
        for col, s in values.items()
    }
    if total_cell.status is not CellStatus.PUBLISHED or any(
        c.status is CellStatus.WITHHELD for c in cells.values()
    ):
        total_cell = TerritoryCell(total_cell.cell, False)
    return total_cell, cells


def need_by_area(demands: Iterable[FirmDemand], threshold: int) -> NeedTable:
    """People per need and territorial area, suppressed (see module docstring)."""
    sums: dict[tuple[NeedKey, str], _Sum] = {}
    present = set()
    for demand in demands:
        present.add(demand.territorial_area)
        for key, count in demand.needs.items():
            _add(sums, key, demand.territorial_area, count)
    columns = tuple(a for a in AREAS if a in present or a != UNKNOWN_AREA)
    rows = []
    for key in NEED_KEYS:
        values = {col: sums.get((key, col), _Sum()) for col in columns}
        total = _Sum(
            sum(s.value for s in values.values()), sum(s.small_parts for s in values.values())
        )
        total_cell, cells = _publish(values, total, threshold, total_published=True)
        rows.append(NeedRow(key, total_cell, cells))
    return NeedTable(threshold, columns, rows)


@dataclass
class MunicipalityTable:
    threshold: int
    area_of: dict[str, str]  # municipality → area
    rows: dict[tuple[NeedKey, str], NeedRow]  # (need, area) → row over its municipalities


def need_by_municipality(
    demands: Iterable[FirmDemand], threshold: int, by_area: NeedTable | None = None
) -> MunicipalityTable:
    """People per need and municipality, suppressed within each area's published cell."""
    demands = list(demands)
    by_area = by_area or need_by_area(demands, threshold)
    sums: dict[tuple[NeedKey, str], _Sum] = {}
    area_of: dict[str, str] = {}
    for demand in demands:
        place = demand.municipality or "?"
        # One municipality in two areas (a typo) is kept apart per area.
        name = (
            place
            if area_of.get(place, demand.territorial_area) == demand.territorial_area
            else (f"{place} ({demand.territorial_area or '?'})")
        )
        area_of[name] = demand.territorial_area
        for key, count in demand.needs.items():
            _add(sums, key, name, count)
    rows: dict[tuple[NeedKey, str], NeedRow] = {}
    for area_row in by_area.rows:
        for area in by_area.columns:
            places = [m for m, a in area_of.items() if a == area]
            if not places:
                continue
            values = {m: sums.get((area_row.key, m), _Sum()) for m in sorted(places)}
            total = _Sum(
                sum(s.value for s in values.values()), sum(s.small_parts for s in values.values())
            )
            published = area_row.cells[area].status is CellStatus.PUBLISHED
            _total, cells = _publish(values, total, threshold, total_published=published)
            rows[(area_row.key, area)] = NeedRow(area_row.key, area_row.cells[area], cells)
    return MunicipalityTable(threshold, area_of, rows)


class OfferState(StrEnum):
    ACTIVE = "active"  # the network's commitments alone meet both thresholds
    ACTIVATES = "activates"  # it does with the chosen firms
    NEEDS_MORE = "needs_more"


OFFER_STATE_LABELS: dict[OfferState, str] = {
    OfferState.ACTIVE: QT_TRANSLATE_NOOP("Territory", "Active already"),
    OfferState.ACTIVATES: QT_TRANSLATE_NOOP("Territory", "Activates with these firms"),
    OfferState.NEEDS_MORE: QT_TRANSLATE_NOOP("Territory", "Needs more demand"),
}


@dataclass(frozen=True)
class OfferForecast:
    offer_id: str
    title: str
    network_users: int  # committed in the catalogue
    network_firms: int
    demand_users: int  # from every firm (database + files)
    demand_firms: int
    chosen_users: int  # from the chosen firms only
    chosen_firms: int
    min_users: int
    min_firms: int
    state: OfferState
    missing_users: int  # after the chosen firms join (0 unless NEEDS_MORE)
    missing_firms: int
    chosen_users_cell: Cell  # suppressed for display: "< 5" below the threshold

    @property
    def progress(self) -> tuple[int, int]:
        """(value, maximum) toward the user threshold; 0 while the figure is suppressed."""
        maximum = max(self.min_users, 1)
        shown = self.network_users + (self.chosen_users_cell.value or 0)
        return min(shown, maximum), maximum


def offer_forecast(
    catalogue: Catalogue,
    demands: Iterable[FirmDemand],
    threshold: int,
    chosen: set[str] | None = None,
) -> list[OfferForecast]:
    """Each pooled offer's demand and state if the firms whose key is in ``chosen``
    (every firm when None) join on top of the network's commitments."""
    committed = network_demand(catalogue)
    all_users: dict[str, int] = {}
    all_firms: dict[str, int] = {}
    chosen_users: dict[str, int] = {}
    chosen_firms: dict[str, int] = {}
    for demand in demands:
        picked = chosen is None or demand.key in chosen
        for offer_id, users in demand.offers.items():
            if users <= 0:
                continue
            all_users[offer_id] = all_users.get(offer_id, 0) + users
            all_firms[offer_id] = all_firms.get(offer_id, 0) + 1
            if picked:
                chosen_users[offer_id] = chosen_users.get(offer_id, 0) + users
                chosen_firms[offer_id] = chosen_firms.get(offer_id, 0) + 1
    result = []
    for offer in catalogue.pooled_offers():
        rule = offer.pooling
        assert rule is not None
        net = committed[offer.id]
        users = chosen_users.get(offer.id, 0)
        firms = chosen_firms.get(offer.id, 0)
        if net.users >= rule.min_users and net.firms >= rule.min_firms:
            state = OfferState.ACTIVE
        elif net.users + users >= rule.min_users and net.firms + firms >= rule.min_firms:
            state = OfferState.ACTIVATES
        else:
            state = OfferState.NEEDS_MORE
        needs_more = state is OfferState.NEEDS_MORE
        result.append(
            OfferForecast(
                offer_id=offer.id,
                title=offer.title,
                network_users=net.users,
                network_firms=net.firms,
                demand_users=all_users.get(offer.id, 0),
                demand_firms=all_firms.get(offer.id, 0),
                chosen_users=users,
                chosen_firms=firms,
                min_users=rule.min_users,
                min_firms=rule.min_firms,
                state=state,
                missing_users=max(rule.min_users - net.users - users, 0) if needs_more else 0,
                missing_firms=max(rule.min_firms - net.firms - firms, 0) if needs_more else 0,
                chosen_users_cell=Cell(CellStatus.SMALL)
                if 0 < users < threshold
                else Cell(CellStatus.PUBLISHED, users),
            )
        )
    return result


@dataclass(frozen=True)
class Relevance:
    area: NeedArea
    firms: int
    mean_tenths: int  # mean score × 10, rounded half up (no float)


def mean_relevance(demands: Iterable[FirmDemand]) -> list[Relevance]:
    """Mean relevance (1-5) per need area over the firms that scored it."""
    totals: dict[NeedArea, tuple[int, int]] = {}
    for demand in demands:
        for area, score in demand.relevance.items():
            count, total = totals.get(area, (0, 0))
            totals[area] = (count + 1, total + score)
    return [
        Relevance(area, count, (total * 20 + count) // (2 * count))
        for area in NeedArea
        for count, total in [totals.get(area, (0, 0))]
        if count
    ]


@dataclass(frozen=True)
class TerritoryReport:
    """Everything the dashboard, the CSV and the PDF show."""

    threshold: int
    catalogue: Catalogue | None
    firms_in_database: int
    files_received: int
    chosen: frozenset[str] | None
    demands: list[FirmDemand]
    by_area: NeedTable
    by_municipality: MunicipalityTable
    offers: list[OfferForecast]
    relevance: list[Relevance]

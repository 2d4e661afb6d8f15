"""Anonymity suppression of the survey table, with complementary suppression.

The published table has one row per question; its cells count respondents per
answer band and every row adds up to the number of respondents, which is
published (it gives the response rate). So the threat is subtraction within a
row: a hidden cell must not be computable from the row total and the other
cells. No total across different questions is published.

1. Primary: a cell counting 1 to ``threshold - 1`` respondents is hidden and
   reads "< 5". Zero cells are published (nobody is in them).
2. Complementary: while some small cell of the row could still be computed by a
   reader who knows the row total, the published cells and what the markers
   say (a "< 5" cell holds 1 to 4 respondents, a "hidden" cell at least 5), one
   more published cell of at least ``threshold`` is hidden. One is almost always
   enough; which one is chosen by meaning, never by size (``survey_complement``):

   - the cell whose answer weighs most like the exposed small cell's in the need
     count (a "no" beside a small "no answer", a child band next to a small child
     band), so that the need count stays published, or its bounds stay tight;
   - on a tie, in the fixed order "no answer", "no", "no children", 3+, 2, 1,
     "yes": the cells that do not feed the need count go first.

   Choosing the smallest cell (as statistical tables often do) lets a reader who
   knows the rule learn how the cells compare: with yes < 5, no = 5 hidden and
   no answer = 5 published, "no" was hidden, so it is at most 5, so it is 5, and
   the small "yes" follows from the total. The choice here depends only on what
   the markers already show (which cells are small, zero or at least 5).
3. If even that cannot protect it, the whole question is withheld.

Still visible to a reader who knows the rule: that a complementary cell (or a
second one) was needed at all. That happens only at the edges, e.g. two "< 5"
cells adding up to 2 (so both are 1) get a third cell hidden beside them; a
reader who knows this reads the two 1s from the fact that the third is hidden.
Closing it means hiding a cell in every row that has a small one, whatever the
values: a trade-off left open, as it would hide many more cells.

Rows of other tables (the territory's, keyed by area) keep the smallest-cell rule.

A children question's need count (children, not respondents) is published only
when all its child bands are; with fewer respondents than the threshold,
nothing at all is published and the firm is told to pool its survey.
"""

from __future__ import annotations

from collections.abc import Callable

from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.aggregate import SurveyTally, need_count
from wat_desktop.domain.survey.questions import CHILDREN_PER_BAND, NEED_WEIGHT, Band
from wat_desktop.domain.survey.result import Cell, CellStatus, PublishedRow, SurveyResult

DEFAULT_THRESHOLD = 5
MIN_THRESHOLD = 2


def feasible_range(
    values: dict[Band, int], status: dict[Band, CellStatus], total: int, threshold: int, band: Band
) -> tuple[int, int]:
    """The values a reader could deduce for one hidden cell of a row.

    The row is one equation (cells add up to ``total``) over integer boxes, so
    interval arithmetic is exact here.
    """
    hidden = [b for b in values if status[b] in (CellStatus.SMALL, CellStatus.HIDDEN)]
    rest = total - sum(v for b, v in values.items() if status[b] is CellStatus.PUBLISHED)

    def bounds(b: Band) -> tuple[int, int]:
        if status[b] is CellStatus.SMALL:
            return 1, threshold - 1
        return threshold, rest

    low, high = bounds(band)
    others = [bounds(b) for b in hidden if b is not band]
    low = max(low, rest - sum(hi for _lo, hi in others))
    high = min(high, rest - sum(lo for lo, _hi in others))
    return low, high


def exposed_cells(
    values: dict[Band, int], status: dict[Band, CellStatus], total: int, threshold: int
) -> list[Band]:
    """The small cells a reader could compute from this row (worked out from what is
    published only, so the list itself reveals nothing)."""
    exposed = []
    for band, state in status.items():
        if state is CellStatus.SMALL:
            low, high = feasible_range(values, status, total, threshold, band)
            if high <= low:
                exposed.append(band)
    return exposed


# Tie-break for complementary cells: first the ones that do not feed the need count.
COMPLEMENT_ORDER: tuple[Band, ...] = (
    Band.BLANK,
    Band.NO,
    Band.NONE,
    Band.THREE_PLUS,
    Band.TWO,
    Band.ONE,
    Band.YES,
)

Complement = Callable[[list[Band], dict[Band, int], list[Band]], Band]


def smallest_complement(candidates: list[Band], values: dict[Band, int], _exposed: list) -> Band:
    """The smallest candidate (ties: row order): the rule for tables other than the survey."""
    return min(candidates, key=lambda b: values[b])


def survey_complement(candidates: list[Band], _values: dict[Band, int], exposed: list) -> Band:
    """The candidate chosen by meaning, never by size (see the module docstring)."""
    target = NEED_WEIGHT.get(exposed[0], 0) if exposed else 0
    return min(
        candidates,
        key=lambda b: (
            abs(NEED_WEIGHT.get(b, 0) - target) if exposed else 0,
            COMPLEMENT_ORDER.index(b) if b in COMPLEMENT_ORDER else len(COMPLEMENT_ORDER),
        ),
    )


def suppress_row(
    values: dict[Band, int],
    total: int,
    threshold: int,
    complement: Complement = smallest_complement,
) -> dict[Band, CellStatus]:
    """Statuses for one row's cells (primary, then complementary suppression)."""
    status = {
        band: CellStatus.SMALL if 0 < value < threshold else CellStatus.PUBLISHED
        for band, value in values.items()
    }
    while exposed := exposed_cells(values, status, total, threshold):
        candidates = [
            b for b, v in values.items() if status[b] is CellStatus.PUBLISHED and v >= threshold
        ]
        if not candidates:
            return dict.fromkeys(values, CellStatus.WITHHELD)
        status[complement(candidates, values, exposed)] = CellStatus.HIDDEN
    return status


def _publish_row(key: NeedKey, values: dict[Band, int], total: int, threshold: int) -> PublishedRow:
    status = suppress_row(values, total, threshold, survey_complement)
    cells = {
        band: Cell(status[band], values[band] if status[band] is CellStatus.PUBLISHED else None)
        for band in values
    }
    if Band.YES in values:
        need = cells[Band.YES]
    elif any(s is CellStatus.WITHHELD for s in status.values()):
        need = Cell(CellStatus.WITHHELD)
    elif all(status[b] is CellStatus.PUBLISHED for b in CHILDREN_PER_BAND):
        need = Cell(CellStatus.PUBLISHED, need_count(key, values))
    else:
        need = Cell(CellStatus.HIDDEN)
    return PublishedRow(cells, need)


def publish(
    tally: SurveyTally, headcount: int, threshold: int = DEFAULT_THRESHOLD, imported_on: str = ""
) -> SurveyResult:
    """The showable survey result for a firm (see the module docstring)."""
    if threshold < MIN_THRESHOLD:
        raise ValueError(f"anonymity threshold must be at least {MIN_THRESHOLD}")
    result = SurveyResult(tally.respondents, headcount, threshold, imported_on)
    for key, values in tally.cells.items():
        if result.pooling_advised:
            result.rows[key] = PublishedRow(
                dict.fromkeys(values, Cell(CellStatus.WITHHELD)), Cell(CellStatus.WITHHELD)
            )
        else:
            result.rows[key] = _publish_row(key, values, tally.respondents, threshold)
    return result

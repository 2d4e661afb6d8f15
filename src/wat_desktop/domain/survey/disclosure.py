"""What a reader can work out from published survey tables, and how to stop it.

Three ways a count below the anonymity threshold ``t`` could leave the machine:

1. directly: a published cell of 1 to t-1 respondents;
2. by subtraction: a row adds up to the number of respondents, so a "< 5" cell
   must not be computable from the other cells (``suppression`` already hides
   a second cell where needed);
3. by differencing: two releases of the same firm's survey, made before and
   after some answers changed, are compared. If "yes" went from 12 to 13, one
   person moved to "yes", and whoever knows whose answer changed now knows it.

The defence against 3 is the one statistical offices use for repeated tables:
every new release is checked against every earlier release of the same firm
(the release ledger keeps them, outside the database, so a restore or a delete
does not forget one). For each cell a reader knows an interval per release (a
published number exactly; "< 5" as 1..4; "hidden" as at least t; both
tightened by the row total, which is exact here: one equation over integer
boxes). The change between two releases is then known to lie in
``[low2 - high1, high2 - low1]``; it discloses when that interval holds only
changes of 1 to t-1 people in one direction. The new release hides more cells
(the ones that moved first, then by meaning as in ``suppression``) until no pair of
releases discloses, or withholds the question when nothing else helps. A change
of t or more respondents in a cell is published as usual: only small changes
are protected, as only they single people out.

The interval rule alone is not enough against a reader who knows that exactly
one person changed one answer, answered late, or withdrew: a "yes" cell that
went from "< 5" to "hidden" may be known to have grown by 1 to 5, which with
that knowledge means +1. So for every pair of releases whose numbers of
respondents differ by at most one, the new release must also leave each
question with at least two answers that person could have given before and two
they could give now (``person_moves``: exact, as each release is one equation
over integer boxes, so a world exists exactly when the box sums reach the
total). Both rules hide cells of the new release, never of an old one.

What stays visible: the number of respondents (it gives the response rate), so
a reader learns that some people answered since, never what they answered. A
question that every respondent answered the same way (12 "yes", 0 "no") says
so of the whole group: threshold suppression does not hide that, here or
anywhere else.
"""

from __future__ import annotations

from collections.abc import Iterable

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.schema_errors import FormatIssue
from wat_desktop.domain.survey.aggregate import SurveyTally, need_count
from wat_desktop.domain.survey.questions import CHILDREN_PER_BAND, Band
from wat_desktop.domain.survey.result import Cell, CellStatus, PublishedRow, SurveyResult
from wat_desktop.domain.survey.suppression import (
    DEFAULT_THRESHOLD,
    exposed_cells,
    feasible_range,
    survey_complement,
)

Interval = tuple[int, int]

MSG_SMALL_PUBLISHED = QT_TRANSLATE_NOOP(
    "CatalogueFormat", "%1 is a count below the anonymity threshold (%2) and may not be shown"
)
MSG_COMPUTABLE = QT_TRANSLATE_NOOP(
    "CatalogueFormat",
    'the hidden count of answer "%1" can be worked out from the other cells and the total',
)
MSG_NEED_REVEALS = QT_TRANSLATE_NOOP(
    "CatalogueFormat", "the need count is published while an answer it adds up is hidden"
)
MSG_RESPONDENTS = QT_TRANSLATE_NOOP(
    "CatalogueFormat", "fewer respondents than the threshold, yet a count is published"
)


def row_knowledge(row: PublishedRow, respondents: int, threshold: int) -> dict[Band, Interval]:
    """For each band, the values a reader can deduce from this release alone."""
    statuses = {band: cell.status for band, cell in row.cells.items()}
    if any(s is CellStatus.WITHHELD for s in statuses.values()):
        return dict.fromkeys(row.cells, (0, respondents))
    values = {band: cell.value or 0 for band, cell in row.cells.items()}
    known: dict[Band, Interval] = {}
    for band, status in statuses.items():
        if status is CellStatus.PUBLISHED:
            known[band] = (values[band], values[band])
        else:
            known[band] = feasible_range(values, statuses, respondents, threshold, band)
    return known


def discloses(change: Interval, threshold: int) -> bool:
    """True when the change is known to be 1 to t-1 people, in one direction."""
    low, high = change
    return (low > 0 and high < threshold) or (-threshold < low and high < 0)


def _change(before: Interval, after: Interval) -> Interval:
    return after[0] - before[1], after[1] - before[0]


Boxes = dict[Band, Interval]


def row_boxes(row: PublishedRow, respondents: int, threshold: int) -> Boxes:
    """What each cell's marker alone says (the row total is applied by ``_fits``)."""
    boxes: Boxes = {}
    for band, cell in row.cells.items():
        if cell.status is CellStatus.PUBLISHED and cell.value is not None:
            boxes[band] = (cell.value, cell.value)
        elif cell.status is CellStatus.SMALL:
            boxes[band] = (1, threshold - 1)
        elif cell.status is CellStatus.HIDDEN:
            boxes[band] = (threshold, respondents)
        else:
            boxes[band] = (0, respondents)
    return boxes


def _fits(boxes: Boxes, total: int) -> bool:
    """Some whole numbers within ``boxes`` add up to ``total`` (exact for one equation)."""
    lows = [low for low, _high in boxes.values()]
    highs = [high for _low, high in boxes.values()]
    return all(lo <= hi for lo, hi in boxes.values()) and sum(lows) <= total <= sum(highs)


def person_moves(
    before: Boxes, before_total: int, after: Boxes, after_total: int
) -> set[tuple[Band | None, Band | None]]:
    """The (old answer, new answer) of ONE person that turn a row of ``before`` into one
    of ``after``: a change (same totals), a late answer (old None) or a withdrawal
    (new None). Empty when no single person's move explains the two rows."""
    delta = after_total - before_total
    if abs(delta) > 1:
        return set()
    olds: list[Band | None] = [None] if delta == 1 else list(before)
    news: list[Band | None] = [None] if delta == -1 else list(after)
    found: set[tuple[Band | None, Band | None]] = set()
    for old in olds:
        for new in news:
            if old is not None and old == new:
                continue
            shifted: Boxes = {}
            for band, (low, high) in before.items():
                # v_after = v_before - [old] + [new], so v_before lies in after's box shifted back.
                shift = (band == new) - (band == old)
                a_low, a_high = after[band]
                shifted[band] = (
                    max(low, a_low - shift, 1 if band == old else 0),
                    min(high, a_high - shift),
                )
            if _fits(shifted, before_total):
                found.add((old, new))
    return found


def one_person_disclosed(before: Boxes, before_total: int, after: Boxes, after_total: int) -> bool:
    """Knowing that one person changed, added or withdrew an answer, is it known which?"""
    moves = person_moves(before, before_total, after, after_total)
    if not moves:
        return False
    olds = {old for old, _new in moves}
    news = {new for _old, new in moves}
    return (olds != {None} and len(olds) == 1) or (news != {None} and len(news) == 1)


def release_issues(result: SurveyResult, threshold: int = DEFAULT_THRESHOLD) -> list[FormatIssue]:
    """Why a stored or imported release may not leave the machine (empty: it may).

    ``where`` is the path of the firm file (``survey.rows.<question>.cells.<band>``).
    """
    t = max(threshold, result.threshold)
    issues: list[FormatIssue] = []
    for key, row in result.rows.items():
        where = f"survey.rows.{key.value}"
        published = [c for c in [*row.cells.values(), row.need] if c.value is not None]
        if result.pooling_advised and published:  # even a 0 tells what all of a few answered
            issues.append(FormatIssue(where, MSG_RESPONDENTS))
            continue
        for band, cell in row.cells.items():
            if cell.status is CellStatus.PUBLISHED and cell.value and cell.value < t:
                issues.append(
                    FormatIssue(
                        f"{where}.cells.{band.value}",
                        MSG_SMALL_PUBLISHED,
                        (str(cell.value), str(t)),
                    )
                )
        if row.need.status is CellStatus.PUBLISHED and row.need.value and row.need.value < t:
            issues.append(
                FormatIssue(f"{where}.need", MSG_SMALL_PUBLISHED, (str(row.need.value), str(t)))
            )
        if row.withheld or any(i.where.startswith(where) for i in issues):
            continue
        known = row_knowledge(row, result.respondents, t)
        for band, cell in row.cells.items():
            low, high = known[band]
            if cell.status is CellStatus.SMALL and low >= high:
                issues.append(FormatIssue(where, MSG_COMPUTABLE, (band.value,)))
        if row.need.status is CellStatus.PUBLISHED and not _need_is_safe(row):
            issues.append(FormatIssue(f"{where}.need", MSG_NEED_REVEALS))
    return issues


def _need_is_safe(row: PublishedRow) -> bool:
    """A published need count must not add up a hidden cell."""
    if Band.YES in row.cells:
        yes = row.cells[Band.YES]
        return yes.status is CellStatus.PUBLISHED and yes.value == row.need.value
    return all(row.cells[b].status is CellStatus.PUBLISHED for b in CHILDREN_PER_BAND)


def _need_cell(key: NeedKey, values: dict[Band, int], cells: dict[Band, Cell]) -> Cell:
    """The need count as ``suppression`` publishes it, for the given cells."""
    if Band.YES in cells:
        return cells[Band.YES]
    if any(c.status is CellStatus.WITHHELD for c in cells.values()):
        return Cell(CellStatus.WITHHELD)
    if all(cells[b].status is CellStatus.PUBLISHED for b in CHILDREN_PER_BAND):
        return Cell(CellStatus.PUBLISHED, need_count(key, values))
    return Cell(CellStatus.HIDDEN)


def _row(key: NeedKey, values: dict[Band, int], statuses: dict[Band, CellStatus]) -> PublishedRow:
    cells = {
        band: Cell(statuses[band], values[band] if statuses[band] is CellStatus.PUBLISHED else None)
        for band in values
    }
    return PublishedRow(cells, _need_cell(key, values, cells))


def _moved_bands(
    row: PublishedRow,
    respondents: int,
    threshold: int,
    earlier: list[tuple[PublishedRow, int, int]],
) -> set[Band] | None:
    """Bands whose change against some earlier release discloses; None if none does.

    ``earlier``: (row, respondents, threshold) of each earlier release.
    """
    now = row_knowledge(row, respondents, threshold)
    now_boxes = row_boxes(row, respondents, threshold)
    moved: set[Band] = set()
    for old_row, old_respondents, old_threshold in earlier:
        before = row_knowledge(old_row, old_respondents, old_threshold)
        for band, interval in now.items():
            if band in before and discloses(_change(before[band], interval), threshold):
                moved.add(band)
        old_boxes = row_boxes(old_row, old_respondents, old_threshold)
        if old_boxes.keys() == now_boxes.keys() and one_person_disclosed(
            old_boxes, old_respondents, now_boxes, respondents
        ):
            moved.update(row.cells)  # any cell of the row may need hiding
        old_need, new_need = old_row.need, row.need
        if (
            old_need.value is not None
            and new_need.value is not None
            and 0 < abs(new_need.value - old_need.value) < threshold
        ):
            moved.update(b for b in CHILDREN_PER_BAND if b in row.cells)  # hide a child band
    return moved or None


def _small_is_computable(row: PublishedRow, respondents: int, threshold: int) -> bool:
    known = row_knowledge(row, respondents, threshold)
    return any(
        cell.status is CellStatus.SMALL and known[band][0] >= known[band][1]
        for band, cell in row.cells.items()
    )


def protect_row(
    key: NeedKey,
    values: dict[Band, int],
    row: PublishedRow,
    respondents: int,
    threshold: int,
    earlier: list[tuple[PublishedRow, int, int]],
) -> PublishedRow:
    """``row`` with more cells hidden until no earlier release can be differenced with it."""
    if row.withheld:
        return row
    statuses = {band: cell.status for band, cell in row.cells.items()}
    while True:
        candidate = _row(key, values, statuses)
        moved = _moved_bands(candidate, respondents, threshold, earlier)
        if moved is None and not _small_is_computable(candidate, respondents, threshold):
            return candidate
        hideable = [
            b for b, s in statuses.items() if s is CellStatus.PUBLISHED and values[b] >= threshold
        ]
        if not hideable:
            withheld = Cell(CellStatus.WITHHELD)
            return PublishedRow(dict.fromkeys(values, withheld), withheld)
        first = [b for b in hideable if moved and b in moved] or hideable
        # By meaning, never by size, as in ``suppression`` (a size rule can be reversed).
        exposed = exposed_cells(values, statuses, respondents, threshold)
        statuses[survey_complement(first, values, exposed)] = CellStatus.HIDDEN


def protect_release(
    result: SurveyResult, tally: SurveyTally, earlier: Iterable[SurveyResult]
) -> SurveyResult:
    """A copy of ``result`` that no earlier release of the same firm can be differenced with."""
    previous = list(earlier)
    if not previous:
        return result
    protected = SurveyResult(
        result.respondents, result.headcount, result.threshold, result.imported_on
    )
    for key, row in result.rows.items():
        rows = [(p.rows[key], p.respondents, p.threshold) for p in previous if key in p.rows]
        protected.rows[key] = protect_row(
            key, tally.cells[key], row, tally.respondents, result.threshold, rows
        )
    return protected


def releases_disclose(
    first: SurveyResult, second: SurveyResult, threshold: int = DEFAULT_THRESHOLD
) -> list[str]:
    """Cells whose change between two releases discloses (for checks and tests)."""
    t = max(threshold, first.threshold, second.threshold)
    found = []
    for key, row in second.rows.items():
        if key not in first.rows:
            continue
        moved = _moved_bands(
            row, second.respondents, t, [(first.rows[key], first.respondents, first.threshold)]
        )
        found += [f"{key.value}.{band.value}" for band in sorted(moved or ())]
    return found

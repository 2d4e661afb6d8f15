"""No cell below the anonymity threshold can be worked out from what is published."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.aggregate import SurveyTally
from wat_desktop.domain.survey.questions import CHILDREN_BANDS, NEED_WEIGHT, YES_NO_BANDS, Band
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.domain.survey.suppression import publish, suppress_row, survey_complement


def _solutions(boxes: list[tuple[int, int]], total: int) -> Iterator[tuple[int, ...]]:
    """Every integer vector inside ``boxes`` that adds up to ``total`` (brute force)."""
    if not boxes:
        if total == 0:
            yield ()
        return
    low, high = boxes[0]
    rest_low = sum(lo for lo, _hi in boxes[1:])
    rest_high = sum(hi for _lo, hi in boxes[1:])
    for value in range(max(low, total - rest_high), min(high, total - rest_low) + 1):
        for rest in _solutions(boxes[1:], total - value):
            yield (value, *rest)


def _reader_can_derive(
    values: dict[Band, int], status: dict[Band, CellStatus], threshold: int
) -> list[Band]:
    """What a reader who sees the row total, the published cells and the markers
    can compute exactly: the small cells with a single possible value."""
    total = sum(values.values())
    hidden = [b for b in values if status[b] is not CellStatus.PUBLISHED]
    rest = total - sum(values[b] for b in values if status[b] is CellStatus.PUBLISHED)
    boxes = []
    for band in hidden:
        if status[band] is CellStatus.SMALL:
            boxes.append((1, threshold - 1))
        elif status[band] is CellStatus.HIDDEN:
            boxes.append((threshold, rest))
        else:  # withheld: the reader knows nothing but the row total
            boxes.append((0, rest))
    possible: dict[Band, set[int]] = {b: set() for b in hidden}
    for solution in _solutions(boxes, rest):
        for band, value in zip(hidden, solution, strict=True):
            possible[band].add(value)
    assert all(values[b] in possible[b] for b in hidden), "markers must not lie"
    return [b for b in hidden if 0 < values[b] < threshold and len(possible[b]) < 2]


def _row(bands: tuple[Band, ...]) -> st.SearchStrategy[dict[Band, int]]:
    return st.tuples(*[st.integers(0, 7) for _ in bands]).map(
        lambda counts: dict(zip(bands, counts, strict=True))
    )


@settings(max_examples=300, deadline=None)
@given(
    values=st.one_of(_row(YES_NO_BANDS), _row(CHILDREN_BANDS)),
    threshold=st.integers(2, 10),
)
def test_no_small_cell_can_be_derived_from_the_row_total(
    values: dict[Band, int], threshold: int
) -> None:
    status = suppress_row(values, sum(values.values()), threshold, survey_complement)
    for band, state in status.items():
        if state is CellStatus.PUBLISHED:
            assert values[band] == 0 or values[band] >= threshold
        if state is CellStatus.SMALL:
            assert 0 < values[band] < threshold
        if state is CellStatus.HIDDEN:
            assert values[band] >= threshold
    assert _reader_can_derive(values, status, threshold) == []


def test_a_single_small_cell_gets_a_complementary_one() -> None:
    values = {Band.YES: 3, Band.NO: 21, Band.BLANK: 0}
    status = suppress_row(values, 24, 5, survey_complement)
    assert status == {
        Band.YES: CellStatus.SMALL,
        Band.NO: CellStatus.HIDDEN,
        Band.BLANK: CellStatus.PUBLISHED,
    }


def test_two_small_cells_protect_each_other() -> None:
    values = {Band.YES: 2, Band.NO: 19, Band.BLANK: 3}
    status = suppress_row(values, 24, 5)
    assert status[Band.NO] is CellStatus.PUBLISHED  # 2 + 3 = 5: each could be 1..4
    assert status[Band.YES] is status[Band.BLANK] is CellStatus.SMALL


def test_a_row_that_cannot_be_protected_is_withheld() -> None:
    # yes = 1 and no = 5: with "no" hidden (at least 5) the reader gets yes = 1.
    status = suppress_row({Band.YES: 1, Band.NO: 5, Band.BLANK: 0}, 6, 5)
    assert set(status.values()) == {CellStatus.WITHHELD}


def _tally(respondents: int, rows: dict[NeedKey, dict[Band, int]]) -> SurveyTally:
    tally = SurveyTally(respondents=respondents)
    for key, row in tally.cells.items():
        first = next(iter(row))
        row[first] = respondents  # everyone in the first band unless told otherwise
        if key in rows:
            row.update({b: 0 for b in row} | rows[key])
    return tally


def test_fewer_respondents_than_the_threshold_publishes_nothing() -> None:
    result = publish(_tally(4, {}), headcount=6, threshold=5)
    assert result.pooling_advised
    assert result.published_needs() == {}
    assert all(row.withheld for row in result.rows.values())


def test_configurable_threshold_and_need_counts() -> None:
    tally = _tally(
        24,
        {
            NeedKey.ECONOMIC_BILLS: {Band.YES: 7, Band.NO: 17},
            NeedKey.CHILDREN_0_2: {Band.NONE: 14, Band.ONE: 6, Band.TWO: 4},
        },
    )
    at_five = publish(tally, headcount=24, threshold=5)
    assert at_five.published_needs()[NeedKey.ECONOMIC_BILLS] == 7
    assert NeedKey.CHILDREN_0_2 not in at_five.published_needs()  # the "2" band is small
    assert at_five.rows[NeedKey.CHILDREN_0_2].need.status is CellStatus.HIDDEN
    at_ten = publish(tally, headcount=24, threshold=10)
    assert at_ten.rows[NeedKey.ECONOMIC_BILLS].need.status is CellStatus.SMALL


# --- which complementary cell: by meaning, never by size ---------------------------------


def test_the_complementary_cell_is_one_the_need_count_does_not_use() -> None:
    """7 "yes", 4 "no", 9 no answer: hiding "no answer" protects the 4 as well as hiding
    "yes" would, and the firm keeps its need count of 7."""
    values = {Band.YES: 7, Band.NO: 4, Band.BLANK: 9}
    status = suppress_row(values, 20, 5, survey_complement)
    assert status == {
        Band.YES: CellStatus.PUBLISHED,
        Band.NO: CellStatus.SMALL,
        Band.BLANK: CellStatus.HIDDEN,
    }
    assert _reader_can_derive(values, status, 5) == []


def _rule_aware_values(values: dict[Band, int], threshold: int) -> dict[Band, set[int]]:
    """What a reader who also knows the suppression rule learns: the values each cell
    takes over every table of the same total that the rule publishes the same way."""
    total = sum(values.values())
    bands = list(values)

    def shown(row: dict[Band, int]) -> tuple:
        status = suppress_row(row, total, threshold, survey_complement)
        return tuple(
            (status[b], row[b] if status[b] is CellStatus.PUBLISHED else None) for b in bands
        )

    target = shown(values)
    possible: dict[Band, set[int]] = {b: set() for b in bands}
    for vector in _solutions([(0, total)] * len(bands), total):
        row = dict(zip(bands, vector, strict=True))
        if shown(row) == target:
            for band in bands:
                possible[band].add(row[band])
    return possible


@pytest.mark.parametrize(
    "values",
    [
        # Hiding the smallest cell gave these away: "no" (5) was hidden rather than the
        # published 5 of "no answer", so it was at most 5, so 5, and "yes" = 13 - 10 = 3.
        {Band.YES: 3, Band.NO: 5, Band.BLANK: 5},
        # "no answer" (5) hidden, not "no" (6): it was at most 6, so "yes" was 2.
        {Band.YES: 2, Band.NO: 6, Band.BLANK: 5},
        {Band.NONE: 5, Band.ONE: 6, Band.TWO: 2, Band.THREE_PLUS: 0, Band.BLANK: 5},
    ],
)
def test_a_reader_who_knows_the_rule_learns_nothing_from_the_choice(
    values: dict[Band, int],
) -> None:
    possible = _rule_aware_values(values, 5)
    for band, value in values.items():
        if 0 < value < 5:
            assert len(possible[band]) >= 2, (band, possible[band])


def _need(values: dict[Band, int]) -> int:
    return sum(NEED_WEIGHT.get(band, 0) * count for band, count in values.items())


@settings(max_examples=300, deadline=None)
@given(values=st.one_of(_row(YES_NO_BANDS), _row(CHILDREN_BANDS)))
def test_the_need_floor_is_the_least_count_any_consistent_table_gives(
    values: dict[Band, int],
) -> None:
    """A count the survey hides becomes its floor on step 3: it must be the least of
    every table a reader finds consistent with what is published (so it adds nothing)
    and never more than the true count."""
    key = NeedKey.TRAINING if Band.YES in values else NeedKey.CHILDREN_0_2
    total = sum(values.values())
    tally = SurveyTally(respondents=total)
    tally.cells[key] = dict(values)
    row = publish(tally, headcount=total, threshold=5).rows[key]
    floor = row.need_floor(total, 5)
    if row.withheld or total < 5:
        assert floor is None or row.need.status is CellStatus.PUBLISHED
        return
    boxes = []
    for cell in row.cells.values():
        if cell.status is CellStatus.PUBLISHED:
            boxes.append((cell.value or 0, cell.value or 0))
        elif cell.status is CellStatus.SMALL:
            boxes.append((1, 4))
        else:
            boxes.append((5, total))
    bands = list(row.cells)
    least = min(_need(dict(zip(bands, vector, strict=True))) for vector in _solutions(boxes, total))
    assert floor == least <= _need(values)


def test_the_review_survey_hides_only_what_it_must() -> None:
    """The 20 answers of the pre-release review: 7 need counts of 5 or more read
    "nascosto" before. Now the yes/no ones are all published, and the four children
    counts that stay hidden show the least they can be."""
    from wat_desktop.domain.i18n_markers import Translate
    from wat_desktop.domain.survey.aggregate import aggregate, need_counts
    from wat_desktop.services.survey_service import parse_csv

    data = (Path(__file__).parents[1] / "data" / "survey" / "twenty_answers_it.csv").read_bytes()
    tally = aggregate(parse_csv(data).responses)
    result = publish(tally, headcount=24)
    true = need_counts(tally)
    hidden_big = {
        key: result.need_text(key, Translate())
        for key, row in result.rows.items()
        if row.need.status is not CellStatus.PUBLISHED and true[key] >= 5
    }
    assert hidden_big == {
        NeedKey.CHILDREN_0_2: "at least 11",  # 14 children: 6 with one, 4 (< 5) with two
        NeedKey.CHILDREN_3_5: "at least 13",
        NeedKey.CHILDREN_11_14: "at least 13",
        NeedKey.CHILDREN_15_18: "at least 10",
    }
    published = result.published_needs()
    assert published[NeedKey.CAREGIVERS_ELDERLY] == 7  # was hidden to protect the 4 "no"
    assert published[NeedKey.ECONOMIC_MORTGAGE] == 6
    assert published[NeedKey.TRAINING] == 8
    for key in hidden_big:
        floor = result.need_floor(key)
        assert floor is not None and floor <= true[key]

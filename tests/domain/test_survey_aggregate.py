"""Answers add up to need counts; the result survives a round trip as stored."""

from fractions import Fraction

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.aggregate import aggregate, need_counts, response_rate
from wat_desktop.domain.survey.questions import Band
from wat_desktop.domain.survey.result import CellStatus, SurveyResult
from wat_desktop.domain.survey.suppression import publish


def _answers(children: Band, bills: Band) -> dict[NeedKey, Band]:
    return {NeedKey.CHILDREN_6_10: children, NeedKey.ECONOMIC_BILLS: bills}


def test_children_bands_and_yes_answers_become_need_counts() -> None:
    tally = aggregate(
        [_answers(Band.ONE, Band.YES)] * 6
        + [_answers(Band.TWO, Band.NO)] * 5
        + [_answers(Band.THREE_PLUS, Band.BLANK)] * 5
        + [_answers(Band.NONE, Band.YES)] * 8
    )
    assert tally.respondents == 24
    counts = need_counts(tally)
    assert counts[NeedKey.CHILDREN_6_10] == 6 + 10 + 15  # "3 or more" counts as 3
    assert counts[NeedKey.ECONOMIC_BILLS] == 14
    assert counts[NeedKey.TRAINING] == 0  # not asked in these rows: "no answer"
    assert tally.cells[NeedKey.TRAINING][Band.BLANK] == 24


def test_response_rate() -> None:
    assert response_rate(18, 24) == Fraction(3, 4)
    assert response_rate(3, 0) is None


def test_published_result_round_trips_and_reads_less_than_threshold() -> None:
    tally = aggregate([_answers(Band.NONE, Band.YES)] * 3 + [_answers(Band.NONE, Band.NO)] * 17)
    result = publish(tally, headcount=24, threshold=5, imported_on="2026-03-01")
    bills = result.rows[NeedKey.ECONOMIC_BILLS]
    assert bills.need.status is CellStatus.SMALL
    assert bills.need.text(result.threshold, Translate()) == "< 5"
    assert bills.cells[Band.NO].text(5, Translate()) == "hidden"
    again = SurveyResult.from_dict(result.to_dict())
    assert again is not None
    assert again.to_dict() == result.to_dict()
    assert "3" not in str(result.to_dict()["rows"]["economic_bills"])  # never stored
    assert SurveyResult.from_dict({}) is None

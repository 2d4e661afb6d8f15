"""Answers → counts per question and band, need counts and response rate."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.csv_schema import Answers
from wat_desktop.domain.survey.questions import CHILDREN_PER_BAND, QUESTIONS, Band


@dataclass
class SurveyTally:
    """How many respondents gave each band to each question (raw, never shown)."""

    respondents: int = 0
    cells: dict[NeedKey, dict[Band, int]] = field(
        default_factory=lambda: {q.key: dict.fromkeys(q.bands, 0) for q in QUESTIONS}
    )

    def add(self, answers: Answers) -> None:
        self.respondents += 1
        for question in QUESTIONS:
            band = answers.get(question.key, Band.BLANK)
            self.cells[question.key][band] += 1


def aggregate(responses: Iterable[Answers]) -> SurveyTally:
    """Count every respondent's bands; a missing answer counts as "no answer"."""
    tally = SurveyTally()
    for answers in responses:
        tally.add(answers)
    return tally


def need_count(key: NeedKey, row: dict[Band, int]) -> int:
    """The need count a question's row adds up to: "yes" answers, or children
    (each "3 or more" counted as 3, so the figure is a floor)."""
    if Band.YES in row:
        return row[Band.YES]
    return sum(row.get(band, 0) * per for band, per in CHILDREN_PER_BAND.items())


def need_counts(tally: SurveyTally) -> dict[NeedKey, int]:
    """Raw need counts; for internal use only, publish through ``suppression``."""
    return {key: need_count(key, row) for key, row in tally.cells.items()}


def response_rate(respondents: int, headcount: int) -> Fraction | None:
    """Respondents over employees; None when the headcount is unknown (zero)."""
    if headcount <= 0:
        return None
    return Fraction(respondents, headcount)

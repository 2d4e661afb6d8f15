"""The survey questions: one per need count, each answered with a coarse band.

The question ids are the ``NeedKey`` values, so a survey answer adds to
exactly one need count. Children are asked as a band (0, 1, 2, 3 or more) and
every other need as yes / no; an empty answer means "prefer not to answer".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey

CONTEXT = "SurveyQuestion"


class Band(StrEnum):
    """A coarse answer, as written in the CSV file."""

    YES = "yes"
    NO = "no"
    NONE = "0"
    ONE = "1"
    TWO = "2"
    THREE_PLUS = "3+"
    BLANK = ""  # not answered


YES_NO_BANDS: tuple[Band, ...] = (Band.YES, Band.NO, Band.BLANK)
CHILDREN_BANDS: tuple[Band, ...] = (Band.NONE, Band.ONE, Band.TWO, Band.THREE_PLUS, Band.BLANK)

# How many children a band adds to the need count ("3 or more" counts as 3: a floor).
CHILDREN_PER_BAND: dict[Band, int] = {Band.ONE: 1, Band.TWO: 2, Band.THREE_PLUS: 3}
# How much one respondent in a band adds to the question's need count (others: 0).
NEED_WEIGHT: dict[Band, int] = {Band.YES: 1, **CHILDREN_PER_BAND}

BAND_LABELS: dict[Band, str] = {
    Band.YES: QT_TRANSLATE_NOOP("SurveyQuestion", "Yes"),
    Band.NO: QT_TRANSLATE_NOOP("SurveyQuestion", "No"),
    Band.NONE: QT_TRANSLATE_NOOP("SurveyQuestion", "None"),
    Band.ONE: "1",
    Band.TWO: "2",
    Band.THREE_PLUS: QT_TRANSLATE_NOOP("SurveyQuestion", "3 or more"),
    Band.BLANK: QT_TRANSLATE_NOOP("SurveyQuestion", "No answer"),
}


@dataclass(frozen=True)
class Question:
    key: NeedKey
    text: str  # untranslated, context "SurveyQuestion"

    @property
    def counts_children(self) -> bool:
        return NEED_KEYS[self.key].counts_children

    @property
    def bands(self) -> tuple[Band, ...]:
        return CHILDREN_BANDS if self.counts_children else YES_NO_BANDS


QUESTIONS: tuple[Question, ...] = (
    Question(
        NeedKey.CHILDREN_0_2,
        QT_TRANSLATE_NOOP("SurveyQuestion", "How many of your children are aged 0 to 2?"),
    ),
    Question(
        NeedKey.CHILDREN_3_5,
        QT_TRANSLATE_NOOP("SurveyQuestion", "How many of your children are aged 3 to 5?"),
    ),
    Question(
        NeedKey.CHILDREN_6_10,
        QT_TRANSLATE_NOOP("SurveyQuestion", "How many of your children are aged 6 to 10?"),
    ),
    Question(
        NeedKey.CHILDREN_11_14,
        QT_TRANSLATE_NOOP("SurveyQuestion", "How many of your children are aged 11 to 14?"),
    ),
    Question(
        NeedKey.CHILDREN_15_18,
        QT_TRANSLATE_NOOP("SurveyQuestion", "How many of your children are aged 15 to 18?"),
    ),
    Question(
        NeedKey.CAREGIVERS_ELDERLY,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Do you look after a relative aged 75 or over?"),
    ),
    Question(
        NeedKey.CAREGIVERS_DISABLED,
        QT_TRANSLATE_NOOP(
            "SurveyQuestion", "Do you look after a relative who is disabled or not self-sufficient?"
        ),
    ),
    Question(
        NeedKey.HEALTH_PREVENTION,
        QT_TRANSLATE_NOOP(
            "SurveyQuestion", "Would you use check-ups, prevention or health services?"
        ),
    ),
    Question(
        NeedKey.PSYCHOLOGICAL_SUPPORT,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Would you use a confidential psychological service?"),
    ),
    Question(
        NeedKey.ECONOMIC_BILLS,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Are household bills hard to pay?"),
    ),
    Question(
        NeedKey.ECONOMIC_RENT,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Is your rent hard to pay?"),
    ),
    Question(
        NeedKey.ECONOMIC_MORTGAGE,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Is your mortgage hard to pay?"),
    ),
    Question(
        NeedKey.COMMUTING,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Is getting to work costly or difficult?"),
    ),
    Question(
        NeedKey.TRAINING,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Would you like training paid by the company?"),
    ),
    Question(
        NeedKey.TIME_FLEXIBILITY,
        QT_TRANSLATE_NOOP("SurveyQuestion", "Would more flexible working hours help you?"),
    ),
)

QUESTION_BY_KEY: dict[NeedKey, Question] = {q.key: q for q in QUESTIONS}

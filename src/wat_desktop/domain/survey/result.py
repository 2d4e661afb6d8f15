"""The published survey: only what may be shown, after suppression.

Nothing below the anonymity threshold is ever stored: the firm keeps this
result (in its ``survey`` section), never the raw answers or raw counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction
from typing import Any

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.aggregate import response_rate
from wat_desktop.domain.survey.questions import NEED_WEIGHT, QUESTION_BY_KEY, Band

CONTEXT = "SurveyResult"
FORMAT_VERSION = 1

MARK_SMALL = QT_TRANSLATE_NOOP("SurveyResult", "< %1")
MARK_HIDDEN = QT_TRANSLATE_NOOP("SurveyResult", "hidden")
MARK_WITHHELD = QT_TRANSLATE_NOOP("SurveyResult", "withheld")
# A need count the survey hid, with the least it can be (worked out from the published cells).
MARK_AT_LEAST = QT_TRANSLATE_NOOP("SurveyResult", "at least %1")


class CellStatus(StrEnum):
    PUBLISHED = "published"
    SMALL = "small"  # fewer respondents than the threshold: reads "< 5"
    HIDDEN = "hidden"  # complementary: hidden so that a small cell cannot be worked out
    WITHHELD = "withheld"  # the whole question is not shown


@dataclass(frozen=True)
class Cell:
    status: CellStatus
    value: int | None = None  # only when published

    def text(self, threshold: int, tr: Translate) -> str:
        """What every screen and report shows for this cell."""
        if self.status is CellStatus.PUBLISHED:
            return str(self.value)
        if self.status is CellStatus.SMALL:
            return fill(tr.translate("SurveyResult", "< %1"), threshold)
        if self.status is CellStatus.HIDDEN:
            return tr.translate("SurveyResult", "hidden")
        return tr.translate("SurveyResult", "withheld")

    def to_json(self) -> int | str:
        return (
            self.value
            if self.status is CellStatus.PUBLISHED and self.value is not None
            else (self.status.value)
        )

    @classmethod
    def from_json(cls, data: Any) -> Cell:
        if isinstance(data, int) and not isinstance(data, bool) and data >= 0:
            return cls(CellStatus.PUBLISHED, data)
        if isinstance(data, str) and data in {s.value for s in CellStatus}:
            status = CellStatus(data)
            if status is not CellStatus.PUBLISHED:
                return cls(status)
        return cls(CellStatus.WITHHELD)


@dataclass(frozen=True)
class PublishedRow:
    """One question: respondents per band, and the need count it adds up to."""

    cells: dict[Band, Cell]
    need: Cell

    @property
    def withheld(self) -> bool:
        return self.need.status is CellStatus.WITHHELD

    def need_floor(self, respondents: int, threshold: int) -> int | None:
        """The least the need count can be, given only what this row publishes (the
        published count itself when there is one; None for a withheld question).

        Exact: the row is one equation over integer boxes (published cells exact,
        "< 5" 1 to t-1, "hidden" at least t), so the minimum puts every respondent
        not yet placed into the boxes that weigh least in the need count.
        """
        if self.need.status is CellStatus.PUBLISHED and self.need.value is not None:
            return self.need.value
        if self.withheld or any(c.status is CellStatus.WITHHELD for c in self.cells.values()):
            return None
        boxes: dict[Band, tuple[int, int]] = {}
        for band, cell in self.cells.items():
            if cell.status is CellStatus.PUBLISHED:
                boxes[band] = (cell.value or 0, cell.value or 0)
            elif cell.status is CellStatus.SMALL:
                boxes[band] = (1, threshold - 1)
            else:
                boxes[band] = (threshold, respondents)
        floor = sum(NEED_WEIGHT.get(band, 0) * low for band, (low, _high) in boxes.items())
        left = respondents - sum(low for low, _high in boxes.values())
        for band, (low, high) in sorted(boxes.items(), key=lambda b: NEED_WEIGHT.get(b[0], 0)):
            placed = min(max(left, 0), high - low)
            floor += NEED_WEIGHT.get(band, 0) * placed
            left -= placed
        return floor


@dataclass
class SurveyResult:
    respondents: int
    headcount: int
    threshold: int
    imported_on: str = ""  # ISO date
    rows: dict[NeedKey, PublishedRow] = field(default_factory=dict)
    # A fingerprint of the plan the firm had when this survey changed its counts ("" when
    # it had none): the plan is out of date while it is unchanged (``after_import``).
    # Not part of the published table: the release ledger does not keep it.
    plan_at_import: str = ""

    @property
    def pooling_advised(self) -> bool:
        """Too few respondents to show anything: pool the survey at network level."""
        return self.respondents < self.threshold

    @property
    def response_rate(self) -> Fraction | None:
        return response_rate(self.respondents, self.headcount)

    def published_needs(self) -> dict[NeedKey, int]:
        """The need counts that may be copied into the firm's needs (published only)."""
        return {
            key: row.need.value
            for key, row in self.rows.items()
            if row.need.status is CellStatus.PUBLISHED and row.need.value is not None
        }

    def need_floor(self, key: NeedKey) -> int | None:
        """The least one need count can be, from the published table (see ``PublishedRow``)."""
        row = self.rows.get(key)
        if row is None or self.pooling_advised:
            return None
        return row.need_floor(self.respondents, self.threshold)

    def need_text(self, key: NeedKey, tr: Translate) -> str:
        """What a screen shows for one need count: the number, "< 5", "at least 11" for a
        count hidden so that a small one cannot be worked out, or "withheld"."""
        row = self.rows.get(key)
        if row is None:
            return tr.translate("SurveyResult", "withheld")
        floor = self.need_floor(key)
        # A floor below the threshold would still print a small number: keep the marker.
        if row.need.status is CellStatus.HIDDEN and floor and floor >= self.threshold:
            return fill(tr.translate("SurveyResult", "at least %1"), floor)
        return row.need.text(self.threshold, tr)

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": FORMAT_VERSION,
            "respondents": self.respondents,
            "headcount": self.headcount,
            "threshold": self.threshold,
            "imported_on": self.imported_on,
            "rows": {
                key.value: {
                    "cells": {band.value: cell.to_json() for band, cell in row.cells.items()},
                    "need": row.need.to_json(),
                }
                for key, row in self.rows.items()
            },
            "plan_at_import": self.plan_at_import,
        }

    def release_dict(self) -> dict[str, Any]:
        """The published table alone: what the release ledger keeps."""
        data = self.to_dict()
        data.pop("plan_at_import", None)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> SurveyResult | None:
        """None when the firm has no survey yet (or the section is unreadable)."""
        if not data or not isinstance(data.get("rows"), dict):
            return None
        try:
            result = cls(
                respondents=int(data["respondents"]),
                headcount=int(data.get("headcount", 0)),
                threshold=int(data["threshold"]),
                imported_on=str(data.get("imported_on", "")),
                plan_at_import=str(data.get("plan_at_import", ""))[:64],
            )
        except (KeyError, TypeError, ValueError):
            return None
        for key in QUESTION_BY_KEY:
            stored = data["rows"].get(key.value)
            if not isinstance(stored, dict):
                continue
            cells = stored.get("cells") or {}
            result.rows[key] = PublishedRow(
                cells={
                    band: Cell.from_json(cells.get(band.value, CellStatus.WITHHELD.value))
                    for band in QUESTION_BY_KEY[key].bands
                },
                need=Cell.from_json(stored.get("need")),
            )
        return result

"""Which need counts may be shown, and which totals of them, without revealing a
group below the anonymity threshold.

The one rule every front end follows (plan page, CLI, dossier):

- a count below the threshold (zero included) is hidden; it reads "< 5";
- when the counts come from an imported employee survey, a count the survey did
  not publish (too small, hidden so that it cannot be worked out from the
  others, or a withheld question) is hidden too, whatever the firm typed;
- a total of several counts is shown only when it cannot reveal a hidden one:
  children's counts are added, so every one of them must be shown; employees'
  counts are combined by their largest (``pooling.people_with_need``), so the
  largest must itself be a shown count.
"""

from __future__ import annotations

from collections.abc import Iterable

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.pooling import people_with_need
from wat_desktop.domain.survey.result import CellStatus, SurveyResult
from wat_desktop.domain.survey.suppression import DEFAULT_THRESHOLD

ANONYMITY_THRESHOLD = DEFAULT_THRESHOLD  # 5: no group smaller than this is reported


def survey_of(firm: Firm) -> SurveyResult | None:
    return SurveyResult.from_dict(firm.survey)


def effective_threshold(firm: Firm, threshold: int = ANONYMITY_THRESHOLD) -> int:
    """The stricter of ``threshold`` and the one the firm's survey was published with."""
    survey = survey_of(firm)
    return max(threshold, survey.threshold) if survey else threshold


def published_counts(firm: Firm, threshold: int = ANONYMITY_THRESHOLD) -> dict[NeedKey, int | None]:
    """Each need count as it may be shown: the number, or None when hidden."""
    survey = survey_of(firm)
    threshold = effective_threshold(firm, threshold)
    counts: dict[NeedKey, int | None] = {}
    for key in NEED_KEYS:
        value = firm.need(key)
        row = survey.rows.get(key) if survey else None
        if row is not None and row.need.status is not CellStatus.PUBLISHED:
            counts[key] = None
        else:
            counts[key] = value if value >= threshold else None
    return counts


def shown_people(
    firm: Firm, keys: Iterable[NeedKey], threshold: int = ANONYMITY_THRESHOLD
) -> int | None:
    """The distinct people with one of ``keys``' needs, or None when stating it could
    reveal a hidden count (see the module docstring). Worked out from the shown
    counts only, so it is a figure a reader of the other screens could compute."""
    keys = tuple(keys)
    counts = published_counts(firm, threshold)
    survey = survey_of(firm)
    children = [k for k in keys if NEED_KEYS[k].counts_children]
    employees = [k for k in keys if not NEED_KEYS[k].counts_children]
    if any(counts[k] is None for k in children):
        return None
    if employees:
        if all(counts[k] is None for k in employees):
            return None
        # The largest shown count is the total only when every hidden one is known to
        # be small ("< 5"); a count the survey hid to protect another may be larger.
        if any(counts[k] is None and not _known_small(survey, k) for k in employees):
            return None
    return people_with_need(keys, {k: c for k in keys if (c := counts[k]) is not None})


def _known_small(survey: SurveyResult | None, key: NeedKey) -> bool:
    row = survey.rows.get(key) if survey else None
    return row is None or row.need.status in (CellStatus.PUBLISHED, CellStatus.SMALL)

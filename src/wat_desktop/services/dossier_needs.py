"""The dossier's needs section: counts suppressed below the anonymity threshold.

Rules, so that no group smaller than the threshold can be read or worked out:

- a count below the threshold (zero included) reads "< 5";
- when the counts come from an imported employee survey, a count the survey did
  not publish (primary or complementary suppression, or a withheld question)
  is shown with the survey's own marker, never with the firm's figure;
- an area's score is charted only when it cannot reveal a hidden count:
  children's areas add their counts, so one hidden count hides the score;
  other areas take the largest count, charted only when that count is shown;
- the summary's top needs are named without their score, in the order of the
  needs section (which lists every area by rank), among the areas with at
  least one shown count: naming such an area reveals nothing a reader of the
  needs section does not already know.

Which counts are shown is the domain's rule (``domain.plan.shown_counts``), the
same the plan page and the CLI follow.
"""

from __future__ import annotations

from datetime import date

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.need_areas import NEED_AREA_LABELS
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey, keys_of_area
from wat_desktop.domain.needs_profile import AreaScore as ProfileScore
from wat_desktop.domain.needs_profile import needs_profile
from wat_desktop.domain.plan.shown_counts import (
    ANONYMITY_THRESHOLD,
    effective_threshold,
    published_counts,
    survey_of,
)
from wat_desktop.domain.survey.result import CellStatus
from wat_desktop.formatting import format_date
from wat_desktop.reports.dossier_model import AreaScore, NeedRow, NeedsSection

__all__ = [
    "ANONYMITY_THRESHOLD",
    "effective_threshold",
    "needs_section",
    "published_counts",
    "shown_count",
    "survey_of",
    "top_needs",
]


def shown_count(count: int, threshold: int = ANONYMITY_THRESHOLD) -> str:
    """The published form of a count: the number, or ``"< 5"`` below the threshold."""
    return str(count) if count >= threshold else f"< {threshold}"


def _marker(firm: Firm, key: NeedKey, threshold: int, tr: Translate) -> str:
    """What a hidden count reads: the survey's marker, else "< 5"."""
    survey = survey_of(firm)
    row = survey.rows.get(key) if survey else None
    if survey is not None and row is not None and row.need.status is not CellStatus.PUBLISHED:
        if row.need.status is CellStatus.SMALL:
            return f"< {threshold}"
        return survey.need_text(key, tr)  # "almeno 11", as step 3 shows it
    return f"< {threshold}"


def chartable(score: ProfileScore, counts: dict[NeedKey, int | None]) -> bool:
    """True when publishing the area's score cannot reveal a hidden count."""
    keys = keys_of_area(score.area)
    if all(NEED_KEYS[k].counts_children for k in keys):
        return all(counts[k] is not None for k in keys)
    shown = [counts[k] for k in keys if counts[k] is not None]
    return bool(shown) and max(shown) == score.concerned  # type: ignore[type-var]


def _percent(part: int, whole: int, language: str) -> str:
    from wat_desktop.formatting import format_number

    return f"{format_number(round(100 * part / whole), language)}%"


def _survey_facts(firm: Firm, threshold: int, tr: Translate) -> tuple[str, str, bool]:
    """(method, response rate, whether an employee survey was used)."""
    survey = survey_of(firm)
    if survey is None:
        return (
            tr.translate(
                "Dossier",
                "Aggregate counts entered by the firm in the self-assessment; no employee "
                "survey has been imported.",
            ),
            tr.translate("Dossier", "No employee survey: not applicable."),
            False,
        )
    imported = _iso_date(survey.imported_on)
    method = (
        fill(
            tr.translate(
                "Dossier",
                "Anonymous employee questionnaire (no names, coarse answer bands), imported "
                "on %1; the counts below are its published results.",
            ),
            format_date(imported, tr.language),
        )
        if imported
        else tr.translate(
            "Dossier",
            "Anonymous employee questionnaire (no names, coarse answer bands); the counts "
            "below are its published results.",
        )
    )
    headcount = survey.headcount or firm.profile.headcount.total
    if survey.respondents < threshold:
        # A handful of respondents is itself a small group: say so, not how many.
        rate = fill(
            tr.translate(
                "Dossier",
                "Fewer than %1 respondents: no result is published; pool the survey at "
                "network level.",
            ),
            threshold,
        )
    elif headcount:
        rate = fill(
            tr.translate("Dossier", "%1 of %2 employees answered (%3)."),
            survey.respondents,
            headcount,
            _percent(survey.respondents, headcount, tr.language),
        )
    else:
        rate = fill(tr.translate("Dossier", "%1 employees answered."), survey.respondents)
    return method, rate, True


def _iso_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def needs_section(firm: Firm, tr: Translate, threshold: int = ANONYMITY_THRESHOLD) -> NeedsSection:
    threshold = effective_threshold(firm, threshold)
    counts = published_counts(firm, threshold)
    rows = tuple(
        NeedRow(
            tr("NeedArea", NEED_AREA_LABELS[info.area]),
            tr("NeedKey", info.label),
            str(counts[key]) if counts[key] is not None else _marker(firm, key, threshold, tr),
        )
        for key, info in NEED_KEYS.items()
    )
    areas = tuple(
        AreaScore(
            tr("NeedArea", NEED_AREA_LABELS[score.area]),
            score.relevance,
            score.score if chartable(score, counts) else None,
            nameable=score.score > 0
            and any(counts[k] is not None for k in keys_of_area(score.area)),
        )
        for score in needs_profile(firm)
    )
    method, rate, surveyed = _survey_facts(firm, threshold, tr)
    return NeedsSection(method, rate, threshold, rows, areas, surveyed)


def top_needs(section: NeedsSection, tr: Translate, count: int = 3) -> tuple[str, ...]:
    """The highest-ranked areas with a shown need, with the firm's rating (no score)."""
    ranked = [a for a in section.areas if a.nameable][:count]
    return tuple(
        fill(tr.translate("Dossier", "%1 (relevance %2 of 5)"), a.label, a.relevance)
        for a in ranked
    )

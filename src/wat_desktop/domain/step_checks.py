"""What each self-assessment step checks, as field issues the pages show next
to the field (messages are untranslated source strings, context ``Step``)."""

from __future__ import annotations

from wat_desktop.domain.ateco import is_valid_ateco_code, normalise_ateco
from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.firm import AGE_FIELDS, COMMUTE_FIELDS, GENDER_FIELDS, Firm
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.validation import (
    MSG_NEGATIVE,
    MSG_OVER_HEADCOUNT,
    FieldIssue,
    check_partita_iva,
    check_required,
)

MSG_NO_HEADCOUNT = QT_TRANSLATE_NOOP("Step", "Enter at least one employee in the headcount.")
MSG_CHOOSE = QT_TRANSLATE_NOOP("Step", "Choose one of the options.")
MSG_CCNL_OTHER = QT_TRANSLATE_NOOP("Step", "Write the name of the collective agreement.")
MSG_ATECO_FORMAT = QT_TRANSLATE_NOOP(
    "Step", "An ATECO code looks like 25.62.00: two digits, then up to two groups of digits."
)
MSG_ATECO_MISSING = QT_TRANSLATE_NOOP("Step", "Choose the ATECO section or enter the code.")
MSG_BANDS_OVER = QT_TRANSLATE_NOOP("Step", "These bands add up to %1, more than the %2 employees.")
MSG_BANDS_SHORT = QT_TRANSLATE_NOOP("Step", "These bands add up to %1 of %2 employees.")
MSG_NO_NEED = QT_TRANSLATE_NOOP("Step", "Enter at least one need count.")
MSG_RATE_ALL = QT_TRANSLATE_NOOP("Step", "Rate every need area from 1 to 5 (%1 still to rate).")
MSG_MEASURE_SHARE = QT_TRANSLATE_NOOP(
    "Step", "Say what share of the staff this measure reaches (1-100%)."
)
MSG_NO_BUDGET = QT_TRANSLATE_NOOP("Step", "Enter a yearly welfare budget or a productivity bonus.")
MSG_NO_OFFER = QT_TRANSLATE_NOOP("Step", "Select at least one offer.")


def profile_issues(firm: Firm) -> list[FieldIssue]:
    """Step 1: who the firm is. Headcount sub-counts cannot exceed the total."""
    profile = firm.profile
    total = profile.headcount.total
    issues = [
        check_required(profile.name, "name"),
        check_partita_iva(profile.partita_iva),
        check_required(profile.municipality, "municipality"),
    ]
    if not profile.territorial_area:
        issues.append(FieldIssue("territorial_area", MSG_CHOOSE))
    if profile.ccnl not in {c.value for c in CcnlId}:
        issues.append(FieldIssue("ccnl", MSG_CHOOSE))
    elif profile.ccnl == CcnlId.OTHER and not profile.ccnl_other.strip():
        issues.append(FieldIssue("ccnl_other", MSG_CCNL_OTHER))
    if profile.ateco.strip() and not is_valid_ateco_code(profile.ateco):
        issues.append(FieldIssue("ateco", MSG_ATECO_FORMAT))
    elif not normalise_ateco(profile.ateco) and not profile.ateco_section:
        issues.append(FieldIssue("ateco", MSG_ATECO_MISSING))
    if total <= 0:
        issues.append(FieldIssue("headcount", MSG_NO_HEADCOUNT))
    for name in ("part_time", "fixed_term"):
        if total and getattr(profile.headcount, name) > total:
            issues.append(FieldIssue(name, MSG_OVER_HEADCOUNT, (str(total),)))
    return [issue for issue in issues if issue is not None]


def _bands(firm: Firm, group: str, names: tuple[str, ...], exact: bool) -> FieldIssue | None:
    total = firm.profile.headcount.total
    counted = sum(getattr(firm.workforce, name) for name in names)
    if counted > total:
        return FieldIssue(group, MSG_BANDS_OVER, (str(counted), str(total)))
    if exact and counted < total:
        return FieldIssue(group, MSG_BANDS_SHORT, (str(counted), str(total)))
    return None


def workforce_issues(firm: Firm) -> list[FieldIssue]:
    """Step 2: age and gender bands must add up to the headcount; commuting
    bands and shift workers may cover only part of it, never more."""
    total = firm.profile.headcount.total
    if total <= 0:
        return [FieldIssue("headcount", MSG_NO_HEADCOUNT)]
    issues = [
        _bands(firm, "age", AGE_FIELDS, exact=True),
        _bands(firm, "gender", GENDER_FIELDS, exact=True),
        _bands(firm, "commute", COMMUTE_FIELDS, exact=False),
    ]
    if firm.workforce.shift_workers > total:
        issues.append(FieldIssue("shift_workers", MSG_OVER_HEADCOUNT, (str(total),)))
    return [issue for issue in issues if issue is not None]


def need_issues(firm: Firm) -> list[FieldIssue]:
    """Counts must be non-negative; per-employee counts cannot exceed headcount."""
    headcount = firm.profile.headcount.total
    issues: list[FieldIssue] = []
    for key, count in firm.needs.items():
        if count < 0:
            issues.append(FieldIssue(key.value, MSG_NEGATIVE))
        elif not NEED_KEYS[key].counts_children and headcount and count > headcount:
            issues.append(FieldIssue(key.value, MSG_OVER_HEADCOUNT, (str(headcount),)))
    return issues


def has_any_need(firm: Firm) -> bool:
    return any(firm.need(key) > 0 for key in NeedKey)


def relevance_issues(firm: Firm) -> list[FieldIssue]:
    """Step 4: every need area rated 1-5; a measure in place reaches some staff."""
    unrated = [a for a in NeedArea if not 1 <= firm.relevance.get(a, 0) <= 5]
    issues = [FieldIssue("relevance", MSG_RATE_ALL, (str(len(unrated)),))] if unrated else []
    for area, measure in firm.measures.items():
        if measure.in_place and not 1 <= measure.staff_share <= 100:
            issues.append(FieldIssue(f"measure_{area.value}", MSG_MEASURE_SHARE))
    return issues


def budget_issues(firm: Firm) -> list[FieldIssue]:
    """Step 5: something to spend, a budget or a productivity bonus."""
    budget = firm.budget
    if budget.yearly_budget_cents <= 0 and budget.productivity_bonus_cents <= 0:
        return [FieldIssue("budget", MSG_NO_BUDGET)]
    return []

"""The steps of the self-assessment and when each one is complete.

The Qt pages render these steps; completeness is decided here so it is
tested without a display. Field checks live in ``step_checks``.
"""

from __future__ import annotations

from enum import IntEnum

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.step_checks import (
    MSG_NO_NEED,
    MSG_NO_OFFER,
    budget_issues,
    has_any_need,
    need_issues,
    profile_issues,
    relevance_issues,
    workforce_issues,
)
from wat_desktop.domain.validation import FieldIssue

__all__ = [
    "STEP_HELP",
    "STEP_TITLES",
    "StepId",
    "completed_steps",
    "has_any_need",
    "need_issues",
    "profile_issues",
    "step_issues",
]

CONTEXT = "Step"
HELP_CONTEXT = "StepHelp"


class StepId(IntEnum):
    PROFILE = 0
    WORKFORCE = 1
    NEEDS = 2
    RELEVANCE = 3
    BUDGET = 4
    NEEDS_PROFILE = 5
    OFFERS = 6
    PLAN = 7
    DOSSIER = 8


STEP_TITLES: dict[StepId, str] = {
    StepId.PROFILE: QT_TRANSLATE_NOOP("Step", "Company profile"),
    StepId.WORKFORCE: QT_TRANSLATE_NOOP("Step", "Workforce"),
    StepId.NEEDS: QT_TRANSLATE_NOOP("Step", "Needs"),
    StepId.RELEVANCE: QT_TRANSLATE_NOOP("Step", "Relevance and measures"),
    StepId.BUDGET: QT_TRANSLATE_NOOP("Step", "Budget and funding"),
    StepId.NEEDS_PROFILE: QT_TRANSLATE_NOOP("Step", "Needs profile"),
    StepId.OFFERS: QT_TRANSLATE_NOOP("Step", "Territorial offers"),
    StepId.PLAN: QT_TRANSLATE_NOOP("Step", "Plan"),
    StepId.DOSSIER: QT_TRANSLATE_NOOP("Step", "Dossier"),
}

# The plain-language panel beside each step: what to do and why it is asked.
STEP_HELP: dict[StepId, str] = {
    StepId.PROFILE: QT_TRANSLATE_NOOP(
        "StepHelp",
        "Who your firm is. The CCNL tells us whether your contract already obliges you to "
        "give welfare; the headcount lets us check the other answers. If you do not know "
        "your ATECO code, choose the section: it is on your chamber of commerce certificate.",
    ),
    StepId.WORKFORCE: QT_TRANSLATE_NOOP(
        "StepHelp",
        "A picture of your staff in broad bands, never names. The age bands must add up to "
        "the headcount, and so must the gender bands. Distance from home helps to judge "
        "commuting needs.",
    ),
    # Never suggest asking individuals: an employer may not inquire into health or
    # family (art. 8 Statuto dei lavoratori; special categories, art. 9 GDPR).
    StepId.NEEDS: QT_TRANSLATE_NOOP(
        "StepHelp",
        "How many employees have each need. Totals only: enter an estimate without asking "
        "individual employees, or use the anonymous survey. An employer may not inquire into "
        "facts unrelated to work, such as health or family (art. 8 Statuto dei lavoratori; "
        "art. 9 GDPR). Children are counted one by one, so they may be more than your "
        "employees.",
    ),
    StepId.RELEVANCE: QT_TRANSLATE_NOOP(
        "StepHelp",
        "How much each need matters to your firm, from 1 (little) to 5 (a lot), and what you "
        "already offer. A measure that reaches half of your staff covers half of the need.",
    ),
    # The converted part bears no employer social contributions (L. 208/2015 c.184;
    # art. 51 TUIR): the firm saves them rather than spending the same.
    StepId.BUDGET: QT_TRANSLATE_NOOP(
        "StepHelp",
        "How much you can spend in a year. A productivity bonus converted into welfare reaches "
        "employees whole, with no tax or contributions, and costs the firm less: on the "
        "converted part it pays no social security contributions (about 30%).",
    ),
    StepId.NEEDS_PROFILE: QT_TRANSLATE_NOOP(
        "StepHelp",
        "Your needs ranked: the more employees concerned and the more relevant the need, the "
        "higher it is; what you already cover is subtracted. The level is only a self-check, "
        "not an official rating.",
    ),
    StepId.OFFERS: QT_TRANSLATE_NOOP(
        "StepHelp",
        "The services of the territorial network that answer your needs. Pooled offers "
        "cost less when more firms join.",
    ),
    StepId.PLAN: QT_TRANSLATE_NOOP(
        "StepHelp", "How many places or services you want and what they cost in a year."
    ),
    StepId.DOSSIER: QT_TRANSLATE_NOOP(
        "StepHelp",
        "The membership dossier to sign and send to the network, as a PDF. Figures are "
        "estimates, not tax advice.",
    ),
}


def step_issues(firm: Firm, step: StepId) -> list[FieldIssue]:
    """What still stops ``step`` from being complete (empty list: complete)."""
    return list(_issues(firm, step, {}))


def _issues(
    firm: Firm, step: StepId, known: dict[StepId, tuple[FieldIssue, ...]]
) -> tuple[FieldIssue, ...]:
    """``step_issues``, remembering each step's in ``known``: the computed steps (needs
    profile, dossier) are made of the others, checked once each however often they count."""
    if step in known:
        return known[step]
    issues: tuple[FieldIssue, ...]
    if step is StepId.PROFILE:
        issues = tuple(profile_issues(firm))
    elif step is StepId.WORKFORCE:
        issues = tuple(workforce_issues(firm))
    elif step is StepId.NEEDS:
        issues = tuple(need_issues(firm))
        if not has_any_need(firm):
            issues += (FieldIssue("needs", MSG_NO_NEED),)
    elif step is StepId.RELEVANCE:
        issues = tuple(relevance_issues(firm))
    elif step is StepId.BUDGET:
        issues = tuple(budget_issues(firm))
    elif step is StepId.NEEDS_PROFILE:
        # A computed view: complete once what it is computed from is.
        sources = (StepId.PROFILE, StepId.NEEDS, StepId.RELEVANCE)
        issues = tuple(issue for s in sources for issue in _issues(firm, s, known))
    elif step in (StepId.OFFERS, StepId.PLAN):
        issues = () if firm.selected_offers else (FieldIssue("offers", MSG_NO_OFFER),)
    else:
        # The dossier step is complete when everything before it is.
        before = (s for s in StepId if s < StepId.DOSSIER)
        issues = tuple(issue for s in before for issue in _issues(firm, s, known))
    known[step] = issues
    return issues


def completed_steps(firm: Firm) -> set[StepId]:
    known: dict[StepId, tuple[FieldIssue, ...]] = {}
    return {step for step in StepId if not _issues(firm, step, known)}

"""What an imported survey does to the firm's need counts and to its saved plan.

The one rule: after an import, every count the survey publishes something about
becomes what the published table proves, never more.

- A published figure replaces the count ("questionario: 22").
- A figure about fewer than 5 people ("< 5") becomes the least it can be, worked
  out from the published cells only: usually 1 ("at least one person has this
  need"). The true figure is not kept anywhere, so nothing can reveal it.
- A count hidden so that a small one cannot be worked out from the totals
  becomes its proven minimum ("almeno 11": the cells shown leave at least 11
  children aged 0-2); for a yes/no question that is at least 5.
- A question the survey does not publish at all (withheld, or fewer respondents
  than the threshold) leaves the count as it was: the survey says nothing about it.

Why not compute with the true figures internally: the plan turns counts into
quantities, costs and "covers N" lines on screen, in the CLI, the dossier and the
demand file, so any plan computed from a hidden figure would print it back (and
the app never stores it: only the published table is kept). A proven minimum is
a function of the published table, so whatever is computed from it reveals
nothing that table does not already show. It is conservative: the plan never
counts a person the survey does not prove. Every count stays editable on step 3;
the plan uses what step 3 shows.

A plan saved before an import that changed the counts was made for other counts:
the import records the plan's fingerprint, and while the plan is unchanged it is
out of date (``plan_predates_survey``). Any change to the plan clears it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.result import SurveyResult


def counts_after_import(result: SurveyResult, needs: Mapping[NeedKey, int]) -> dict[NeedKey, int]:
    """The firm's need counts once ``result`` is imported (the rule above)."""
    counts = dict(needs)
    for key in result.rows:
        floor = result.need_floor(key)
        if floor is not None:
            counts[key] = floor
    return counts


def plan_fingerprint(selected_offers: Mapping[str, int]) -> str:
    """A short digest of a plan (offer ids and quantities); "" for no plan."""
    chosen = sorted((offer, quantity) for offer, quantity in selected_offers.items() if quantity)
    if not chosen:
        return ""
    text = "\n".join(f"{offer}={quantity}" for offer, quantity in chosen)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def plan_predates_survey(firm: Firm) -> bool:
    """True when the saved plan was made before the latest survey changed the counts
    (and has not been changed since): its quantities were chosen for other counts."""
    result = SurveyResult.from_dict(firm.survey)
    if result is None or not result.plan_at_import:
        return False
    return plan_fingerprint(firm.selected_offers) == result.plan_at_import


def mark_plan_current(firm: Firm) -> None:
    """Say the plan now reflects the survey (e.g. recomputed, even if it came out the same)."""
    if firm.survey.get("plan_at_import"):
        firm.survey = {k: v for k, v in firm.survey.items() if k != "plan_at_import"}

"""The needs profile: need areas ranked by a documented score, each with one
sentence saying why, and an indicative self-check level.

Score of a need area, 0-100::

    score = 100 × prevalence × relevance / 5 × (1 − coverage)

- prevalence: the share of employees concerned. For areas counted per employee
  it is the largest of the area's counts (the same person may struggle with
  both rent and bills, so counts are not summed), over the headcount. For
  children it is children per employee, capped at 1.
- relevance: the firm's rating 1-5 (3 assumed until rated).
- coverage: the share of staff already reached by the firm's measures in the
  Welfare Index area that covers the need (``need_areas.COVERING_AREA``); the
  covered part of the weighted need is subtracted.

Self-check level 1W-5W, *inspired by* the public description of the Welfare
Index PMI (DOMAIN-FACTS §6; never the official, proprietary rating). Only what
the firm already has counts: offers ticked in step 7 are planned, not in place.
The index 0-100 keeps the method's weights:

- breadth, 70 points, the part that weighs most: 35 for the number of the ten
  areas with a measure in place (3.5 each) and 35 for the share of staff those
  measures reach (3.5 × the share, area by area);
- management, 20 points, counted once at least one measure is in place: a
  binding regulation or agreement 10, a productivity bonus agreement that lets
  employees convert the bonus into welfare 5, needs heard through the
  anonymous employee survey 5;
- originality, the method's last 10 points, cannot be judged by a
  self-check: it is never awarded, so the index stops at 90.

Each part is rounded half up and the index is their sum. The 2017 thresholds
(index ≤10, ≤20, ≤30, ≤40, above) give a level, which then also needs breadth:
2W at least 1 area with a measure in place, 3W 3 areas, 4W 5 areas, 5W 7
areas (``MIN_AREAS``). So management alone never lifts a firm with measures in
two or three areas to the top classes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

from wat_desktop.domain.firm import Firm, is_binding
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import COVERING_AREA, NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NEED_KEYS, keys_of_area

CONTEXT = "NeedsProfile"
DEFAULT_RELEVANCE = 3

REASON_NONE = QT_TRANSLATE_NOOP("NeedsProfile", "No employee reported this need.")
REASON_NO_CHILDREN = QT_TRANSLATE_NOOP("NeedsProfile", "No children of this age were reported.")
REASON_UNCOVERED = QT_TRANSLATE_NOOP(
    "NeedsProfile",
    "%1 of %2 employees (%3%) have this need, which you rate %4 of 5; "
    "nothing you offer covers it yet.",
)
REASON_PARTLY = QT_TRANSLATE_NOOP(
    "NeedsProfile",
    "%1 of %2 employees (%3%) have this need, which you rate %4 of 5; "
    "your measures already reach %5% of the staff.",
)
REASON_CHILDREN_UNCOVERED = QT_TRANSLATE_NOOP(
    "NeedsProfile",
    "%1 children for %2 employees, a need you rate %3 of 5; nothing you offer covers it yet.",
)
REASON_CHILDREN_PARTLY = QT_TRANSLATE_NOOP(
    "NeedsProfile",
    "%1 children for %2 employees, a need you rate %3 of 5; "
    "your measures already reach %4% of the staff.",
)
REASON_COVERED = QT_TRANSLATE_NOOP(
    "NeedsProfile", "Already covered: your measures reach the whole staff."
)
SELF_CHECK_DISCLAIMER = QT_TRANSLATE_NOOP(
    "NeedsProfile",
    "Indicative self-check inspired by the public description of the Welfare Index PMI "
    "method. It is not the official Welfare Index PMI rating.",
)

LEVEL_THRESHOLDS = (10, 20, 30, 40)  # index at or below each one: levels 1W-4W
AREA_POINTS = Fraction(35, len(WelfareIndexArea))  # per area with a measure in place
REACH_POINTS = Fraction(35, len(WelfareIndexArea))  # per area, times the share of staff reached
BINDING_POINTS = 10
BONUS_POINTS = 5
SURVEY_POINTS = 5
# Areas with a measure in place that each level needs, whatever the index says.
MIN_AREAS: dict[int, int] = {1: 0, 2: 1, 3: 3, 4: 5, 5: 7}


@dataclass(frozen=True)
class AreaScore:
    """One need area in the profile; ``reason`` is a template filled from ``args``."""

    area: NeedArea
    concerned: int
    prevalence: Fraction
    relevance: int
    coverage: Fraction
    score: int
    reason: str
    args: tuple[str, ...] = ()


@dataclass(frozen=True)
class SelfCheck:
    """The indicative level and how it is made (see the module docstring)."""

    areas: int  # Welfare Index areas with a measure in place, 0-10
    area_points: int  # 0-35
    reach_points: int  # 0-35
    management: int  # 0-20

    @property
    def breadth(self) -> int:  # 0-70
        return self.area_points + self.reach_points

    @property
    def index(self) -> int:  # 0-90: originality is never awarded
        return self.breadth + self.management

    @property
    def index_level(self) -> int:
        """The level the index alone would give (2017 thresholds)."""
        return 1 + sum(self.index > limit for limit in LEVEL_THRESHOLDS)

    @property
    def breadth_level(self) -> int:
        """The highest level the number of areas allows."""
        return max(level for level, needed in MIN_AREAS.items() if self.areas >= needed)

    @property
    def level(self) -> int:
        return min(self.index_level, self.breadth_level)

    @property
    def label(self) -> str:
        return f"{self.level}W"

    @property
    def limited_by_breadth(self) -> bool:
        return self.level < self.index_level


def _percent(value: Fraction) -> str:
    return str(round(value * 100))


def coverage_of(firm: Firm, area: WelfareIndexArea) -> Fraction:
    """Share of staff (0-1) reached by the measures in place in one Welfare Index area."""
    measure = firm.measures.get(area)
    if measure is None or not measure.in_place:
        return Fraction(0)
    return Fraction(max(0, min(measure.staff_share, 100)), 100)


def score_area(firm: Firm, area: NeedArea) -> AreaScore:
    """Score one need area and say why, in one sentence."""
    headcount = firm.profile.headcount.total
    keys = keys_of_area(area)
    children = all(NEED_KEYS[key].counts_children for key in keys)
    counts = [max(0, firm.need(key)) for key in keys]
    concerned = sum(counts) if children else max(counts, default=0)
    prevalence = min(Fraction(concerned, headcount), Fraction(1)) if headcount else Fraction(0)
    rated = firm.relevance.get(area, 0)
    relevance = rated if 1 <= rated <= 5 else DEFAULT_RELEVANCE
    coverage = coverage_of(firm, COVERING_AREA[area])
    score = round(100 * prevalence * Fraction(relevance, 5) * (1 - coverage))
    covered = coverage > 0
    if concerned == 0:
        reason, args = (REASON_NO_CHILDREN if children else REASON_NONE), ()
    elif coverage >= 1:
        reason, args = REASON_COVERED, ()
    elif children:
        reason = REASON_CHILDREN_PARTLY if covered else REASON_CHILDREN_UNCOVERED
        args = (str(concerned), str(headcount), str(relevance))
        args += (_percent(coverage),) if covered else ()
    else:
        reason = REASON_PARTLY if covered else REASON_UNCOVERED
        args = (str(concerned), str(headcount), _percent(prevalence), str(relevance))
        args += (_percent(coverage),) if covered else ()
    return AreaScore(area, concerned, prevalence, relevance, coverage, score, reason, args)


def needs_profile(firm: Firm) -> list[AreaScore]:
    """Every need area, highest score first (ties: more people concerned, then
    the wizard's order)."""
    order = {area: index for index, area in enumerate(NeedArea)}
    scores = [score_area(firm, area) for area in NeedArea]
    return sorted(scores, key=lambda s: (-s.score, -s.prevalence, order[s.area]))


def _half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def self_check(firm: Firm) -> SelfCheck:
    """The indicative 1W-5W level (see the module docstring for how it is built)."""
    reached = [coverage_of(firm, area) for area in WelfareIndexArea]
    areas = sum(share > 0 for share in reached)
    area_points = _half_up(AREA_POINTS * areas)
    reach_points = _half_up(REACH_POINTS * sum(reached, Fraction(0)))
    management = 0
    if areas:  # nothing in place yet: nothing to manage
        if is_binding(firm.profile.welfare_regulation):
            management += BINDING_POINTS
        if firm.profile.productivity_bonus_agreement and firm.budget.bonus_convertible:
            management += BONUS_POINTS
        if int(firm.survey.get("respondents", 0) or 0) > 0:
            management += SURVEY_POINTS
    return SelfCheck(areas, area_points, reach_points, management)

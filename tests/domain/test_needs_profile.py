"""The needs profile ranks areas by prevalence × relevance minus coverage."""

from fractions import Fraction

from wat_desktop.domain.firm import Firm, Headcount, Measure, WelfareRegulation
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.needs_profile import (
    REASON_COVERED,
    REASON_NONE,
    REASON_PARTLY,
    REASON_UNCOVERED,
    SelfCheck,
    needs_profile,
    score_area,
    self_check,
)
from wat_desktop.services.demo_service import demo_firm


def _firm() -> Firm:
    firm = Firm()
    firm.profile.headcount = Headcount(operai=20)
    firm.relevance = {area: 3 for area in NeedArea}
    return firm


def test_score_is_prevalence_times_relevance() -> None:
    firm = _firm()
    firm.needs[NeedKey.CAREGIVERS_ELDERLY] = 10  # half the staff
    firm.relevance[NeedArea.ELDER_CARE] = 5
    score = score_area(firm, NeedArea.ELDER_CARE)
    assert (score.prevalence, score.score) == (Fraction(1, 2), 50)
    assert (score.reason, score.args) == (REASON_UNCOVERED, ("10", "20", "50", "5"))


def test_coverage_subtracts_the_covered_part() -> None:
    firm = _firm()
    firm.needs[NeedKey.HEALTH_PREVENTION] = 20
    firm.relevance[NeedArea.HEALTH] = 5
    firm.measures[WelfareIndexArea.HEALTH_ASSISTANCE] = Measure(True, 40)
    score = score_area(firm, NeedArea.HEALTH)
    assert score.score == 60
    assert (score.reason, score.args[-1]) == (REASON_PARTLY, "40")
    firm.measures[WelfareIndexArea.HEALTH_ASSISTANCE] = Measure(True, 100)
    assert score_area(firm, NeedArea.HEALTH).score == 0
    assert score_area(firm, NeedArea.HEALTH).reason == REASON_COVERED
    firm.measures[WelfareIndexArea.HEALTH_ASSISTANCE] = Measure(False, 100)  # not in place
    assert score_area(firm, NeedArea.HEALTH).score == 100


def test_economic_counts_are_not_summed_and_children_are_capped() -> None:
    firm = _firm()
    firm.needs.update({NeedKey.ECONOMIC_BILLS: 6, NeedKey.ECONOMIC_RENT: 4})
    assert score_area(firm, NeedArea.ECONOMIC).concerned == 6
    firm.needs.update({NeedKey.CHILDREN_0_2: 15, NeedKey.CHILDREN_3_5: 15})
    assert score_area(firm, NeedArea.CHILDCARE).prevalence == 1


def test_ranking_puts_the_heaviest_need_first_and_explains_absent_ones() -> None:
    firm = _firm()
    firm.needs.update({NeedKey.TRAINING: 4, NeedKey.COMMUTING: 8})
    ranked = needs_profile(firm)
    assert [s.area for s in ranked[:2]] == [NeedArea.MOBILITY, NeedArea.TRAINING]
    assert len(ranked) == len(NeedArea)
    assert next(s for s in ranked if s.area is NeedArea.HEALTH).reason == REASON_NONE


def test_demo_firm_profile_is_ranked_and_every_area_has_a_reason() -> None:
    ranked = needs_profile(demo_firm())
    scores = [s.score for s in ranked]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    assert all(s.reason for s in ranked)


def _with_measures(shares: list[int], firm: Firm | None = None) -> Firm:
    """A firm with a measure in place in the first len(shares) Welfare Index areas."""
    firm = firm or _firm()
    for area, share in zip(WelfareIndexArea, shares, strict=False):
        firm.measures[area] = Measure(True, share)
    return firm


def _managed(firm: Firm) -> Firm:
    """Everything the management part rewards: a binding agreement, a bonus employees
    may convert into welfare, and an anonymous survey already imported."""
    firm.profile.welfare_regulation = WelfareRegulation.AGREEMENT.value
    firm.profile.productivity_bonus_agreement = True
    firm.budget.bonus_convertible = True
    firm.survey = {"respondents": 12}
    return firm


def test_self_check_levels_follow_the_2017_thresholds_when_breadth_allows() -> None:
    # With measures in every area only the index decides: ≤10, ≤20, ≤30, ≤40, above.
    labels = [
        SelfCheck(10, area_points=35, reach_points=0, management=0).label,  # 35: 4W
        SelfCheck(10, area_points=35, reach_points=5, management=0).label,  # 40: 4W
        SelfCheck(10, area_points=35, reach_points=6, management=0).label,  # 41: 5W
        SelfCheck(1, area_points=4, reach_points=6, management=0).label,  # 10: 1W
        SelfCheck(1, area_points=4, reach_points=7, management=0).label,  # 11: 2W
    ]
    assert labels == ["4W", "4W", "5W", "1W", "2W"]


def test_the_reviewed_firm_with_three_areas_is_not_top_class() -> None:
    """The review's case: the demo firm with health 60%, training 40%, safety 100%, a
    binding agreement and a convertible bonus used to score 44, "5W"."""
    firm = demo_firm()
    firm.measures = {
        WelfareIndexArea.HEALTH_ASSISTANCE: Measure(True, 60),
        WelfareIndexArea.HUMAN_CAPITAL: Measure(True, 40),
        WelfareIndexArea.WORKING_CONDITIONS: Measure(True, 100),
    }
    check = self_check(firm)
    assert (check.areas, check.area_points, check.reach_points) == (3, 11, 7)
    assert check.management == 15  # agreement 10 + convertible bonus 5; no survey yet
    assert check.index == 33 and check.index_level == 4
    assert check.label == "3W" and check.limited_by_breadth
    # Offers ticked in step 7 are planned, not bought: they change nothing.
    firm.selected_offers = {"nido-girotondo": 2, "centro-estivo": 10}
    assert self_check(firm) == check


def test_the_demo_firm_as_shipped_is_3w_held_back_by_breadth() -> None:
    check = self_check(demo_firm())
    assert check.areas == 3 and check.label == "3W" and check.limited_by_breadth


def test_management_alone_earns_nothing_without_a_measure_in_place() -> None:
    firm = _managed(_firm())
    firm.selected_offers = {"x": 3}
    check = self_check(firm)
    assert (check.areas, check.index, check.label) == (0, 0, "1W")


def test_a_measure_ticked_without_any_staff_reached_is_not_an_area() -> None:
    firm = _firm()
    firm.measures[WelfareIndexArea.HEALTH_ASSISTANCE] = Measure(True, 0)
    firm.measures[WelfareIndexArea.HUMAN_CAPITAL] = Measure(False, 100)  # not in place
    assert self_check(firm).areas == 0


def test_breadth_of_areas_and_staff_reached_weigh_most() -> None:
    every_area = self_check(_with_measures([100] * 10))
    assert (every_area.breadth, every_area.management, every_area.label) == (70, 0, "5W")
    # The best management with measures in one area stays low.
    one_area = self_check(_managed(_with_measures([100])))
    assert (one_area.breadth, one_area.management, one_area.index) == (8, 20, 28)
    assert one_area.label == "2W"
    # Full management cannot lift three fully covered areas above 3W.
    three = self_check(_managed(_with_measures([100, 100, 100])))
    assert (three.index, three.index_level, three.label) == (42, 5, "3W")
    # Seven areas reaching everyone, without any management point, is top class.
    seven = self_check(_with_measures([100] * 7))
    assert (seven.index, seven.label) == (50, "5W")
    # Five areas reaching half the staff, with a binding agreement: 4W.
    five = _with_measures([50] * 5)
    five.profile.welfare_regulation = WelfareRegulation.BINDING_REGULATION.value
    assert (self_check(five).index, self_check(five).label) == (37, "4W")


def test_the_whole_index_stops_at_90_because_originality_is_never_awarded() -> None:
    check = self_check(_managed(_with_measures([100] * 10)))
    assert (check.breadth, check.management, check.index, check.label) == (70, 20, 90, "5W")


def test_a_revocable_plan_earns_no_management_points() -> None:
    firm = _with_measures([100, 100])
    firm.profile.welfare_regulation = WelfareRegulation.VOLUNTARY.value
    firm.profile.productivity_bonus_agreement = True  # signed, but not convertible
    assert self_check(firm).management == 0


def test_more_areas_or_more_staff_reached_never_lower_the_level() -> None:
    for manage in (False, True):
        for share in (10, 50, 100):
            firms = [_with_measures([share] * count) for count in range(11)]
            levels = [self_check(_managed(f) if manage else f).level for f in firms]
            assert levels == sorted(levels), (manage, share, levels)
        by_share = [_with_measures([share] * 6) for share in range(5, 101, 5)]
        levels = [self_check(_managed(f) if manage else f).level for f in by_share]
        assert levels == sorted(levels), (manage, levels)

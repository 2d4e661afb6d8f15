"""The recommended plan: exact within the budget, explained, and joining the network."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from wat_desktop.domain.catalogue import (
    Catalogue,
    Commitment,
    MemberFirm,
    Network,
    Offer,
    PoolingRule,
    PriceTier,
    Unit,
)
from wat_desktop.domain.firm import Firm, Measure
from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.plan import reasons as R
from wat_desktop.domain.plan.figures import plan_figures, whole_staff
from wat_desktop.domain.plan.reasons import render
from wat_desktop.domain.plan.recommendation import build_groups, explain, recommend, user_weight
from wat_desktop.domain.pooling import PoolState, expected_users
from wat_desktop.services.catalogue_service import demo_catalogue_bytes, parse_catalogue_bytes
from wat_desktop.services.demo_service import demo_firm

YEAR = 2027


def euros(cents: int) -> str:
    return f"{cents // 100} €"


def text(reason: R.Reason) -> str:
    return render(reason, Translate(), euros)


def camp(**changes) -> Offer:
    offer = Offer(
        id="camp",
        title="Summer camp",
        provider_id="p",
        need_areas=(NeedArea.EDUCATION,),
        benefit_type="art51_c2_f_bis",
        beneficiaries=(),
        unit=Unit.CHILD_WEEK,
        price_cents=17_500,
        need_keys=(NeedKey.CHILDREN_6_10, NeedKey.CHILDREN_11_14),
        units_per_user=1,
        take_up_percent=100,
        pooling=PoolingRule(min_users=20, tiers=(PriceTier(20, 16_000),)),
    )
    return replace(offer, **changes)


def catalogue(*offers: Offer, committed: int = 12) -> Catalogue:
    member = MemberFirm("m1", "Member", commitments=(Commitment("camp", committed),))
    return Catalogue(Network("n", "Net", member_firms=(member,)), "1", offers=offers)


def firm(**needs: int) -> Firm:
    result = Firm(needs={NeedKey(k): v for k, v in needs.items()})
    result.profile.headcount.operai = 30
    return result


def test_explanation_names_coverage_and_pooled_price() -> None:
    """10 children + 12 committed reach the 20-user threshold: the firm activates it."""
    plan = recommend(firm(children_6_10=5, children_11_14=5), catalogue(camp()), 500_000, year=YEAR)
    [line] = plan.lines
    assert (line.offer_id, line.users, line.cost_cents) == ("camp", 10, 10 * 16_000)
    assert line.pool is not None and line.pool.state is PoolState.ACTIVATES_IF_YOU_JOIN
    assert text(line.reason) == (
        "Covers 10 of 10 children aged 6-14; your users activate the pooled price "
        "160 € instead of 175 €."
    )


def test_no_explanation_states_a_total_below_the_anonymity_threshold() -> None:
    """4 children aged 11-14 read "< 5" on every other screen: "9 of 9" would give
    them away (9 - 5), so the total is left out and the users alone are stated."""
    plan = recommend(firm(children_6_10=5, children_11_14=4), catalogue(camp()), 500_000, year=YEAR)
    [line] = plan.lines
    assert line.users == 9
    assert text(line.reason) == (
        "Covers 9 children aged 6-14 (total not shown, to protect anonymity); your users "
        "activate the pooled price 160 € instead of 175 €."
    )


def test_too_few_users_pay_the_standalone_price_and_say_how_many_are_missing() -> None:
    plan = recommend(firm(children_6_10=3), catalogue(camp()), 500_000, year=YEAR)
    [line] = plan.lines
    assert line.cost_cents == 3 * 17_500
    assert line.pool is not None and line.pool.missing_users == 5
    assert "standalone price 175 €" in text(line.reason) and "5 more users" in text(line.reason)


def test_a_pool_short_of_users_and_firms_says_both() -> None:
    rule = PoolingRule(min_users=20, min_firms=3, tiers=(PriceTier(20, 16_000),))
    plan = recommend(firm(children_6_10=3), catalogue(camp(pooling=rule)), 500_000, year=YEAR)
    [line] = plan.lines
    assert (line.pool.missing_users, line.pool.missing_firms) == (5, 1)
    assert "5 more users and 1 more firms needed" in text(line.reason)


def test_budget_is_respected_and_cuts_users_not_the_whole_offer() -> None:
    plan = recommend(firm(children_6_10=5, children_11_14=4), catalogue(camp()), 60_000, year=YEAR)
    assert plan.cost_cents <= 60_000
    assert plan.lines[0].users == 3  # 3 × 175 €: the pool is not reached with 3


def test_offers_sharing_a_need_are_alternatives() -> None:
    """Two camps for the same children: the plan takes one, never both."""
    cheap = camp(id="camp-municipal", price_cents=8_900, pooling=None)
    plan = recommend(firm(children_6_10=6), catalogue(camp(), cheap), 1_000_000, year=YEAR)
    assert [line.offer_id for line in plan.lines] == ["camp-municipal"]


def test_relevance_and_existing_measures_weigh_the_need() -> None:
    f = firm(children_6_10=4)
    f.relevance[NeedArea.EDUCATION] = 5
    assert user_weight(f, camp()) == 5
    f.measures[WelfareIndexArea.EDUCATION_CULTURE] = Measure(in_place=True, staff_share=40)
    assert user_weight(f, camp()) == 3  # 5 × (1 - 0.4)


def test_optimum_matches_an_independent_dynamic_programme_on_the_demo() -> None:
    """On the demo catalogue and firm, a plain DP over cost (an independent exact
    method) finds no better plan than the recommendation, at several budgets."""
    cat = parse_catalogue_bytes(demo_catalogue_bytes())
    f = demo_firm()
    groups = build_groups(f, cat, year=YEAR)
    step = math.gcd(*(c.cost_cents for g in groups for c in g.choices))
    for budget in (0, 35_000, 90_000, 250_000, 600_000):
        plan = recommend(f, cat, budget, year=YEAR)
        assert plan.cost_cents <= budget
        assert plan.value == _dp_best(groups, budget // step, step)


def _dp_best(groups: list, slots: int, step: int) -> int:
    best = [0] * (slots + 1)  # best[c]: most value for a cost of at most c steps
    for group in groups:
        new = best[:]
        for choice in group.choices:
            size = choice.cost_cents // step
            for c in range(size, slots + 1):
                new[c] = max(new[c], best[c - size] + choice.value)
        best = new
    return best[slots]


def test_demo_firm_gets_an_explained_plan_within_6000_euros_that_joins_a_pool() -> None:
    cat = parse_catalogue_bytes(demo_catalogue_bytes())
    f = demo_firm()
    plan = recommend(f, cat, 600_000, year=YEAR, health_fund_paid=True)
    assert 0 < plan.cost_cents <= 600_000
    assert any(line.pool is not None and line.pool.is_active_with_firm for line in plan.lines)
    assert all(text(line.reason).startswith("Covers ") for line in plan.lines)
    figures = plan_figures(f, cat, plan.quantities, YEAR, 600_000)
    assert figures.cost_cents == plan.cost_cents
    assert not any(w.template == R.OVER_BUDGET for w in figures.warnings)


def test_figures_warn_over_budget_fringe_cliff_and_rationed_offers() -> None:
    vouchers = camp(
        id="vouchers",
        need_areas=(NeedArea.ECONOMIC,),
        need_keys=(NeedKey.ECONOMIC_BILLS,),
        benefit_type="art51_c3",
        unit=Unit.EMPLOYEE_YEAR,
        price_cents=120_000,
        pooling=None,
    )
    f = firm(economic_bills=4, children_6_10=10, children_11_14=5)
    cat = catalogue(camp(), vouchers)
    figures = plan_figures(f, cat, {"vouchers": 1, "camp": 2}, YEAR, 100_000)
    templates = [w.template for w in figures.warnings]
    assert R.OVER_BUDGET in templates
    assert R.FRINGE_OVER in templates  # 1,200 € to one user: above the 1,000 € ceiling
    assert figures.fringe is not None and figures.fringe.per_user_cents == 120_000
    generality = next(w for w in figures.warnings if w.template == R.GENERALITY)
    assert generality.args == ("Summer camp", 2, 15)  # 2 camp places for 15 children expected
    camp_line = next(line for line in figures.lines if line.offer.id == "camp")
    assert camp_line.pool is not None and camp_line.pool.state is PoolState.NEEDS_MORE
    assert figures.value_cents == 120_000 + 2 * 17_500
    assert 0 < figures.salary_net_cents < figures.cost_cents

    # With no child aged 11-14 ("< 5" on every other screen) the expected figure would
    # reveal that count: the warning keeps its meaning and leaves the number out.
    f = firm(economic_bills=4, children_6_10=10)
    figures = plan_figures(f, cat, {"camp": 2}, YEAR)
    [warning] = figures.warnings
    assert warning.template == R.GENERALITY_FEWER and warning.args == ("Summer camp", 2)


def _demo_plan(budget: int = 1_200_000):
    cat = parse_catalogue_bytes(demo_catalogue_bytes())
    f = demo_firm()
    plan = recommend(f, cat, budget, year=YEAR, health_fund_paid=True)
    return f, cat, plan, plan_figures(f, cat, plan.quantities, YEAR, budget)


GENERALITY_WARNINGS = (R.GENERALITY, R.GENERALITY_FEWER, R.GENERALITY_STAFF)


def test_the_recommended_demo_plan_raises_no_generality_problem() -> None:
    """What the demo recommends is lawful as it stands: no compulsory duty sold as
    welfare, every insurance cover bought for the whole staff, nothing rationed."""
    f, cat, plan, figures = _demo_plan()
    assert "sicurezza-aggiornamento" not in plan.quantities
    assert not [w for w in figures.warnings if w.template in GENERALITY_WARNINGS]
    staff = f.profile.headcount.total
    for line in plan.lines:
        offer = cat.offer(line.offer_id)
        if whole_staff(offer):
            assert line.units == staff, line.offer_id  # 24 × 60 €, not 7 chosen by need
            assert text(line.reason).startswith(f"Covers all {staff} employees")


def test_a_cover_bought_for_the_employees_in_need_is_flagged_ad_personam() -> None:
    """Long-term-care cover for 7 of 24 employees is taxed as salary (lett. f-quater):
    the plan page, the CLI and the dossier show the warning; the optimiser never
    proposes it."""
    cat = parse_catalogue_bytes(demo_catalogue_bytes())
    f = demo_firm()
    figures = plan_figures(f, cat, {"ltc-fondo": 7}, YEAR)
    [warning] = [w for w in figures.warnings if w.template in GENERALITY_WARNINGS]
    assert warning.template == R.GENERALITY_STAFF
    assert warning.args == (cat.offer("ltc-fondo").title, 7, 24)
    choices = {
        c.quantity
        for g in build_groups(f, cat, year=YEAR)
        for c in g.choices
        if c.candidate_id == "ltc-fondo"
    }
    assert choices <= {24}
    assert not plan_figures(f, cat, {"ltc-fondo": 24}, YEAR).warnings


def test_no_demo_reason_reveals_a_count_shown_as_below_five_elsewhere() -> None:
    """The demo firm's psychological need (4) and children aged 0-2 and 3-5 (3 and 4)
    read "< 5" on the territory screens and in the dossier: no plan reason may give
    them away as "2 of 4 employees" or "2 of 7 children"."""
    f, cat, plan, _figures = _demo_plan()
    reasons = {line.offer_id: text(line.reason) for line in plan.lines}
    for offer in cat.offers:
        reasons.setdefault(offer.id, text(explain(f, offer, 1, None)))
    assert "of 4 " not in reasons["ascolto-psicologico"]
    assert "with this need (numbers not shown, to protect anonymity)" in text(
        explain(f, cat.offer("ascolto-psicologico"), 1, None)
    )
    assert "of 7 " not in reasons["babysitting"]
    for offer_id, reason in reasons.items():
        totals = [int(n) for n in re.findall(r"of (?:the )?(\d+)", reason)]
        assert all(total >= 5 for total in totals), (offer_id, reason)
        # Nor "Covers 2 employees with this need": the number covered is a group too.
        covered = [int(n) for n in re.findall(r"Covers (\d+)", reason)]
        assert all(n >= 5 for n in covered if "not shown" in reason), (offer_id, reason)


def test_a_survey_total_never_lets_a_hidden_cell_be_worked_out() -> None:
    """After an employee survey, "15 of 19" for the bills help desk would give the
    hidden mortgage cell away (19 - 5 - 9): a total is stated only from shown counts,
    and only when no hidden count could change it."""
    from tests.services.dossier_fixtures import survey_answers, with_survey
    from wat_desktop.domain.plan.shown_counts import published_counts

    cat = parse_catalogue_bytes(demo_catalogue_bytes())
    f = with_survey(demo_firm(), survey_answers())
    shown = published_counts(f)
    assert shown[NeedKey.CHILDREN_0_2] is None and shown[NeedKey.ECONOMIC_RENT] is None
    for offer in cat.offers:
        reason = explain(f, offer, 1, None)
        who = reason.args[0]
        if who.template in (R.WHO_CHILDREN, R.WHO_EMPLOYEES):
            keys = offer.served_keys()
            assert all(shown[k] is not None for k in keys if NEED_KEYS[k].counts_children)
            published = [shown[k] for k in keys if shown[k] is not None]
            assert who.args[1] in (sum(published), max(published, default=0)), offer.id


def test_a_recorded_health_measure_already_counts_the_ccnl_fund() -> None:
    """Metasalute reaches 23 of the demo's 24 employees: recorded as a health measure at
    96%, it is not halved a second time for the CCNL's fund."""
    from wat_desktop.domain.plan.recommendation import key_weights

    f = demo_firm()
    assert f.measures[WelfareIndexArea.HEALTH_ASSISTANCE].staff_share == 96
    weights = key_weights(f, health_fund_paid=True)
    assert weights[NeedKey.HEALTH_PREVENTION] == key_weights(f)[NeedKey.HEALTH_PREVENTION]
    f.measures.pop(WelfareIndexArea.HEALTH_ASSISTANCE)
    assert key_weights(f, health_fund_paid=True)[NeedKey.HEALTH_PREVENTION] == (
        key_weights(f)[NeedKey.HEALTH_PREVENTION] / 2
    )


# --- the whole recommendation against brute force, on small random catalogues -------

KEYS = (
    NeedKey.CHILDREN_6_10,
    NeedKey.CHILDREN_11_14,
    NeedKey.CAREGIVERS_ELDERLY,
    NeedKey.HEALTH_PREVENTION,
    NeedKey.TRAINING,
)


@st.composite
def random_case(draw) -> tuple[Firm, Catalogue, int]:
    """Up to 4 offers over 5 need counts, some pooled (thresholds, tiers, fee) with
    random committed demand; a firm with random needs, relevance and take-up rates."""
    offers = []
    for index in range(draw(st.integers(1, 4))):
        keys = draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=2, unique=True))
        price = draw(st.integers(1, 20)) * 500
        pooling = None
        if draw(st.booleans()):
            first = draw(st.integers(1, 8))
            lower = draw(st.integers(0, price // 2))
            tiers = (PriceTier(first, price - lower),)
            if draw(st.booleans()):
                tiers += (PriceTier(first + draw(st.integers(1, 10)), (price - lower) * 3 // 4),)
            pooling = PoolingRule(
                min_users=draw(st.integers(0, first)),
                min_firms=draw(st.integers(0, 3)),
                tiers=tiers,
                membership_fee_cents=draw(st.sampled_from([0, 0, 2_000, 15_000])),
            )
        offers.append(
            Offer(
                id=f"o{index}",
                title=f"Offer {index}",
                provider_id="p",
                need_areas=tuple(dict.fromkeys(NEED_KEYS[k].area for k in keys)),
                benefit_type=draw(st.sampled_from(["art51_c2_f", "art51_c2_f_bis", "art51_c3"])),
                beneficiaries=(),
                unit=Unit.USE,
                price_cents=price,
                need_keys=tuple(keys),
                units_per_user=draw(st.integers(1, 3)),
                pooling=pooling,
            )
        )
    members = tuple(
        MemberFirm(
            f"m{i}",
            f"Member {i}",
            commitments=tuple(
                Commitment(o.id, draw(st.integers(1, 6)))
                for o in offers
                if o.pooling is not None and draw(st.booleans())
            ),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    cat = Catalogue(Network("n", "Net", member_firms=members), "1", offers=tuple(offers))
    f = firm(**{k.value: draw(st.sampled_from([0, 1, 2, 3, 4])) for k in KEYS})
    for area in {NEED_KEYS[k].area for k in KEYS}:
        f.relevance[area] = draw(st.integers(1, 5))
    f.take_up = {k: draw(st.sampled_from([50, 100])) for k in KEYS if draw(st.booleans())}
    return f, cat, draw(st.integers(0, 40)) * 2_500


def _components(offers: tuple[Offer, ...]) -> list[set[str]]:
    """Offers linked by a shared need count, directly or through others."""
    groups: list[tuple[set[str], set[NeedKey]]] = []
    for offer in offers:
        ids, keys = {offer.id}, set(offer.served_keys())
        for group in [g for g in groups if g[1] & keys]:
            groups.remove(group)
            ids |= group[0]
            keys |= group[1]
        groups.append((ids, keys))
    return [ids for ids, _keys in groups]


def brute_force_plan(f: Firm, cat: Catalogue, budget: int) -> tuple[int, int]:
    """(most value, least cost at that value) over every plan: each offer at 0..its
    expected users, at most one offer per set of offers sharing a need, costed by the
    live plan figures the user sees."""
    options = []
    for offer in cat.offers:
        users = expected_users(offer, f.needs, rates=f.take_up)
        points = round(user_weight(f, offer) * 100)
        options.append([(offer, n, n * points) for n in range(0, users + 1)])
    components = _components(cat.offers)
    best = (0, 0)
    for combo in itertools.product(*options):
        chosen = {offer.id for offer, n, _v in combo if n}
        if any(len(chosen & ids) > 1 for ids in components):
            continue
        quantities = {offer.id: n * offer.units_per_user for offer, n, _v in combo if n}
        cost = plan_figures(f, cat, quantities, YEAR).cost_cents
        value = sum(v for _o, _n, v in combo)
        if cost <= budget and (value, -cost) > (best[0], -best[1]):
            best = (value, cost)
    return best


@settings(max_examples=150, deadline=None)
@given(case=random_case())
def test_recommendation_matches_brute_force_on_random_catalogues(case) -> None:
    f, cat, budget = case
    plan = recommend(f, cat, budget, year=YEAR)
    assert (plan.value, plan.cost_cents) == brute_force_plan(f, cat, budget)
    # the plan's own cost is what the plan builder will show for it
    figures = plan_figures(f, cat, plan.quantities, YEAR, budget)
    assert figures.cost_cents == plan.cost_cents <= budget
    assert all(text(line.reason).startswith("Covers ") for line in plan.lines)

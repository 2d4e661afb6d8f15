"""The pooling engine: where each pooled offer stands for one firm.

Vocabulary (all counts are *users*: employees or children, never units):

- ``network_users`` / ``network_firms``: what the network's member firms have
  already committed (catalogue ``network.member_firms[].commitments``).
- ``firm_users``: what this firm would bring; by default its *expected uptake*
  (``expected_users``), the plan may pass any other number.
- State, with the firm's users added (and the firm counted once if it brings
  at least one user):

  ``ACTIVE``                 the network already meets both thresholds;
  ``ACTIVATES_IF_YOU_JOIN``  it does not yet, but it does with this firm;
  ``NEEDS_MORE``             even with this firm ``missing_users`` more users
                             and/or ``missing_firms`` more firms are needed.

- Tier price: the unit price of the highest tier whose ``min_volume`` the
  pooled users reach (the standalone price below the first tier). While the
  offer is not active a firm pays the standalone price.
- Costs per year: ``users × units_per_user × unit price``; the pooled cost adds
  the per-firm membership fee once.

People with a need (``people_with_need``) count each child once (a child is in
one age band, so children's counts add up) but never add employees' counts: one
employee may struggle with bills, rent and mortgage at once, so the largest
employee count is the number of distinct people we can be sure of (the needs
profile counts an area the same way). Expected uptake follows the same rule:
round-half-up of the children's counts × their take-up %, added, plus the
largest employee count × its take-up %, so it never exceeds the people with the
need. The
take-up rate of a key is, in order: an override for that very offer (``overrides``,
offer id -> %), the firm's own rate for the key (``rates``, ``Firm.take_up``,
set by the user on the plan page), the offer's ``take_up_percent`` from the
catalogue (the network's estimate), else ``DEFAULT_TAKE_UP_PERCENT``. The
defaults are design assumptions [assumption], not sourced figures: they say
how many of the people *with* a need actually use a service once offered (a
nursery place is taken up more often than counselling).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from wat_desktop.domain.catalogue import Catalogue, Offer, PoolingRule
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey

CONTEXT = "Pooling"

# Share (percent) of the people with a need who use a matching service [assumption].
DEFAULT_TAKE_UP_PERCENT: dict[NeedKey, int] = {
    NeedKey.CHILDREN_0_2: 60,  # nursery places are scarce and sought after
    NeedKey.CHILDREN_3_5: 50,
    NeedKey.CHILDREN_6_10: 60,  # summer camps: most school-age children
    NeedKey.CHILDREN_11_14: 50,
    NeedKey.CHILDREN_15_18: 30,
    NeedKey.CAREGIVERS_ELDERLY: 60,
    NeedKey.CAREGIVERS_DISABLED: 60,
    NeedKey.HEALTH_PREVENTION: 70,
    NeedKey.PSYCHOLOGICAL_SUPPORT: 50,  # stigma keeps take-up of counselling lower
    NeedKey.ECONOMIC_BILLS: 80,
    NeedKey.ECONOMIC_RENT: 80,
    NeedKey.ECONOMIC_MORTGAGE: 80,
    NeedKey.COMMUTING: 60,
    NeedKey.TRAINING: 60,
    NeedKey.TIME_FLEXIBILITY: 70,
}


class PoolState(StrEnum):
    ACTIVE = "active"
    ACTIVATES_IF_YOU_JOIN = "activates_if_you_join"
    NEEDS_MORE = "needs_more"


# How a state reads: ``plan.reasons.pool_state`` builds the one text every screen,
# the CLI and the dossier show (what is still missing, with plural forms).
ACTIVE_LABEL = QT_TRANSLATE_NOOP("Pooling", "Active")
ACTIVATES_LABEL = QT_TRANSLATE_NOOP("Pooling", "Activates if you join")
MISSING_USERS = QT_TRANSLATE_NOOP("Pooling", "%n more users needed")
MISSING_FIRMS = QT_TRANSLATE_NOOP("Pooling", "%n more firms needed")
MISSING_USERS_AND = QT_TRANSLATE_NOOP("Pooling", "%n more users and %1 needed")
MORE_FIRMS = QT_TRANSLATE_NOOP("Pooling", "%n more firms")


@dataclass(frozen=True)
class NetworkDemand:
    """Users and firms already committed to one pooled offer."""

    users: int = 0
    firms: int = 0


@dataclass(frozen=True)
class PoolStatus:
    offer_id: str
    state: PoolState
    network_users: int  # committed by member firms, without this firm
    network_firms: int
    firm_users: int
    pooled_users: int  # network + firm
    pooled_firms: int
    min_users: int
    min_firms: int
    missing_users: int  # still needed after this firm joins (0 unless NEEDS_MORE)
    missing_firms: int
    standalone_unit_cents: int
    pooled_unit_cents: int  # tier price once active, at max(pooled users, threshold)
    effective_unit_cents: int  # what the firm pays per unit now: pooled only if active
    firm_units: int  # firm_users × units_per_user
    membership_fee_cents: int
    cost_alone_cents: int  # firm_units at the standalone price, no fee
    cost_pooled_cents: int  # firm_units at the pooled price + fee (hypothetical if inactive)
    cost_now_cents: int  # what the firm would really pay in this state

    @property
    def is_active_with_firm(self) -> bool:
        return self.state is not PoolState.NEEDS_MORE

    @property
    def saving_cents(self) -> int:
        """Cost alone minus pooled cost (negative when the fee outweighs the discount)."""
        return self.cost_alone_cents - self.cost_pooled_cents

    @property
    def progress(self) -> tuple[int, int]:
        """(value, maximum) for a progress bar toward the user threshold."""
        maximum = max(self.min_users, 1)
        return min(self.pooled_users, maximum), maximum


# The last catalogue's demand: every plan edit asks it of the same catalogue (~0.3 ms
# for 500 offers). A catalogue is immutable, so its object identifies its demand; one
# tuple, replaced whole, is safe to read from a worker thread too.
_LAST_DEMAND: tuple[Catalogue, dict[str, NetworkDemand]] | None = None


def network_demand(catalogue: Catalogue) -> dict[str, NetworkDemand]:
    """Committed users and committing firms per pooled offer id."""
    global _LAST_DEMAND
    last = _LAST_DEMAND
    if last is None or last[0] is not catalogue:
        last = _LAST_DEMAND = (catalogue, _network_demand(catalogue))
    return dict(last[1])  # the caller's own copy


def _network_demand(catalogue: Catalogue) -> dict[str, NetworkDemand]:
    users: dict[str, int] = {}
    firms: dict[str, int] = {}
    for member in catalogue.network.member_firms:
        for offer_id in {c.offer_id for c in member.commitments if c.users > 0}:
            firms[offer_id] = firms.get(offer_id, 0) + 1
        for commitment in member.commitments:
            users[commitment.offer_id] = users.get(commitment.offer_id, 0) + commitment.users
    return {
        offer.id: NetworkDemand(users.get(offer.id, 0), firms.get(offer.id, 0))
        for offer in catalogue.pooled_offers()
    }


def tier_price_cents(offer: Offer, pooled_users: int) -> int:
    """Unit price at a pooled volume: the highest tier reached, else standalone."""
    price = offer.price_cents
    for tier in offer.pooling.tiers if offer.pooling else ():
        if pooled_users >= tier.min_volume:
            price = tier.unit_price_cents
    return price


def _meets(rule: PoolingRule, users: int, firms: int) -> bool:
    return users >= rule.min_users and firms >= rule.min_firms


def price_now(offer: Offer, demand: NetworkDemand, firm_users: int) -> tuple[int, int]:
    """(unit price, membership fee) the firm pays if it brings ``firm_users``: the tier
    price and the fee while the pool is active with it, else the standalone price and
    no fee. What ``pool_status`` says, without building it: the optimiser asks this
    for every quantity of every offer (a test checks that the two agree)."""
    rule = offer.pooling
    if rule is None or firm_users <= 0:
        return offer.price_cents, 0
    pooled_users = demand.users + firm_users
    if not _meets(rule, pooled_users, demand.firms + 1):
        return offer.price_cents, 0
    return tier_price_cents(offer, pooled_users), rule.membership_fee_cents


def pool_status(offer: Offer, demand: NetworkDemand, firm_users: int) -> PoolStatus:
    """State, prices and costs of a pooled offer if this firm brings ``firm_users``."""
    rule = offer.pooling
    if rule is None:
        raise ValueError(f"offer {offer.id} is not pooled")
    if firm_users < 0:
        raise ValueError("firm_users must not be negative")
    joins = firm_users > 0
    pooled_users = demand.users + firm_users
    pooled_firms = demand.firms + (1 if joins else 0)
    if _meets(rule, demand.users, demand.firms):
        state = PoolState.ACTIVE
    elif _meets(rule, pooled_users, pooled_firms):
        state = PoolState.ACTIVATES_IF_YOU_JOIN
    else:
        state = PoolState.NEEDS_MORE
    active = state is not PoolState.NEEDS_MORE
    pooled_unit = tier_price_cents(offer, max(pooled_users, rule.min_users))
    effective_unit = tier_price_cents(offer, pooled_users) if active else offer.price_cents
    firm_units = firm_users * offer.units_per_user
    fee = rule.membership_fee_cents if joins else 0
    return PoolStatus(
        offer_id=offer.id,
        state=state,
        network_users=demand.users,
        network_firms=demand.firms,
        firm_users=firm_users,
        pooled_users=pooled_users,
        pooled_firms=pooled_firms,
        min_users=rule.min_users,
        min_firms=rule.min_firms,
        missing_users=0 if active else max(rule.min_users - pooled_users, 0),
        missing_firms=0 if active else max(rule.min_firms - pooled_firms, 0),
        standalone_unit_cents=offer.price_cents,
        pooled_unit_cents=pooled_unit,
        effective_unit_cents=effective_unit,
        firm_units=firm_units,
        membership_fee_cents=fee,
        cost_alone_cents=firm_units * offer.price_cents,
        cost_pooled_cents=firm_units * pooled_unit + fee,
        cost_now_cents=firm_units * effective_unit + (fee if active else 0),
    )


def clamp_percent(value: int) -> int:
    return max(0, min(100, int(value)))


def default_rate(key: NeedKey, rates: Mapping[NeedKey, int] | None = None) -> int:
    """The firm's take-up rate for ``key``: its own if set, else the default."""
    if rates and key in rates:
        return clamp_percent(rates[key])
    return DEFAULT_TAKE_UP_PERCENT[key]


def take_up_percent(
    offer: Offer,
    key: NeedKey,
    overrides: Mapping[str, int] | None = None,
    rates: Mapping[NeedKey, int] | None = None,
) -> int:
    """The take-up rate used for ``key``'s people on ``offer`` (see module docstring)."""
    if overrides and offer.id in overrides:
        return clamp_percent(overrides[offer.id])
    if rates and key in rates:
        return clamp_percent(rates[key])
    if offer.take_up_percent is not None:
        return offer.take_up_percent
    return DEFAULT_TAKE_UP_PERCENT[key]


def _distinct(values: Iterable[tuple[NeedKey, int]]) -> int:
    """Children's figures added, employees' the largest (see the module docstring)."""
    children = employees = 0
    for key, value in values:
        if NEED_KEYS[key].counts_children:
            children += value
        else:
            employees = max(employees, value)
    return children + employees


def people_with_need(keys: Iterable[NeedKey], needs: Mapping[NeedKey, int]) -> int:
    """Distinct people (children, or employees) with at least one of ``keys``' needs."""
    return _distinct((key, max(0, needs.get(key, 0))) for key in keys)


def eligible_people(offer: Offer, needs: Mapping[NeedKey, int]) -> int:
    """People (employees or children) whose need the offer answers, each counted once."""
    return people_with_need(offer.served_keys(), needs)


def expected_users(
    offer: Offer,
    needs: Mapping[NeedKey, int],
    overrides: Mapping[str, int] | None = None,
    rates: Mapping[NeedKey, int] | None = None,
) -> int:
    """Users the firm can expect: the served need counts × their take-up %, combined
    as ``people_with_need`` combines the counts, rounded half up (never more than
    the people with the need)."""
    hundredths = _distinct(
        (key, max(0, needs.get(key, 0)) * take_up_percent(offer, key, overrides, rates))
        for key in offer.served_keys()
    )
    return (hundredths + 50) // 100


def firm_pool_statuses(
    catalogue: Catalogue,
    needs: Mapping[NeedKey, int],
    overrides: Mapping[str, int] | None = None,
    firm_users: Mapping[str, int] | None = None,
    rates: Mapping[NeedKey, int] | None = None,
) -> dict[str, PoolStatus]:
    """Every pooled offer's status for one firm. ``firm_users`` (offer id → users)
    replaces the expected uptake where given, e.g. with the plan's quantities."""
    demand = network_demand(catalogue)
    chosen = firm_users or {}
    return {
        offer.id: pool_status(
            offer,
            demand[offer.id],
            chosen[offer.id]
            if offer.id in chosen
            else expected_users(offer, needs, overrides, rates),
        )
        for offer in catalogue.pooled_offers()
    }


def users_for_units(offer: Offer, units: int) -> int:
    """Users a plan quantity (in the offer's unit) stands for, rounded up."""
    return -(-units // offer.units_per_user)

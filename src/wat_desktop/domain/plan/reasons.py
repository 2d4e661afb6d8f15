"""One-sentence explanations of plan choices and warnings, as translatable templates.

The domain builds ``Reason`` values (a template marked with
``QT_TRANSLATE_NOOP`` in context ``PlanReason`` and its arguments); the front
ends render them with their translator and money format (``render``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.pooling import (
    ACTIVATES_LABEL,
    ACTIVE_LABEL,
    MISSING_FIRMS,
    MISSING_USERS,
    MISSING_USERS_AND,
    MORE_FIRMS,
    PoolState,
    PoolStatus,
)
from wat_desktop.domain.pooling import CONTEXT as POOLING

CONTEXT = "PlanReason"


@dataclass(frozen=True)
class Money:
    """An amount in cents, formatted by the front end."""

    cents: int


@dataclass(frozen=True)
class Reason:
    """A template and its arguments; ``count`` picks the plural form (``%n``)."""

    template: str  # source text, in ``context``
    args: tuple[Reason | Money | str | int, ...] = ()
    context: str = CONTEXT
    count: int | None = None


WHO_CHILDREN = QT_TRANSLATE_NOOP("PlanReason", "%1 of %2 children aged %3")
WHO_EMPLOYEES = QT_TRANSLATE_NOOP("PlanReason", "%1 of %2 employees with this need")
# When the total could reveal a group below the anonymity threshold it is not stated.
WHO_CHILDREN_HIDDEN = QT_TRANSLATE_NOOP(
    "PlanReason", "%n children aged %1 (total not shown, to protect anonymity)"
)
WHO_EMPLOYEES_HIDDEN = QT_TRANSLATE_NOOP(
    "PlanReason", "%n employees with this need (total not shown, to protect anonymity)"
)
# When even the number covered is below the threshold, no number is stated at all.
WHO_CHILDREN_UNCOUNTED = QT_TRANSLATE_NOOP(
    "PlanReason", "children aged %1 with this need (numbers not shown, to protect anonymity)"
)
WHO_EMPLOYEES_UNCOUNTED = QT_TRANSLATE_NOOP(
    "PlanReason", "employees with this need (numbers not shown, to protect anonymity)"
)
WHO_ALL_STAFF = QT_TRANSLATE_NOOP("PlanReason", "all %n employees")
WHO_PART_OF_STAFF = QT_TRANSLATE_NOOP("PlanReason", "%1 of the %2 employees")
PLAIN = QT_TRANSLATE_NOOP("PlanReason", "Covers %1 for %2 a year.")
POOLED = QT_TRANSLATE_NOOP("PlanReason", "Covers %1; pooled price %2 instead of %3.")
ACTIVATES = QT_TRANSLATE_NOOP(
    "PlanReason", "Covers %1; your users activate the pooled price %2 instead of %3."
)
WAITING = QT_TRANSLATE_NOOP(
    "PlanReason",
    "Covers %1 at the standalone price %2 until the pooled offer activates. %3.",
)
FRINGE_OVER = QT_TRANSLATE_NOOP(
    "PlanReason",
    "Fringe benefits reach %1 per user, above the %2 ceiling: the whole amount "
    "becomes taxable income.",
)
FRINGE_AT = QT_TRANSLATE_NOOP(
    "PlanReason",
    "Fringe benefits reach exactly the %1 ceiling: one euro more makes the whole amount taxable.",
)
GENERALITY = QT_TRANSLATE_NOOP(
    "PlanReason",
    "%1 has places for %2 of the %3 people expected to use it: keep it open to all "
    "employees or to a homogeneous category, or it is taxed as salary.",
)
# When the expected figure rests on counts that are not shown, it is left out too.
GENERALITY_FEWER = QT_TRANSLATE_NOOP(
    "PlanReason",
    "%1 has places for %2, fewer than are expected to use it: keep it open to all "
    "employees or to a homogeneous category, or it is taxed as salary.",
)
GENERALITY_STAFF = QT_TRANSLATE_NOOP(
    "PlanReason",
    "%1 covers %2 of the %3 employees: a cover of this kind is exempt only when it insures "
    "all employees or a homogeneous category, not those chosen by need; otherwise it is "
    "taxed as salary.",
)
OVER_BUDGET = QT_TRANSLATE_NOOP("PlanReason", "The plan costs %1 more than the budget of %2.")
PREDATES_SURVEY = QT_TRANSLATE_NOOP(
    "PlanReason",
    "This plan was made before the employee survey changed the need counts: its "
    "quantities are for the old figures. Propose the plan again or check each quantity.",
)


def pool_state(status: PoolStatus) -> Reason:
    """Where a pooled offer stands, as every front end words it: active, activates if
    you join, or what is still missing ("23 more users and 1 more firm needed")."""
    if status.state is PoolState.ACTIVE:
        return Reason(ACTIVE_LABEL, context=POOLING)
    if status.state is PoolState.ACTIVATES_IF_YOU_JOIN:
        return Reason(ACTIVATES_LABEL, context=POOLING)
    users, firms = status.missing_users, status.missing_firms
    if users and firms:
        more_firms = Reason(MORE_FIRMS, context=POOLING, count=firms)
        return Reason(MISSING_USERS_AND, (more_firms,), context=POOLING, count=users)
    if users:
        return Reason(MISSING_USERS, context=POOLING, count=users)
    return Reason(MISSING_FIRMS, context=POOLING, count=firms)


def render(reason: Reason, tr: Translate, money: Callable[[int], str]) -> str:
    """The reason as text in ``tr``'s language, amounts through ``money``."""

    def arg(value: Reason | Money | str | int) -> str:
        if isinstance(value, Reason):
            return render(value, tr, money)
        if isinstance(value, Money):
            return money(value.cents)
        return str(value)

    if reason.count is None:
        template = tr(reason.context, reason.template)
    else:
        template = tr.translate(reason.context, reason.template, None, reason.count)
    return fill(template, *(arg(a) for a in reason.args))

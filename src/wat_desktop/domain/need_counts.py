"""Aggregate need counts: how many employees (or their children) have a need.

Counts are aggregates only, never names. Each count key belongs to one need
area; children are counted per child, every other key per employee.
"""

from dataclasses import dataclass
from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_areas import NeedArea

CONTEXT = "NeedKey"


class NeedKey(StrEnum):
    CHILDREN_0_2 = "children_0_2"
    CHILDREN_3_5 = "children_3_5"
    CHILDREN_6_10 = "children_6_10"
    CHILDREN_11_14 = "children_11_14"
    CHILDREN_15_18 = "children_15_18"
    CAREGIVERS_ELDERLY = "caregivers_elderly"
    CAREGIVERS_DISABLED = "caregivers_disabled"
    HEALTH_PREVENTION = "health_prevention"
    PSYCHOLOGICAL_SUPPORT = "psychological_support"
    ECONOMIC_BILLS = "economic_bills"
    ECONOMIC_RENT = "economic_rent"
    ECONOMIC_MORTGAGE = "economic_mortgage"
    COMMUTING = "commuting"
    TRAINING = "training"
    TIME_FLEXIBILITY = "time_flexibility"


@dataclass(frozen=True)
class NeedKeyInfo:
    area: NeedArea
    counts_children: bool
    label: str


NEED_KEYS: dict[NeedKey, NeedKeyInfo] = {
    NeedKey.CHILDREN_0_2: NeedKeyInfo(
        NeedArea.CHILDCARE, True, QT_TRANSLATE_NOOP("NeedKey", "Children aged 0-2")
    ),
    NeedKey.CHILDREN_3_5: NeedKeyInfo(
        NeedArea.CHILDCARE, True, QT_TRANSLATE_NOOP("NeedKey", "Children aged 3-5")
    ),
    NeedKey.CHILDREN_6_10: NeedKeyInfo(
        NeedArea.EDUCATION, True, QT_TRANSLATE_NOOP("NeedKey", "Children aged 6-10")
    ),
    NeedKey.CHILDREN_11_14: NeedKeyInfo(
        NeedArea.EDUCATION, True, QT_TRANSLATE_NOOP("NeedKey", "Children aged 11-14")
    ),
    NeedKey.CHILDREN_15_18: NeedKeyInfo(
        NeedArea.EDUCATION, True, QT_TRANSLATE_NOOP("NeedKey", "Children aged 15-18")
    ),
    NeedKey.CAREGIVERS_ELDERLY: NeedKeyInfo(
        NeedArea.ELDER_CARE,
        False,
        QT_TRANSLATE_NOOP("NeedKey", "Employees caring for an elderly relative (75+)"),
    ),
    NeedKey.CAREGIVERS_DISABLED: NeedKeyInfo(
        NeedArea.DISABILITY_CARE,
        False,
        QT_TRANSLATE_NOOP("NeedKey", "Employees caring for a disabled or dependent relative"),
    ),
    NeedKey.HEALTH_PREVENTION: NeedKeyInfo(
        NeedArea.HEALTH,
        False,
        QT_TRANSLATE_NOOP("NeedKey", "Employees with health and prevention needs"),
    ),
    NeedKey.PSYCHOLOGICAL_SUPPORT: NeedKeyInfo(
        NeedArea.PSYCHOLOGICAL,
        False,
        QT_TRANSLATE_NOOP("NeedKey", "Employees who would use psychological support"),
    ),
    NeedKey.ECONOMIC_BILLS: NeedKeyInfo(
        NeedArea.ECONOMIC, False, QT_TRANSLATE_NOOP("NeedKey", "Employees struggling with bills")
    ),
    NeedKey.ECONOMIC_RENT: NeedKeyInfo(
        NeedArea.ECONOMIC, False, QT_TRANSLATE_NOOP("NeedKey", "Employees struggling with rent")
    ),
    NeedKey.ECONOMIC_MORTGAGE: NeedKeyInfo(
        NeedArea.ECONOMIC,
        False,
        QT_TRANSLATE_NOOP("NeedKey", "Employees struggling with a mortgage"),
    ),
    NeedKey.COMMUTING: NeedKeyInfo(
        NeedArea.MOBILITY, False, QT_TRANSLATE_NOOP("NeedKey", "Employees with a costly commute")
    ),
    NeedKey.TRAINING: NeedKeyInfo(
        NeedArea.TRAINING, False, QT_TRANSLATE_NOOP("NeedKey", "Employees asking for training")
    ),
    NeedKey.TIME_FLEXIBILITY: NeedKeyInfo(
        NeedArea.WORK_LIFE,
        False,
        QT_TRANSLATE_NOOP("NeedKey", "Employees asking for time flexibility"),
    ),
}


def keys_of_area(area: NeedArea) -> list[NeedKey]:
    """The count keys that measure one need area, in wizard order."""
    return [key for key, info in NEED_KEYS.items() if info.area is area]

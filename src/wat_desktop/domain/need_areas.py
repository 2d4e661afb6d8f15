"""The need areas a firm assesses and territorial offers serve."""

from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP

CONTEXT = "NeedArea"


class NeedArea(StrEnum):
    """Areas of employees' needs, in the order the wizard shows them."""

    CHILDCARE = "childcare"
    EDUCATION = "education"
    ELDER_CARE = "elder_care"
    DISABILITY_CARE = "disability_care"
    HEALTH = "health"
    PSYCHOLOGICAL = "psychological"
    ECONOMIC = "economic"
    MOBILITY = "mobility"
    TRAINING = "training"
    WORK_LIFE = "work_life"


NEED_AREA_LABELS: dict[NeedArea, str] = {
    NeedArea.CHILDCARE: QT_TRANSLATE_NOOP("NeedArea", "Early childcare (0-5 years)"),
    NeedArea.EDUCATION: QT_TRANSLATE_NOOP("NeedArea", "Children's education and summer camps"),
    NeedArea.ELDER_CARE: QT_TRANSLATE_NOOP("NeedArea", "Care of elderly relatives (75+)"),
    NeedArea.DISABILITY_CARE: QT_TRANSLATE_NOOP("NeedArea", "Disability and long-term care"),
    NeedArea.HEALTH: QT_TRANSLATE_NOOP("NeedArea", "Health and prevention"),
    NeedArea.PSYCHOLOGICAL: QT_TRANSLATE_NOOP("NeedArea", "Psychological support"),
    NeedArea.ECONOMIC: QT_TRANSLATE_NOOP("NeedArea", "Economic support (bills, rent, mortgage)"),
    NeedArea.MOBILITY: QT_TRANSLATE_NOOP("NeedArea", "Commuting and mobility"),
    NeedArea.TRAINING: QT_TRANSLATE_NOOP("NeedArea", "Training and skills"),
    NeedArea.WORK_LIFE: QT_TRANSLATE_NOOP("NeedArea", "Time flexibility and work-life balance"),
}


class WelfareIndexArea(StrEnum):
    """The ten areas of the Welfare Index PMI (2024 edition), used to record the
    measures a firm already has. The index itself is proprietary: the app only
    borrows its areas for an indicative self-check (DOMAIN-FACTS §6)."""

    PENSION_PROTECTION = "pension_protection"
    HEALTH_ASSISTANCE = "health_assistance"
    WORK_LIFE_BALANCE = "work_life_balance"
    ECONOMIC_SUPPORT = "economic_support"
    HUMAN_CAPITAL = "human_capital"
    EDUCATION_CULTURE = "education_culture"
    RIGHTS_INCLUSION = "rights_inclusion"
    WORKING_CONDITIONS = "working_conditions"
    SOCIAL_RESPONSIBILITY = "social_responsibility"
    COMMUNITY_WELFARE = "community_welfare"


WELFARE_INDEX_LABELS: dict[WelfareIndexArea, str] = {
    WelfareIndexArea.PENSION_PROTECTION: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Pension and insurance protection"
    ),
    WelfareIndexArea.HEALTH_ASSISTANCE: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Health and care assistance"
    ),
    WelfareIndexArea.WORK_LIFE_BALANCE: QT_TRANSLATE_NOOP("WelfareIndexArea", "Work-life balance"),
    WelfareIndexArea.ECONOMIC_SUPPORT: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Economic support for workers and families"
    ),
    WelfareIndexArea.HUMAN_CAPITAL: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Development of human capital"
    ),
    WelfareIndexArea.EDUCATION_CULTURE: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Support for education and culture"
    ),
    WelfareIndexArea.RIGHTS_INCLUSION: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Rights, diversity and inclusion"
    ),
    WelfareIndexArea.WORKING_CONDITIONS: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Working conditions and safety"
    ),
    WelfareIndexArea.SOCIAL_RESPONSIBILITY: QT_TRANSLATE_NOOP(
        "WelfareIndexArea", "Social responsibility towards customers and suppliers"
    ),
    WelfareIndexArea.COMMUNITY_WELFARE: QT_TRANSLATE_NOOP("WelfareIndexArea", "Community welfare"),
}

# Which Welfare Index area's measures cover each need area: the coverage the
# needs profile subtracts. Coarse on purpose: a firm records measures by area.
COVERING_AREA: dict[NeedArea, WelfareIndexArea] = {
    NeedArea.CHILDCARE: WelfareIndexArea.WORK_LIFE_BALANCE,
    NeedArea.EDUCATION: WelfareIndexArea.EDUCATION_CULTURE,
    NeedArea.ELDER_CARE: WelfareIndexArea.HEALTH_ASSISTANCE,
    NeedArea.DISABILITY_CARE: WelfareIndexArea.HEALTH_ASSISTANCE,
    NeedArea.HEALTH: WelfareIndexArea.HEALTH_ASSISTANCE,
    NeedArea.PSYCHOLOGICAL: WelfareIndexArea.HEALTH_ASSISTANCE,
    NeedArea.ECONOMIC: WelfareIndexArea.ECONOMIC_SUPPORT,
    NeedArea.MOBILITY: WelfareIndexArea.WORK_LIFE_BALANCE,
    NeedArea.TRAINING: WelfareIndexArea.HUMAN_CAPITAL,
    NeedArea.WORK_LIFE: WelfareIndexArea.WORK_LIFE_BALANCE,
}

"""Identifiers of the benefit types of art. 51 TUIR that offers and plans use.

The rules engine (``domain/rules``) attaches the legal treatment to each id;
catalogue files refer to benefit types by these ids.
"""

from dataclasses import dataclass
from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP


class BenefitType(StrEnum):
    HEALTH_FUND = "art51_c2_a"  # employer contributions to health funds
    MEAL_VOUCHERS = "art51_c2_c"
    PUBLIC_TRANSPORT = "art51_c2_d_bis"
    SERVICES_IN_KIND = "art51_c2_f"  # education, recreation, social and health assistance
    EDUCATION_FAMILY = "art51_c2_f_bis"  # school canteens, camps, scholarships
    CARE_FAMILY = "art51_c2_f_ter"  # elderly or non-self-sufficient relatives
    LONG_TERM_CARE = "art51_c2_f_quater"
    PENSION_FUND = "art51_c2_h"
    FRINGE_BENEFIT = "art51_c3"  # goods, services and vouchers under the fringe ceiling
    FRINGE_UTILITIES_HOUSING = "art51_c3_utilities"  # 2025-2027: bills, rent, mortgage interest


CONTEXT = "BenefitType"  # translation context of the labels below


@dataclass(frozen=True)
class BenefitTreatment:
    """How art. 51 TUIR treats one benefit type (stable law; yearly caps live in
    the tax-year files)."""

    legal_basis: str  # e.g. "art. 51 c.2 lett. f TUIR"
    label: str  # QT_TRANSLATE_NOOP("BenefitType", ...): translate at display time
    reimbursable: bool  # the employer may refund the employee's expense
    in_kind_only: bool  # only paid to the provider, never as a refund
    counts_to_fringe_ceiling: bool
    generality_required: bool  # all staff or homogeneous categories, else taxed as salary
    solidarity_due: bool  # employer's 10% solidarity contribution
    family_eligible: bool  # art. 12 family members may benefit
    capped_by: str = ""  # the tax-year parameter that caps it, if any
    years: tuple[int, int] | None = None  # first and last year it exists, if limited
    # An insurance cover (premiums per insured employee): offering it "to all" means
    # insuring all, so a cover bought for the employees chosen by need is ad personam
    # and taxed as salary; a plan buys it for the whole staff (or a category).
    whole_staff: bool = False


BENEFIT_TREATMENTS: dict[BenefitType, BenefitTreatment] = {
    BenefitType.HEALTH_FUND: BenefitTreatment(
        "art. 51 c.2 lett. a TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Health fund contributions"),
        reimbursable=False,
        in_kind_only=False,
        counts_to_fringe_ceiling=False,
        generality_required=False,
        solidarity_due=True,
        family_eligible=False,
        capped_by="caps.health_fund",
    ),
    BenefitType.MEAL_VOUCHERS: BenefitTreatment(
        "art. 51 c.2 lett. c TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Meal vouchers"),
        reimbursable=False,
        in_kind_only=True,
        counts_to_fringe_ceiling=False,
        generality_required=False,
        solidarity_due=False,
        family_eligible=False,
        capped_by="meal_vouchers.electronic_daily",
    ),
    BenefitType.PUBLIC_TRANSPORT: BenefitTreatment(
        "art. 51 c.2 lett. d-bis TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Public transport passes"),
        reimbursable=True,
        in_kind_only=False,
        counts_to_fringe_ceiling=False,
        generality_required=True,
        solidarity_due=False,
        family_eligible=True,
    ),
    BenefitType.SERVICES_IN_KIND: BenefitTreatment(
        "art. 51 c.2 lett. f TUIR",
        QT_TRANSLATE_NOOP(
            "BenefitType", "Education, recreation, social and health services (in kind)"
        ),
        reimbursable=False,
        in_kind_only=True,
        counts_to_fringe_ceiling=False,
        generality_required=True,
        solidarity_due=False,
        family_eligible=True,
    ),
    BenefitType.EDUCATION_FAMILY: BenefitTreatment(
        "art. 51 c.2 lett. f-bis TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Education services for family members"),
        reimbursable=True,
        in_kind_only=False,
        counts_to_fringe_ceiling=False,
        generality_required=True,
        solidarity_due=False,
        family_eligible=True,
    ),
    BenefitType.CARE_FAMILY: BenefitTreatment(
        "art. 51 c.2 lett. f-ter TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Care for elderly or dependent relatives"),
        reimbursable=True,
        in_kind_only=False,
        counts_to_fringe_ceiling=False,
        generality_required=True,
        solidarity_due=False,
        family_eligible=True,
    ),
    BenefitType.LONG_TERM_CARE: BenefitTreatment(
        "art. 51 c.2 lett. f-quater TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Long-term-care and serious-illness cover"),
        reimbursable=False,
        in_kind_only=False,
        counts_to_fringe_ceiling=False,
        generality_required=True,
        solidarity_due=False,
        family_eligible=False,
        whole_staff=True,
    ),
    BenefitType.PENSION_FUND: BenefitTreatment(
        "art. 51 c.2 lett. h TUIR; art. 10 TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Pension fund contributions"),
        reimbursable=False,
        in_kind_only=False,
        counts_to_fringe_ceiling=False,
        generality_required=False,
        solidarity_due=True,
        family_eligible=False,
        capped_by="caps.pension_fund",
    ),
    BenefitType.FRINGE_BENEFIT: BenefitTreatment(
        "art. 51 c.3 TUIR",
        QT_TRANSLATE_NOOP("BenefitType", "Goods, services and vouchers (fringe benefits)"),
        reimbursable=False,
        in_kind_only=True,
        counts_to_fringe_ceiling=True,
        generality_required=False,
        solidarity_due=False,
        family_eligible=True,
        capped_by="fringe.ceiling_general",
    ),
    BenefitType.FRINGE_UTILITIES_HOUSING: BenefitTreatment(
        "art. 51 c.3 TUIR; L. 207/2024 c.390-391",
        QT_TRANSLATE_NOOP("BenefitType", "Home utility bills, rent or mortgage interest"),
        reimbursable=True,
        in_kind_only=False,
        counts_to_fringe_ceiling=True,
        generality_required=False,
        solidarity_due=False,
        family_eligible=True,
        capped_by="fringe.ceiling_general",
        years=(2025, 2027),
    ),
}
